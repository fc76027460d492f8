/**
 * Services 2 and 4 in Chromium, on the demo data (packages/local/src/seed/steps/results.ts):
 * the candidate's results, the HR officers' views of their own body's results (the right one sees
 * them, the other does not), and a reserve search by classification and specialty.
 */
import { demoCitizens } from "@exidmet/local";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { axeViolations, snap } from "./browser";
import { chromiumForFile, type AppSession } from "./session";

const chromium = chromiumForFile();
/** One desktop page for the whole file, signed in and out as the tests go. */
let app: AppSession;
let page: Page;

beforeAll(async () => {
  ({ page } = app = await chromium.newPage());
});

describe("web app: results and the reserve list", () => {
  it("the candidate sees her own results and her reserve entry", async () => {
    await app.signInCitizen(demoCitizens[0]);
    await app.open("/results/mine");
    await expect.poll(() => app.heading().textContent()).toBe("Müsabiqə və müsahibə nəticələrim");
    await expect.poll(app.main).toContain("Aparıcı vergi müfəttişi");
    const text = await app.main();
    expect(text).toContain("76.5 bal (keçid balı 60)");
    expect(text).toContain("82 bal (keçid balı 60)");
    expect(text).toContain("Müsahibədən keçib");
    expect(text).toContain("Vəzifəyə təyin edilib");
    expect(text).toContain("Ehtiyat kadrlar siyahısındadır");
    await snap(page, "results-mine");
    expect(await axeViolations(page), "results-mine: axe").toEqual([]);
    await app.signOut();
  });

  it("the HR officer of the Ministry of Justice sees the justice results only; the Ministry of Taxes' officer sees theirs", async () => {
    await app.signInOfficial("hr.justice");
    await app.open("/hr/results");
    await expect.poll(() => app.heading().textContent()).toBe("Namizədlərin nəticələri");
    await expect.poll(app.main).toContain("EN-05-0907");
    expect(await app.main()).toContain("Əliyeva Leyla");
    expect(await app.main()).not.toContain("VN-06-0908");
    await page.getByLabel("Test imtahanı").selectOption("failed");
    await page.getByRole("button", { name: "Göstər" }).click();
    await expect.poll(app.main).not.toContain("EN-05-0907");
    await page.getByLabel("Test imtahanı").selectOption("");
    await page.getByRole("button", { name: "Göstər" }).click();
    await expect.poll(app.main).toContain("EN-05-0907");
    await snap(page, "hr-results");
    expect(await axeViolations(page), "hr-results: axe").toEqual([]);
    await app.signOut();

    await app.signInOfficial("hr.taxes");
    await app.open("/hr/results");
    await expect.poll(app.main).toContain("VN-06-0908");
    expect(await app.main()).not.toContain("EN-05-0907");
  });

  it("an HR officer searches the reserve by classification and specialty and gets the right people at once", async () => {
    await app.open("/hr/reserve");
    await expect.poll(() => app.heading().textContent()).toBe("Ehtiyat kadrlar siyahısında axtarış");
    await page.getByLabel("Təsnifat").selectOption("6");
    await page.getByLabel("İxtisasın şifri").fill("050403");
    await page.getByRole("button", { name: "Axtar" }).click();
    await expect.poll(app.main).toContain("Orxan Nəbiyev");
    const text = await app.main();
    expect(text).toContain("Aytən Rzayeva");
    expect(text).not.toContain("Kamal Hüseynli");
    expect(text).not.toContain("Nərmin Əhmədova");
    await snap(page, "hr-reserve");
    expect(await axeViolations(page), "hr-reserve: axe").toEqual([]);

    // A query in a wrong format is refused beside the field, before anything is sent.
    await page.getByLabel("İxtisasın şifri").fill("maliyyə");
    await page.getByRole("button", { name: "Axtar" }).click();
    await expect.poll(() => page.locator(".error-summary").count()).toBe(1);
    await app.signOut();
    expect(app.problems).toEqual([]);
  });
});
