import * as z from "zod";

/** Field types shared by every form, in the browser and the Lambda. */

export const idCardNumber = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^(AZE\d{8}|AA\d{7})$/, { error: "idCard.format" });

export const fin = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[0-9A-Z]{7}$/, { error: "fin.format" });

export const email = z.string().trim().toLowerCase().max(254).email({ error: "email.format" });

/** +994, a two-digit operator code, seven digits. */
export const mobile = z
  .string()
  .trim()
  .transform((s) => s.replace(/[\s()-]/g, ""))
  .pipe(z.string().regex(/^\+994(10|12|50|51|55|60|70|77|99)\d{7}$/, { error: "mobile.format" }));

export const phone = z
  .string()
  .trim()
  .transform((s) => s.replace(/[\s()-]/g, ""))
  .pipe(z.string().regex(/^\+?\d{7,15}$/, { error: "phone.format" }));

/** ISO calendar date `YYYY-MM-DD` that really exists (no 31 February). */
export const isoDate = z.string().refine(isRealIsoDate, { error: "date.format" });

export function isRealIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Free text: trimmed, bounded, no control characters (they break e-mails and CSV). */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, ""));

export const requiredText = (max: number) => text(max).pipe(z.string().min(1, { error: "required" }));

export const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, { error: "slug.format" });

export const password = z
  .string()
  .min(10, { error: "password.weak" })
  .max(256)
  .refine((p) => /[a-z]/.test(p) && /[A-Z]/.test(p) && /\d/.test(p), { error: "password.weak" });
