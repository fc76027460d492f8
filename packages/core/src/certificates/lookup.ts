/**
 * Checking and downloading certificates: no PDF rendering here, so the functions that only look
 * certificates up do not bundle pdf-lib (issuing is in usecases.ts).
 */
import type { Needs } from "../context.js";
import { errors } from "../errors.js";
import type { Key, StoredRecord } from "../ports/store.js";
import { parseOrThrow } from "../validation/parse.js";
import { type CertificateCheck, certificateCodeSchema, type CertificateContent, certificateKindTitles } from "./certificate.js";

export interface CertificateRecord extends StoredRecord {
  type: "certificate";
  code: string;
  ownerSub: string;
  /** The request it was issued for. */
  caseKey: Key;
  content: CertificateContent;
  pdfKey: string;
  issuedAt: string;
  revokedAt?: string;
}

export const certificateKey = (code: string): Key => ({ pk: `CERT#${code}`, sk: "CERT" });
const notGenuine = () =>
  errors.notFound({ az: "Bu kodla verilmiş etibarlı arayış və ya sertifikat", en: "A valid certificate with this code" });

/** The public check by code: genuine certificates only; a forged or revoked code is "not found". */
export async function verifyCertificate(ctx: Needs<"store">, rawCode: unknown): Promise<CertificateCheck> {
  const code = parseOrThrow(certificateCodeSchema, rawCode);
  const record = await ctx.store.get<CertificateRecord>(certificateKey(code));
  if (!record || record.revokedAt) throw notGenuine();
  const c = record.content;
  return { valid: true, code, kind: c.kind, title: certificateKindTitles[c.kind], holderName: c.holderName, issuedOn: c.issuedOn, headline: c.headline };
}

/** A short-lived download link for the certificate's owner (others: not found). */
export async function certificateDownloadForOwner(ctx: Needs<"store" | "files">, ownerSub: string, rawCode: unknown): Promise<{ url: string; fileName: string }> {
  const code = parseOrThrow(certificateCodeSchema, rawCode);
  const record = await ctx.store.get<CertificateRecord>(certificateKey(code));
  if (!record || record.ownerSub !== ownerSub) throw errors.notFound({ az: "Arayış", en: "The certificate" });
  const fileName = `${record.content.kind}-${code}.pdf`;
  return { url: await ctx.files.presignDownload(record.pdfKey, 300, fileName), fileName };
}

/** For officials who decided the case (the calling use case authorizes). */
export async function certificateDownloadLink(ctx: Needs<"store" | "files">, code: string): Promise<string> {
  const record = await ctx.store.get<CertificateRecord>(certificateKey(code));
  if (!record) throw errors.notFound({ az: "Arayış", en: "The certificate" });
  return ctx.files.presignDownload(record.pdfKey, 300, `${record.content.kind}-${code}.pdf`);
}
