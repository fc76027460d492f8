/**
 * What the browser tests do on every page of the app: open a route (hash routing), read the h1 and
 * the main text, wait for a route, sign in through the app's own forms and sign out; a fresh
 * context at a given size with its problems watched; fresh citizens in the local Cognito.
 */
import type { DemoCitizen } from "@exidmet/local";
import { demoOfficials } from "@exidmet/local";
import { ensureCitizen } from "@exidmet/local/seed/cognito-users";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { cognitoOf, poolsOf } from "../security/support";
import { localCloud } from "../setup/local-cloud";
import { afterAll, beforeAll, expect } from "vitest";
import { DESKTOP, launch, watchPage } from "./browser";

/** The web app on the local cloud, ending in "/". */
export const webUrl = () => localCloud().urls.web.replace(/\/?$/, "/");

/** Registers these citizens in the citizens' pool of the local cloud (those already there stay as they are). */
export async function ensureCitizens(...citizens: DemoCitizen[]) {
  const { env } = localCloud();
  const client = cognitoOf(env);
  for (const c of citizens) await ensureCitizen(client, poolsOf(env) as never, c);
}

type Viewport = { width: number; height: number };

export interface CitizenLogin {
  email: string;
  password: string;
}
export interface OfficialLogin {
  username: string;
  password: string;
}

export type Session = ReturnType<typeof session>;

/** The helpers bound to one page of the app served at `web`. */
export function session(page: Page, web: string) {
  /** Opens an app route (`/competitions`) — the app uses hash routing. */
  const open = async (route: string) => {
    await page.goto(`${web}#${route}`);
    await page.waitForLoadState("networkidle");
  };
  const heading = () => page.locator("h1");
  const main = async () => (await page.textContent("main")) ?? "";
  const routeIs = (route: RegExp) => page.waitForFunction((src) => new RegExp(src).test(window.location.hash), route.source);

  async function signOut() {
    // The phone layout hides the menu; the button is there either way.
    await page.locator(".nav__signout").evaluate((b: HTMLButtonElement) => b.click());
    await routeIs(/signedOut=1/);
  }

  /** Fills the citizens' sign-in form the page shows and submits it. */
  async function submitCitizenSignIn(c: CitizenLogin) {
    await page.getByLabel("Elektron poçt ünvanı").fill(c.email);
    await page.getByLabel("Şifrə", { exact: true }).fill(c.password);
    await page.getByRole("button", { name: "Daxil ol", exact: true }).click();
  }

  /** Fills the officials' sign-in form the page shows and submits it. */
  async function submitOfficialSignIn(o: OfficialLogin) {
    await page.getByLabel("İstifadəçi adı").fill(o.username);
    await page.getByLabel("Şifrə", { exact: true }).fill(o.password);
    await page.getByRole("button", { name: "Daxil ol", exact: true }).click();
  }

  /** Signs a citizen in from /sign-in and waits for My requests. */
  async function signInCitizen(c: CitizenLogin) {
    await open("/sign-in");
    await submitCitizenSignIn(c);
    await routeIs(/^#\/my-requests/);
  }

  /** Signs an official (or the demo official of this username) in from /official/sign-in and waits for the desk. */
  async function signInOfficial(who: OfficialLogin | string) {
    const o = typeof who === "string" ? demoOfficials.find((x) => x.username === who)! : who;
    await open("/official/sign-in");
    await submitOfficialSignIn(o);
    await routeIs(/^#\/official$/);
  }

  return { page, open, heading, main, routeIs, signOut, submitCitizenSignIn, submitOfficialSignIn, signInCitizen, signInOfficial };
}

export type AppSession = Session & { context: BrowserContext; problems: string[] };

/**
 * A new az-AZ context at this size with one page, its problems watched (`problems`), and the session
 * helpers on that page. With `collect`, the page's problems are added to it when the page closes.
 */
export async function newSession(browser: Browser, web: string, viewport: Viewport = DESKTOP, collect?: string[]): Promise<AppSession> {
  const context = await browser.newContext({ viewport, locale: "az-AZ" });
  const page = await context.newPage();
  const problems = watchPage(page);
  if (collect) page.on("close", () => collect.push(...problems));
  return { ...session(page, web), context, problems };
}

/**
 * Chromium for one test file: launched before its tests (once `citizens` are in the citizens' pool)
 * and closed after them. `newPage(viewport)` opens a page in a fresh context (see `newSession`);
 * what each page reported joins `problems` when the page closes, and with `expectNoProblems`
 * `problems` must be empty once the browser is closed.
 */
export function chromiumForFile(options: { citizens?: DemoCitizen[]; expectNoProblems?: boolean } = {}) {
  const file = {
    browser: undefined as Browser | undefined,
    problems: [] as string[],
    newPage: (viewport: Viewport = DESKTOP) => newSession(file.browser!, webUrl(), viewport, file.problems),
  };
  beforeAll(async () => {
    if (options.citizens) await ensureCitizens(...options.citizens);
    file.browser = await launch();
  });
  afterAll(async () => {
    await file.browser?.close();
    if (options.expectNoProblems) expect(file.problems).toEqual([]);
  });
  return file;
}
