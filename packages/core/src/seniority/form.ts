/**
 * Service 5: the ONE set of schemas for the browser (the calculator form, the legal officer's
 * decisions, the admin's bracket versions) and the Lambdas. Browser-safe: no node imports.
 */
import * as z from "zod";
import { email, fin, idCardNumber, isoDate, requiredText, text } from "../validation/fields.js";
import { uploadRules } from "../uploads/file-types.js";
import { defineRuleMessages } from "../validation/messages.js";

export const seniorityRules = defineRuleMessages({
  "seniority.endRequired": { az: "Bitmə tarixini daxil edin və ya “Hal-hazıradək” seçin.", en: "Enter the end date or choose “To date”." },
  "seniority.endWithToDate": { az: "“Hal-hazıradək” seçildikdə bitmə tarixi yazılmır.", en: "With “To date”, no end date is entered." },
  "seniority.endBeforeStart": { az: "Bitmə tarixi başlama tarixindən əvvəl ola bilməz.", en: "The end date cannot be before the start date." },
  "seniority.future": { az: "Tarix bu gündən sonra ola bilməz.", en: "The date cannot be after today." },
  "seniority.tooEarly": { az: "Tarix 01.01.1930-dan əvvəl ola bilməz.", en: "The date cannot be before 01.01.1930." },
  "seniority.noPeriods": { az: "Ən azı bir əmək fəaliyyəti dövrü daxil edin.", en: "Enter at least one period of employment." },
  "seniority.scanRequired": { az: "Əmək kitabçasının skan edilmiş surətini yükləyin.", en: "Upload the scanned copy of the labour book." },
  "seniority.emailMismatch": { az: "Elektron poçt ünvanı hesabınızdakı ünvanla eyni olmalıdır.", en: "The e-mail address must be the one of your account." },
  "seniority.idCardMismatch": { az: "Şəxsiyyət vəsiqəsinin nömrəsi hesabınızdakı nömrə ilə eyni olmalıdır.", en: "The ID-card number must be the one of your account." },
  "seniority.finMismatch": { az: "FİN hesabınızdakı FİN ilə eyni olmalıdır.", en: "The FIN must be the one of your account." },
  "seniority.correctionNote": { az: "Dövrlərə düzəliş edildikdə düzəlişin əsasını yazın.", en: "When periods are corrected, write the ground of the correction." },
  "seniority.requestKey": { az: "Sorğunun açarı düzgün deyil; səhifəni yeniləyin.", en: "The request key is not valid; reload the page." },
  "seniority.bracketsOrder": { az: "Pillələr artan illər üzrə, təkrarsız verilməlidir.", en: "Brackets must be given by increasing years, without repeats." },
  "seniority.bracketsPercent": { az: "Faiz dərəcələri pillələr artdıqca azalmamalıdır.", en: "Percentages must not fall as the brackets rise." },
});

/** The earliest date a period may start or end (labour books of living people). */
export const EARLIEST_DATE = "1930-01-01";
export const MAX_PERIODS = 60;
export const MAX_SCANS = 20;

/** A period of employment as the labour book shows it (see compute.ts for how it counts). */
export const periodSchema = (today: string) =>
  z
    .object({
      organisation: requiredText(200),
      position: requiredText(200),
      start: isoDate,
      end: isoDate.optional(),
      toDate: z.boolean(),
      civilService: z.boolean(),
    })
    .strict()
    .superRefine((p, ctx) => {
      const issue = (path: "start" | "end", key: string) => ctx.addIssue({ code: "custom", path: [path], message: key });
      if (p.start < EARLIEST_DATE) issue("start", seniorityRules["seniority.tooEarly"]);
      if (p.start > today) issue("start", seniorityRules["seniority.future"]);
      if (p.toDate) {
        if (p.end !== undefined) issue("end", seniorityRules["seniority.endWithToDate"]);
        return;
      }
      if (p.end === undefined) return issue("end", seniorityRules["seniority.endRequired"]);
      if (p.end > today) issue("end", seniorityRules["seniority.future"]);
      else if (p.end < p.start) issue("end", seniorityRules["seniority.endBeforeStart"]);
    });

export type Period = z.infer<ReturnType<typeof periodSchema>>;

/** Field by field (stored records do not keep the order of keys). */
export const samePeriod = (a: Period | null | undefined, b: Period | null | undefined) =>
  !a || !b
    ? a === b
    : a.organisation === b.organisation && a.position === b.position && a.start === b.start && (a.end ?? null) === (b.end ?? null) && a.toDate === b.toDate && a.civilService === b.civilService;
export const samePeriods = (a: readonly Period[], b: readonly Period[]) => a.length === b.length && a.every((p, i) => samePeriod(p, b[i]));

export const periodsSchema = (today: string) =>
  z.array(periodSchema(today)).min(1, { error: seniorityRules["seniority.noPeriods"] }).max(MAX_PERIODS);

/** The public calculation (nothing is stored). */
export const calculateSchema = (today: string) => z.object({ periods: periodsSchema(today) }).strict();

/** A checked upload's id (see uploads/uploads.ts). */
export const uploadId = z.string().regex(/^[0-9a-z]{16}$/, { error: uploadRules["upload.unknown"] });
const scans = z.array(uploadId).min(1, { error: seniorityRules["seniority.scanRequired"] }).max(MAX_SCANS);

/**
 * The request for the certificate. `requestKey` is made once per form by the browser: a doubled or
 * retried submission with the same key is one request.
 */
export const submitSchema = (today: string) =>
  z
    .object({
      email,
      idCard: idCardNumber,
      fin,
      fullName: requiredText(200),
      periods: periodsSchema(today),
      scans,
      requestKey: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { error: seniorityRules["seniority.requestKey"] }),
    })
    .strict();
export type SubmitInput = z.infer<ReturnType<typeof submitSchema>>;

/** Re-application after a deficiency notice: the corrected periods and scans. */
export const reapplySchema = (today: string) =>
  z.object({ periods: periodsSchema(today), scans, note: text(2000).optional() }).strict();

// The legal sector's decisions.
const items = z.array(requiredText(2000)).min(1).max(20);
export const deficiencySchema = z.object({ deficiencies: items }).strict();
export const extendSchema = z.object({ reason: requiredText(2000) }).strict();
export const refuseSchema = z.object({ reasons: items }).strict();
/** Approval, possibly with the full list of corrected periods and the ground of the correction. */
export const approveSchema = (today: string) =>
  z
    .object({ periods: periodsSchema(today).optional(), correctionNote: text(2000).optional() })
    .strict()
    .superRefine((v, ctx) => {
      if (v.periods && !v.correctionNote) ctx.addIssue({ code: "custom", path: ["correctionNote"], message: seniorityRules["seniority.correctionNote"] });
    });

/** The legal sector's queue. */
export const queuePhases = ["open", "waiting", "closed"] as const;
export const queueQuerySchema = z
  .object({
    phase: z.enum(queuePhases).default("open"),
    cursor: z.string().max(1024).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();

/** A new version of the brackets (admin), in force from `effectiveFrom`. */
export const bracketTableSchema = z
  .object({
    effectiveFrom: isoDate,
    brackets: z
      .array(z.object({ fromYears: z.number().int().min(0).max(60), percent: z.number().min(0).max(100) }).strict())
      .min(1)
      .max(12),
  })
  .strict()
  .superRefine((v, ctx) => {
    for (let i = 1; i < v.brackets.length; i++) {
      if (v.brackets[i].fromYears <= v.brackets[i - 1].fromYears) ctx.addIssue({ code: "custom", path: ["brackets", i, "fromYears"], message: seniorityRules["seniority.bracketsOrder"] });
      if (v.brackets[i].percent < v.brackets[i - 1].percent) ctx.addIssue({ code: "custom", path: ["brackets", i, "percent"], message: seniorityRules["seniority.bracketsPercent"] });
    }
  });
