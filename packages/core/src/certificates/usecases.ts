/**
 * Issuing, checking and downloading certificates. A service issues one inside its own decision:
 * `prepareCertificate` renders the PDF and stores it (S3) and returns the record to put in the
 * service's transaction — if that transaction fails, only an unreferenced PDF is left behind.
 */
import type { Needs } from "../context.js";
import { errors } from "../errors.js";
import { uploadsBucket } from "../infra/resources.js";
import type { Key, StoredRecord, Write } from "../ports/store.js";
import { randomCode } from "../records/ids.js";
import { parseOrThrow } from "../validation/parse.js";
import { type CertificateCheck, certificateCodeSchema, type CertificateContent, certificateKindTitles } from "./certificate.js";
import { renderCertificatePdf } from "./render-pdf.js";

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

const certificateKey = (code: string): Key => ({ pk: `CERT#${code}`, sk: "CERT" });
const newCode = () => randomCode(16).replace(/(.{4})(?=.)/g, "$1-");

export interface PreparedCertificate {
  code: string;
  pdfKey: string;
  record: CertificateRecord;
  /** Put this in the issuing transaction. */
  write: Write;
  /** For "My requests": the download route of the owner. */
  download: { label: { az: string; en: string }; path: string };
  /** Attach the PDF to the e-mail that announces it (`enqueueEmail({ attachments: [attachment] })`). */
  attachment: { fileName: string; contentType: string; key: string };
}

export async function prepareCertificate(
  ctx: Needs<"files" | "clock" | "webOrigin">,
  input: { ownerSub: string; caseKey: Key; content: CertificateContent },
): Promise<PreparedCertificate> {
  const code = newCode();
  const pdfKey = `${uploadsBucket.certificatesPrefix}${code}.pdf`;
  await ctx.files.put(pdfKey, await renderCertificatePdf(input.content, code, ctx.webOrigin), "application/pdf");
  const record: CertificateRecord = {
    ...certificateKey(code),
    type: "certificate",
    version: 1,
    code,
    ownerSub: input.ownerSub,
    caseKey: input.caseKey,
    content: input.content,
    pdfKey,
    issuedAt: ctx.clock.now().toISOString(),
  };
  return {
    code,
    pdfKey,
    record,
    write: { op: "put", record, condition: { kind: "notExists" } },
    download: { label: { az: "Arayışı yüklə (PDF)", en: "Download the certificate (PDF)" }, path: `/me/certificates/${code}/download` },
    attachment: { fileName: `${input.content.kind}-${code}.pdf`, contentType: "application/pdf", key: pdfKey },
  };
}

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
