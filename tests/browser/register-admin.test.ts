/**
 * Service 3 in Chromium: the Commission admin keeps the register by single edits. The admin looks a
 * seeded person up, opens "Edit", changes the rank and ends the current appointment — first without
 * its ground, so the refusal shows beside the field and in the error summary, in Azerbaijani and
 * in English — saves, and sees the edit in the record's change history. The server's refusals are
 * shown: a record changed meanwhile (409, with a way to the latest version) and a unit the server
 * does not know (422 beside the unit). Then a new person with a FIN of this file is added, and the
 * same FIN again is refused. axe on the new pages and their error states.
 *
 * The local cloud is shared with other files: the seeded person is put back as seeded at the end
 * (so statistics counted over the seed stay right); the new person serves in the Ministry of
 * Ecology, whose statistics no other file counts.
 */
import { demoOfficials } from "@exidmet/local";
import { demoRegister, demoServantFin, REGISTER_DATA_UNTIL } from "@exidmet/local/seed/register-data";
import { normalisePerson, type PersonData } from "@exidmet/core/register/model";
import { bakuDate } from "@exidmet/core/time/baku";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { api, signInAs } from "../setup/local-cloud";
import { checkViewport, DESKTOP, PHONE, TAP_TARGETS } from "./browser";
import { chromiumForFile, type AppSession } from "./session";

const chromium = chromiumForFile({ expectNoProblems: true });
let app: AppSession;
let page: Page;
let token: string;

/** A serving Ministry of Justice servant with an earlier, ended appointment (not the demo citizen Elvin). */
const seeded = demoRegister().find(
  (p) => p.fin !== demoServantFin && p.appointments.length >= 2 && p.appointments.at(-1)!.stateBodyId === "justice" && p.appointments.at(-1)!.status !== "ended" && p.appointments.at(-1)!.startDate < "2026-06-01",
)!;
const last = seeded.appointments.length - 1;
const current = seeded.appointments[last];
const newRank = current.rank === "2-ci dərəcə dövlət qulluqçusu" ? "1-ci dərəcə dövlət qulluqçusu" : "2-ci dərəcə dövlət qulluqçusu";
const endDate = [REGISTER_DATA_UNTIL, bakuDate(new Date())].sort()[0];
const gun = (iso: string) => iso.split("-").reverse().join(".");
/** A FIN of this file only. */
const freshFin = `W${String(Date.now()).slice(-6)}`;

type Stored = { person: PersonData & { version: number }; changes: { actor: string; source: string; before: PersonData | null; after: PersonData }[] };
const stored = async (fin: string) => {
  const res = await api("GET", `/admin/register/people/${fin}`, { token });
  expect(res.status).toBe(200);
  return res.body as Stored;
};

/** The page at phone and desktop size: no sideways scroll, tap targets, axe; ends at desktop size. */
async function check(name: string) {
  for (const size of [PHONE, DESKTOP]) {
    await page.setViewportSize(size);
    await checkViewport(page, name, { axe: true, tapTargets: { among: TAP_TARGETS, upTo: PHONE.width } });
  }
}

const block = (i: number) => page.locator(`#f-appointments-${i}`);
const summary = () => page.locator(".error-summary");

async function switchLanguage(to: "az" | "en") {
  await page.locator(`.header__button[lang=${to}]`).click();
  await expect.poll(() => page.getAttribute("html", "lang")).toBe(to);
}

beforeAll(async () => {
  ({ page } = app = await chromium.newPage());
  const admin = demoOfficials.find((o) => o.username === "admin")!;
  token = await signInAs("officials", admin.username, admin.password);
  await app.signInOfficial("admin");
});

// Each test starts in Azerbaijani, even after one that failed in English.
beforeEach(async () => {
  if ((await page.getAttribute("html", "lang")) !== "az") await switchLanguage("az");
});

afterAll(async () => {
  // Put the seeded person back exactly as seeded (the change is recorded like any other).
  const now = await stored(seeded.fin);
  const res = await api("PUT", `/admin/register/people/${seeded.fin}`, { token, body: { person: normalisePerson(seeded), expectedVersion: now.person.version } });
  expect(res.status).toBeLessThan(300);
});

describe("web app: the admin's single edits of the register", () => {
  it("looks a seeded person up, edits: a refused input's error in both languages first, then saved and shown in the change history", async () => {
    const before = await stored(seeded.fin);
    await app.open("/admin/register");
    await page.getByLabel("FİN", { exact: true }).fill(seeded.fin.toLowerCase()); /* ascii: a FIN */
    await page.getByRole("button", { name: "Bax", exact: true }).click();
    await app.routeIs(new RegExp(`fin=${seeded.fin}`));
    await expect.poll(app.main).toContain(`${seeded.lastName} ${seeded.firstName}`);
    await page.getByRole("link", { name: "Qeydi redaktə et" }).click();
    await app.routeIs(new RegExp(`^#/admin/register/people/${seeded.fin}$`));
    await expect.poll(() => app.heading().textContent()).toBe(`Qeydin redaktəsi: ${seeded.lastName} ${seeded.firstName} ${seeded.patronymic}`);
    expect(await app.main()).toContain(`Versiya ${before.person.version}`);
    // The stored record in the form: FIN fixed, dates as gün.ay.il, body and unit chosen.
    expect(await page.locator("#f-fin").getAttribute("readonly")).not.toBeNull();
    expect(await page.locator("#f-birthDate").inputValue()).toBe(gun(seeded.birthDate));
    expect(await block(last).getByLabel("Dövlət orqanı", { exact: true }).inputValue()).toBe(current.stateBodyId);
    expect(await block(last).getByLabel("Struktur bölmə", { exact: true }).inputValue()).toBe(current.unitId);
    expect(await block(last).getByLabel("Təyin edilmə tarixi").inputValue()).toBe(gun(current.startDate));
    await check("register-admin-edit");

    // Another rank; the appointment ends — but its ground is left out.
    await block(last).getByLabel("İxtisas dərəcəsi").fill(newRank);
    await block(last).getByLabel("Status", { exact: true }).selectOption("ended");
    await block(last).getByLabel("Xitam tarixi").fill(gun(endDate));
    await page.getByRole("button", { name: "Qeydi yadda saxla" }).click();
    await summary().waitFor({ state: "visible" });
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains("error-summary"))).toBe(true);
    const az = "Xitam verilmiş təyinat üçün xitam tarixi və əsası mütləqdir.";
    const en = "An ended appointment needs its end date and ground.";
    const besideGround = page.locator(`#f-appointments-${last}-endGround-error`);
    await expect.poll(() => besideGround.textContent()).toContain(az);
    expect(await summary().textContent()).toContain(`Təyinat ${last + 1} — Xitam əsası: ${az}`);
    // The form was not sent: the record is as before.
    expect((await stored(seeded.fin)).person.version).toBe(before.person.version);
    await check("register-admin-edit-errors");
    await switchLanguage("en");
    await expect.poll(() => besideGround.textContent()).toContain(en);
    expect(await summary().textContent()).toContain(`Appointment ${last + 1} — Ground of ending: ${en}`);
    expect(await app.heading().textContent()).toContain("Edit the record");
    await switchLanguage("az");
    await expect.poll(() => besideGround.textContent()).toContain(az);
    // The summary's link moves to the field.
    await summary().getByRole("link", { name: new RegExp("Xitam əsası") }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`f-appointments-${last}-endGround`);

    await block(last).getByLabel("Xitam əsası").fill("Öz təşəbbüsü ilə");
    await page.getByRole("button", { name: "Qeydi yadda saxla" }).click();
    await app.routeIs(new RegExp(`^#/admin/register\\?fin=${seeded.fin}$`));
    await expect.poll(app.main).toContain(`${seeded.fin} FİN-li şəxsin qeydi yadda saxlanıldı`);
    const history = page.locator("table", { has: page.locator("caption", { hasText: "Dəyişikliklər tarixçəsi" }) });
    await expect.poll(() => history.locator("tbody tr").count()).toBeGreaterThan(0);
    const latest = (await history.locator("tbody tr").first().textContent()) ?? "";
    expect(latest).toContain("admin");
    expect(latest).toContain("Tək redaktə");
    expect(latest).toContain(`İxtisas dərəcəsi: ${current.rank} → ${newRank}`);
    expect(latest).toContain("Status: Qulluq keçir → Dövlət qulluğuna xitam verilib");
    expect(latest).toContain(`Xitam tarixi: — → ${gun(endDate)}`);
    expect(latest).toContain("Xitam əsası: — → Öz təşəbbüsü ilə");
    expect(await app.main()).toContain("Öz təşəbbüsü ilə");
    await check("register-admin-record");

    const after = await stored(seeded.fin);
    expect(after.person.version).toBe(before.person.version + 1);
    expect(after.person.appointments[last]).toMatchObject({ rank: newRank, status: "ended", endDate, endGround: "Öz təşəbbüsü ilə" });
    expect(after.changes[0]).toMatchObject({ actor: "admin", source: "edit", before: { fin: seeded.fin }, after: { fin: seeded.fin } });
  });

  it("shows the server's refusals: a record changed meanwhile (409) and a unit the server does not know", async () => {
    await app.open(`/admin/register/people/${seeded.fin}`);
    await expect.poll(() => app.heading().textContent()).toContain("Qeydin redaktəsi");
    const seen = await stored(seeded.fin);
    // Someone else saves a change while the form is open.
    const meanwhile = { ...seen.person, patronymic: `${seeded.patronymic} (dəqiqləşdirilib)` } as PersonData & { version?: number; updatedAt?: string };
    delete meanwhile.version;
    delete meanwhile.updatedAt;
    const put = await api("PUT", `/admin/register/people/${seeded.fin}`, { token, body: { person: meanwhile, expectedVersion: seen.person.version } });
    expect(put.status).toBe(200);
    await page.getByLabel("Adı", { exact: true }).fill(`${seeded.firstName}a`);
    await page.getByRole("button", { name: "Qeydi yadda saxla" }).click();
    await summary().waitFor({ state: "visible" });
    await expect.poll(() => summary().textContent()).toContain("Qeyd siz redaktə edərkən dəyişdirilib");
    expect(await app.main()).toContain("Sizin dəyişiklikləriniz yazılmayıb");
    await check("register-admin-conflict");
    expect((await stored(seeded.fin)).person.firstName).toBe(seeded.firstName);
    await page.getByRole("button", { name: "Qeydin son versiyasını aç" }).click();
    await expect.poll(() => page.locator("#f-patronymic").inputValue()).toBe(meanwhile.patronymic);
    expect(await page.locator("#f-firstName").inputValue()).toBe(seeded.firstName);
    expect(await app.main()).toContain(`Versiya ${seen.person.version + 1}`);
    expect(await summary().count()).toBe(0);

    // A unit the list offered but the server does not know (say, removed meanwhile): refused beside the unit.
    await page.route("**/state-bodies", async (route) => {
      const res = await route.fetch();
      const body = (await res.json()) as { items: { id: string; units: { id: string; name: { az: string; en: string } }[] }[] };
      body.items.find((b) => b.id === "justice")!.units.push({ id: "ghost-unit", name: { az: "Ləğv edilmiş bölmə", en: "Abolished unit" } });
      await route.fulfill({ response: res, json: body });
    });
    await app.open("/admin/register");
    await app.open(`/admin/register/people/${seeded.fin}`);
    await expect.poll(() => block(last).getByLabel("Struktur bölmə", { exact: true }).locator("option").allTextContents()).toContain("Ləğv edilmiş bölmə");
    await block(last).getByLabel("Struktur bölmə", { exact: true }).selectOption({ label: "Ləğv edilmiş bölmə" });
    await page.getByRole("button", { name: "Qeydi yadda saxla" }).click();
    const besideUnit = page.locator(`#f-appointments-${last}-unitId-error`);
    await expect.poll(() => besideUnit.textContent()).toContain("Bu dövlət orqanında belə struktur bölmə yoxdur.");
    expect(await summary().textContent()).toContain(`Təyinat ${last + 1} — Struktur bölmə: Bu dövlət orqanında belə struktur bölmə yoxdur.`);
    await page.unroute("**/state-bodies");
    expect((await stored(seeded.fin)).person.appointments[last].unitId).toBe(current.unitId);
  });

  it("adds a new person with a fresh FIN; the same FIN again is refused", async () => {
    await app.open("/admin/register");
    await page.getByRole("link", { name: "Şəxs əlavə et" }).click();
    await app.routeIs(/^#\/admin\/register\/new$/);
    await expect.poll(() => app.heading().textContent()).toBe("Reyestrə şəxs əlavə edin");
    await check("register-admin-new");
    // An empty form: every required field is named, beside it and in the summary.
    await page.getByRole("button", { name: "Qeydi yadda saxla" }).click();
    await summary().waitFor({ state: "visible" });
    expect(await page.locator("#f-fin-error").textContent()).toContain("FİN 7 simvoldan");
    expect(await page.locator("#f-lastName-error").textContent()).toContain("Bu sahə mütləq doldurulmalıdır.");
    expect(await page.locator("#f-appointments-0-position-error").textContent()).toContain("Bu sahə mütləq doldurulmalıdır.");
    await check("register-admin-new-errors");

    const fill = async (fin: string) => {
      await page.getByLabel("FİN", { exact: true }).fill(fin);
      await page.getByLabel("Soyadı", { exact: true }).fill("Meşəliyeva");
      await page.getByLabel("Adı", { exact: true }).fill("Aysel");
      await page.getByLabel("Atasının adı").fill("Namiq qızı");
      await page.getByLabel("Qadın", { exact: true }).check();
      await page.getByLabel("Doğulduğu tarix").fill("12.08.1996");
      await block(0).getByLabel("Dövlət orqanı", { exact: true }).selectOption({ label: "Ekologiya və Təbii Sərvətlər Nazirliyi" });
      await block(0).getByLabel("Struktur bölmə", { exact: true }).selectOption({ label: "Meşələrin inkişafı departamenti" });
      await block(0).getByLabel("Vəzifə", { exact: true }).fill("Məsləhətçi");
      await block(0).getByLabel("Təsnifat", { exact: true }).selectOption("6");
      await block(0).getByLabel("Status", { exact: true }).selectOption({ label: "Sınaq müddətində" });
      await block(0).getByLabel("Təyin edilmə tarixi").fill("03.02.2025");
    };
    await fill(freshFin.toLowerCase()); /* ascii: a FIN */
    await page.getByRole("button", { name: "Təhsil məlumatı əlavə et" }).click();
    await page.locator("#f-education-0").getByLabel("Səviyyə").selectOption("master");
    await page.locator("#f-education-0").getByLabel("Təhsil müəssisəsi").fill("Bakı Dövlət Universiteti");
    await page.locator("#f-education-0").getByLabel("Bitirdiyi il").fill("2019");
    await page.getByRole("button", { name: "Qeydi yadda saxla" }).click();
    await app.routeIs(new RegExp(`^#/admin/register\\?fin=${freshFin}$`));
    await expect.poll(app.main).toContain(`${freshFin} FİN-li şəxs reyestrə əlavə edildi.`);
    await expect.poll(app.main).toContain("Meşəliyeva Aysel Namiq qızı");
    await expect.poll(app.main).toContain("Meşələrin inkişafı departamenti");
    const text = await app.main();
    expect(text).toContain("Magistratura");
    const history = page.locator("table", { has: page.locator("caption", { hasText: "Dəyişikliklər tarixçəsi" }) });
    expect(await history.locator("tbody tr").count()).toBe(1);
    expect(await history.locator("tbody tr").first().textContent()).toContain("yaradılıb");
    const created = await stored(freshFin);
    expect(created.person).toMatchObject({ fin: freshFin, gender: "female", birthDate: "1996-08-12", education: [{ level: "master", graduationYear: 2019 }], appointments: [{ stateBodyId: "ecology", unitId: "forestry", classification: 6, status: "probation", startDate: "2025-02-03" }] });
    expect(created.changes).toHaveLength(1);

    // The same FIN as a new person: refused beside the FIN, with the way to the existing record.
    await app.open("/admin/register/new");
    await fill(freshFin);
    await page.getByRole("button", { name: "Qeydi yadda saxla" }).click();
    await expect.poll(() => page.locator("#f-fin-error").textContent()).toContain("Bu FİN ilə şəxs artıq reyestrdədir");
    await check("register-admin-new-exists");
    await page.getByRole("link", { name: "Bu FİN-li şəxsin qeydini aç" }).click();
    await app.routeIs(new RegExp(`^#/admin/register/people/${freshFin}$`));
    await expect.poll(() => page.locator("#f-lastName").inputValue()).toBe("Meşəliyeva");
    expect((await stored(freshFin)).changes).toHaveLength(1);
  });
});
