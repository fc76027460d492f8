/**
 * Certificates of services 5 (seniority) and 6 (trial test): what one says, its verification code
 * and what the public verification shows. Browser-safe (the verify page parses codes with it).
 */
import * as z from "zod";
import type { Bilingual } from "../errors.js";
import { defineRuleMessages } from "../validation/messages.js";

export type CertificateKind = "seniority" | "trial-test";

export const certificateKindTitles: Record<CertificateKind, Bilingual> = {
  seniority: { az: "Dövlət qulluğu stajı barədə arayış", en: "Certificate of civil-service seniority" },
  "trial-test": { az: "Onlayn sınaq test imtahanının nəticəsi barədə sertifikat", en: "Certificate of the online trial test result" },
};

/** What a certificate says; the PDF and the public check are made from it. */
export interface CertificateContent {
  kind: CertificateKind;
  /** The holder's full name as it appears on the certificate. */
  holderName: string;
  /** Baku date of issue (YYYY-MM-DD). */
  issuedOn: string;
  /** The figure the certificate exists for (total seniority, score), shown by the public check too. */
  headline: { label: Bilingual; value: Bilingual };
  /** Further facts, in order (request number, bracket, topics…). */
  lines: { label: Bilingual; value: Bilingual }[];
  /** An optional table (the periods counted, the scores per topic). */
  table?: { title: Bilingual; columns: Bilingual[]; rows: string[][] };
}

/** 16 Crockford characters in groups of four: 80 random bits, not guessable. */
export const CERTIFICATE_CODE = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;

export const certificateRules = defineRuleMessages({
  "certificate.codeFormat": {
    az: "Yoxlama kodu 16 simvoldur: 4 qrup, hər qrupda 4 latın hərfi və ya rəqəm (məs. 7K3F-9QXA-2M4T-H8BD).",
    en: "The verification code is 16 characters: 4 groups of 4 Latin letters or digits (e.g. 7K3F-9QXA-2M4T-H8BD).",
  },
});

/** Accepts what people type: lower case, spaces or no dashes, O for 0, I/L for 1. */
export const certificateCodeSchema = z
  .string()
  .transform((v) =>
    v
      .toUpperCase()
      .replace(/[\s-]/g, "")
      .replace(/O/g, "0")
      .replace(/[IL]/g, "1")
      .replace(/(.{4})(?=.)/g, "$1-"),
  )
  .pipe(z.string().regex(CERTIFICATE_CODE, { error: certificateRules["certificate.codeFormat"] }));

/** The public check: only what confirms the certificate is genuine — no FIN, no contacts. */
export interface CertificateCheck {
  valid: true;
  code: string;
  kind: CertificateKind;
  title: Bilingual;
  holderName: string;
  issuedOn: string;
  headline: { label: Bilingual; value: Bilingual };
}

/** The web page that checks a certificate; the QR code on the PDF points here. */
export const verificationUrl = (webOrigin: string, code: string) => `${webOrigin.replace(/\/$/, "")}/#/certificate/${code}`;
