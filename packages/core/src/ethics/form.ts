/**
 * Service 7 — complaints about civil servants' breaches of the rules of ethical conduct: the
 * complaint form and the legal sector's decisions, as ONE set of zod schemas for the browser and
 * the Lambdas. Browser-safe: no node imports here.
 */
import * as z from "zod";
import type { Bilingual } from "../errors.js";
import { email, isoDate, phone, requiredText, slug, text } from "../validation/fields.js";
import { defineRuleMessages } from "../validation/messages.js";
import { uploadRules } from "../uploads/file-types.js";

/**
 * The rules of conduct of the Law "Dövlət qulluqçularının etik davranış qaydaları haqqında"
 * (31 May 2007, No. 352-IIIQ) a complainant may name, plus "not known": naming one is optional
 * help for the legal sector, never a condition of the complaint.
 */
export const conductRules = {
  loyalty: { az: "Dövlətə sədaqət", en: "Loyalty to the state" },
  professionalism: { az: "Peşəkarlıq", en: "Professionalism" },
  conscientiousness: { az: "Vicdanlılıq", en: "Conscientiousness" },
  impartiality: { az: "Qərəzsizlik", en: "Impartiality" },
  conduct: { az: "Davranış mədəniyyəti (nəzakətlilik, insanlara hörmət)", en: "Culture of conduct (courtesy, respect for people)" },
  publicTrust: { az: "İctimai etimadın qorunması", en: "Keeping the public's trust" },
  information: { az: "Xidməti məlumatdan düzgün istifadə", en: "Proper use of official information" },
  stateProperty: { az: "Dövlət əmlakından düzgün istifadə", en: "Proper use of state property" },
  gifts: { az: "Hədiyyələrlə bağlı məhdudiyyətlər", en: "Restrictions on gifts" },
  conflictOfInterest: { az: "Maraqlar toqquşmasının qarşısının alınması", en: "Preventing conflicts of interest" },
  corruption: { az: "Korrupsiya hüquqpozmalarına yol verilməməsi", en: "No corruption offences" },
  unknown: { az: "Bilmirəm", en: "Not known" },
} as const satisfies Record<string, Bilingual>;
export type ConductRule = keyof typeof conductRules;
export const conductRuleIds = Object.keys(conductRules) as [ConductRule, ...ConductRule[]];

/** The state body of the complained-about servant: one of the directory, or another one named in words. */
export const OTHER_BODY = "other";

export const ethicsRules = defineRuleMessages({
  "ethics.rulesRequired": {
    az: "Pozulmuş qaydanı seçin; bilmirsinizsə “Bilmirəm” seçin.",
    en: "Choose the rule that was breached; if you do not know, choose “Not known”.",
  },
  "ethics.unknownAlone": { az: "“Bilmirəm” digər qaydalarla birlikdə seçilə bilməz.", en: "“Not known” cannot be chosen together with other rules." },
  "ethics.otherBodyName": { az: "Dövlət orqanının adını yazın.", en: "Write the name of the state body." },
  "ethics.descriptionShort": {
    az: "Baş verənləri ətraflı təsvir edin (ən azı 30 simvol).",
    en: "Describe what happened in some detail (at least 30 characters).",
  },
  "ethics.timeFormat": { az: "Vaxt saat:dəqiqə formatında olmalıdır (məs. 14:30).", en: "The time must be hours:minutes (e.g. 14:30)." },
  "ethics.tooManyFiles": { az: "Ən çoxu 10 fayl əlavə etmək olar.", en: "At most 10 files can be attached." },
  "ethics.duplicateFile": { az: "Eyni fayl iki dəfə əlavə edilib.", en: "The same file is attached twice." },
});

/** Empty optional inputs of the browser form ("") mean "not given". */
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optional = <S extends z.ZodType>(schema: S) => z.preprocess(blankToUndefined, schema.optional());

export const uploadIdSchema = z.string().regex(/^[0-9a-z]{16}$/, { error: uploadRules["upload.unknown"] });

/** The complaint as the citizen submits it. `today` is the Baku date of the submission. */
export const complaintFormSchema = (opts: { today: string }) =>
  z
    .object({
      servant: z
        .object({
          fullName: requiredText(200),
          stateBodyId: z.union([slug, z.literal(OTHER_BODY)], { error: "required" }),
          stateBodyOther: optional(text(300)),
          position: optional(text(200)),
        })
        .strict()
        .superRefine((s, ctx) => {
          if (s.stateBodyId === OTHER_BODY && !s.stateBodyOther) ctx.addIssue({ code: "custom", path: ["stateBodyOther"], message: ethicsRules["ethics.otherBodyName"] });
        }),
      incident: z
        .object({
          description: requiredText(5000).pipe(z.string().min(30, { error: ethicsRules["ethics.descriptionShort"] })),
          date: isoDate.refine((d) => d <= opts.today, { error: "date.future" }),
          time: optional(z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: ethicsRules["ethics.timeFormat"] })),
          place: requiredText(500),
        })
        .strict(),
      rules: z
        .array(z.enum(conductRuleIds))
        .min(1, { error: ethicsRules["ethics.rulesRequired"] })
        .max(conductRuleIds.length)
        .refine((r) => !r.includes("unknown") || r.length === 1, { error: ethicsRules["ethics.unknownAlone"] })
        .transform((r) => [...new Set(r)]),
      attachments: z
        .array(uploadIdSchema)
        .max(10, { error: ethicsRules["ethics.tooManyFiles"] })
        .refine((a) => new Set(a).size === a.length, { error: ethicsRules["ethics.duplicateFile"] })
        .default([]),
      contact: z
        .object({
          fullName: requiredText(200),
          email,
          phone: optional(phone),
          address: optional(text(500)),
        })
        .strict(),
    })
    .strict();
export type ComplaintForm = z.output<ReturnType<typeof complaintFormSchema>>;
export type ComplaintFormInput = z.input<ReturnType<typeof complaintFormSchema>>;

/** Drafts keep whatever the citizen typed so far; only size is bounded. */
export { draftSchema as complaintDraftSchema } from "../requests/draft.js";

// ---- The legal sector's actions ----

export const registerSchema = z.object({ note: optional(text(2000)) }).strict();
export const deficiencySchema = z.object({ deficiencies: z.array(requiredText(1000)).min(1).max(20) }).strict();
export const refuseSchema = z.object({ reasons: z.array(requiredText(2000)).min(1).max(20) }).strict();
export const extendSchema = z.object({ reason: requiredText(2000) }).strict();

export const resultOutcomes = {
  confirmed: { az: "Etik davranış qaydalarının pozulması təsdiq edildi", en: "A breach of the rules of ethical conduct was confirmed" },
  partlyConfirmed: { az: "Etik davranış qaydalarının pozulması qismən təsdiq edildi", en: "A breach of the rules of ethical conduct was partly confirmed" },
  notConfirmed: { az: "Etik davranış qaydalarının pozulması təsdiq edilmədi", en: "No breach of the rules of ethical conduct was confirmed" },
} as const satisfies Record<string, Bilingual>;
export type ResultOutcome = keyof typeof resultOutcomes;
export const resultSchema = z
  .object({
    outcome: z.enum(Object.keys(resultOutcomes) as [ResultOutcome, ...ResultOutcome[]]),
    text: requiredText(5000),
  })
  .strict();

// ---- The legal sector's queue ----

export const complaintStatuses = ["draft", "submitted", "registered", "deficient", "refused", "completed"] as const;
export type ComplaintStatus = (typeof complaintStatuses)[number];

/** `open` = awaiting the sector (received or under investigation), the default view. */
export const queueStatuses = ["open", "submitted", "registered", "deficient", "refused", "completed"] as const;
export type QueueStatus = (typeof queueStatuses)[number];

export const complaintQueueSchema = z
  .object({
    status: z.enum(queueStatuses).default("open"),
    stateBodyId: optional(z.union([slug, z.literal(OTHER_BODY)])),
    /** Open complaints whose current term ends on or before this day (Baku date). */
    dueBy: optional(isoDate),
    /** Only open complaints whose current term is over. */
    overdue: optional(z.enum(["true", "false"])),
    cursor: optional(z.string().max(1024)),
    limit: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();
export type ComplaintQueueQuery = z.input<typeof complaintQueueSchema>;
