/**
 * Services 2 and 4 in Chromium, the Commission's side: the IT sector records a candidate's test and
 * interview results through the forms of `#/officer/results` (a refused input shows its bilingual
 * error beside the field and in the summary), the candidate reads them and gets the e-mails; the
 * personnel-selection department enters a candidate who passed the interview into the reserve,
 * records the competition's appointments and a leaving, and reads the search log. Everything runs
 * on a competition and a citizen of this file only (the suites share one local cloud).
 */
import { demoOfficials } from "@exidmet/local";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { validForm } from "../../packages/core/test/fixtures.js";
import { api, mailbox, signInAs } from "../setup/local-cloud";
import { axeViolations, snap } from "./browser";
import { chromiumForFile, type AppSession } from "./session";

const stamp = String(Date.now()).slice(-8);
/** The candidate of this file: two candidacies (A and B) in the competition below. */
const candidate = { email: `namized.${stamp}@example.az`, password: "Vetendas2025n", name: "Gülnar Nəticəliyeva", idCard: `AZE${stamp}` };
const fullName = "Nəticəliyeva Gülnar Rauf qızı";

const chromium = chromiumForFile({ citizens: [candidate] });
let app: AppSession;
let page: Page;

const bakuDay = (offsetDays = 0) => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Baku" }).format(new Date(Date.now() + offsetDays * 86_400_000));
/** YYYY-MM-DD → gün.ay.il, as an officer types it. */
const typed = (iso: string) => iso.split("-").reverse().join(".");
const officialToken = (username: string) => signInAs("officials", username, demoOfficials.find((o) => o.username === username)!.password);

let competitionId: string;
let citizenToken: string;
const a = { id: "", code: "" };
const b = { id: "", code: "" };

beforeAll(async () => {
  ({ page } = app = await chromium.newPage());

  // A competition of its own (auto-admit, announced today) with two vacancies; the candidate applies to both.
  const admin = await officialToken("admin");
  const vacancy = (n: number) => ({
    positionCode: `RO-${stamp}-${n}`,
    stateBodyId: "taxes",
    unitId: "audit",
    positionName: { az: `Baş vergi müfəttişi ${n}`, en: `Senior tax inspector ${n}` },
    classification: 6,
    places: 1,
    education: { levels: ["bachelor", "master"], specialties: [] },
  });
  const announced = await api("POST", "/admin/competitions", {
    token: admin,
    headers: { "idempotency-key": `results-officer-${stamp}` },
    body: { title: { az: `Nəticələrin qeydi üzrə sınaq müsabiqəsi ${stamp}`, en: `Results recording test competition ${stamp}` }, announcedOn: bakuDay(), autoAdmit: true, vacancies: [vacancy(1), vacancy(2)] },
  });
  expect(announced.status, JSON.stringify(announced.body)).toBe(201);
  const competition = announced.body as { id: string; vacancies: { id: string }[] };
  competitionId = competition.id;

  citizenToken = await signInAs("citizens", candidate.email, candidate.password);
  for (const [i, v] of competition.vacancies.entries()) {
    const form = validForm();
    form.citizen.lastName = "Nəticəliyeva";
    form.citizen.firstName = "Gülnar";
    form.citizen.patronymic = "Rauf qızı";
    form.identity.idCardNumber = candidate.idCard;
    form.contact.email = candidate.email;
    const res = await api("POST", `/me/applications/${v.id}/submit`, { token: citizenToken, body: form, headers: { "idempotency-key": `results-officer-${stamp}-${i}` } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const submitted = res.body as { id: string; candidateCode: string; status: string };
    expect(submitted.status).toBe("admitted");
    Object.assign(i === 0 ? a : b, { id: submitted.id, code: submitted.candidateCode });
  }
}, 120_000);

const row = (code: string) => page.locator("tbody tr", { hasText: code });
const errorBeside = (field: string) => page.locator(`#f-${field}-error`);
const summary = () => page.locator(".error-summary");

async function switchLanguage(to: "az" | "en") {
  await page.locator(`.header__button[lang=${to}]`).click();
  await expect.poll(() => page.getAttribute("html", "lang")).toBe(to);
}

describe("web app: the Commission records results and keeps the reserve list", () => {
  it("the IT officer records a test result (a refused score and a future date first) and an interview result; the candidate sees them and is e-mailed", async () => {
    await app.signInOfficial("it.officer");
    await app.open(`/officer/results?competition=${competitionId}`);
    await expect.poll(() => app.heading().textContent()).toBe("Test imtahanı və müsahibə nəticələri");
    await row(a.code).waitFor();
    expect(await row(a.code).textContent()).toContain("Hələ qeyd edilməyib");
    // No interview before a passed test.
    expect(await row(a.code).getByRole("button", { name: /Müsahibə nəticəsini/ }).count()).toBe(0);

    await row(a.code).getByRole("button", { name: /Test nəticəsini qeyd et/ }).click();
    const title = page.locator("#record-title");
    await expect.poll(() => title.textContent()).toBe(`Test imtahanının nəticəsi: ${fullName}`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("record-title");
    expect(await axeViolations(page), "test form: axe").toEqual([]);

    // A score out of range is refused in the browser, by the core schema, in Azerbaijani and English.
    await page.getByLabel("Namizədin topladığı bal").fill("150");
    await page.getByLabel("Keçid balı").fill("60");
    await page.getByLabel("Test imtahanının tarixi").fill(typed(bakuDay()));
    await page.getByRole("button", { name: "Nəticəni yadda saxla" }).click();
    await summary().waitFor();
    await expect.poll(() => errorBeside("score").textContent()).toContain("Bal 0 ilə 100 arasında ədəd olmalıdır.");
    expect(await summary().textContent()).toContain("Namizədin topladığı bal: Bal 0 ilə 100 arasında ədəd olmalıdır.");
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains("error-summary"))).toBe(true);
    expect(await axeViolations(page), "test form with errors: axe").toEqual([]);
    await switchLanguage("en");
    await expect.poll(() => errorBeside("score").textContent()).toContain("The score must be a number from 0 to 100.");
    expect(await summary().textContent()).toContain("The score must be a number from 0 to 100.");
    expect(await title.textContent()).toBe(`Test-exam result: ${fullName}`);
    await switchLanguage("az");

    // A future date is refused by the server; its reason lands beside the field.
    await page.getByLabel("Namizədin topladığı bal").fill("76,5");
    await page.getByLabel("Test imtahanının tarixi").fill(typed(bakuDay(2)));
    await page.getByRole("button", { name: "Nəticəni yadda saxla" }).click();
    await expect.poll(() => errorBeside("date").textContent()).toContain("Tarix gələcəkdə ola bilməz.");
    expect(await errorBeside("score").count()).toBe(0);

    await page.getByLabel("Test imtahanının tarixi").fill(typed(bakuDay()));
    await page.getByRole("button", { name: "Nəticəni yadda saxla" }).click();
    await expect.poll(app.main).toContain(`${fullName}: test imtahanının nəticəsi qeydə alındı.`);
    await expect.poll(() => row(a.code).textContent()).toContain("76.5 bal (keçid balı 60)");
    expect(await page.locator("#record-title").count()).toBe(0);

    // The interview: the board's decision, its date and note.
    await row(a.code).getByRole("button", { name: /Müsahibə nəticəsini qeyd et/ }).click();
    await expect.poll(() => page.locator("#record-title").textContent()).toBe(`Müsahibənin nəticəsi: ${fullName}`);
    await page.getByRole("button", { name: "Nəticəni yadda saxla" }).click();
    await expect.poll(() => errorBeside("outcome").count()).toBe(1);
    expect(await summary().textContent()).toContain("Müsahibənin nəticəsi:");
    await page.getByLabel("Müsahibədən keçib").check();
    await page.getByLabel("Müsahibənin tarixi").fill(typed(bakuDay()));
    await page.getByLabel(/Müsahibə komissiyasının qeydi/).fill("Peşəkar biliklərini yaxşı nümayiş etdirdi.");
    expect(await axeViolations(page), "interview form: axe").toEqual([]);
    await snap(page, "officer-results-interview");
    await page.getByRole("button", { name: "Nəticəni yadda saxla" }).click();
    await expect.poll(app.main).toContain(`${fullName}: müsahibənin nəticəsi qeydə alındı.`);
    await expect.poll(() => row(a.code).textContent()).toContain("Müsahibədən keçib");
    expect(await row(a.code).textContent()).toContain("Peşəkar biliklərini yaxşı nümayiş etdirdi.");
    // Correcting opens the form with the recorded values.
    await row(a.code).getByRole("button", { name: /Test nəticəsini düzəlt/ }).click();
    expect(await page.getByLabel("Namizədin topladığı bal").inputValue()).toBe("76.5");
    expect(await page.getByLabel("Test imtahanının tarixi").inputValue()).toBe(typed(bakuDay()));
    await page.getByRole("button", { name: "Ləğv et" }).click();
    expect(await axeViolations(page), "officer results: axe").toEqual([]);
    await app.signOut();

    // The candidate's own results, and the two e-mails.
    const mine = await api("GET", `/me/results/${a.id}`, { token: citizenToken });
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({
      candidateCode: a.code,
      test: { score: 76.5, passMark: 60, passed: true, date: bakuDay() },
      interview: { outcome: "passed", date: bakuDay(), note: "Peşəkar biliklərini yaxşı nümayiş etdirdi." },
    });
    await expect
      .poll(async () => (await mailbox(candidate.email)).map((m) => m.subject).join(" | "), { timeout: 15_000 })
      .toMatch(/Test imtahanının nəticəsi.*Müsahibənin nəticəsi/);
    const testMail = (await mailbox(candidate.email)).find((m) => m.subject.startsWith("Test imtahanının nəticəsi"))!;
    expect(testMail.body.text).toContain(`Namizədin şəxsi kodu: ${a.code}. Bal: 76.5 (keçid balı 60)`);
  }, 180_000);

  it("the selection officer enters the candidate into the reserve, records the appointments and a leaving, and reads the search log", async () => {
    // Candidacy B passes the test and the interview through the API.
    const it_ = await officialToken("it.officer");
    expect((await api("PUT", `/officer/results/${b.id}/test`, { token: it_, body: { score: 88, passMark: 60, date: bakuDay() } })).status).toBe(200);
    expect((await api("PUT", `/officer/results/${b.id}/interview`, { token: it_, body: { outcome: "passed", date: bakuDay() } })).status).toBe(200);

    await app.signInOfficial("selection.officer");
    await page.getByRole("link", { name: /Ehtiyat kadrlar siyahısının aparılması/ }).first().click();
    await expect.poll(() => app.heading().textContent()).toBe("Ehtiyat kadrlar siyahısının aparılması");
    await page.getByLabel("Müsabiqə").selectOption(competitionId);
    await row(a.code).waitFor();
    expect(await row(b.code).textContent()).toContain("Təyinat qeyd edilməyib");
    expect(await axeViolations(page), "keep reserve: axe").toEqual([]);

    // A wrong personal code is refused beside the field, in both languages.
    await page.getByLabel("Namizədin şəxsi kodu").fill("NK-123");
    await page.getByRole("button", { name: "Ehtiyata daxil et", exact: true }).last().click();
    await expect.poll(() => errorBeside("candidateCode").textContent()).toContain("Namizədin şəxsi kodu düzgün deyil (məs. NK-7K3F9Q2M4A).");
    await switchLanguage("en");
    await expect.poll(() => errorBeside("candidateCode").textContent()).toContain("The candidate's personal code is not valid (e.g. NK-7K3F9Q2M4A).");
    expect(await axeViolations(page), "keep reserve with errors, in English: axe").toEqual([]);
    await switchLanguage("az");
    await page.getByLabel("Namizədin şəxsi kodu").fill("");

    // Candidacy A enters the reserve from the competition's list.
    await row(a.code).getByRole("button", { name: /Ehtiyata daxil et/ }).click();
    await expect.poll(app.main).toContain(`${fullName} ehtiyat kadrlar siyahısına daxil edilib (daxil olma tarixi: ${typed(bakuDay())})`);
    await expect.poll(() => row(a.code).textContent()).toContain("Ehtiyat siyahısına daxil edilib");

    // The appointments: B was appointed; nobody else is left to enter the reserve.
    await page.getByLabel(new RegExp(`\\(${b.code}\\)`)).check();
    await page.getByRole("button", { name: "Təyinatları qeydə al" }).click();
    await expect.poll(app.main).toContain("Vəzifəyə təyin edilmiş kimi qeyd edildi: 1. Ehtiyat kadrlar siyahısına daxil edildi: 0.");
    await expect.poll(() => row(b.code).textContent()).toContain("Vəzifəyə təyin edilib");
    await snap(page, "officer-reserve");

    const entries = (await api("GET", "/me/reserve", { token: citizenToken })).body as { items: { id: string; candidateCode?: string; status: string }[] };
    expect(entries.items.filter((e) => e.candidateCode === a.code)).toMatchObject([{ status: "in_reserve" }]);
    expect(entries.items.some((e) => e.candidateCode === b.code)).toBe(false);
    expect(((await api("GET", `/me/results/${b.id}`, { token: citizenToken })).body as { appointed: boolean }).appointed).toBe(true);

    // Leaving the reserve: find the person (a recorded search), then record why and when.
    await page.getByRole("link", { name: "Ehtiyatdan çıxmanı qeyd etmək" }).click();
    await expect.poll(() => app.heading().textContent()).toBe("Ehtiyatdan çıxmanın qeydə alınması");
    await page.getByLabel("Soyadı, adı").fill("Nəticəliyeva Gülnar");
    await page.getByLabel("Təsnifat").selectOption("6");
    await page.getByRole("button", { name: "Tap", exact: true }).click();
    await row(a.code).waitFor();
    expect(await axeViolations(page), "leave: axe").toEqual([]);
    await row(a.code).getByRole("button", { name: /Ehtiyatdan çıxmanı qeyd et/ }).click();
    await expect.poll(() => page.locator("#leave-title").textContent()).toBe(`Ehtiyatdan çıxma: ${fullName}`);
    await page.getByRole("button", { name: "Çıxmanı qeydə al" }).click();
    await summary().waitFor();
    await expect.poll(() => errorBeside("reason").count()).toBe(1);
    expect(await errorBeside("on").textContent()).toContain("Tarix gün.ay.il formatında real tarix olmalıdır.");
    expect(await axeViolations(page), "leave form with errors: axe").toEqual([]);
    await page.getByLabel("Öz istəyi ilə çıxıb").check();
    await page.getByLabel("Çıxma tarixi").fill(typed(bakuDay()));
    await page.getByLabel(/^Qeyd/).fill("Ərizə ilə.");
    await page.getByRole("button", { name: "Çıxmanı qeydə al" }).click();
    await expect.poll(app.main).toContain(`${fullName} ehtiyat kadrlar siyahısından çıxmış kimi qeyd edildi.`);
    expect(await row(a.code).count()).toBe(0);
    await snap(page, "officer-reserve-leave");

    const after = (await api("GET", "/me/reserve", { token: citizenToken })).body as { items: { candidateCode?: string; status: string; left?: { reason: string; on: string } }[] };
    expect(after.items.find((e) => e.candidateCode === a.code)).toMatchObject({ status: "left_reserve", left: { reason: "withdrawn", on: bakuDay() } });
    await expect
      .poll(async () => (await mailbox(candidate.email)).map((m) => m.subject).join(" | "), { timeout: 15_000 })
      .toMatch(/Ehtiyat kadrlar siyahısına daxil edildiniz[\s\S]*Ehtiyat kadrlar siyahısından çıxarıldınız/);

    // The search log: the search just made, with its criteria and count.
    await app.open("/officer/reserve/searches");
    await expect.poll(() => app.heading().textContent()).toBe("Ehtiyat siyahısında axtarışların jurnalı");
    const logged = page.locator("tbody tr", { hasText: "Nəticəliyeva Gülnar" }).first();
    await logged.waitFor();
    const text = (await logged.textContent()) ?? "";
    expect(text).toContain("selection.officer");
    expect(text).toContain("Təsnifat: 6");
    expect(text).toContain("Siyahı: Ehtiyatda olanlar");
    expect(await axeViolations(page), "search log: axe").toEqual([]);
    await snap(page, "officer-reserve-searches");

    // A person of an earlier competition: an empty form lists every missing field.
    await app.open("/officer/reserve/new");
    await expect.poll(() => app.heading().textContent()).toBe("Əvvəlki müsabiqənin iştirakçısını ehtiyata daxil etmək");
    expect(await axeViolations(page), "manual entry: axe").toEqual([]);
    await page.getByRole("button", { name: "Ehtiyata daxil et" }).click();
    await summary().waitFor();
    expect(await summary().textContent()).toContain("Şəxs uyğun vakansiya elan edildikdə e-poçtla məlumatlandırılmağa yazılı razılıq verib: Şəxsin uyğun vakansiyalar barədə e-poçtla məlumatlandırılmağa razılığı təsdiq edilməlidir.");
    expect(await page.locator(".field__error").count()).toBeGreaterThan(5);
    expect(await axeViolations(page), "manual entry with errors: axe").toEqual([]);
    await page.getByLabel("Soyadı, adı, atasının adı").fill("Ehtiyatlı Sənan Kamil oğlu");
    await page.getByLabel("Elektron poçt ünvanı").fill(`senan.${stamp}@example.az`);
    await page.getByLabel("Vəzifənin təsnifatı").selectOption("5");
    await page.getByLabel("Ümumi staj (tam il)").fill("4");
    await page.getByLabel("Təhsil səviyyəsi").selectOption("master");
    await page.getByLabel("İxtisasın şifri").fill("HS998877");
    await page.getByLabel("İxtisasın adı").fill("Sınaq ixtisası");
    await page.getByLabel("Müsabiqə", { exact: true }).fill("2025-ci il payız müsabiqəsi");
    await page.getByLabel("Namizədin topladığı bal").fill("81,5");
    await page.getByLabel("Keçid balı").fill("60");
    await page.getByLabel("Test imtahanının tarixi").fill("15.09.2025");
    await page.getByLabel("Müsahibənin tarixi").fill("02.10.2025");
    await page.getByLabel("Ehtiyata daxil olma tarixi").fill("20.10.2025");
    await page.getByLabel(/yazılı razılıq verib/).check();
    await page.getByRole("button", { name: "Ehtiyata daxil et" }).click();
    await expect.poll(app.main).toContain("Ehtiyatlı Sənan Kamil oğlu ehtiyat kadrlar siyahısına daxil edilib (daxil olma tarixi: 20.10.2025)");
    expect(await page.locator(".error-summary").count()).toBe(0);
    await expect.poll(async () => (await mailbox(`senan.${stamp}@example.az`)).map((m) => m.subject).join(" | "), { timeout: 15_000 }).toContain("Ehtiyat kadrlar siyahısına daxil edildiniz");
    await app.signOut();
    expect(app.problems).toEqual([]);
  }, 240_000);
});
