/**
 * Service 1 in a real browser against the local cloud: a citizen applies from an open vacancy on
 * a 360-px-wide phone — the whole Appendix-1 form, step by step, a rule's error in Azerbaijani
 * (age under 16) fixed, the draft resumed after a reload, the confirmation, a double-clicked
 * submit, a lost connection that loses nothing — and sees "received"; the IT-sector officer finds it in the queue and admits it; the
 * citizen sees the candidate code in My requests. On a desktop a second citizen answers "Bəli" on
 * 4.4, is refused naming the question, corrects the application and submits it again.
 * Fresh citizens are registered for this file, so other files' use of the shared cloud does not matter.
 */
import { demoOfficials } from "@exidmet/local";
import fs from "node:fs";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { api } from "../setup/local-cloud";
import { axeViolations, checkViewport, DESKTOP, PHONE } from "./browser";
import { chromiumForFile } from "./session";

let competitionId: string;
const vacancyIds: Record<string, string> = {};

const stamp = String(Date.now()).slice(-8);
const phoneCitizen = { email: `mobil.${stamp}@example.az`, password: "Vetendas2025m", name: "Nərmin Sınaqova", idCard: `AZE${stamp}` };
const deskCitizen = { email: `masa.${stamp}@example.az`, password: "Vetendas2025d", name: "Rauf Sınaqov", idCard: `AA${stamp.slice(-7)}` };
const itOfficer = demoOfficials.find((o) => o.group === "it-officer")!;

const { newPage, problems } = chromiumForFile({ citizens: [phoneCitizen, deskCitizen] });

beforeAll(async () => {
  const res = await api("GET", "/competitions");
  type V = { id: string; positionCode: string };
  const demo = (res.body as { items: { id: string; status: string; vacancies: V[] }[] }).items.find((c) => c.status === "open" && c.vacancies.some((v) => v.positionCode === "VN-07-0522"))!;
  competitionId = demo.id;
  for (const v of demo.vacancies) vacancyIds[v.positionCode] = v.id;
});

const stepTitle = (page: Page) => page.locator("#step-title");

/** Screenshot at the current size; no sideways scrolling; tap targets ≥ 44 px on a phone (a radio or checkbox counts with its label row). */
const check = (page: Page, name: string) => checkViewport(page, name, { tapTargets: { among: "button, .btn, .nav__link, .header__button, .back-link, input, select", upTo: 400 } });

async function expectAccessible(page: Page, name: string) {
  const serious = (await axeViolations(page)).filter(Boolean);
  expect(serious, `${name}: axe WCAG 2.1 AA`).toEqual([]);
}

const next = async (page: Page, expectTitle: string) => {
  await page.getByRole("button", { name: "Növbəti", exact: true }).click();
  await expect.poll(() => stepTitle(page).textContent()).toBe(expectTitle);
};

interface Answers {
  firstName: string;
  lastName: string;
  birthDate: string;
  kinship: "yes" | "no";
  education: { level: string; code: string; name: string; entry: string; diploma: string }[];
  seniorityYears: string;
}

/** Parts 1 (after the birth date), 2 and 3. */
async function fillParts1to3(page: Page, a: Answers, email: string) {
  await page.getByLabel("1.1. Adı", { exact: true }).fill(a.firstName);
  await page.getByLabel("1.2. Soyadı", { exact: true }).fill(a.lastName);
  await page.getByLabel("1.3. Atasının adı", { exact: true }).fill("Rəşid qızı");
  await page.getByLabel("Qadın", { exact: true }).check();
  await page.getByLabel("1.5. Doğulduğu tarix (gün, ay, il)").fill(a.birthDate);
  expect(await page.getByLabel("Ölkə", { exact: true }).inputValue()).toBe("Azərbaycan");
  await page.getByLabel("Şəhər (rayon)", { exact: true }).fill("Gəncə");
}

async function fillFrom2(page: Page, a: Answers, c: { idCard: string; email: string }) {
  await next(page, "2. Vətəndaşın şəxsiyyətini təsdiq edən sənəd haqqında məlumat");
  // The account's ID card is filled in already.
  expect(await page.getByLabel("2.1. Şəxsiyyət vəsiqəsinin seriyası və nömrəsi").inputValue()).toBe(c.idCard);
  await page.getByLabel("2.2. Şəxsiyyət vəsiqəsinin verildiyi tarix (gün, ay, il)").fill("01.06.2015");
  await page.getByLabel("2.3. Şəxsiyyət vəsiqəsini verən orqanın adı").fill("Daxili İşlər Nazirliyi");

  await next(page, "3. Vətəndaşla əlaqə vasitələri haqqında məlumat");
  await page.getByLabel("3.1. Qeydiyyatda olduğu ünvan (şəhər, rayon, kənd və küçə göstərilməklə)").fill("Bakı, Nəsimi r., Azadlıq pr. 10");
  // Not living there: 3.2 appears and becomes mandatory.
  await page.getByLabel("Qeydiyyatda olduğum ünvanda yaşayıram").uncheck();
  await page.getByLabel("3.2. Faktiki yaşadığı ünvan (vətəndaş qeydiyyatda olduğu ünvanda yaşamırsa)").fill("Bakı, Yasamal r., Şərifzadə 5");
  expect(await page.getByLabel("3.3. Elektron poçt ünvanı").inputValue()).toBe(c.email);
  await page.getByLabel("3.4. Mobil telefonu (operatorun kodu göstərilməklə)").fill("+994 50 123 45 67");
  await page.getByLabel("3.5. Ev telefonu (şəhər (rayon) kodu göstərilməklə)").fill("012 465 87 93");
  await page.getByLabel("3.6. İş telefonu (şəhər (rayon) kodu göstərilməklə)").fill("012 465 21 84");

  await next(page, "4. Vətəndaşın dövlət qulluğuna qəbul edilməsinin mümkün olub-olmaması haqqında məlumat");
  for (const q of ["incapacity", "conviction", "medicalMeasures", "disciplinary"]) await page.locator(`#f-eligibility-${q}-no`).check();
  await page.locator(`#f-eligibility-kinship-${a.kinship}`).check();
  if (a.kinship === "yes") await expect.poll(() => page.textContent("main")).toContain("“Bəli” cavabı dövlət qulluğuna qəbul üçün maneədir");

  await next(page, "5. Vətəndaşın hərbi mükəlləfiyyəti barədə məlumat");
  await page.locator("#f-military-liable-no").check();

  await next(page, "6. Vətəndaşın əmək fəaliyyəti haqqında məlumat");
  await page.getByLabel("İşləyirəm", { exact: true }).check();
  await page.getByLabel("6.2. Əmək kitabçasının nömrəsi").fill("AB123456");
  await page.getByLabel("6.3. Əmək kitabçasının açılma tarixi").fill("01.09.2017");
  await page.getByLabel("İş yeri", { exact: true }).fill("Ədliyyə Nazirliyi");
  await page.getByLabel("Vəzifə", { exact: true }).fill("Məsləhətçi");
  await page.locator("#f-employment-seniority-total-years").fill(a.seniorityYears);
  await page.locator("#f-employment-seniority-total-months").fill("2");
  await page.locator("#f-employment-seniority-total-days").fill("0");

  await next(page, "7. Vətəndaşın təhsili haqqında məlumat");
  for (const [i, e] of a.education.entries()) {
    if (i > 0) await page.getByRole("button", { name: "Daha bir təhsil əlavə et" }).click();
    await page.locator(`#f-education-${i}-level`).selectOption(e.level);
    await page.locator(`#f-education-${i}-institution`).fill("Azərbaycan Dövlət İqtisad Universiteti");
    await page.locator(`#f-education-${i}-entryYear`).fill(e.entry);
    await page.locator(`#f-education-${i}-specialtyCode`).fill(e.code);
    await page.locator(`#f-education-${i}-specialtyName`).fill(e.name);
    await page.locator(`#f-education-${i}-diplomaNumber`).fill(`UNEC-${i}${stamp.slice(-4)}`);
    await page.locator(`#f-education-${i}-diplomaDate`).fill(e.diploma);
  }
  await next(page, "8. Vətəndaşın iddia etdiyi vakant vəzifə haqqında məlumat");
}

async function confirmAndSubmit(page: Page, double = false) {
  await page.getByLabel("Müraciətdə göstərilən məlumatların doğruluğunu təsdiq edirəm").check();
  const button = page.getByRole("button", { name: /təqdim et$/ });
  if (double) await button.dblclick();
  else await button.click();
  await expect.poll(() => page.locator("h1").textContent(), { timeout: 15_000 }).toBe("Müraciətin vəziyyəti");
}

describe("service 1 in the browser: apply, examine, admit", () => {
  let applicationNumber = "";
  let candidateCode = "";

  it("a citizen on a 360-px phone fills the whole form, fixes an age error, resumes the draft and submits", async () => {
    const { context, page, open, routeIs, heading, signOut, submitCitizenSignIn } = await newPage(PHONE);
    const vacancyId = vacancyIds["VN-07-0522"];
    // From the open vacancy: signed out, "Apply" leads through sign-in straight back to the form.
    await open(`/competitions/${competitionId}`);
    await page.getByRole("link", { name: /^Müraciət et\W+VN-07-0522$/ }).click();
    await routeIs(/^#\/sign-in\?next=/);
    await submitCitizenSignIn(phoneCitizen);
    await routeIs(new RegExp(`^#/apply/${vacancyId}$`));
    await expect.poll(() => heading().textContent()).toBe("Müsabiqədə iştirak üçün müraciət");
    await expect.poll(() => stepTitle(page).textContent()).toBe("1. Vətəndaş haqqında məlumat");
    expect(await page.textContent("main")).toContain("Vergi müfəttişi");
    await check(page, "apply-step1");
    await expectAccessible(page, "application form, part 1");

    const answers: Answers = {
      firstName: "Aygün",
      lastName: "Məmmədova",
      birthDate: "01.01.2015", // under 16: the rule's error first
      kinship: "no",
      education: [{ level: "bachelor", code: "050402", name: "İqtisadiyyat", entry: "2012", diploma: "30.06.2016" }],
      seniorityYears: "7",
    };
    await fillParts1to3(page, answers, phoneCitizen.email);
    await page.getByRole("button", { name: "Növbəti", exact: true }).click();
    await page.waitForSelector(".error-summary");
    expect(await page.evaluate(() => document.activeElement?.classList.contains("error-summary"))).toBe(true);
    const summary = await page.textContent(".error-summary");
    expect(summary).toContain("1.5. Doğulduğu tarix (gün, ay, il): Müraciət edən şəxs müraciətin doldurulduğu tarixdə ən azı 16 yaşında olmalıdır.");
    expect(await page.textContent("#f-citizen-birthDate-error")).toContain("ən azı 16 yaşında");
    expect(await stepTitle(page).textContent()).toBe("1. Vətəndaş haqqında məlumat");
    await check(page, "apply-age-error");
    await expectAccessible(page, "application form with an error");
    // The summary's link moves to the field; fixing it clears the error at once.
    await page.locator(".error-summary a").first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("f-citizen-birthDate");
    await page.getByLabel("1.5. Doğulduğu tarix (gün, ay, il)").fill("12.04.1995");
    await page.waitForSelector(".error-summary", { state: "detached" });

    // Saved as typed: a reload (or another device) comes back to the same step with everything kept.
    await next(page, "2. Vətəndaşın şəxsiyyətini təsdiq edən sənəd haqqında məlumat");
    await expect.poll(() => page.textContent("#draft-state"), { timeout: 10_000 }).toContain("Qaralama yadda saxlanıldı");
    await page.reload();
    await page.waitForLoadState("networkidle");
    await expect.poll(() => stepTitle(page).textContent()).toBe("2. Vətəndaşın şəxsiyyətini təsdiq edən sənəd haqqında məlumat");
    await page.getByRole("button", { name: "Əvvəlki" }).click();
    await expect.poll(() => stepTitle(page).textContent()).toBe("1. Vətəndaş haqqında məlumat");
    expect(await page.getByLabel("1.1. Adı", { exact: true }).inputValue()).toBe("Aygün");
    expect(await page.getByLabel("1.5. Doğulduğu tarix (gün, ay, il)").inputValue()).toBe("12.04.1995");
    expect(await page.getByLabel("Qadın", { exact: true }).isChecked()).toBe(true);

    // A lost connection: what is typed is kept on the phone, survives a reload, and is sent when the API answers again.
    await context.setOffline(true);
    await page.getByLabel("1.3. Atasının adı", { exact: true }).fill("Rəşad qızı");
    await expect.poll(() => page.textContent("#draft-state"), { timeout: 10_000 }).toContain("İnternet bağlantısı yoxdur");
    await page.route("**/draft", (r) => r.abort("internetdisconnected"));
    await context.setOffline(false);
    await page.reload();
    await page.waitForLoadState("networkidle");
    await expect.poll(() => page.textContent("main")).toContain("Göndərilməmiş son dəyişiklikləriniz bu cihazdan bərpa olundu.");
    expect(await page.getByLabel("1.3. Atasının adı", { exact: true }).inputValue()).toBe("Rəşad qızı");
    await page.unroute("**/draft");
    await page.getByRole("button", { name: "İndi yadda saxla" }).click();
    await expect.poll(() => page.textContent("#draft-state"), { timeout: 10_000 }).toContain("Qaralama yadda saxlanıldı");

    await fillFrom2(page, answers, phoneCitizen);
    // Part 8 comes from the vacancy, read-only.
    const part8 = await page.textContent("main");
    expect(part8).toContain("8.2. Vəzifənin kodu");
    expect(part8).toContain("VN-07-0522");
    expect(await page.locator("form input").count()).toBe(0);
    await check(page, "apply-part8");

    await next(page, "Yoxlayın və təsdiq edin");
    const review = await page.textContent("main");
    expect(review).toContain("Aygün");
    expect(review).toContain("Rəşad qızı");
    expect(review).toContain("12.04.1995");
    expect(review).toContain("Bakı, Yasamal r., Şərifzadə 5");
    expect(review).toContain("050402 — İqtisadiyyat");
    expect(review).toContain("7 il, 2 ay, 0 gün");
    // Without the confirmation nothing is sent.
    await page.getByRole("button", { name: "Müraciəti təqdim et" }).click();
    await page.waitForSelector(".error-summary");
    expect(await page.textContent(".error-summary")).toContain("Müraciətdə göstərilən məlumatların doğruluğunu təsdiq edirəm: Məlumatların doğruluğunu təsdiq etməlisiniz.");
    await check(page, "apply-review");
    await expectAccessible(page, "application review");
    await confirmAndSubmit(page, true);

    const main = await page.textContent("main");
    expect(main).toContain("Müraciətiniz qəbul edildi");
    expect(main).toContain("Baxılır");
    applicationNumber = (await page.locator(".summary .code").first().textContent())!.trim();
    expect(applicationNumber).toMatch(/\S+/);
    await check(page, "apply-received");
    await expectAccessible(page, "application status");

    // One application despite the double click.
    await open("/my-requests");
    await expect.poll(() => page.locator(".request").filter({ hasText: applicationNumber }).count()).toBe(1);
    await signOut();
    await context.close();
  });

  it("the IT-sector officer finds it in the queue and admits it", async () => {
    const { context, page, routeIs, heading, signOut, signInOfficial } = await newPage(DESKTOP);
    await signInOfficial(itOfficer);
    await page.getByRole("link", { name: "Müsabiqələrə müraciətlər" }).click();
    await routeIs(/^#\/officer\/applications/);
    await expect.poll(() => heading().textContent()).toBe("Müraciətlər");
    await page.locator("#f-competitionId").selectOption(competitionId);
    await page.locator("#f-vacancyId").selectOption(vacancyIds["VN-07-0522"]);
    await page.locator("#f-status").selectOption("in_review");
    await page.getByRole("button", { name: "Göstər" }).click();
    await routeIs(/status=in_review/);
    // Page through until the application shows up (other tests share the queue).
    const row = page.locator("tr").filter({ hasText: applicationNumber });
    for (let i = 0; i < 20 && !(await row.count()); i++) {
      await page.waitForSelector("table, .notice");
      if (await row.count()) break;
      const nextPage = page.getByRole("link", { name: "Növbəti səhifə" });
      if (!(await nextPage.count())) break;
      await nextPage.click();
      await page.waitForLoadState("networkidle");
    }
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain("Məmmədova Aygün Rəşad qızı");
    await check(page, "officer-queue");
    await expectAccessible(page, "officer queue");
    await page.setViewportSize(PHONE);
    await check(page, "officer-queue");
    await page.setViewportSize(DESKTOP);

    await row.locator("a").click();
    await expect.poll(() => heading().textContent()).toBe(`Müraciət ${applicationNumber}`);
    const full = await page.textContent("main");
    expect(full).toContain("1.1. Adı");
    expect(full).toContain("Aygün");
    expect(full).toContain("VN-07-0522");
    await expectAccessible(page, "officer application view");
    await page.getByRole("button", { name: "Test mərhələsinə burax" }).click();
    await page.getByLabel("Qeyd").fill("Sənədlər tələblərə uyğundur");
    await page.getByRole("button", { name: "Test mərhələsinə burax" }).click();
    await page.waitForSelector("[role=alertdialog]");
    expect(await page.textContent("[role=alertdialog]")).toContain("namizəd kodu veriləcək");
    await expectAccessible(page, "officer confirmation");
    await page.locator("[role=alertdialog]").getByRole("button", { name: "Test mərhələsinə burax" }).click();
    await expect.poll(() => page.textContent("main")).toContain("Namizədin şəxsi kodu: NK-");
    candidateCode = /Namizədin şəxsi kodu: (NK-[0-9A-Z]+)/.exec((await page.textContent("main"))!)![1];
    expect(await page.textContent("main")).toContain("Buraxıldı");
    await check(page, "officer-admitted");

    // The admitted candidates of the competition, as CSV, downloaded with the officer's token.
    await page.getByRole("link", { name: "Müraciətlərin siyahısı" }).click();
    await routeIs(/^#\/officer\/applications\?competitionId=/);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Buraxılmış namizədlərin siyahısı (CSV)" }).click()]);
    const csv = fs.readFileSync((await download.path())!, "utf8");
    expect(csv).toContain(candidateCode);
    expect(csv).toContain("VN-07-0522");
    await signOut();
    await context.close();
  });

  it("the citizen sees the candidate code and the history in My requests and on the application's page", async () => {
    const { context, page, signOut, signInCitizen } = await newPage(PHONE);
    await signInCitizen(phoneCitizen);
    const card = page.locator(".request").filter({ hasText: applicationNumber });
    await expect.poll(() => card.count()).toBe(1);
    const text = await card.textContent();
    expect(text).toContain("Namizədin şəxsi kodu");
    expect(text).toContain(candidateCode);
    expect(text).toContain("Test imtahanı mərhələsinə buraxıldı");
    await card.locator("summary").click();
    expect(await card.textContent()).toContain("Qəbul edildi");
    await check(page, "my-requests-admitted");
    await expectAccessible(page, "my requests with an application");
    await card.getByRole("link", { name: /Müraciətə keç/ }).click();
    await expect.poll(() => page.textContent("#candidate-code")).toBe(candidateCode);
    await signOut();
    await context.close();
  });

  it("on a desktop: a “Bəli” on 4.4 is refused naming the question; corrected and submitted again", async () => {
    const { context, page, open, routeIs, signOut, signInCitizen } = await newPage(DESKTOP);
    const vacancyId = vacancyIds["VN-06-0317"];
    await signInCitizen(deskCitizen);
    await open(`/competitions/${competitionId}`);
    await page.getByRole("link", { name: /^Müraciət et\W+VN-06-0317$/ }).click();
    await routeIs(new RegExp(`^#/apply/${vacancyId}$`));
    await expect.poll(() => stepTitle(page).textContent()).toBe("1. Vətəndaş haqqında məlumat");
    const answers: Answers = {
      firstName: "Rauf",
      lastName: "Sınaqov",
      birthDate: "03.03.1990",
      kinship: "yes",
      education: [
        { level: "bachelor", code: "050403", name: "Maliyyə", entry: "2008", diploma: "30.06.2012" },
        { level: "master", code: "050403", name: "Maliyyə", entry: "2012", diploma: "30.06.2014" },
      ],
      seniorityYears: "5",
    };
    await fillParts1to3(page, answers, deskCitizen.email);
    await page.getByLabel("Kişi", { exact: true }).check();
    await fillFrom2(page, answers, deskCitizen);
    await check(page, "apply-desktop-part8");
    await next(page, "Yoxlayın və təsdiq edin");
    await expectAccessible(page, "application review (desktop)");
    await confirmAndSubmit(page);
    let main = await page.textContent("main");
    expect(main).toContain("Müraciətin qəbulundan imtina edildi");
    expect(main).toContain("4.4. Bilavasitə tabeliyində");
    await check(page, "apply-refused");

    await page.getByRole("button", { name: "Düzəliş et və yenidən təqdim et" }).click();
    await expect.poll(() => stepTitle(page).textContent()).toBe("1. Vətəndaş haqqında məlumat");
    expect(await page.getByLabel("1.1. Adı", { exact: true }).inputValue()).toBe("Rauf");
    for (const title of ["2. Vətəndaşın şəxsiyyətini təsdiq edən sənəd haqqında məlumat", "3. Vətəndaşla əlaqə vasitələri haqqında məlumat", "4. Vətəndaşın dövlət qulluğuna qəbul edilməsinin mümkün olub-olmaması haqqında məlumat"]) await next(page, title);
    expect(await page.locator("#f-eligibility-kinship-yes").isChecked()).toBe(true);
    await page.locator("#f-eligibility-kinship-no").check();
    for (const title of ["5. Vətəndaşın hərbi mükəlləfiyyəti barədə məlumat", "6. Vətəndaşın əmək fəaliyyəti haqqında məlumat", "7. Vətəndaşın təhsili haqqında məlumat"]) await next(page, title);
    expect(await page.locator("#f-education-1-level").inputValue()).toBe("master");
    for (const title of ["8. Vətəndaşın iddia etdiyi vakant vəzifə haqqında məlumat", "Yoxlayın və təsdiq edin"]) await next(page, title);
    await page.getByLabel("Müraciətdə göstərilən məlumatların doğruluğunu təsdiq edirəm").check();
    await page.getByRole("button", { name: "Düzəliş edilmiş müraciəti təqdim et" }).click();
    await expect.poll(() => page.textContent("main"), { timeout: 15_000 }).toContain("Müraciətiniz qəbul edildi");
    main = await page.textContent("main");
    expect(main).toContain("Baxılır");
    expect(main).not.toContain("Müraciətin qəbulundan imtina edildi");
    await signOut();
    await context.close();
  });

  it("the English interface is complete on the form", async () => {
    const { context, page, open, signInCitizen } = await newPage(DESKTOP);
    await signInCitizen(phoneCitizen);
    await open(`/apply/${vacancyIds["EN-05-0141"]}`);
    await expect.poll(() => stepTitle(page).textContent()).toBe("1. Vətəndaş haqqında məlumat");
    await page.getByRole("button", { name: "English" }).click();
    await expect.poll(() => stepTitle(page).textContent()).toBe("1. Information about the citizen");
    expect(await page.textContent("main")).toContain("1.1. First name");
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await page.waitForSelector(".error-summary");
    expect(await page.textContent(".error-summary")).toContain("1.1. First name: This field is required.");
    await page.getByRole("button", { name: "Azərbaycanca" }).click();
    await expect.poll(() => page.textContent(".error-summary")).toContain("1.1. Adı: Bu sahə mütləq doldurulmalıdır.");
    await context.close();
  });

  it("broke no content-security rule and threw no script errors", () => {
    expect(problems).toEqual([]);
  });
});
