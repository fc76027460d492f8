import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { AppError } from "../src/errors.js";
import { certificateCodeSchema, type CertificateContent } from "../src/certificates/certificate.js";
import { certificateDownloadForOwner, prepareCertificate, verifyCertificate } from "../src/certificates/usecases.js";
import { fixedClock, MemoryStore } from "./memory-store.js";
import { MemoryFiles } from "./memory-files.js";

const content = (rows = 3): CertificateContent => ({
  kind: "seniority",
  holderName: "Şəhla Əliyeva-Güləhmədova",
  issuedOn: "2026-11-22",
  headline: { label: { az: "Dövlət qulluğu stajı", en: "Civil-service seniority" }, value: { az: "12 il 3 ay 4 gün", en: "12 years 3 months 4 days" } },
  lines: [{ label: { az: "Staj artımı", en: "Seniority bonus" }, value: { az: "20%", en: "20%" } }],
  table: {
    title: { az: "Nəzərə alınan dövrlər", en: "Periods counted" },
    columns: [{ az: "Təşkilat", en: "Organisation" }, { az: "Vəzifə", en: "Position" }, { az: "Başlanğıc", en: "From" }, { az: "Son", en: "To" }],
    rows: Array.from({ length: rows }, (_, i) => [`Ədliyyə Nazirliyi, şöbə ${i}`, "Baş məsləhətçi", "01.02.2001", "31.12.2003"]),
  },
});

const setup = () => ({ store: new MemoryStore(), files: new MemoryFiles(), clock: fixedClock("2026-11-22T08:00:00Z"), webOrigin: "https://e-xidmet.example" });

describe("certificates", () => {
  it("renders an Azerbaijani/English PDF, stores it, and the public check confirms it by code", async () => {
    const ctx = setup();
    const cert = await prepareCertificate(ctx, { ownerSub: "u1", caseKey: { pk: "SEN#1", sk: "SEN" }, content: content() });
    expect(cert.code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    const pdf = ctx.files.objects.get(cert.pdfKey)!.body;
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getTitle()).toContain(cert.code);
    await ctx.store.transact([cert.write]);
    const check = await verifyCertificate(ctx, cert.code.toLowerCase().replace(/-/g, " "));
    expect(check).toMatchObject({ valid: true, code: cert.code, holderName: "Şəhla Əliyeva-Güləhmədova", issuedOn: "2026-11-22" });
    expect(JSON.stringify(check)).not.toMatch(/SEN#|u1|pdfKey/);
  });

  it("a forged code is not confirmed; a malformed one is refused with the reason", async () => {
    const ctx = setup();
    const forged = await verifyCertificate(ctx, "7K3F-9QXA-2M4T-H8BD").catch((e) => e);
    expect((forged as AppError).status).toBe(404);
    const bad = await verifyCertificate(ctx, "123").catch((e) => e);
    expect((bad as AppError).status).toBe(400);
    expect((bad as AppError).issues?.[0].code).toBe("certificate.codeFormat");
    expect(certificateCodeSchema.parse("7k3f 9qxa 2m4t h8bd")).toBe("7K3F-9QXA-2M4T-H8BD");
  });

  it("a 40-year career's table continues on further pages", async () => {
    const ctx = setup();
    const cert = await prepareCertificate(ctx, { ownerSub: "u1", caseKey: { pk: "SEN#2", sk: "SEN" }, content: content(80) });
    const doc = await PDFDocument.load(ctx.files.objects.get(cert.pdfKey)!.body);
    expect(doc.getPageCount()).toBeGreaterThan(1);
  });

  it("only the owner gets a download link", async () => {
    const ctx = setup();
    const cert = await prepareCertificate(ctx, { ownerSub: "u1", caseKey: { pk: "SEN#3", sk: "SEN" }, content: content() });
    await ctx.store.transact([cert.write]);
    expect((await certificateDownloadForOwner(ctx, "u1", cert.code)).url).toContain(cert.pdfKey);
    expect(((await certificateDownloadForOwner(ctx, "u2", cert.code).catch((e) => e)) as AppError).status).toBe(404);
  });
});
