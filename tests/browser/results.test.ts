/**
 * Services 2 and 4 in Chromium, on the demo data (packages/local/src/seed/steps/results.ts):
 * the candidate's results, the HR officers' views of their own body's results (the right one sees
 * them, the other does not), and a reserve search by classification and specialty.
 */
import { demoCitizens, demoOfficials } from "@exidmet/local";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localCloud } from "../setup/local-cloud";
import { axeViolations, DESKTOP, launch, snap, watchPage } from "./browser";

let browser: Browser;
let page: Page;
let problems: string[];
let web: string;

const open = async (route: string) => {
  await page.goto(`${web}#${route}`);
  await page.waitForLoadState("networkidle");
};
const heading = () => page.locator("h1");
const main = () => page.textContent("main");
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

describe("web app: results and the reserve list", () => {
  it("the candidate sees her own results and her reserve entry", async () => {
    const citizen = demoCitizens[0];
    await open("/sign-in");
    await page.getByLabel("Elektron poçt ünvanı").fill(citizen.email);
    await page.getByLabel("Şifrə", { exact: true }).fill(citizen.password);
    await page.getByRole("button", { name: "Daxil ol", exact: true }).click();
    await routeIs(/^#\/my-requests/);
    await open("/results/mine");
    await expect.poll(() => heading().textContent()).toBe("Müsabiqə və müsahibə nəticələrim");
    await expect.poll(main).toContain("Aparıcı vergi müfəttişi");
    const text = (await main()) ?? "";
    expect(text).toContain("76.5 bal (keçid balı 60)");
    expect(text).toContain("82 bal (keçid balı 60)");
    expect(text).toContain("Müsahibədən keçib");
    expect(text).toContain("Vəzifəyə təyin edilib");
    expect(text).toContain("Ehtiyat kadrlar siyahısındadır");
    await snap(page, "results-mine");
    expect(await axeViolations(page), "results-mine: axe").toEqual([]);
    await signOut();
  });

  it("the HR officer of the Ministry of Justice sees the justice results only; the Ministry of Taxes' officer sees theirs", async () => {
    await signInOfficial("hr.justice");
    await open("/hr/results");
    await expect.poll(() => heading().textContent()).toBe("Namizədlərin nəticələri");
    await expect.poll(main).toContain("EN-05-0907");
    expect(await main()).toContain("Əliyeva Leyla");
    expect(await main()).not.toContain("VN-06-0908");
    await page.getByLabel("Test imtahanı").selectOption("failed");
    await page.getByRole("button", { name: "Göstər" }).click();
    await expect.poll(main).not.toContain("EN-05-0907");
    await page.getByLabel("Test imtahanı").selectOption("");
    await page.getByRole("button", { name: "Göstər" }).click();
    await expect.poll(main).toContain("EN-05-0907");
    await snap(page, "hr-results");
    expect(await axeViolations(page), "hr-results: axe").toEqual([]);
    await signOut();

    await signInOfficial("hr.taxes");
    await open("/hr/results");
    await expect.poll(main).toContain("VN-06-0908");
    expect(await main()).not.toContain("EN-05-0907");
  });

  it("an HR officer searches the reserve by classification and specialty and gets the right people at once", async () => {
    await open("/hr/reserve");
    await expect.poll(() => heading().textContent()).toBe("Ehtiyat kadrlar siyahısında axtarış");
    await page.getByLabel("Təsnifat").selectOption("6");
    await page.getByLabel("İxtisasın şifri").fill("050403");
    await page.getByRole("button", { name: "Axtar" }).click();
    await expect.poll(main).toContain("Orxan Nəbiyev");
    const text = (await main()) ?? "";
    expect(text).toContain("Aytən Rzayeva");
    expect(text).not.toContain("Kamal Hüseynli");
    expect(text).not.toContain("Nərmin Əhmədova");
    await snap(page, "hr-reserve");
    expect(await axeViolations(page), "hr-reserve: axe").toEqual([]);

    // A query in a wrong format is refused beside the field, before anything is sent.
    await page.getByLabel("İxtisasın şifri").fill("maliyyə");
    await page.getByRole("button", { name: "Axtar" }).click();
    await expect.poll(() => page.locator(".error-summary").count()).toBe(1);
    await signOut();
    expect(problems).toEqual([]);
  });
});
