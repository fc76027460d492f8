/**
 * The first slice in a real browser against the local cloud (tests/setup/global.ts):
 * public competitions in Azerbaijani and English, a citizen's sign-up → e-mail code → sign-in →
 * "My requests" → sign-out, an official's sign-in with the admin pages, and an account issued by
 * the admin whose first sign-in must replace the temporary password.
 * Screenshots of every main page at 360×740 and 1280×800 go to screenshots/ (git-ignored).
 */
import { demoAdmin, demoCitizens } from "@exidmet/local";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { mailbox } from "../setup/local-cloud";
import { axeViolations, snap } from "./browser";
import { chromiumForFile, type AppSession } from "./session";

const chromium = chromiumForFile();
/** One desktop page for the whole file, signed in and out as the tests go. */
let app: AppSession;
let page: Page;

async function codeFromMailbox(email: string): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const mails = await mailbox(email);
    const code = mails.map((m) => /\b(\d{6})\b/.exec(m.body.text ?? m.body.html ?? "")?.[1]).filter(Boolean).at(-1);
    if (code) return code;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no verification code for ${email} in the local mailbox`);
}

async function expectAccessible(name: string) {
  expect(await axeViolations(page), `${name}: axe WCAG 2.1 AA`).toEqual([]);
}

beforeAll(async () => {
  ({ page } = app = await chromium.newPage());
});

describe("web app: first slice", () => {
  it("lists the open competitions in Azerbaijani, with their vacancies", async () => {
    await app.open("/");
    expect(await page.getAttribute("html", "lang")).toBe("az");
    await expect.poll(() => app.heading().textContent()).toBe("Elektron xidmətlər");
    // The seven services with their official names.
    await expect.poll(() => page.locator(".service-card").count()).toBe(7);
    expect(await page.textContent("body")).toContain("Dövlət qulluğuna qəbul üzrə qeydiyyat üçün müraciətin və sənədlərin qəbulu");
    // Every page carries the Commission's contacts and the complaint procedure.
    const footer = await page.textContent("footer");
    expect(footer).toContain("Azərbaycan Respublikasının Prezidenti yanında Dövlət Qulluğu Məsələləri üzrə Komissiya");
    expect(footer).toContain("eXidmet@csc.gov.az");
    expect(footer).toContain("(012) 465-34-71");
    expect(footer).toContain("78.1");
    await snap(page, "home");
    await expectAccessible("home");

    await app.open("/competitions");
    await expect.poll(() => app.heading().textContent()).toBe("Müsabiqələr");
    await expect.poll(() => page.locator(".competition").count()).toBeGreaterThan(0);
    const first = page.locator(".competition").first();
    expect(await first.textContent()).toMatch(/\d{2}\.\d{2}\.\d{4}/); // gün.ay.il
    expect(await page.textContent("main")).toContain("Müraciət qəbulu davam edir");
    await snap(page, "competitions");
    await expectAccessible("competitions");

    await first.locator("h3 a").click();
    await app.routeIs(/^#\/competitions\/.+/);
    await page.waitForSelector("table.table");
    const table = await page.textContent("table");
    expect(table).toContain("Vəzifənin kodu");
    expect(table).toContain("İnzibati vəzifələrin");
    expect(await page.textContent("main")).toMatch(/gün qalıb|Bu gün başa çatır/);
    await snap(page, "competition");
    await expectAccessible("competition");
  });

  it("switches the whole interface to English and remembers it", async () => {
    await app.open("/competitions");
    await page.getByRole("button", { name: "English" }).click();
    await page.waitForFunction(() => document.documentElement.lang === "en");
    await expect.poll(() => app.heading().textContent()).toBe("Competitions");
    expect(await page.textContent("main")).toContain("Accepting applications");
    expect(await page.textContent("footer")).toContain("Civil Service Commission under the President of the Republic of Azerbaijan");
    await page.reload();
    await page.waitForLoadState("networkidle");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await expect.poll(() => app.heading().textContent()).toBe("Competitions");
    await snap(page, "competitions-en");
    await page.getByRole("button", { name: "Azərbaycanca" }).click();
    await page.waitForFunction(() => document.documentElement.lang === "az");
  });

  it("signs a new citizen up, verifies the e-mail code, signs in, shows My requests, signs out", async () => {
    const email = `vetendas.${Date.now()}@example.az`;
    const password = "Sinaq2025abc";
    const idCard = `AZE${String(Date.now()).slice(-8)}`;

    await app.open("/sign-up");
    await expect.poll(() => app.heading().textContent()).toBe("Qeydiyyat");
    // An empty submit: the summary takes focus and links every error to its field.
    await page.getByRole("button", { name: "Qeydiyyatdan keç" }).click();
    await page.waitForSelector(".error-summary");
    expect(await page.evaluate(() => document.activeElement?.classList.contains("error-summary"))).toBe(true);
    expect(await page.locator(".error-summary a").count()).toBeGreaterThanOrEqual(4);
    expect(await page.textContent(".error-summary")).toContain("Şəxsiyyət vəsiqəsinin nömrəsi AZE və 8 rəqəm");
    await page.locator(".error-summary a").first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("f-email");
    await snap(page, "sign-up-errors");
    await expectAccessible("sign-up with errors");

    await page.getByLabel("Elektron poçt ünvanı").fill(email);
    await page.getByLabel("Şifrə", { exact: true }).fill(password);
    await page.getByLabel("Şəxsiyyət vəsiqəsinin seriyası və nömrəsi").fill(idCard.toLowerCase());
    await page.getByLabel("Adı və soyadı").fill("Sınaq Vətəndaş");
    await page.getByRole("button", { name: "Qeydiyyatdan keç" }).click();
    await app.routeIs(/^#\/verify/);
    await expect.poll(() => app.heading().textContent()).toBe("Elektron poçtun təsdiqi");
    expect(await page.textContent("main")).toContain("yerli poçt qutusuna");
    await snap(page, "verify");

    const code = await codeFromMailbox(email);
    await page.getByLabel("Təsdiq kodu").fill(code);
    await page.getByRole("button", { name: "Təsdiq et" }).click();
    await app.routeIs(/^#\/sign-in.*verified=1/);
    expect(await page.inputValue("#f-email")).toBe(email);
    await snap(page, "sign-in");

    await page.getByLabel("Şifrə", { exact: true }).fill(password);
    await page.getByRole("button", { name: "Daxil ol", exact: true }).click();
    await app.routeIs(/^#\/my-requests/);
    await expect.poll(() => app.heading().textContent()).toBe("Mənim müraciətlərim");
    await page.waitForSelector(".empty");
    const main = await page.textContent("main");
    expect(main).toContain("Hələ müraciətiniz yoxdur");
    expect(main).toContain(idCard); // the profile from GET /me
    await snap(page, "my-requests");
    await expectAccessible("my requests");

    await page.getByRole("button", { name: "English" }).click();
    await expect.poll(() => app.heading().textContent()).toBe("My requests");
    await page.getByRole("button", { name: "Azərbaycanca" }).click();

    await app.signOut();
    expect(await page.textContent("main")).toContain("Hesabdan çıxdınız");
    expect(await page.evaluate(() => sessionStorage.getItem("exidmet.session"))).toBeNull();
    // Signed out, "My requests" sends the visitor to sign in.
    await app.open("/my-requests");
    await app.routeIs(/^#\/sign-in\?next=/);
  });

  it("a demo citizen signs in and sees the same page", async () => {
    await app.signInCitizen(demoCitizens[0]);
    await expect.poll(() => app.heading().textContent()).toBe("Mənim müraciətlərim");
    await app.signOut();
  });

  it("an official signs in and reaches the admin pages", async () => {
    await app.open("/official/sign-in");
    await expect.poll(() => app.heading().textContent()).toBe("Əməkdaşlar üçün giriş");
    await snap(page, "official-sign-in");
    await app.submitOfficialSignIn(demoAdmin);
    await app.routeIs(/^#\/official$/);
    await expect.poll(() => app.heading().textContent()).toBe("İş masası");
    await expect.poll(() => page.textContent("main")).toContain("Komissiyanın inzibatçısı");
    await snap(page, "official-home");
    await expectAccessible("official home");

    for (const [route, title, name] of [
      ["/admin/state-bodies", "Dövlət orqanları", "admin-state-bodies"],
      ["/admin/officials", "Əməkdaşların hesabları", "admin-officials"],
      ["/admin/competitions/new", "Müsabiqə elan et", "admin-announce"],
      ["/admin/holidays", "İş təqvimi", "admin-holidays"],
    ] as const) {
      await app.open(route);
      await expect.poll(() => app.heading().textContent()).toBe(title);
      await page.waitForSelector(".loading", { state: "detached" });
      await snap(page, name);
      await expectAccessible(name);
    }
    // The state bodies of the seed are listed.
    await app.open("/admin/state-bodies");
    await expect.poll(() => page.textContent("main")).toContain("Ədliyyə Nazirliyi");
  });

  it("the admin adds a state body, announces a competition in it and saves the year's calendar", async () => {
    const stamp = String(Date.now()).slice(-6);
    const bodyId = `sinaq-orqan-${stamp}`;
    const bodyName = `Sınaq Orqanı ${stamp}`;
    await app.open("/admin/state-bodies?new=1");
    await expect.poll(() => app.heading().textContent()).toBe("Yeni dövlət orqanı");
    await page.getByLabel("İdentifikator").fill(bodyId);
    await page.locator("#f-name-az").fill(bodyName);
    await page.locator("#f-name-en").fill(`Test Body ${stamp}`);
    await page.locator("#f-units-0-id").fill("kadrlar");
    await page.locator("#f-units-0-name-az").fill("Kadrlar şöbəsi");
    await page.locator("#f-units-0-name-en").fill("Human resources");
    await page.getByRole("button", { name: "Yadda saxla" }).click();
    await app.routeIs(/^#\/admin\/state-bodies$/);
    await expect.poll(() => page.textContent("main")).toContain(`“${bodyName}” yadda saxlanıldı.`);

    await app.open("/admin/competitions/new");
    await page.waitForSelector("#f-title-az");
    // An empty vacancy block is refused in the browser with the server's own rules.
    await page.getByRole("button", { name: "Müsabiqəni elan et" }).click();
    await page.waitForSelector(".error-summary");
    expect(await page.textContent(".error-summary")).toContain("Vakant vəzifə 1 — Vəzifənin kodu");
    await page.locator("#f-title-az").fill(`Sınaq müsabiqəsi ${stamp}`);
    await page.locator("#f-title-en").fill(`Test competition ${stamp}`);
    await page.locator("#f-vacancies-0-positionCode").fill(`TS-05-${stamp}`);
    await page.locator("#f-vacancies-0-stateBodyId").selectOption(bodyId);
    await page.locator("#f-vacancies-0-unitId").selectOption("kadrlar");
    await page.locator("#f-vacancies-0-positionName-az").fill("Baş məsləhətçi");
    await page.locator("#f-vacancies-0-positionName-en").fill("Chief adviser");
    await page.locator("#f-vacancies-0-classification").selectOption("5");
    await page.locator("#f-vacancies-0-places").fill("2");
    await page.getByLabel("Bakalavriat").check();
    await page.getByRole("button", { name: "İxtisas əlavə et" }).click();
    await page.locator("#f-vacancies-0-education-specialties-0-code").fill("050401");
    await page.locator("#f-vacancies-0-education-specialties-0-name").fill("Hüquqşünaslıq");
    await page.locator("#f-vacancies-0-seniority-totalYears").fill("2");
    await snap(page, "admin-announce-filled");
    await page.getByRole("button", { name: "Müsabiqəni elan et" }).click();
    await app.routeIs(/^#\/competitions\/[^/]+$/);
    await expect.poll(() => page.textContent("main")).toContain("Müsabiqə elan edildi.");
    await page.waitForSelector("table.table");
    const table = await page.textContent("table");
    expect(table).toContain(`TS-05-${stamp}`);
    expect(table).toContain(bodyName);
    expect(table).toContain("050401 — Hüquqşünaslıq");

    await app.open("/admin/holidays");
    await page.waitForSelector("#f-holidays-0-date");
    expect(await page.inputValue("#f-holidays-0-date")).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    await page.getByRole("button", { name: "Yadda saxla" }).click();
    await expect.poll(() => page.textContent("main")).toContain("Dəyişikliklər yadda saxlanıldı.");
  });

  it("the admin issues an HR account; its first sign-in replaces the temporary password", async () => {
    const email = `kadr.${Date.now()}@justice.exidmet.local`;
    await app.open("/admin/officials?new=1");
    await expect.poll(() => app.heading().textContent()).toBe("Yeni hesab");
    await page.getByLabel("Soyadı, adı, atasının adı").fill("Sınaq Kadr Əməkdaşı");
    await page.getByLabel("Elektron poçt ünvanı").fill(email);
    await page.getByLabel("Rol").selectOption("hr-officer");
    await page.getByLabel("Dövlət orqanı").selectOption("justice");
    await page.getByRole("button", { name: "Hesab ver" }).click();
    await app.routeIs(/^#\/admin\/officials$/);
    await expect.poll(() => page.textContent("main")).toContain("Hesab yaradıldı");
    await expect.poll(() => page.textContent("main")).toContain(email);

    let temporary: string | undefined;
    for (let i = 0; i < 50 && !temporary; i++) {
      const text = (await mailbox(email)).map((m) => m.body.text ?? m.body.html ?? "").join("\n");
      temporary = /Müvəqqəti şifrəniz: ([^\s.]+)/.exec(text)?.[1] ?? /Temporary password: ([^\s.]+)/i.exec(text)?.[1];
      if (!temporary) await new Promise((r) => setTimeout(r, 200));
    }
    expect(temporary, "temporary password in the local mailbox").toBeTruthy();
    await app.signOut();

    await app.open("/official/sign-in");
    await app.submitOfficialSignIn({ username: email, password: temporary! });
    await expect.poll(() => app.heading().textContent()).toBe("Yeni şifrə təyin edin");
    await snap(page, "official-new-password");
    await page.getByLabel("Yeni şifrə").fill("YeniSifre2025x");
    await page.getByRole("button", { name: "Şifrəni dəyiş və daxil ol" }).click();
    await app.routeIs(/^#\/official$/);
    await expect.poll(() => page.textContent("main")).toContain("Dövlət orqanının kadr qurumunun nümayəndəsi");
    await expect.poll(() => page.textContent("main")).toContain("Ədliyyə Nazirliyi");
    await snap(page, "official-home-hr");
    // Not an admin: the admin pages say so.
    await app.open("/admin/officials");
    await expect.poll(() => app.heading().textContent()).toBe("Giriş icazəsi yoxdur");
    await app.signOut();
  });

  it("broke no content-security rule and threw no script errors", () => {
    expect(app.problems).toEqual([]);
  });
});
