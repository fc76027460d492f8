/**
 * Service 7 in a real browser against the local cloud, both roles: a citizen files a complaint on a
 * 360-px phone (errors beside the fields and in the summary, a PDF of evidence uploaded and checked,
 * the draft resumed after a reload), receives the number; the legal officer on a desktop finds it
 * in the queue, opens the evidence and sends a deficiency notice; the citizen corrects and re-applies;
 * the officer registers it and records the result, which the citizen then sees.
 * A fresh citizen is registered for this file, so other files' use of the shared cloud does not matter.
 */
import { demoOfficials } from "@exidmet/local";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { localCloud, mailbox } from "../setup/local-cloud";
import { checkViewport, DESKTOP, PHONE } from "./browser";
import { chromiumForFile } from "./session";

const stamp = String(Date.now()).slice(-8);
const citizen = { email: `etik.${stamp}@example.az`, password: "Vetendas2025e", name: "Səbinə Şikayətçi", idCard: `AZE${stamp}` };
const legalOfficer = demoOfficials.find((o) => o.group === "legal-officer")!;
let complaintId = "";
let complaintNumber = "";
let withEvidence = false;

/** The built page's own CSP (index.html meta, from web/vite.config.ts) allows the uploads bucket's origin. */
async function uploadsAllowedByCsp(page: Page): Promise<boolean> {
  const meta = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content")) ?? "";
  expect(meta, "the page's CSP must allow the presigned POST to the bucket").toContain(new URL(localCloud().urls.s3).origin);
  return true;
}

/** Each test opens its own pages; none of them may report a problem. */
const { newPage } = chromiumForFile({ citizens: [citizen], expectNoProblems: true });

/** The page at its size: no sideways scrolling, axe, a screenshot. */
const check = (page: Page, name: string) => checkViewport(page, name, { axe: true, file: `ethics-${name}` });

/** The officer's action: fill its text and press its button; the page shows "done" and the new status. */
async function act(page: Page, button: string, label: string, text: string, status: string) {
  const panel = page.locator("section.panel").filter({ has: page.getByRole("heading", { name: button }) });
  await panel.getByLabel(label).fill(text);
  await panel.getByRole("button", { name: button }).click();
  await expect.poll(() => page.locator("dl, .summary-list").first().textContent()).toContain(status);
  expect(await page.locator(".notice").first().textContent()).toContain("Əməliyyat yerinə yetirildi");
}

const today = () => new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Baku", day: "2-digit", month: "2-digit", year: "numeric" }).format(new Date()).replace(/\//g, ".");

describe("service 7 in the browser: complainant and legal sector", () => {
  it("a citizen files a complaint with evidence on a phone and gets its number", async () => {
    const { context, page, open, routeIs, heading, submitCitizenSignIn } = await newPage(PHONE);
    await open("/services/7");
    await page.getByRole("link", { name: "Müraciət et" }).click();
    await routeIs(/sign-in/);
    await submitCitizenSignIn(citizen);
    await routeIs(/^#\/ethics\/complaints\/new/);
    await expect.poll(() => heading().textContent()).toBe("Etik davranış qaydalarının pozulması barədə müraciət");

    // Sending an empty form names every problem beside its field and in the summary.
    await page.getByRole("button", { name: "Müraciəti göndər" }).click();
    await expect.poll(() => page.locator(".error-summary").isVisible()).toBe(true);
    expect(await page.locator("#f-servant-fullName-error").textContent()).toContain("Bu sahə mütləq doldurulmalıdır");
    expect(await page.locator("#f-rules-error").textContent()).toContain("“Bilmirəm”");
    await check(page, "form-errors");

    await page.getByLabel("Dövlət qulluqçusunun adı, soyadı").fill("Rəşad Quliyev");
    await page.getByLabel("Dövlət orqanı", { exact: true }).selectOption("taxes");
    await page.getByLabel("Vəzifəsi (məlumdursa)").fill("Baş vergi müfəttişi");
    await page.getByLabel("Nə baş verib?").fill("Qəbul zamanı müfəttiş mənə qarşı kobud davrandı və sənədlərimi qəbul etməkdən əsassız imtina etdi.");
    await page.getByLabel("Nə vaxt baş verib?").fill(today());
    await page.getByLabel("Harada baş verib?").fill("Bakı şəhəri 1 saylı ərazi vergilər idarəsi");
    await page.getByLabel("Davranış mədəniyyəti (nəzakətlilik, insanlara hörmət)").check();
    await page.getByLabel("Adınız, soyadınız").fill(citizen.name);
    if (await uploadsAllowedByCsp(page)) {
      await page.getByLabel("Sübut faylları").setInputFiles({ name: "subut.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n") });
      await expect.poll(() => page.locator(".upload-list__ok").count(), { timeout: 15_000 }).toBe(1);
      // A disguised file is refused from its bytes and never attached.
      await page.getByLabel("Sübut faylları").setInputFiles({ name: "virus.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ this is an executable") });
      await expect.poll(() => page.locator(".upload-list").textContent(), { timeout: 15_000 }).toContain("PDF, JPEG və ya PNG deyil");
      withEvidence = true;
    }
    // Saved as they type: the address names the draft, and a reload resumes it.
    await expect.poll(() => page.locator("[role=status]").textContent(), { timeout: 15_000 }).toContain("Qaralama saxlanıldı");
    await routeIs(/^#\/ethics\/complaints\/[0-9a-f]{24}$/);
    complaintId = (await page.evaluate(() => window.location.hash)).split("/").at(-1)!;
    await page.reload();
    await page.waitForLoadState("networkidle");
    await expect.poll(() => page.getByLabel("Harada baş verib?").inputValue()).toBe("Bakı şəhəri 1 saylı ərazi vergilər idarəsi");
    if (withEvidence) expect(await page.locator(".upload-list").first().textContent()).toContain("subut.pdf");

    // A lost connection loses nothing: kept on the phone through a reload, sent when the API answers again.
    const place = page.getByLabel("Harada baş verib?");
    await context.setOffline(true);
    await place.fill("Bakı şəhəri 2 saylı ərazi vergilər idarəsi");
    await expect.poll(() => page.locator("[role=status]").textContent(), { timeout: 15_000 }).toContain("İnternet bağlantısı yoxdur");
    await page.route("**/draft", (r) => r.abort("internetdisconnected"));
    await context.setOffline(false);
    await page.reload();
    await page.waitForLoadState("networkidle");
    await expect.poll(() => page.textContent("main")).toContain("Göndərilməmiş son dəyişiklikləriniz bu cihazdan bərpa olundu.");
    expect(await place.inputValue()).toBe("Bakı şəhəri 2 saylı ərazi vergilər idarəsi");
    await page.unroute("**/draft");
    await expect.poll(() => page.locator("[role=status]").textContent(), { timeout: 25_000 }).toContain("Qaralama saxlanıldı");
    await check(page, "form");

    await page.getByRole("button", { name: "Müraciəti göndər" }).click();
    await expect.poll(() => page.locator(".notice--success").first().textContent()).toContain("Müraciətiniz qəbul edildi");
    complaintNumber = (await page.locator("#complaint-number").textContent()) ?? "";
    expect(complaintNumber).toMatch(/^S7-\d{6}-[0-9A-Z]{6}$/);
    expect((await mailbox(citizen.email)).some((m) => m.subject.includes(complaintNumber))).toBe(true);
    await check(page, "received");
    await context.close();
  });

  it("the legal officer finds it in the queue, opens the evidence and sends a deficiency notice", async () => {
    const { context, page, open, routeIs, heading, signInOfficial } = await newPage(DESKTOP);
    await signInOfficial(legalOfficer);
    await open("/services/7");
    await page.getByRole("link", { name: "Etik davranış qaydaları üzrə müraciətlər" }).click();
    await routeIs(/^#\/legal\/complaints/);
    const row = page.locator("tr").filter({ hasText: complaintNumber });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain(citizen.name);
    expect(await row.textContent()).toContain("Çatışmazlıqlar barədə məlumat (5 gün)");
    await check(page, "queue");
    await row.getByRole("link").click();
    await routeIs(new RegExp(`/legal/complaints/${complaintId}$`));
    await expect.poll(() => heading().textContent()).toBe(`Müraciət ${complaintNumber}`);
    if (withEvidence) {
      await page.getByRole("button", { name: "“subut.pdf” faylını aç" }).click();
      const url = await page.getByRole("link", { name: /subut\.pdf.*yüklə/ }).getAttribute("href");
      expect((await (await fetch(url!)).text()).startsWith("%PDF-")).toBe(true);
    }
    await check(page, "legal-detail");
    await act(page, "Çatışmazlıqlar barədə bildiriş göndər", "Çatışmazlıqlar", "Hadisənin baş verdiyi otağın nömrəsini göstərin.", "Çatışmazlıqlar bildirildi");
    await context.close();
  });

  it("the citizen corrects and re-applies; the officer registers it and records the result; the citizen sees it", async () => {
    const citizenSide = await newPage(PHONE);
    await citizenSide.open(`/ethics/complaints/${complaintId}`);
    await citizenSide.submitCitizenSignIn(citizen);
    await citizenSide.routeIs(new RegExp(`/ethics/complaints/${complaintId}$`));
    await expect.poll(() => citizenSide.page.locator("#deficiencies").textContent()).toContain("otağın nömrəsini");
    await citizenSide.page.getByLabel("Harada baş verib?").fill("Bakı şəhəri 1 saylı ərazi vergilər idarəsi, otaq 12");
    await citizenSide.page.getByRole("button", { name: "Düzəldilmiş müraciəti təkrar göndər" }).click();
    await expect.poll(() => citizenSide.page.locator(".notice--success").first().textContent()).toContain("Müraciətiniz qəbul edildi");

    const legal = await newPage(DESKTOP);
    await legal.signInOfficial(legalOfficer);
    await legal.open(`/legal/complaints/${complaintId}`);
    await expect.poll(() => legal.page.getByRole("button", { name: "Qeydiyyata al (çatışmazlıq yoxdur)" }).count()).toBe(1);
    await act(legal.page, "Qeydiyyata al (çatışmazlıq yoxdur)", "Qeyd", "Çatışmazlıq yoxdur.", "Qeydiyyata alındı");
    const resultPanel = legal.page.locator("section.panel").filter({ has: legal.page.getByRole("heading", { name: "Araşdırmanın nəticəsini qeyd et" }) });
    await resultPanel.getByLabel("Nəticə", { exact: true }).selectOption("confirmed");
    await act(legal.page, "Araşdırmanın nəticəsini qeyd et", "Araşdırmanın nəticəsi barədə məlumat", "Müfəttişin intizam məsuliyyətinə cəlb edilməsi tövsiyə edildi.", "Araşdırma başa çatdı");
    await legal.context.close();

    await citizenSide.page.reload();
    await citizenSide.page.waitForLoadState("networkidle");
    await expect.poll(() => citizenSide.page.locator(".notice--success").first().textContent()).toContain("Etik davranış qaydalarının pozulması təsdiq edildi");
    expect(await citizenSide.page.textContent("main")).toContain("intizam məsuliyyətinə");
    await check(citizenSide.page, "result");
    await citizenSide.open("/my-requests");
    await expect.poll(() => citizenSide.page.textContent("main")).toContain(complaintNumber);
    await citizenSide.context.close();
  });
});
