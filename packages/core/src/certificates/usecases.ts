/**
 * Issuing, checking and downloading certificates. A service issues one inside its own decision:
 * `prepareCertificate` renders the PDF and stores it (S3) and returns the record to put in the
 * service's transaction — if that transaction fails, only an unreferenced PDF is left behind.
 * Checking and downloading live in lookup.ts (re-exported here).
 */
import type { Needs } from "../context.js";
import { uploadsBucket } from "../infra/resources.js";
import type { Key, Write } from "../ports/store.js";
import { randomCode } from "../records/ids.js";
import type { CertificateContent } from "./certificate.js";
import { type CertificateRecord, certificateKey } from "./lookup.js";
import { renderCertificatePdf } from "./render-pdf.js";

export * from "./lookup.js";

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

