/**
 * Service 3 in Chromium, on the seeded demo register: the Ministry of Justice's HR officer finds a
 * former servant of the body by name and opens the record, sees the body's statistics (equal to a
 * brute-force count), and cannot find a Ministry of Taxes servant; the servant Elvin Hüseynov sees
 * his own record and who read it; a citizen not in the register sends the 7-day request.
 */
import { demoCitizens } from "@exidmet/local";
import { demoRegister, demoServantFin } from "@exidmet/local/seed/register-data";
import { bakuDate } from "@exidmet/core/time/baku";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { toPersonData, type PersonRecord } from "@exidmet/core/register/records";
import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { bruteStatistics } from "../../packages/core/test/register-brute.js";
import { tableOf } from "../security/support";
import { localCloud } from "../setup/local-cloud";
import { axeViolations, snap } from "./browser";
import { chromiumForFile, type AppSession } from "./session";

const chromium = chromiumForFile();
/** One desktop page for the whole file, signed in and out as the tests go. */
let app: AppSession;
let page: Page;

const people = demoRegister();
const former = people.find((p) => p.appointments.every((a) => a.stateBodyId === "justice" && a.status === "ended"))!;
const taxesOnly = people.find((p) => p.appointments.every((a) => a.stateBodyId === "taxes"))!;

/** Every person in the register now: other suites share this local cloud and add people to it. */
async function registerAsStored() {
  const env = localCloud().env;
  const records: PersonRecord[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await tableOf(env).send(
      new ScanCommand({ TableName: env.TABLE_NAME, ConsistentRead: true, FilterExpression: "#t = :t", ExpressionAttributeNames: { "#t": "type" }, ExpressionAttributeValues: { ":t": "RegisterPerson" }, ExclusiveStartKey: start }),
    );
    records.push(...((out.Items ?? []) as PersonRecord[]));
    start = out.LastEvaluatedKey;
  } while (start);
  return records.map(toPersonData);
}

beforeAll(async () => {
  ({ page } = app = await chromium.newPage());
});

describe("web app: the register of civil servants", () => {
  it("the HR officer of the Ministry of Justice finds a former servant by name, opens the record, sees the statistics; a Ministry of Taxes servant is not found", async () => {
    await app.signInOfficial("hr.justice");
    await app.open("/services/3");
    await page.getByRole("link", { name: "Dövlət qulluqçusunun axtarışı" }).click();
    await app.routeIs(/^#\/hr\/register$/);
    await expect.poll(() => app.heading().textContent()).toBe("Dövlət qulluqçusunun axtarışı");
    await page.getByLabel("Soyadı (və adı)").fill(`${former.lastName} ${former.firstName}`);
    await page.getByRole("button", { name: "Axtar", exact: true }).click();
    await expect.poll(app.main).toContain(former.fin);
    expect(await app.main()).toContain("Keçmiş qulluqçu");
    await snap(page, "register-hr-search");
    expect(await axeViolations(page), "hr search: axe").toEqual([]);
    await page.getByRole("link", { name: new RegExp(`${former.lastName} ${former.firstName}`) }).first().click();
    await app.routeIs(/^#\/hr\/register\/people\//);
    await expect.poll(app.main).toContain("Dövlət qulluğuna xitam verilib");
    expect(await app.main()).toContain(former.appointments[0].endGround!);
    expect(await app.main()).toContain("Bu oxunuş qeydə alındı");
    await snap(page, "register-hr-person");
    expect(await axeViolations(page), "hr person: axe").toEqual([]);

    // Another body's servant: not found, by FIN or by the address.
    await app.open(`/hr/register?fin=${taxesOnly.fin}`);
    await expect.poll(app.main).toContain("Dövlət orqanınızda belə şəxs tapılmadı.");
    await app.open(`/hr/register/people/${taxesOnly.fin}`);
    await expect.poll(app.main).toContain("tapılmadı");
    expect(await app.main()).not.toContain(taxesOnly.lastName);

    await app.open("/hr/register/statistics");
    await expect.poll(() => app.heading().textContent()).toBe("Statistik məlumatlar");
    const brute = bruteStatistics(await registerAsStored(), "justice", bakuDate(new Date()), { from: "2016-01", to: "2016-12" });
    await expect.poll(app.main).toContain("Hazırda qulluq keçənlər");
    expect(await page.locator(".summary__row", { hasText: "Hazırda qulluq keçənlər" }).locator("dd").textContent()).toBe(String(brute.current));
    await page.getByLabel("Dövrün başlanğıcı (il-ay)").fill("2016-01");
    await page.getByLabel("Dövrün sonu (il-ay)").fill("2016-12");
    await page.getByRole("button", { name: "Göstər", exact: true }).click();
    await app.routeIs(/from=2016-01/);
    await expect.poll(() => page.getByTestId("joiners").textContent()).toBe(String(brute.joiners));
    expect(await page.getByTestId("leavers").textContent()).toBe(String(brute.leavers));
    await snap(page, "register-hr-statistics");
    expect(await axeViolations(page), "hr statistics: axe").toEqual([]);
    await app.signOut();
  });

  it("the servant sees only his own record and who read it", async () => {
    await app.signInCitizen(demoCitizens[1]);
    await app.open("/services/3");
    await page.getByRole("link", { name: "Reyestrdəki məlumatlarım" }).click();
    await app.routeIs(/^#\/register\/me$/);
    await expect.poll(app.main).toContain(demoServantFin);
    await expect.poll(app.main).toContain("Ədliyyə Nazirliyi");
    const text = await app.main();
    expect(text).toContain("Hüseynov Elvin Rafiq oğlu");
    expect(text).toContain("Ədliyyə Nazirliyi");
    expect(text).toContain("Vergilər Nazirliyi");
    expect(text).toContain("Məlumatlarımla kim tanış olub");
    expect(text).toContain("hr.justice");
    await snap(page, "register-mine");
    expect(await axeViolations(page), "register mine: axe").toEqual([]);
    await app.signOut();
  });

  it("a citizen not in the register sends the 7-day request and sees it registered", async () => {
    await app.signInCitizen(demoCitizens[0]);
    await app.open("/register/me");
    await expect.poll(app.main).toContain("Reyestrdə məlumatınız tapılmadı");
    await page.getByRole("button", { name: "Sorğunu göndər" }).click();
    await expect.poll(app.main).toContain("FİN 7 simvoldan");
    await page.getByLabel("FİN", { exact: true }).fill("7LK3M9P");
    await page.getByLabel("Soyadı", { exact: true }).fill("Əliyeva");
    await page.getByLabel("Adı", { exact: true }).fill("Leyla");
    await page.getByLabel("Doğulduğu tarix (gün, ay, il)").fill("14.05.1993");
    await page.getByLabel("Harada və nə vaxt dövlət qulluğunda olmusunuz, nə düzgün deyil?").fill("2018–2020-ci illərdə Ədliyyə Nazirliyində stajçı olmuşam.");
    await snap(page, "register-request-form");
    expect(await axeViolations(page), "register request form: axe").toEqual([]);
    await page.getByRole("button", { name: "Sorğunu göndər" }).click();
    await app.routeIs(/^#\/register\/requests\//);
    await expect.poll(app.main).toContain("Sorğunuz qeydə alındı");
    await expect.poll(app.main).toMatch(/S3-\d{6}-/);
    await snap(page, "register-request");
    expect(await axeViolations(page), "register request: axe").toEqual([]);
    const requestPath = new URL(page.url()).hash.slice(1);
    const number = (await app.main()).match(/S3-\d{6}-[0-9A-Z]{6}/)![0];
    await app.signOut();

    // The IT sector asks for the labour book…
    await app.signInOfficial("it.officer");
    await app.open("/officer/register-requests");
    await page.getByRole("link", { name: number }).click();
    await app.routeIs(/^#\/officer\/register-requests\//);
    await expect.poll(app.main).toContain("7LK3M9P");
    await page.getByLabel("İstifadəçiyə qeyd").fill("Əmək kitabçasının bütün səhifələrinin surətini yükləyin.");
    await page.getByRole("button", { name: "Tələb et" }).click();
    await expect.poll(app.main).toContain("Göndərildi.");
    await snap(page, "register-officer-request");
    expect(await axeViolations(page), "officer request: axe").toEqual([]);
    await app.signOut();

    // …the citizen uploads it (checked on the server from its bytes)…
    await app.signInCitizen(demoCitizens[0]);
    await app.open(requestPath);
    await expect.poll(app.main).toContain("Əmək kitabçasının surəti tələb olunur");
    await page.locator("#f-uploadIds").setInputFiles({ name: "emek-kitabcasi.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n") });
    await expect.poll(app.main).toContain("Yükləndi");
    await page.getByRole("button", { name: "Sənədi göndər" }).click();
    await expect.poll(app.main).toContain("Sənəd göndərildi");
    await app.signOut();

    // …and the officer answers within the term; the citizen reads the answer.
    await app.signInOfficial("it.officer");
    await app.open(requestPath.replace("/register/requests/", "/officer/register-requests/"));
    await expect.poll(app.main).toContain("emek-kitabcasi.pdf");
    await page.getByLabel("Cavabın mətni və ya imtinanın səbəbi").fill("2018–2020-ci illər üzrə stajçı kimi qulluğunuz reyestrə daxil edildi.");
    await page.getByRole("button", { name: "Cavabı göndər" }).click();
    await expect.poll(app.main).toContain("Göndərildi.");
    await app.signOut();
    await app.signInCitizen(demoCitizens[0]);
    await app.open(requestPath);
    await expect.poll(app.main).toContain("reyestrə daxil edildi");
    expect(await app.main()).toContain("Cavablandırıldı");
    await app.signOut();
    expect(app.problems).toEqual([]);
  });
});
