/**
 * Service 6 in Chromium on a 360-px-wide phone: a fresh citizen signs in, fills the service's
 * registration form (a missing confirmation shown beside the field first), takes the whole trial
 * test one question at a time, reloads in the middle and resumes with the answers kept, finishes,
 * sees the score per topic, the wrong answers with the right ones and the certificate code, and is
 * told when a retake becomes possible and asks for the reminder e-mail. axe runs on each screen.
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { demoAdmin } from "@exidmet/local";
import { mailbox } from "../setup/local-cloud";
import { axeViolations, checkViewport, DESKTOP, PHONE, screenshotDir } from "./browser";
import { chromiumForFile } from "./session";

const stamp = String(Date.now()).slice(-8);
const citizen = { email: `sinaq.${stamp}@example.az`, password: "Vetendas2025t", name: "Günay Testova", idCard: `AZE${stamp}` };

const chromium = chromiumForFile({ citizens: [citizen] });

/** The page at its size: no sideways scrolling, tap targets ≥ 44 px, axe, a screenshot. */
const check = (page: Page, name: string) => checkViewport(page, name, { tapTargets: { among: "button, .btn, .back-link, input, select" }, axe: true });

describe("service 6 in the browser", () => {
  it("a citizen takes a full trial test on a phone: register, answer, reload and resume, finish, result and certificate, retake date", async () => {
    const { context, page, problems, open, routeIs, heading, submitCitizenSignIn } = await chromium.newPage(PHONE);

    await open("/trial-tests");
    await routeIs(/^#\/sign-in\?next=/);
    await submitCitizenSignIn(citizen);
    await routeIs(/^#\/trial-tests$/);
    await expect.poll(() => heading().textContent()).toBe("Onlayn sınaq test imtahanı");
    await page.getByRole("heading", { name: "Qeydiyyat forması" }).waitFor();
    // The account's ID card and e-mail are filled in already.
    expect(await page.getByLabel("Şəxsiyyət vəsiqəsinin seriyası və nömrəsi").inputValue()).toBe(citizen.idCard);
    expect(await page.getByLabel("Elektron poçt ünvanı").inputValue()).toBe(citizen.email);
    await page.getByLabel("Soyadı", { exact: true }).fill("Testova");
    await page.getByLabel("Adı", { exact: true }).fill("Günay");
    await page.getByLabel("Atasının adı").fill("Elşən qızı");
    await page.getByLabel("Doğulduğu tarix (gün, ay, il)").fill("14.03.1998");
    await check(page, "trial-form");
    await page.getByRole("button", { name: "Sınaq test imtahanına başla" }).click();
    await expect.poll(() => page.locator(".field__error").first().textContent()).toContain("Məlumatların doğruluğunu təsdiq etməlisiniz");
    await page.getByLabel("Müraciətdə göstərilən məlumatların doğruluğunu təsdiq edirəm").check();
    await page.getByRole("button", { name: "Sınaq test imtahanına başla" }).click();
    await routeIs(/^#\/trial-tests\/[a-z0-9]+$/);
    const attemptPath = await page.evaluate(() => window.location.hash);

    const counter = page.locator(".trial-bar__count");
    await counter.waitFor();
    const total = Number(/\/ (\d+)/.exec((await counter.textContent()) ?? "")![1]);
    expect(total).toBeGreaterThan(5);
    await check(page, "trial-question");

    const answerCurrent = async (i: number) => {
      await page.locator(".trial-question .choice__label").nth(i % 4).click();
      await expect.poll(() => page.locator(".trial-question [role=status]").textContent()).toBe("Cavab saxlanıldı");
    };
    const half = Math.floor(total / 2);
    for (let i = 0; i < half; i++) {
      await answerCurrent(i);
      await page.getByRole("button", { name: "Növbəti sual" }).click();
    }
    // A reload (or a lost connection): the same attempt, the answers kept, the first open question shown.
    await page.reload();
    await page.waitForLoadState("networkidle");
    await expect.poll(() => counter.textContent()).toBe(`Cavablandırılıb: ${half} / ${total}`);
    expect(await page.evaluate(() => window.location.hash)).toBe(attemptPath);
    await expect.poll(() => page.locator(".trial-question legend .muted").textContent()).toBe(`Sual ${half + 1} / ${total}`);
    for (let i = half; i < total; i++) {
      await answerCurrent(i);
      if (i < total - 1) await page.getByRole("button", { name: "Növbəti sual" }).click();
    }
    await expect.poll(() => counter.textContent()).toBe(`Cavablandırılıb: ${total} / ${total}`);
    // The navigation shows every question answered.
    expect(await page.locator(".trial-nav__item--done").count()).toBe(total);

    await page.getByRole("button", { name: "İmtahanı bitir" }).click();
    await page.getByRole("button", { name: "Bəli, bitir" }).click();
    await expect.poll(() => heading().textContent(), { timeout: 20_000 }).toBe("İmtahanın nəticəsi");
    const summary = (await page.locator(".notice--success .notice__title").textContent()) ?? "";
    expect(summary).toMatch(new RegExp(`^Ümumi nəticə: \\d+ / ${total} \\(\\d+%\\)$`));
    await page.getByRole("heading", { name: "Mövzular üzrə nəticə" }).waitFor();
    const code = (await page.locator(".summary code").textContent())!;
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    const right = Number(/: (\d+) \//.exec(summary)![1]);
    expect(await page.locator(".review__item").count()).toBe(total - right);
    if (total - right > 0) expect(await page.locator(".review__item").first().textContent()).toContain("Düzgün cavab:");
    await check(page, "trial-result");
    await expect.poll(async () => (await mailbox(citizen.email)).some((m) => (m.body.text ?? "").includes(code))).toBe(true);

    // A retake is refused until the date it becomes possible; the citizen asks to be e-mailed that day.
    await page.getByRole("link", { name: "Sınaq test imtahanı səhifəsinə qayıt" }).first().click();
    await routeIs(/^#\/trial-tests$/);
    await page.getByText("Təkrar imtahan hələ mümkün deyil").waitFor();
    expect(await page.locator(".notice--warning").textContent()).toMatch(/Növbəti sınaq test imtahanını \d\d\.\d\d\.\d{4} 00:00 tarixindən verə bilərsiniz/);
    await page.getByRole("button", { name: "Həmin gün mənə e-poçtla xəbər verin" }).click();
    await page.getByText(/Xatırlatma \d\d\.\d\d\.\d{4} tarixində e-poçtunuza göndəriləcək/).waitFor();
    await check(page, "trial-retake");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("the admin adds a question to the bank, sees a bad import refused row by row, and opens the settings (desktop)", async () => {
    const { context, page, problems, open, routeIs, signInOfficial } = await chromium.newPage(DESKTOP);
    await signInOfficial(demoAdmin);
    await open("/services/6");
    await page.getByRole("link", { name: "Sual bankı" }).click();
    await routeIs(/^#\/admin\/questions/);
    await page.locator("table").waitFor();
    expect(await page.locator("tbody tr").count()).toBeGreaterThanOrEqual(15);

    const text = `Brauzer testi: 3 × 4 neçədir? (${stamp})`;
    await page.getByRole("button", { name: "Sual əlavə et" }).click();
    await expect.poll(() => page.locator(".error-summary").count()).toBeGreaterThan(0);
    await page.getByLabel("Sualın mətni").fill(text);
    for (const [i, v] of ["7", "12", "34", "1"].entries()) await page.getByLabel(`${"ABCD"[i]} variantı`).fill(v);
    await page.getByLabel("Düzgün cavab").selectOption("1");
    await page.getByRole("button", { name: "Sual əlavə et" }).click();
    await page.getByText("Sual əlavə edildi.").waitFor();
    await expect.poll(() => page.locator("tbody").textContent()).toContain(text);

    await page.getByLabel("və ya mətni buraya yapışdırın").fill("id,topic,text,option_a,option_b,option_c,option_d,correct,active\nx-1,logic,Sual?,1,2,3,4,Z,yes");
    await page.getByRole("button", { name: "İdxal et" }).click();
    await page.getByText("Faylda səhvlər var").waitFor();
    expect(await page.locator(".error-summary[role=alert]").textContent()).toContain("Sətir 2, sütun correct");
    expect(await axeViolations(page), "questions page: axe").toEqual([]);
    fs.mkdirSync(screenshotDir, { recursive: true });
    await page.screenshot({ path: path.join(screenshotDir, "trial-admin-questions-1280.png"), fullPage: true });

    // Retire it again, so the bank is as seeded.
    await page.locator("tbody tr", { hasText: text }).getByRole("button", { name: "Passivləşdir" }).click();
    await page.getByText(/^Passivdir: /).waitFor();

    await page.getByRole("link", { name: "Testin parametrləri" }).click();
    await routeIs(/^#\/admin\/trial-tests\/settings$/);
    await page.getByLabel("Vaxt limiti (dəqiqə)").waitFor();
    expect(await page.getByLabel("Vaxt limiti (dəqiqə)").inputValue()).toMatch(/^\d+$/);
    expect(await axeViolations(page), "settings page: axe").toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
