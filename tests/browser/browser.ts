/**
 * Helpers for the browser tests: Debian's Chromium driven by playwright-core (no browser
 * download), screenshots at phone and desktop size, layout checks and an axe-core audit.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { expect } from "vitest";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const launch = (): Promise<Browser> =>
  chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };

/** `<repo>/screenshots` (git-ignored). */
export const screenshotDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../screenshots");

/** Problems the page reported: CSP violations, uncaught errors, console errors, 5xx answers. */
export function watchPage(page: Page) {
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    const text = m.text();
    if (/Content Security Policy|Refused to (execute|apply|load|connect)/i.test(text)) problems.push(`csp: ${text}`);
    else if (m.type() === "error" && !/Failed to load resource/.test(text)) problems.push(`console: ${text}`);
  });
  if (process.env.BROWSER_DEBUG) {
    page.on("request", (r) => console.log(`→ ${r.method()} ${r.url()} ${r.headers()["x-amz-target"] ?? ""}`));
    page.on("response", (r) => console.log(`← ${r.status()} ${r.url()}`));
    page.on("requestfailed", (r) => console.log(`✗ ${r.url()} ${r.failure()?.errorText}`));
    page.on("framenavigated", (f) => console.log(`nav ${f.url()}`));
  }
  // 4xx answers are part of the flows (a wrong code, a refused sign-in); 5xx never are.
  page.on("response", (r) => {
    if (r.status() >= 500) problems.push(`${r.status()} ${r.request().method()} ${r.url()}`);
  });
  return problems;
}

/** No sideways scrolling at the current viewport. */
export async function expectNoHorizontalScroll(page: Page, name: string) {
  const [scrollWidth, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth, `${name}: page wider than the viewport`).toBeLessThanOrEqual(width);
}

/** Buttons, button-like links, fields and navigation links: what `expectTapTargets` measures unless told otherwise. */
export const TAP_TARGETS = "button, .btn, .nav__link, .header__button, .back-link, .footer__tap, input[type=checkbox], select, input:not([type=hidden])";

/** Every visible element matching `selector` (a hidden input aside) is at least 44×44 CSS px (a checkbox or radio counts with its label row `.choice`). */
export async function expectTapTargets(page: Page, name: string, selector = TAP_TARGETS) {
  const small = await page.evaluate(
    (sel) =>
      Array.from(document.querySelectorAll<HTMLElement>(sel))
        .filter((el) => el.offsetParent !== null && !(el instanceof HTMLInputElement && el.type === "hidden"))
        .map((el) => {
          const r = (el.matches("input[type=checkbox], input[type=radio]") ? (el.closest(".choice") ?? el) : el).getBoundingClientRect();
          return { what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${el.className} “${(el.textContent ?? "").trim().slice(0, 30)}”`, w: Math.round(r.width), h: Math.round(r.height) };
        })
        .filter((r) => r.h < 44 || r.w < 44),
    selector,
  );
  expect(small, `${name}: tap targets under 44px`).toEqual([]);
}

/**
 * The page at its current size, once it has painted: no sideways scrolling; if asked, tap targets
 * ≥ 44 px among `tapTargets.among` (only at widths up to `tapTargets.upTo`, when given) and no axe
 * WCAG 2.1 AA violation; last, a full-page screenshot `<file>-<width>.png` (`file` defaults to `name`).
 */
export async function checkViewport(page: Page, name: string, options: { file?: string; tapTargets?: { among: string; upTo?: number }; axe?: boolean } = {}) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const [scrollWidth, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth, `${name}: page wider than the viewport`).toBeLessThanOrEqual(width);
  const taps = options.tapTargets;
  if (taps && width <= (taps.upTo ?? Infinity)) await expectTapTargets(page, name, taps.among);
  if (options.axe) expect(await axeViolations(page), `${name}: axe WCAG 2.1 AA`).toEqual([]);
  fs.mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${options.file ?? name}-${width}.png`), fullPage: true });
}

/** Screenshots at 360×740 and 1280×800 (full page), each checked for sideways scrolling; ends at desktop size. */
export async function snap(page: Page, name: string) {
  fs.mkdirSync(screenshotDir, { recursive: true });
  for (const size of [PHONE, DESKTOP]) {
    await page.setViewportSize(size);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await expectNoHorizontalScroll(page, `${name} @${size.width}`);
    if (size === PHONE) await expectTapTargets(page, `${name} @${size.width}`);
    await page.screenshot({ path: path.join(screenshotDir, `${name}-${size.width}x${size.height}.png`), fullPage: true });
  }
}

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

/** axe-core's WCAG 2.0/2.1 A and AA rules on the current page; returns the violations (id: targets). */
export async function axeViolations(page: Page): Promise<string[]> {
  axeSource ??= fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  // Evaluated through the DevTools protocol, so the page's CSP (no inline scripts) does not block it.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

/** axe's findings with their impact (minor, moderate, serious, critical). */
export async function axeFindings(page: Page): Promise<{ id: string; impact: string; targets: string[] }[]> {
  axeSource ??= fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    type V = { id: string; impact: string | null; nodes: { target: string[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: V[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? "unknown", targets: v.nodes.map((n) => n.target.join(" ")) }));
  });
}

/** The serious and critical axe violations only (the issue's bar), as `id: targets`. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  return (await axeFindings(page)).filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.impact}): ${v.targets.join(", ")}`);
}

export interface WebRoute {
  path: string;
  access: string;
}

/**
 * Every route of the web router, read from web/src/app.tsx and each web/src/pages/<area>/routes.ts
 * (the files the router joins), so a new page joins the browser tests without editing them.
 */
export function webRoutes(): WebRoute[] {
  const webSrc = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../web/src");
  const pagesDir = path.join(webSrc, "pages");
  const app = fs.readFileSync(path.join(webSrc, "app.tsx"), "utf8");
  const files = [app];
  for (const area of fs.readdirSync(pagesDir)) {
    const file = path.join(pagesDir, area, "routes.ts");
    if (!fs.existsSync(file)) continue;
    // A routes.ts the router does not import would be dead: the test says so.
    expect(app, `app.tsx joins pages/${area}/routes`).toContain(`./pages/${area}/routes`);
    files.push(fs.readFileSync(file, "utf8"));
  }
  const found: WebRoute[] = [];
  for (const text of files)
    for (const m of text.matchAll(/\{\s*path:\s*"([^"]+)",\s*access:\s*"([^"]+)"/g)) found.push({ path: m[1], access: m[2] });
  return found;
}

/** Signs a page in through the app's own sign-in form (the session lives in the tab's sessionStorage). */
export async function signInThroughUi(page: Page, web: string, who: { kind: "citizen"; email: string; password: string } | { kind: "official"; username: string; password: string }) {
  const official = who.kind === "official";
  await page.goto(`${web}#${official ? "/official/sign-in" : "/sign-in"}`);
  await page.waitForLoadState("networkidle");
  await page.locator("input[autocomplete=username]:not([type=hidden])").fill(official ? who.username : who.email);
  await page.locator("input[type=password]").first().fill(who.password);
  await page.locator("main button[type=submit]").first().click();
  await page.waitForFunction((o) => (o ? /^#\/official/.test(location.hash) && !/sign-in/.test(location.hash) : !/sign-in/.test(location.hash)), official, { timeout: 20_000 });
}
