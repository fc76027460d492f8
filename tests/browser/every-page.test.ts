/**
 * Every page of every service in Chromium, at 360×740 and 1280×800, as the account it is meant for.
 * The list of pages is read from the router (web/src/app.tsx + web/src/pages/<area>/routes.ts), so
 * a new page is checked without editing this file; a page with an id in its path gets a real id from
 * the seeded demo data (or data this file creates). On each page and size:
 * - axe-core (WCAG 2.0/2.1 A and AA): no serious or critical violation;
 * - no sideways scrolling; every button, link-button, field and navigation link at least 44 px;
 * - one visible h1 (not "page not found" / "no access"), and every visible field has a visible label;
 * - the footer: the Commission's name, its contacts and how to file a complaint (SPEC "Disputes");
 * - no date shown as ISO (2026-03-09): dates are gün.ay.il;
 * - a screenshot in screenshots/every-page/ (git-ignored);
 * and every page again in English (the header's switch): English texts and footer, axe, no ISO dates.
 * Then the "errors" state of the main forms: an empty submit shows the error summary, which takes
 * focus and links to each field (following a link focuses the field); axe on that state too.
 */
import { demoCitizens, demoOfficials } from "@exidmet/local";
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validForm } from "../../packages/core/test/fixtures.js";
import { api, signInAs } from "../setup/local-cloud";
import { DESKTOP, expectNoHorizontalScroll, expectTapTargets, PHONE, screenshotDir, seriousAxeViolations, signInThroughUi, webRoutes, type WebRoute } from "./browser";
import { chromiumForFile, webUrl } from "./session";

type Citizen = (typeof demoCitizens)[number] | typeof fresh | typeof examinee;
type Official = (typeof demoOfficials)[number];
type Account = { kind: "citizen"; who: Citizen } | { kind: "official"; who: Official } | { kind: "public" };

const stamp = String(Date.now()).slice(-8);
/** A citizen of this file only: an application to examine, and forms never filled before. */
const fresh = { email: `hamisi.${stamp}@example.az`, password: "Vetendas2025h", name: "Səbinə Yoxlamaova", idCard: `AZE${stamp}` };
/** One with a trial test in progress (so `fresh` still sees the test's registration form). */
const examinee = { email: `imtahan.${stamp}@example.az`, password: "Vetendas2025i", name: "Kamal Sınaqov", idCard: `AA${stamp.slice(-7)}` };
const elvin = demoCitizens[1];

const routes = webRoutes();
let web: string;
const problems: string[] = [];
/** Concrete paths found for parametric routes, with the account that may open them. */
const concrete = new Map<string, { path: string; account: Account }[]>();

const official = (group: string): Official => demoOfficials.find((o) => o.group === group) ?? demoOfficials.find((o) => o.group === "hr-officer")!;
const accountFor = (access: string): Account =>
  access === "public" ? { kind: "public" } : access === "citizen" ? { kind: "citizen", who: elvin } : { kind: "official", who: official(access === "official" ? "hr-officer" : access) };
const accountName = (a: Account) => (a.kind === "public" ? "public" : a.kind === "citizen" ? a.who.email : a.who.username);

/** `/a/:id` matches `/a/42`. */
const matches = (pattern: string, p: string) => {
  const a = pattern.split("/");
  const b = p.split("/");
  return a.length === b.length && a.every((s, i) => s.startsWith(":") || s === b[i]);
};

async function json<T>(method: string, p: string, token?: string, body?: unknown): Promise<T> {
  const res = await api(method, p, { token, body });
  expect(res.status, `${method} ${p}`).toBeLessThan(300);
  return res.body as T;
}

const chromium = chromiumForFile({ citizens: [fresh, examinee] });

beforeAll(async () => {
  web = webUrl();

  const add = (pattern: string, p: string, account: Account) => {
    if (!matches(pattern, p)) throw new Error(`${p} is not a ${pattern}`);
    concrete.set(pattern, [...(concrete.get(pattern) ?? []), { path: p, account }]);
  };
  const pub: Account = { kind: "public" };

  // The services' pages and the open demo competition with its vacancies.
  for (let n = 1; n <= 7; n++) add("/services/:n", `/services/${n}`, pub);
  type V = { id: string; positionCode: string };
  const comps = await json<{ items: { id: string; status: string; vacancies: V[] }[] }>("GET", "/competitions");
  const open = comps.items.find((c) => c.status === "open" && c.vacancies.some((v) => v.positionCode === "VN-06-0317"))!;
  add("/competitions/:id", `/competitions/${open.id}`, pub);
  const tax = open.vacancies.find((v) => v.positionCode === "VN-06-0317")!;
  add("/apply/:vacancyId", `/apply/${tax.id}`, { kind: "citizen", who: fresh });

  // An application of this file's citizen, for the IT sector's page of one application.
  const freshToken = await signInAs("citizens", fresh.email, fresh.password);
  const form = validForm();
  form.identity.idCardNumber = fresh.idCard;
  form.contact.email = fresh.email;
  form.education[0].specialtyCode = "050403";
  form.education[0].specialtyName = "Maliyyə";
  const submitted = await api("POST", `/me/applications/${tax.id}/submit`, { token: freshToken, body: form, headers: { "idempotency-key": `every-page-${stamp}` } });
  expect(submitted.status, JSON.stringify(submitted.body)).toBeLessThan(300);
  add("/officer/applications/:id", `/officer/applications/${(submitted.body as { id: string }).id}`, { kind: "official", who: official("it-officer") });

  // A 7-day register request of this file's citizen, and a trial test in progress.
  const request = await api("POST", "/me/register/requests", {
    token: freshToken,
    headers: { "idempotency-key": `every-page-register-${stamp}` },
    body: { kind: "not_found", fin: "9ZX81QP", lastName: "Yoxlamaova", firstName: "Səbinə", patronymic: "Kamran qızı", birthDate: "1993-05-14", details: "2019-cu ildən Ədliyyə Nazirliyində çalışıram." },
  });
  expect(request.status, JSON.stringify(request.body)).toBeLessThan(300);
  add("/register/requests/:id", `/register/requests/${(request.body as { id: string }).id}`, { kind: "citizen", who: fresh });
  const examineeToken = await signInAs("citizens", examinee.email, examinee.password);
  const attempt = await api("POST", "/me/trial-tests", { token: examineeToken, body: { lastName: "Sınaqov", firstName: "Kamal", patronymic: "Elşən oğlu", birthDate: "1997-02-11", idCard: examinee.idCard, email: examinee.email, confirmed: true } });
  expect(attempt.status, JSON.stringify(attempt.body)).toBeLessThan(300);
  add("/trial-tests/:id", `/trial-tests/${(attempt.body as { id: string }).id}`, { kind: "citizen", who: examinee });

  // Every demo citizen's requests (seeded by every service): their pages, and the officials' pages of the same cases.
  type Item = { id: string; link?: string; download?: { path: string } };
  for (const c of demoCitizens) {
    const token = await signInAs("citizens", c.email, c.password);
    const mine = await json<{ items: Item[] }>("GET", "/me/requests?limit=50", token);
    for (const item of mine.items) {
      const code = /\/certificates\/([^/]+)\/download/.exec(item.download?.path ?? "")?.[1];
      if (code && !concrete.has("/certificate/:code")) add("/certificate/:code", `/certificate/${code}`, pub);
      if (!item.link) continue;
      for (const r of routes) if (r.access === "citizen" && r.path.includes(":") && matches(r.path, item.link) && (concrete.get(r.path)?.length ?? 0) < 2) add(r.path, item.link, { kind: "citizen", who: c });
    }
  }
  const firstOf = async (pattern: string, group: Official["group"], list: string) => {
    const o = official(group);
    const token = await signInAs("officials", o.username, o.password);
    const res = await json<{ items: { id: string }[] }>("GET", list, token);
    if (res.items[0]) add(pattern, pattern.replace(/:[a-z]+$/i, encodeURIComponent(res.items[0].id)), { kind: "official", who: o });
  };
  await firstOf("/legal/complaints/:id", "legal-officer", "/legal/complaints");
  await firstOf("/legal/seniority/:id", "legal-officer", "/legal/seniority");
  await firstOf("/officer/register-requests/:id", "it-officer", "/officer/register-requests");
  // Elvin (FIN 5HK7Q2M) serves at the Ministry of Justice: its HR officer may open his record.
  add("/hr/register/people/:fin", `/hr/register/people/${elvin.fin}`, { kind: "official", who: demoOfficials.find((o) => o.username === "hr.justice")! });
  // …and the Commission admin may edit it.
  add("/admin/register/people/:fin", `/admin/register/people/${elvin.fin}`, { kind: "official", who: official("admin") });
}, 180_000);

afterAll(() => {
  expect(problems).toEqual([]);
});

/** The visits: every route once (parametric ones with each real id found), grouped by the account that opens them. */
function plan(): Map<string, { account: Account; route: WebRoute; path: string }[]> {
  const byAccount = new Map<string, { account: Account; route: WebRoute; path: string }[]>();
  const push = (account: Account, route: WebRoute, p: string) => {
    const key = accountName(account);
    byAccount.set(key, [...(byAccount.get(key) ?? []), { account, route, path: p }]);
  };
  const missing = routes.filter((r) => r.path.includes(":") && !concrete.get(r.path)?.length).map((r) => r.path);
  expect(missing, "pages with no real id found (add a source in every-page.test.ts's beforeAll)").toEqual([]);
  // EXIDMET_PAGES=<regex> checks only the matching pages (while fixing one); the suite checks all.
  const only = process.env.EXIDMET_PAGES ? new RegExp(process.env.EXIDMET_PAGES) : null;
  for (const route of routes.filter((r) => !only || only.test(r.path))) {
    if (!route.path.includes(":")) push(accountFor(route.access), route, route.path);
    else for (const f of concrete.get(route.path)!) push(f.account, route, f.path);
  }
  return byAccount;
}

const settle = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** Waits until the page shows its h1 and nothing is loading any more. */
async function waitForPage(page: Page) {
  await page.waitForLoadState("networkidle");
  await page.locator("main h1").first().waitFor({ state: "visible", timeout: 15_000 });
  await expect.poll(() => page.locator("main .loading").count(), { timeout: 15_000 }).toBe(0);
  await settle(page);
}

/** Every visible field has a visible, non-empty label (its own <label>, or the legend of its group for radios). */
async function expectVisibleLabels(page: Page, name: string) {
  const unlabelled = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>("input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea"))
      .filter((el) => el.offsetParent !== null || el.closest(".choice, .file-upload") !== null)
      .filter((el) => {
        const visible = (l: Element | null) => !!l && (l as HTMLElement).offsetParent !== null && !l.classList.contains("visually-hidden") && (l.textContent ?? "").trim() !== "";
        if (Array.from(el.labels ?? []).some(visible)) return false;
        const by = el.getAttribute("aria-labelledby");
        if (by && by.split(/\s+/).some((id) => visible(document.getElementById(id)))) return false;
        return true;
      })
      .map((el) => `${el.tagName.toLowerCase()}#${el.id}[name=${el.getAttribute("name")}]`),
  );
  expect(unlabelled, `${name}: fields without a visible label`).toEqual([]);
}

const t = {
  commission: "Azərbaycan Respublikasının Prezidenti yanında Dövlət Qulluğu Məsələləri üzrə Komissiya",
  mail: "eXidmet@csc.gov.az",
  phone: "(012) 465-34-71",
  complaint: "Şikayət vermək qaydası",
};

async function checkPage(page: Page, p: string, name: string) {
  expect(await page.evaluate(() => location.hash), `${name}: stayed on the page (not sent to sign-in)`).toBe(`#${p}`);
  const h1 = page.locator("main h1");
  expect(await h1.count(), `${name}: one h1`).toBe(1);
  const title = ((await h1.textContent()) ?? "").trim();
  expect(title, `${name}: a real page`).not.toMatch(/^(Səhifə tapılmadı|Giriş icazəsi yoxdur)$/);
  expect(title.length).toBeGreaterThan(0);
  expect(await page.getAttribute("html", "lang")).toBe("az");
  // Dates as gün.ay.il: no ISO date (2026-03-09) shown as text anywhere.
  expect((await page.innerText("body")).match(/\b\d{4}-\d{2}-\d{2}\b/g), `${name}: ISO dates shown`).toBeNull();
  const footer = (await page.textContent("footer")) ?? "";
  for (const s of Object.values(t)) expect(footer, `${name}: footer`).toContain(s);
  const slug = p.replace(/^\//, "").replace(/[^a-z0-9]+/gi, "-").replace(/-$/, "") || "home";
  const dir = path.join(screenshotDir, "every-page");
  fs.mkdirSync(dir, { recursive: true });
  for (const size of [PHONE, DESKTOP]) {
    await page.setViewportSize(size);
    await settle(page);
    const at = `${name} @${size.width}`;
    await expectNoHorizontalScroll(page, at);
    if (size === PHONE) await expectTapTargets(page, at);
    expect(await h1.isVisible(), `${at}: h1 visible`).toBe(true);
    await expectVisibleLabels(page, at);
    expect(await seriousAxeViolations(page), `${at}: axe serious/critical`).toEqual([]);
    await page.screenshot({ path: path.join(dir, `${slug}-${size.width}x${size.height}.png`), fullPage: true });
  }
}

/** The same page in English (the language switch is remembered): English texts, no ISO dates, axe. */
async function checkEnglish(page: Page, p: string, name: string) {
  expect(await page.getAttribute("html", "lang")).toBe("en");
  const title = ((await page.locator("main h1").textContent()) ?? "").trim();
  expect(title, `${name}: a real page`).not.toMatch(/^(Page not found|No access)$/);
  expect(title.length).toBeGreaterThan(0);
  const footer = (await page.textContent("footer")) ?? "";
  expect(footer).toContain("Civil Service Commission under the President of the Republic of Azerbaijan");
  expect(footer).toContain(t.mail);
  expect((await page.innerText("body")).match(/\b\d{4}-\d{2}-\d{2}\b/g), `${name}: ISO dates shown`).toBeNull();
  await expectNoHorizontalScroll(page, name);
  expect(await seriousAxeViolations(page), `${name}: axe serious/critical`).toEqual([]);
  const slug = p.replace(/^\//, "").replace(/[^a-z0-9]+/gi, "-").replace(/-$/, "") || "home";
  await page.screenshot({ path: path.join(screenshotDir, "every-page", `${slug}-en-${DESKTOP.width}x${DESKTOP.height}.png`), fullPage: true });
}

describe("every page of the web app, at 360×740 and 1280×800", () => {
  it("the router's page list is found and every parametric page gets a real id", () => {
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.map((r) => r.path)).toEqual(expect.arrayContaining(["/", "/my-requests", "/apply/:vacancyId", "/trial-tests/:id", "/ethics/complaints/new"]));
    plan();
  });

  it("each account's pages pass axe, fit a phone, have tap targets ≥ 44 px, an h1, labels and the footer, in both languages", async () => {
    const failures: string[] = [];
    for (const [name, visits] of plan()) {
      const { context, page, problems: seen } = await chromium.newPage();
      const account = visits[0].account;
      if (account.kind === "citizen") await signInThroughUi(page, web, { kind: "citizen", email: account.who.email, password: account.who.password });
      if (account.kind === "official") await signInThroughUi(page, web, { kind: "official", username: account.who.username, password: account.who.password });
      for (const v of visits) {
        try {
          await page.setViewportSize(DESKTOP);
          await page.goto(`${web}#${v.path}`);
          await waitForPage(page);
          await checkPage(page, v.path, `${v.path} as ${name}`);
        } catch (e) {
          const actual = (e as { actual?: unknown }).actual;
          failures.push(`${v.path} as ${name}: ${(e as Error).message.split("\n")[0]}${actual === undefined ? "" : `\n${JSON.stringify(actual, null, 1)}`}`);
        }
      }
      // English: the header's language switch, then every page again at desktop size.
      await page.setViewportSize(DESKTOP);
      await page.locator(".header__button[lang=en]").click();
      await expect.poll(() => page.getAttribute("html", "lang")).toBe("en");
      for (const v of visits) {
        try {
          await page.goto(`${web}#${v.path}`);
          await waitForPage(page);
          await checkEnglish(page, v.path, `${v.path} in English as ${name}`);
        } catch (e) {
          const actual = (e as { actual?: unknown }).actual;
          failures.push(`${v.path} in English as ${name}: ${(e as Error).message.split("\n")[0]}${actual === undefined ? "" : `\n${JSON.stringify(actual, null, 1)}`}`);
        }
      }
      problems.push(...seen.map((s) => `${name}: ${s}`));
      await context.close();
    }
    expect(failures, failures.join("\n\n")).toEqual([]);
  }, 900_000);
});

/** The "errors" state: an empty submit → the summary takes focus, links to each field, and a link focuses its field. */
async function expectErrorSummary(page: Page, name: string, submit: () => Promise<void>) {
  await submit();
  const summary = page.locator(".error-summary");
  await summary.waitFor({ state: "visible" });
  await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains("error-summary")), { message: `${name}: the summary takes focus` }).toBe(true);
  expect(await summary.getAttribute("role")).toBe("alert");
  const links = summary.locator("a[href^='#']");
  expect(await links.count(), `${name}: the summary links to the fields`).toBeGreaterThan(0);
  // Each error is also beside its field.
  expect(await page.locator(".field__error, .error-message, [id$='-error']").count(), `${name}: errors beside the fields`).toBeGreaterThan(0);
  for (const size of [PHONE, DESKTOP]) {
    await page.setViewportSize(size);
    await settle(page);
    await expectNoHorizontalScroll(page, `${name} @${size.width}`);
    expect(await seriousAxeViolations(page), `${name} @${size.width}: axe`).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, "every-page", `errors-${name}-${size.width}x${size.height}.png`), fullPage: true });
  }
  const target = (await links.first().getAttribute("href"))!.slice(1);
  await links.first().focus();
  await page.keyboard.press("Enter");
  await expect
    .poll(() => page.evaluate((id) => { const a = document.activeElement; const el = document.getElementById(id); return !!a && !!el && (a === el || el.contains(a)); }, target), { message: `${name}: the link moves to #${target}` })
    .toBe(true);
}

describe("the main forms' error state", () => {
  const forms: { name: string; account: Account; path: string; submit: (page: Page) => Promise<void> }[] = [
    { name: "sign-in", account: { kind: "public" }, path: "/sign-in", submit: (p) => p.getByRole("button", { name: "Daxil ol", exact: true }).click() },
    { name: "sign-up", account: { kind: "public" }, path: "/sign-up", submit: (p) => p.locator("main form button[type=submit]").first().click() },
    { name: "official-sign-in", account: { kind: "public" }, path: "/official/sign-in", submit: (p) => p.getByRole("button", { name: "Daxil ol", exact: true }).click() },
    { name: "certificate", account: { kind: "public" }, path: "/certificate", submit: (p) => p.locator("main form button[type=submit]").first().click() },
    { name: "apply", account: { kind: "citizen", who: fresh }, path: "", submit: (p) => p.getByRole("button", { name: "Növbəti", exact: true }).click() },
    { name: "trial-test-registration", account: { kind: "citizen", who: fresh }, path: "/trial-tests", submit: (p) => p.getByRole("button", { name: "Sınaq test imtahanına başla" }).click() },
    { name: "ethics-complaint", account: { kind: "citizen", who: fresh }, path: "/ethics/complaints/new", submit: (p) => p.locator("main form button[type=submit]").last().click() },
  ];
  for (const f of forms) {
    it(`${f.name}: an empty submit shows the error summary with links, focused`, async () => {
      const { context, page, problems: seen } = await chromium.newPage();
      if (f.account.kind === "citizen") await signInThroughUi(page, web, { kind: "citizen", email: f.account.who.email, password: f.account.who.password });
      if (f.path) {
        await page.goto(`${web}#${f.path}`);
        await waitForPage(page);
      } else {
        // An application already submitted shows its status: this citizen applies to another vacancy.
        const comps = await json<{ items: { status: string; vacancies: { id: string; positionCode: string }[] }[] }>("GET", "/competitions");
        const other = comps.items.find((c) => c.status === "open")!.vacancies.find((v) => v.positionCode !== "VN-06-0317")!;
        await page.goto(`${web}#/apply/${other.id}`);
        await waitForPage(page);
        await page.locator("#step-title").waitFor();
      }
      await expectErrorSummary(page, f.name, () => f.submit(page));
      problems.push(...seen);
      await context.close();
    });
  }
});
