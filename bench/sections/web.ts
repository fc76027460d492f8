/**
 * Section 7: the web app in Chromium (playwright-core, /usr/bin/chromium), cold cache, CPU slowed 4×
 * and the network throttled (CDP): DevTools' "Slow 3G" preset (the issue's profile; 2 s latency per
 * request, 400 kbit/s) and, for comparison, Lighthouse's mobile profile (150 ms, 1.6 Mbit/s).
 * Measured for the first page and for the application form (signed in as a demo citizen): the
 * JavaScript and CSS it loads (bytes, and gzipped with zlib's default level, as a CDN would serve
 * them), load time and Largest Contentful Paint. The local web server does not compress, so the
 * throttled transfers carry the uncompressed bytes: the timings are pessimistic.
 */
import zlib from "node:zlib";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { demoCitizens } from "../../packages/local/src/index.js";
import { round } from "../lib/stats.js";

const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export const profiles = {
  "slow-3g": { latency: 2000, downloadThroughput: (500 * 1000 * 0.8) / 8, uploadThroughput: (500 * 1000 * 0.8) / 8 },
  "lighthouse-mobile": { latency: 150, downloadThroughput: (1.6 * 1000 * 1000) / 8, uploadThroughput: (750 * 1000) / 8 },
} as const;
export type ProfileName = keyof typeof profiles;

export interface PageMeasure {
  page: string;
  js: { files: number; bytes: number; gzip: number };
  css: { files: number; bytes: number; gzip: number };
  byProfile: Record<string, { loadMs: number; lcpMs: number }>;
}

export interface WebResult {
  built: boolean;
  warning?: string;
  pages: PageMeasure[];
}

const lcpScript = () => {
  (window as unknown as { __lcp: number }).__lcp = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) (window as unknown as { __lcp: number }).__lcp = e.startTime;
  }).observe({ type: "largest-contentful-paint", buffered: true });
};

async function throttle(page: Page, profile: ProfileName | undefined) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (profile) {
    await cdp.send("Network.emulateNetworkConditions", { offline: false, ...profiles[profile] });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  }
  return cdp;
}

async function measure(context: BrowserContext, url: string, profile: ProfileName | undefined, waitFor: string) {
  const page = await context.newPage();
  await throttle(page, profile);
  const assets: { url: string; type: "js" | "css"; bytes: number; gzip: number }[] = [];
  page.on("response", async (r) => {
    const u = r.url().split("?")[0];
    const type = u.endsWith(".js") || u.endsWith(".mjs") ? "js" : u.endsWith(".css") ? "css" : undefined;
    if (!type) return;
    try {
      const body = await r.body();
      assets.push({ url: u, type, bytes: body.length, gzip: zlib.gzipSync(body).length });
    } catch {
      /* body gone */
    }
  });
  await page.goto(url, { waitUntil: "load", timeout: 120_000 });
  await page.waitForSelector(waitFor, { timeout: 120_000 }).catch(() => undefined);
  await page.waitForLoadState("networkidle", { timeout: 120_000 }).catch(() => undefined);
  await page.waitForTimeout(500);
  const { loadMs, lcpMs } = await page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
    return { loadMs: nav ? nav.loadEventEnd : NaN, lcpMs: (window as unknown as { __lcp: number }).__lcp };
  });
  await page.close();
  return { assets, loadMs: round(loadMs, 0), lcpMs: round(lcpMs, 0) };
}

export async function runWeb(webUrl: string, vacancyId: string, log: (l: string) => void): Promise<WebResult> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    const pages: PageMeasure[] = [];
    const targets = [
      { page: "first page", route: "#/", waitFor: "main h1", signIn: false },
      { page: "application form", route: `#/apply/${vacancyId}`, waitFor: "main h1", signIn: true },
    ];
    for (const t of targets) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "az-AZ" });
      await context.addInitScript(lcpScript);
      if (t.signIn) {
        const page = await context.newPage();
        await page.goto(`${webUrl}#/sign-in?next=${encodeURIComponent(`/apply/${vacancyId}`)}`);
        await page.getByLabel("Elektron poçt ünvanı").fill(demoCitizens[0].email);
        await page.getByLabel("Şifrə", { exact: true }).fill(demoCitizens[0].password);
        await page.getByRole("button", { name: "Daxil ol", exact: true }).click();
        await page.waitForFunction((src) => new RegExp(src).test(window.location.hash), "^#/apply/");
        // The session lives in sessionStorage: carry it into the measured pages.
        const session = await page.evaluate(() => JSON.stringify(Object.fromEntries(Object.entries(sessionStorage))));
        await context.addInitScript((s) => {
          for (const [k, v] of Object.entries(JSON.parse(s) as Record<string, string>)) sessionStorage.setItem(k, v);
        }, session);
        await page.close();
      }
      const byProfile: PageMeasure["byProfile"] = {};
      let assets: Awaited<ReturnType<typeof measure>>["assets"] = [];
      for (const profile of Object.keys(profiles) as ProfileName[]) {
        const m = await measure(context, `${webUrl}${t.route}`, profile, t.waitFor);
        byProfile[profile] = { loadMs: m.loadMs, lcpMs: m.lcpMs };
        if (!assets.length) assets = m.assets;
        log(`web ${t.page} [${profile}]: load ${m.loadMs} ms, LCP ${m.lcpMs} ms`);
      }
      const sum = (type: "js" | "css") => {
        const list = assets.filter((a) => a.type === type);
        return { files: list.length, bytes: list.reduce((s, a) => s + a.bytes, 0), gzip: list.reduce((s, a) => s + a.gzip, 0) };
      };
      pages.push({ page: t.page, js: sum("js"), css: sum("css"), byProfile });
      log(`web ${t.page}: JS ${(sum("js").gzip / 1024).toFixed(1)} KB gzipped (${sum("js").files} files), CSS ${(sum("css").gzip / 1024).toFixed(1)} KB gzipped`);
      await context.close();
    }
    return { built: true, pages };
  } finally {
    await browser.close();
  }
}
