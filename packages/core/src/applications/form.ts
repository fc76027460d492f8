import * as z from "zod";
import { ageOn } from "../time/baku.js";
import { errors } from "../errors.js";
import { email, idCardNumber, isoDate, mobile, phone, requiredText, text } from "../validation/fields.js";
import { parseOrThrow, toFieldIssues } from "../validation/parse.js";

/**
 * The official application form (Appendix 1) as ONE zod schema, used by the browser (beside
 * each field, as the citizen types) and by the Lambda (the final word). Context-free format rules
 * live in the shape; rules that need the filling date or the account run in `superRefine`.
 */
export const yesNo = z.enum(["yes", "no"]);
export const employmentStatuses = ["never", "notWorking", "working"] as const;

const ymd = z
  .object({
    years: z.number().int().min(0).max(70),
    months: z.number().int().min(0, { error: "app.seniorityDays" }).max(11, { error: "app.seniorityDays" }),
    days: z.number().int().min(0, { error: "app.seniorityDays" }).max(30, { error: "app.seniorityDays" }),
  })
  .strict();
export type YearsMonthsDays = z.infer<typeof ymd>;

export const educationEntrySchema = z
  .object({
    level: z.enum(["bachelor", "master", "doctorate", "other"]),
    institution: requiredText(300),
    entryYear: z.number().int().min(1940).max(2100),
    specialtyCode: z.string().trim().toUpperCase().regex(/^[A-Z]{0,3}\d{4,8}$/, { error: "specialtyCode.format" }),
    specialtyName: requiredText(300),
    diplomaNumber: requiredText(40),
    diplomaDate: isoDate,
    foreign: z.boolean().default(false),
    nostrificationNumber: text(40).optional(),
    nostrificationDate: isoDate.optional(),
  })
  .strict();
export type EducationEntry = z.infer<typeof educationEntrySchema>;

const levelRank = { bachelor: 1, master: 2, doctorate: 3 } as const;

/** The form's data. Part 8 is not here: it is taken from the chosen vacancy, never typed. */
export const applicationFormShape = z
  .object({
    citizen: z
      .object({
        firstName: requiredText(80),
        lastName: requiredText(80),
        patronymic: requiredText(80),
        gender: z.enum(["male", "female"]),
        birthDate: isoDate,
        birthPlace: z.object({ country: requiredText(80), city: requiredText(80), village: text(80).optional() }).strict(),
      })
      .strict(),
    identity: z.object({ idCardNumber, issuedOn: isoDate, issuedBy: requiredText(200) }).strict(),
    contact: z
      .object({
        registeredAddress: requiredText(300),
        livesAtRegisteredAddress: z.boolean(),
        actualAddress: text(300).optional(),
        email,
        mobile: mobile.optional(),
        homePhone: phone.optional(),
        workPhone: phone.optional(),
      })
      .strict(),
    eligibility: z
      .object({ incapacity: yesNo, conviction: yesNo, medicalMeasures: yesNo, kinship: yesNo, disciplinary: yesNo })
      .strict(),
    military: z.object({ liable: yesNo.optional() }).strict().default({}),
    employment: z
      .object({
        status: z.enum(employmentStatuses),
        labourBookNumber: text(40).optional(),
        labourBookOpenedOn: isoDate.optional(),
        currentWorkplace: text(300).optional(),
        currentPosition: text(200).optional(),
        seniority: z.object({ total: ymd.optional(), field: ymd.optional(), specialty: ymd.optional() }).strict().default({}),
      })
      .strict(),
    education: z.array(educationEntrySchema).min(1, { error: "app.educationRequired" }).max(3),
  })
  .strict();

export type ApplicationForm = z.infer<typeof applicationFormShape>;

export interface FormContext {
  /** Baku date the form is filled (and submitted) on. */
  today: string;
  /** The ID-card number of the signed-in account: the form's 2.1 must match it. */
  accountIdCard?: string;
  /** The vacancy's seniority requirements: the matching lines of 6.5 become mandatory (note 4). */
  seniorityRequired?: { totalYears?: number; fieldYears?: number; specialtyYears?: number };
}

type Issue = { path: (string | number)[]; message: string };

/** Cross-field rules: filling notes 1–5 and 7, and the checks any user expects of dates. */
export function formIssues(f: ApplicationForm, c: FormContext): Issue[] {
  const issues: Issue[] = [];
  const add = (path: (string | number)[], message: string) => issues.push({ path, message });
  const future = (date: string | undefined) => !!date && date > c.today;

  const birth = f.citizen.birthDate;
  if (future(birth)) add(["citizen", "birthDate"], "date.future");
  else if (ageOn(birth, c.today) < 16) add(["citizen", "birthDate"], "app.age16");

  if (c.accountIdCard && /^(AZE\d{8}|AA\d{7})$/.test(f.identity.idCardNumber) && f.identity.idCardNumber !== c.accountIdCard.toUpperCase()) add(["identity", "idCardNumber"], "app.idCardMismatch");
  if (future(f.identity.issuedOn)) add(["identity", "issuedOn"], "date.future");
  else if (f.identity.issuedOn <= birth) add(["identity", "issuedOn"], "app.issuedBeforeBirth");

  if (!f.contact.livesAtRegisteredAddress && !f.contact.actualAddress) add(["contact", "actualAddress"], "app.actualAddressRequired");

  const e = f.employment;
  if (e.status !== "never") {
    if (!e.labourBookNumber) add(["employment", "labourBookNumber"], "app.rule2");
    if (!e.labourBookOpenedOn) add(["employment", "labourBookOpenedOn"], "app.rule2");
  }
  if (e.labourBookOpenedOn) {
    if (future(e.labourBookOpenedOn)) add(["employment", "labourBookOpenedOn"], "date.future");
    else if (e.labourBookOpenedOn <= birth) add(["employment", "labourBookOpenedOn"], "app.labourBookBeforeBirth");
  }
  if (e.status === "working") {
    if (!e.currentWorkplace) add(["employment", "currentWorkplace"], "app.rule3");
    if (!e.currentPosition) add(["employment", "currentPosition"], "app.rule3");
  }
  const req = c.seniorityRequired ?? {};
  if (req.totalYears && !e.seniority.total) add(["employment", "seniority", "total"], "app.rule4");
  if (req.fieldYears && !e.seniority.field) add(["employment", "seniority", "field"], "app.rule4");
  if (req.specialtyYears && !e.seniority.specialty) add(["employment", "seniority", "specialty"], "app.rule4");

  let lastRank = 0;
  f.education.forEach((ed, i) => {
    if (ed.level !== "other") {
      const rank = levelRank[ed.level];
      if (rank < lastRank) add(["education", i, "level"], "app.rule5order");
      lastRank = Math.max(lastRank, rank);
    } else if (!/,\s*\S/.test(ed.specialtyName)) {
      add(["education", i, "specialtyName"], "app.rule5other");
    }
    if (future(ed.diplomaDate)) add(["education", i, "diplomaDate"], "date.future");
    else if (ed.diplomaDate <= birth) add(["education", i, "diplomaDate"], "app.diplomaBeforeBirth");
    if (ed.entryYear >= Number(ed.diplomaDate.slice(0, 4))) add(["education", i, "entryYear"], "app.entryAfterDiploma");
    if (ed.entryYear <= Number(birth.slice(0, 4))) add(["education", i, "entryYear"], "app.entryBeforeBirth");
    if (ed.foreign) {
      if (!ed.nostrificationNumber) add(["education", i, "nostrificationNumber"], "app.nostrificationRequired");
      if (!ed.nostrificationDate) add(["education", i, "nostrificationDate"], "app.nostrificationRequired");
      else if (future(ed.nostrificationDate)) add(["education", i, "nostrificationDate"], "date.future");
      else if (ed.nostrificationDate < ed.diplomaDate) add(["education", i, "nostrificationDate"], "app.nostrificationBeforeDiploma");
    }
  });
  return issues;
}

/** The whole form with every rule, for a given filling date, account and vacancy. */
export function applicationFormSchema(context: FormContext) {
  return applicationFormShape.superRefine((form, ctx) => {
    for (const issue of formIssues(form, context)) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  });
}

/**
 * The Lambda's parse: the same result and issues as `applicationFormSchema(context)`, without
 * building a schema per request (the shape is built once per process; the cross-field rules run
 * only on a well-formed form, as superRefine does).
 */
export function parseApplicationForm(raw: unknown, context: FormContext): ApplicationForm {
  const form = parseOrThrow(applicationFormShape, raw);
  const issues = formIssues(form, context);
  if (issues.length) throw errors.validation(toFieldIssues({ issues: issues.map((i) => ({ code: "custom", path: i.path, message: i.message, input: undefined })) } as unknown as z.ZodError));
  return form;
}

/** Drafts keep whatever the citizen typed so far; only size is bounded. */
export { draftSchema as applicationDraftSchema } from "../requests/draft.js";
