/**
 * The forms' schemas. Field rules come from packages/core (the same zod schemas the Lambdas
 * parse with); the browser only adds the shape of each form and turns typed strings into the
 * API's types before validation (`prepare*`), keeping the field paths the server reports.
 */
import * as z from "zod";
import { announceCompetitionSchema } from "@exidmet/core/competitions/competition";
import { stateBodyInputSchema } from "@exidmet/core/directory/state-bodies";
import { officialGroups } from "@exidmet/core/infra/resources";
import { holidayCalendarSchema } from "@exidmet/core/time/calendar";
import { email, fin, idCardNumber, password, requiredText, slug } from "@exidmet/core/validation/fields";
import { parseDate } from "../lib/format";

/** An optional text field: an empty input means "not given". */
const optionalText = <S extends z.ZodType>(schema: S) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());

// --- citizens' account (Cognito) ---

export const signUpSchema = z.object({
  email,
  password,
  idCard: idCardNumber,
  fin: optionalText(fin),
  name: requiredText(100),
});
export type SignUpForm = z.input<typeof signUpSchema>;

export const verifySchema = z.object({ email, code: requiredText(20) });
export const signInSchema = z.object({ email, password: z.string().min(1) });
export const officialSignInSchema = z.object({ username: requiredText(128), password: z.string().min(1) });
export const newPasswordSchema = z.object({ newPassword: password });

// --- admin ---

export const stateBodyFormSchema = stateBodyInputSchema.extend({ id: slug });
export interface StateBodyForm {
  id: string;
  name: { az: string; en: string };
  units: { id: string; name: { az: string; en: string } }[];
}

/**
 * The rules of `createOfficialSchema` (packages/core/src/officials/usecases.ts) over core's field
 * types; that module also holds server code (node:crypto), so it cannot be bundled for the browser.
 */
export const officialFormSchema = z
  .object({ email, fullName: requiredText(120), group: z.enum(officialGroups), stateBody: slug.optional() })
  .strict()
  .superRefine((v, ctx) => {
    if (v.group === "hr-officer" && !v.stateBody) ctx.addIssue({ code: "custom", path: ["stateBody"], message: "group.stateBodyRequired" });
    if (v.group !== "hr-officer" && v.stateBody) ctx.addIssue({ code: "custom", path: ["stateBody"], message: "group.stateBodyForbidden" });
  });
export interface OfficialForm {
  email: string;
  fullName: string;
  group: string;
  stateBody: string;
}
export const prepareOfficial = (v: OfficialForm) => ({
  email: v.email,
  fullName: v.fullName,
  group: v.group || undefined,
  ...(v.group === "hr-officer" && v.stateBody ? { stateBody: v.stateBody } : {}),
});

/** Typed numbers: "" → absent, "12" → 12, anything else stays text and fails the number check. */
const num = (s: string | number | undefined) => {
  if (typeof s === "number") return s;
  const t = (s ?? "").trim();
  if (t === "") return undefined;
  return /^-?\d+$/.test(t) ? Number(t) : t;
};

export interface VacancyForm {
  positionCode: string;
  stateBodyId: string;
  unitId: string;
  positionName: { az: string; en: string };
  classification: string;
  places: string;
  education: { levels: string[] | string | false; specialties: { code: string; name: string }[] };
  seniority: { totalYears: string; fieldYears: string; specialtyYears: string };
}
export interface AnnounceForm {
  title: { az: string; en: string };
  announcedOn: string;
  autoAdmit: boolean;
  vacancies: VacancyForm[];
}

export const emptyVacancy = (): VacancyForm => ({
  positionCode: "",
  stateBodyId: "",
  unitId: "",
  positionName: { az: "", en: "" },
  classification: "",
  places: "1",
  education: { levels: [], specialties: [] },
  seniority: { totalYears: "", fieldYears: "", specialtyYears: "" },
});

export { announceCompetitionSchema };
export function prepareAnnounce(v: AnnounceForm) {
  return {
    title: v.title,
    announcedOn: parseDate(v.announcedOn),
    autoAdmit: !!v.autoAdmit,
    vacancies: v.vacancies.map((x) => {
      const seniority = { totalYears: num(x.seniority.totalYears), fieldYears: num(x.seniority.fieldYears), specialtyYears: num(x.seniority.specialtyYears) };
      const hasSeniority = Object.values(seniority).some((n) => n !== undefined);
      const levels = Array.isArray(x.education.levels) ? x.education.levels : x.education.levels ? [x.education.levels] : [];
      return {
        positionCode: x.positionCode,
        stateBodyId: x.stateBodyId || undefined,
        unitId: x.unitId || undefined,
        positionName: x.positionName,
        classification: num(x.classification),
        places: num(x.places),
        education: { levels, specialties: x.education.specialties.filter((s) => s.code.trim() || s.name.trim()) },
        ...(hasSeniority ? { seniority: Object.fromEntries(Object.entries(seniority).filter(([, n]) => n !== undefined)) } : {}),
      };
    }),
  };
}

export interface HolidaysForm {
  holidays: { date: string; name: { az: string; en: string } }[];
  workingWeekends: { date: string }[];
}
/** The calendar of one year; every date must fall in that year. */
export const holidaysFormSchema = (year: number) =>
  holidayCalendarSchema.superRefine((v, ctx) => {
    v.holidays.forEach((h, i) => {
      if (!h.date.startsWith(`${year}-`)) ctx.addIssue({ code: "custom", path: ["holidays", i, "date"], message: "holidays.notInYear" });
    });
    v.workingWeekends.forEach((d, i) => {
      if (!d.startsWith(`${year}-`)) ctx.addIssue({ code: "custom", path: ["workingWeekends", i], message: "holidays.notInYear" });
    });
  });
/** The form keeps each working weekend as `{ date }` (field arrays need objects). */
export const holidayField = (path: string) => path.replace(/^workingWeekends\.(\d+)$/, "workingWeekends.$1.date");
export const prepareHolidays = (v: HolidaysForm) => ({
  holidays: v.holidays.map((h) => ({ date: parseDate(h.date), name: h.name })),
  workingWeekends: v.workingWeekends.map((w) => parseDate(w.date)),
});
