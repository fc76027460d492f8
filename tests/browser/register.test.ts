/**
 * Service 3 in Chromium, on the seeded demo register: the Ministry of Justice's HR officer finds a
 * former servant of the body by name and opens the record, sees the body's statistics (equal to a
 * brute-force count), and cannot find a Ministry of Taxes servant; the servant Elvin Hüseynov sees
 * his own record and who read it; a citizen not in the register sends the 7-day request.
 */
import { demoCitizens, demoOfficials } from "@exidmet/local";
import { demoRegister, demoServantFin } from "@exidmet/local/seed/register-data";
import { bakuDate } from "@exidmet/core/time/baku";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toPersonData, type PersonRecord } from "@exidmet/core/register/records";
import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { bruteStatistics } from "../../packages/core/test/register-brute.js";
import { tableOf } from "../security/support";
import { localCloud } from "../setup/local-cloud";
import { axeViolations, DESKTOP, launch, snap, watchPage } from "./browser";

let browser: Browser;
let page: Page;
let problems: string[];
let web: string;

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

const open = async (route: string) => {
  await page.goto(`${web}#${route}`);
  await page.waitForLoadState("networkidle");
};
const heading = () => page.locator("h1");
const main = async () => (await page.textContent("main")) ?? "";
const routeIs = (route: RegExp) => page.waitForFunction((src) => new RegExp(src).test(window.location.hash), route.source);

async function signOut() {
  await page.locator(".nav__signout").evaluate((b: HTMLButtonElement) => b.click());
  await routeIs(/signedOut=1/);
}

async function signInOfficial(username: string) {
  const o = demoOfficials.find((x) => x.username === username)!;
  await open("/official/sign-in");
  await page.getByLabel("İstifadəçi adı").fill(o.username);
  await page.getByLabel("Şifrə", { exact: true }).fill(o.password);
  await page.getByRole("button", { name: "Daxil ol", exact: true }).click();
  await routeIs(/^#\/official$/);
}

async function signInCitizen(index: 0 | 1) {
  const c = demoCitizens[index];
  await open("/sign-in");
  await page.getByLabel("Elektron poçt ünvanı").fill(c.email);
  await page.getByLabel("Şifrə", { exact: true }).fill(c.password);
  await page.getByRole("button", { name: "Daxil ol", exact: true }).click();
  await routeIs(/^#\/my-requests/);
}

beforeAll(async () => {
  web = localCloud().urls.web.replace(/\/?$/, "/");
  browser = await launch();
  const context = await browser.newContext({ viewport: DESKTOP, locale: "az-AZ" });
  page = await context.newPage();
  problems = watchPage(page);
});

afterAll(async () => {
  await browser?.close();
});

describe("web app: the register of civil servants", () => {
  it("the HR officer of the Ministry of Justice finds a former servant by name, opens the record, sees the statistics; a Ministry of Taxes servant is not found", async () => {
    await signInOfficial("hr.justice");
    await open("/services/3");
    await page.getByRole("link", { name: "Dövlət qulluqçusunun axtarışı" }).click();
    await routeIs(/^#\/hr\/register$/);
    await expect.poll(() => heading().textContent()).toBe("Dövlət qulluqçusunun axtarışı");
    await page.getByLabel("Soyadı (və adı)").fill(`${former.lastName} ${former.firstName}`);
    await page.getByRole("button", { name: "Axtar", exact: true }).click();
    await expect.poll(main).toContain(former.fin);
    expect(await main()).toContain("Keçmiş qulluqçu");
    await snap(page, "register-hr-search");
    expect(await axeViolations(page), "hr search: axe").toEqual([]);
    await page.getByRole("link", { name: new RegExp(`${former.lastName} ${former.firstName}`) }).first().click();
    await routeIs(/^#\/hr\/register\/people\//);
    await expect.poll(main).toContain("Dövlət qulluğuna xitam verilib");
    expect(await main()).toContain(former.appointments[0].endGround!);
    expect(await main()).toContain("Bu oxunuş qeydə alındı");
    await snap(page, "register-hr-person");
    expect(await axeViolations(page), "hr person: axe").toEqual([]);

    // Another body's servant: not found, by FIN or by the address.
    await open(`/hr/register?fin=${taxesOnly.fin}`);
    await expect.poll(main).toContain("Dövlət orqanınızda belə şəxs tapılmadı.");
    await open(`/hr/register/people/${taxesOnly.fin}`);
    await expect.poll(main).toContain("tapılmadı");
    expect(await main()).not.toContain(taxesOnly.lastName);

    await open("/hr/register/statistics");
    await expect.poll(() => heading().textContent()).toBe("Statistik məlumatlar");
    const brute = bruteStatistics(await registerAsStored(), "justice", bakuDate(new Date()), { from: "2016-01", to: "2016-12" });
    await expect.poll(main).toContain("Hazırda qulluq keçənlər");
    expect(await page.locator(".summary__row", { hasText: "Hazırda qulluq keçənlər" }).locator("dd").textContent()).toBe(String(brute.current));
    await page.getByLabel("Dövrün başlanğıcı (il-ay)").fill("2016-01");
    await page.getByLabel("Dövrün sonu (il-ay)").fill("2016-12");
    await page.getByRole("button", { name: "Göstər", exact: true }).click();
    await routeIs(/from=2016-01/);
    await expect.poll(() => page.getByTestId("joiners").textContent()).toBe(String(brute.joiners));
    expect(await page.getByTestId("leavers").textContent()).toBe(String(brute.leavers));
    await snap(page, "register-hr-statistics");
    expect(await axeViolations(page), "hr statistics: axe").toEqual([]);
    await signOut();
  });

  it("the servant sees only his own record and who read it", async () => {
    await signInCitizen(1);
    await open("/services/3");
    await page.getByRole("link", { name: "Reyestrdəki məlumatlarım" }).click();
    await routeIs(/^#\/register\/me$/);
    await expect.poll(main).toContain(demoServantFin);
    await expect.poll(main).toContain("Ədliyyə Nazirliyi");
    const text = await main();
    expect(text).toContain("Hüseynov Elvin Rafiq oğlu");
    expect(text).toContain("Ədliyyə Nazirliyi");
    expect(text).toContain("Vergilər Nazirliyi");
    expect(text).toContain("Məlumatlarımla kim tanış olub");
    expect(text).toContain("hr.justice");
    await snap(page, "register-mine");
    expect(await axeViolations(page), "register mine: axe").toEqual([]);
    await signOut();
  });

  it("a citizen not in the register sends the 7-day request and sees it registered", async () => {
    await signInCitizen(0);
    await open("/register/me");
    await expect.poll(main).toContain("Reyestrdə məlumatınız tapılmadı");
    await page.getByRole("button", { name: "Sorğunu göndər" }).click();
    await expect.poll(main).toContain("FİN 7 simvoldan");
    await page.getByLabel("FİN", { exact: true }).fill("7LK3M9P");
    await page.getByLabel("Soyadı", { exact: true }).fill("Əliyeva");
    await page.getByLabel("Adı", { exact: true }).fill("Leyla");
    await page.getByLabel("Doğulduğu tarix (gün, ay, il)").fill("14.05.1993");
    await page.getByLabel("Harada və nə vaxt dövlət qulluğunda olmusunuz, nə düzgün deyil?").fill("2018–2020-ci illərdə Ədliyyə Nazirliyində stajçı olmuşam.");
    await snap(page, "register-request-form");
    expect(await axeViolations(page), "register request form: axe").toEqual([]);
    await page.getByRole("button", { name: "Sorğunu göndər" }).click();
    await routeIs(/^#\/register\/requests\//);
    await expect.poll(main).toContain("Sorğunuz qeydə alındı");
    await expect.poll(main).toMatch(/S3-\d{6}-/);
    await snap(page, "register-request");
    expect(await axeViolations(page), "register request: axe").toEqual([]);
    const requestPath = new URL(page.url()).hash.slice(1);
    const number = (await main()).match(/S3-\d{6}-[0-9A-Z]{6}/)![0];
    await signOut();

    // The IT sector asks for the labour book…
    await signInOfficial("it.officer");
    await open("/officer/register-requests");
    await page.getByRole("link", { name: number }).click();
    await routeIs(/^#\/officer\/register-requests\//);
    await expect.poll(main).toContain("7LK3M9P");
    await page.getByLabel("İstifadəçiyə qeyd").fill("Əmək kitabçasının bütün səhifələrinin surətini yükləyin.");
    await page.getByRole("button", { name: "Tələb et" }).click();
    await expect.poll(main).toContain("Göndərildi.");
    await snap(page, "register-officer-request");
    expect(await axeViolations(page), "officer request: axe").toEqual([]);
    await signOut();

    // …the citizen uploads it (checked on the server from its bytes)…
    await signInCitizen(0);
    await open(requestPath);
    await expect.poll(main).toContain("Əmək kitabçasının surəti tələb olunur");
    await page.locator("#f-uploadIds").setInputFiles({ name: "emek-kitabcasi.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n") });
    await expect.poll(main).toContain("Yükləndi");
    await page.getByRole("button", { name: "Sənədi göndər" }).click();
    await expect.poll(main).toContain("Sənəd göndərildi");
    await signOut();

    // …and the officer answers within the term; the citizen reads the answer.
    await signInOfficial("it.officer");
    await open(requestPath.replace("/register/requests/", "/officer/register-requests/"));
    await expect.poll(main).toContain("emek-kitabcasi.pdf");
    await page.getByLabel("Cavabın mətni və ya imtinanın səbəbi").fill("2018–2020-ci illər üzrə stajçı kimi qulluğunuz reyestrə daxil edildi.");
    await page.getByRole("button", { name: "Cavabı göndər" }).click();
    await expect.poll(main).toContain("Göndərildi.");
    await signOut();
    await signInCitizen(0);
    await open(requestPath);
    await expect.poll(main).toContain("reyestrə daxil edildi");
    expect(await main()).toContain("Cavablandırıldı");
    await signOut();
    expect(problems).toEqual([]);
  });
});
