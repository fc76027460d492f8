/**
 * Service 6: every input's schema, shared by the browser and the Lambdas (browser-safe: no node
 * modules). Rule texts are defined here with the `trialTests.` prefix.
 */
import * as z from "zod";
import { ageOn } from "../time/baku.js";
import { email, idCardNumber, isoDate, requiredText, slug, text } from "../validation/fields.js";
import { defineRuleMessages } from "../validation/messages.js";
import { OPTIONS_PER_QUESTION, topicIds } from "./topics.js";

export const rules = defineRuleMessages({
  "trialTests.age16": {
    az: "Onlayn sınaq test imtahanında Azərbaycan Respublikasının 16 yaşına çatmış vətəndaşları iştirak edə bilər.",
    en: "The online trial test is for citizens of Azerbaijan aged 16 or more.",
  },
  "trialTests.birthFuture": { az: "Doğum tarixi gələcəkdə ola bilməz.", en: "The date of birth cannot be in the future." },
  "trialTests.idCardMismatch": {
    az: "Şəxsiyyət vəsiqəsinin nömrəsi qeydiyyatdan keçdiyiniz hesabdakı nömrə ilə eyni olmalıdır.",
    en: "The ID-card number must be the one you registered your account with.",
  },
  "trialTests.notConfirmed": { az: "Məlumatların doğruluğunu təsdiq etməlisiniz.", en: "You must confirm that the information is true." },
  "trialTests.optionsDistinct": { az: "Cavab variantları bir-birini təkrarlamamalıdır.", en: "The answer options must all differ." },
  "trialTests.optionsCount": { az: "Hər sualın 4 cavab variantı olmalıdır.", en: "Every question has exactly 4 answer options." },
  "trialTests.topicUnknown": {
    az: "Mövzu bunlardan biri olmalıdır: constitution, civil-service, ethics, logic, computer.",
    en: "The topic must be one of: constitution, civil-service, ethics, logic, computer.",
  },
  "trialTests.correctFormat": { az: "Düzgün cavab A, B, C və ya D olmalıdır.", en: "The right answer must be A, B, C or D." },
  "trialTests.activeFormat": { az: "Aktivlik “bəli” və ya “xeyr” olmalıdır (yes/no, 1/0).", en: "Active must be “yes” or “no” (bəli/xeyr, 1/0)." },
  "trialTests.compositionEmpty": { az: "Testdə ən azı bir sual olmalıdır.", en: "The test must have at least one question." },
  "trialTests.compositionTooBig": { az: "Testdə ən çoxu 100 sual ola bilər.", en: "The test may have at most 100 questions." },
  "trialTests.csvHeader": {
    az: "Faylın birinci sətri başlıq olmalıdır: id,topic,text,option_a,option_b,option_c,option_d,correct,active (id və active istəyə bağlıdır).",
    en: "The file's first line must be the header: id,topic,text,option_a,option_b,option_c,option_d,correct,active (id and active are optional).",
  },
  "trialTests.csvEmpty": { az: "Faylda heç bir sual yoxdur.", en: "The file contains no questions." },
  "trialTests.csvTooMany": { az: "Bir faylda ən çoxu 500 sual ola bilər.", en: "A file may hold at most 500 questions." },
  "trialTests.csvQuotes": { az: "Dırnaq işarələri bağlanmayıb.", en: "A quoted value is not closed." },
  "trialTests.duplicateRow": { az: "Bu sual faylda artıq var (eyni id və ya eyni mətn).", en: "This question is already in the file (the same id or text)." },
});

// ---------------------------------------------------------------------------------------------
// The short registration form of the service (regulation 6, 3.1.1–3.1.2)
// ---------------------------------------------------------------------------------------------

/** What the citizen fills before starting; the ID card must be the account's, the age at least 16. */
export const registrationSchema = (ctx: { today: string; accountIdCard: string }) =>
  z
    .object({
      lastName: requiredText(60),
      firstName: requiredText(60),
      patronymic: text(60).optional(),
      birthDate: isoDate,
      idCard: idCardNumber,
      email,
      confirmed: z.boolean(),
    })
    .strict()
    .superRefine((v, issue) => {
      if (v.birthDate > ctx.today) issue.addIssue({ code: "custom", path: ["birthDate"], message: rules["trialTests.birthFuture"] });
      else if (ageOn(v.birthDate, ctx.today) < 16) issue.addIssue({ code: "custom", path: ["birthDate"], message: rules["trialTests.age16"] });
      if (ctx.accountIdCard && v.idCard !== ctx.accountIdCard.toUpperCase()) issue.addIssue({ code: "custom", path: ["idCard"], message: rules["trialTests.idCardMismatch"] });
      if (v.confirmed !== true) issue.addIssue({ code: "custom", path: ["confirmed"], message: rules["trialTests.notConfirmed"] });
    });

export type Registration = z.infer<ReturnType<typeof registrationSchema>>;

export const answerSchema = z.object({ choice: z.number().int().min(0).max(OPTIONS_PER_QUESTION - 1) }).strict();

// ---------------------------------------------------------------------------------------------
// The question bank (admins)
// ---------------------------------------------------------------------------------------------

export const topicSchema = z.enum(topicIds, { error: rules["trialTests.topicUnknown"] });

const optionsSchema = z
  .array(requiredText(300))
  .length(OPTIONS_PER_QUESTION, { error: rules["trialTests.optionsCount"] })
  .superRefine((options, issue) => {
    const seen = new Set<string>();
    options.forEach((o, i) => {
      const norm = o.toLocaleLowerCase("az").replace(/\s+/g, " ");
      if (seen.has(norm)) issue.addIssue({ code: "custom", path: [i], message: rules["trialTests.optionsDistinct"] });
      seen.add(norm);
    });
  });

export const questionInputSchema = z
  .object({
    topic: topicSchema,
    text: requiredText(1000),
    options: optionsSchema,
    /** Index (0–3) of the right option. */
    correct: z.number().int().min(0).max(OPTIONS_PER_QUESTION - 1),
    active: z.boolean().default(true),
  })
  .strict();

export type QuestionInput = z.infer<typeof questionInputSchema>;

/** An edit names the version it was made on, so a stale edit is refused instead of overwriting. */
export const questionUpdateSchema = questionInputSchema.extend({ version: z.number().int().min(1) }).strict();

export const questionIdSchema = z.object({ questionId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, { error: "slug.format" }) }).strict();

export const questionListQuerySchema = z
  .object({
    topic: topicSchema.optional(),
    status: z.enum(["active", "retired", "all"]).default("all"),
    cursor: z.string().max(1024).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .strict();

export const importSchema = z.object({ csv: z.string().max(200_000) }).strict();
export const MAX_IMPORT_ROWS = 500;

/** One CSV row, as its cells arrive (strings); `correct` A–D, `active` yes/no. */
export const importRowSchema = z
  .object({
    id: z.preprocess((v) => (v === "" ? undefined : v), slug.optional()),
    topic: topicSchema,
    text: requiredText(1000),
    option_a: requiredText(300),
    option_b: requiredText(300),
    option_c: requiredText(300),
    option_d: requiredText(300),
    correct: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[ABCD]$/, { error: rules["trialTests.correctFormat"] }),
    active: z
      .string()
      .trim()
      .toLowerCase()
      .optional()
      .transform((v, ctx) => {
        if (v === undefined || v === "" || ["yes", "bəli", "beli", "1", "true", "aktiv"].includes(v)) return true;
        if (["no", "xeyr", "0", "false", "passiv"].includes(v)) return false;
        ctx.addIssue({ code: "custom", message: rules["trialTests.activeFormat"] });
        return z.NEVER;
      }),
  })
  .strict();

// ---------------------------------------------------------------------------------------------
// Settings (admins)
// ---------------------------------------------------------------------------------------------

const count = z.number().int().min(0).max(50);

export const settingsSchema = z
  .object({
    composition: z.object(Object.fromEntries(topicIds.map((t) => [t, count])) as Record<(typeof topicIds)[number], typeof count>).strict(),
    timeLimitMinutes: z.number().int().min(5).max(240),
    /** The version the admin edited (absent while the defaults were never changed). */
    version: z.number().int().min(0).optional(),
  })
  .strict()
  .superRefine((v, issue) => {
    const total = Object.values(v.composition).reduce((a, b) => a + b, 0);
    if (total < 1) issue.addIssue({ code: "custom", path: ["composition"], message: rules["trialTests.compositionEmpty"] });
    if (total > 100) issue.addIssue({ code: "custom", path: ["composition"], message: rules["trialTests.compositionTooBig"] });
  });

export const attemptIdSchema = z.object({ attemptId: z.string().regex(/^[a-z0-9]{8,40}$/, { error: "slug.format" }) }).strict();
export const answerParamsSchema = z
  .object({ attemptId: z.string().regex(/^[a-z0-9]{8,40}$/, { error: "slug.format" }), index: z.coerce.number().int().min(0).max(99) })
  .strict();
