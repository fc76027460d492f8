/**
 * The application form in the browser: what the inputs hold (strings, as typed), how that becomes
 * the API body (the paths stay those of core's `applicationFormSchema`, so every issue — the
 * browser's or the server's — lands on its field), and the one zod schema of core that checks it.
 */
import type { Bilingual, FieldIssue } from "@exidmet/core/errors";
import { applicationFormSchema, formIssues, type ApplicationForm, type FormContext } from "@exidmet/core/applications/form";
import { fieldLabels, partLabels } from "@exidmet/core/applications/labels";
import { ruleMessages } from "@exidmet/core/validation/messages";
import { toFieldIssues } from "@exidmet/core/validation/parse";
import { formatDate, parseDate } from "../../lib/format";

export type YesNo = "" | "yes" | "no";
export interface YmdValues {
  years: string;
  months: string;
  days: string;
}
export interface EducationValues {
  level: string;
  institution: string;
  entryYear: string;
  specialtyCode: string;
  specialtyName: string;
  diplomaNumber: string;
  diplomaDate: string;
  foreign: boolean;
  nostrificationNumber: string;
  nostrificationDate: string;
}
export interface FormValues {
  citizen: { firstName: string; lastName: string; patronymic: string; gender: string; birthDate: string; birthPlace: { country: string; city: string; village: string } };
  identity: { idCardNumber: string; issuedOn: string; issuedBy: string };
  contact: { registeredAddress: string; livesAtRegisteredAddress: boolean; actualAddress: string; email: string; mobile: string; homePhone: string; workPhone: string };
  eligibility: { incapacity: YesNo; conviction: YesNo; medicalMeasures: YesNo; kinship: YesNo; disciplinary: YesNo };
  military: { liable: YesNo };
  employment: {
    status: string;
    labourBookNumber: string;
    labourBookOpenedOn: string;
    currentWorkplace: string;
    currentPosition: string;
    seniority: { total: YmdValues; field: YmdValues; specialty: YmdValues };
  };
  education: EducationValues[];
  /** The confirmation of the last step; never sent (the submission itself is the confirmation). */
  confirmed: boolean;
}

export const eligibilityQuestions = ["incapacity", "conviction", "medicalMeasures", "kinship", "disciplinary"] as const;
export const seniorityLines = ["total", "field", "specialty"] as const;

const emptyYmd = (): YmdValues => ({ years: "", months: "", days: "" });
export const emptyEducation = (): EducationValues => ({
  level: "",
  institution: "",
  entryYear: "",
  specialtyCode: "",
  specialtyName: "",
  diplomaNumber: "",
  diplomaDate: "",
  foreign: false,
  nostrificationNumber: "",
  nostrificationDate: "",
});

export function emptyValues(account?: { email?: string; idCard?: string }): FormValues {
  return {
    citizen: { firstName: "", lastName: "", patronymic: "", gender: "", birthDate: "", birthPlace: { country: "Azərbaycan", city: "", village: "" } },
    identity: { idCardNumber: account?.idCard ?? "", issuedOn: "", issuedBy: "" },
    contact: { registeredAddress: "", livesAtRegisteredAddress: true, actualAddress: "", email: account?.email ?? "", mobile: "", homePhone: "", workPhone: "" },
    eligibility: { incapacity: "", conviction: "", medicalMeasures: "", kinship: "", disciplinary: "" },
    military: { liable: "" },
    employment: { status: "", labourBookNumber: "", labourBookOpenedOn: "", currentWorkplace: "", currentPosition: "", seniority: { total: emptyYmd(), field: emptyYmd(), specialty: emptyYmd() } },
    education: [emptyEducation()],
    confirmed: false,
  };
}

// ---------- from a saved draft or a submitted form back into the inputs ----------

type Loose = Record<string, unknown> | undefined;
const obj = (v: unknown): Loose => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);
const str = (v: unknown, fallback = "") => (typeof v === "string" ? v : typeof v === "number" ? String(v) : fallback);
const date = (v: unknown) => formatDate(str(v));
const yn = (v: unknown): YesNo => (v === "yes" || v === "no" ? v : "");
const bool = (v: unknown, fallback: boolean) => (typeof v === "boolean" ? v : fallback);

/**
 * The inputs' values from a draft (saved as typed) or from a submitted form (API types, ISO dates).
 * Unknown or missing parts fall back to the empty form, so an old or partial draft never breaks it.
 */
export function toFormValues(source: unknown, account?: { email?: string; idCard?: string }): FormValues {
  const e = emptyValues(account);
  const s = obj(source);
  if (!s) return e;
  const c = obj(s.citizen), bp = obj(c?.birthPlace), id = obj(s.identity), ct = obj(s.contact), el = obj(s.eligibility), mil = obj(s.military), em = obj(s.employment);
  const sen = obj(em?.seniority);
  const ymd = (v: unknown): YmdValues => {
    const o = obj(v);
    return { years: str(o?.years), months: str(o?.months), days: str(o?.days) };
  };
  const education = Array.isArray(s.education) && s.education.length
    ? s.education.slice(0, 3).map((raw): EducationValues => {
        const x = obj(raw);
        return {
          level: str(x?.level),
          institution: str(x?.institution),
          entryYear: str(x?.entryYear),
          specialtyCode: str(x?.specialtyCode),
          specialtyName: str(x?.specialtyName),
          diplomaNumber: str(x?.diplomaNumber),
          diplomaDate: date(x?.diplomaDate),
          foreign: bool(x?.foreign, false),
          nostrificationNumber: str(x?.nostrificationNumber),
          nostrificationDate: date(x?.nostrificationDate),
        };
      })
    : e.education;
  return {
    citizen: {
      firstName: str(c?.firstName),
      lastName: str(c?.lastName),
      patronymic: str(c?.patronymic),
      gender: str(c?.gender),
      birthDate: date(c?.birthDate),
      birthPlace: { country: str(bp?.country, e.citizen.birthPlace.country), city: str(bp?.city), village: str(bp?.village) },
    },
    identity: { idCardNumber: str(id?.idCardNumber, e.identity.idCardNumber), issuedOn: date(id?.issuedOn), issuedBy: str(id?.issuedBy) },
    contact: {
      registeredAddress: str(ct?.registeredAddress),
      livesAtRegisteredAddress: bool(ct?.livesAtRegisteredAddress, true),
      actualAddress: str(ct?.actualAddress),
      email: str(ct?.email, e.contact.email),
      mobile: str(ct?.mobile),
      homePhone: str(ct?.homePhone),
      workPhone: str(ct?.workPhone),
    },
    eligibility: { incapacity: yn(el?.incapacity), conviction: yn(el?.conviction), medicalMeasures: yn(el?.medicalMeasures), kinship: yn(el?.kinship), disciplinary: yn(el?.disciplinary) },
    military: { liable: yn(mil?.liable) },
    employment: {
      status: str(em?.status),
      labourBookNumber: str(em?.labourBookNumber),
      labourBookOpenedOn: date(em?.labourBookOpenedOn),
      currentWorkplace: str(em?.currentWorkplace),
      currentPosition: str(em?.currentPosition),
      seniority: { total: ymd(sen?.total), field: ymd(sen?.field), specialty: ymd(sen?.specialty) },
    },
    education,
    confirmed: false,
  };
}

/** What the draft keeps: the inputs as typed, plus the step the citizen was on. */
export function draftOf(values: FormValues, step: number): Record<string, unknown> {
  const { confirmed: _c, ...rest } = values;
  return { ...rest, _step: step };
}

// ---------- the API body ----------

const blank = (v: unknown) => typeof v !== "string" || v.trim() === "";
const opt = (v: string) => (blank(v) ? undefined : v);
const optDate = (v: string) => (blank(v) ? undefined : parseDate(v));
/** "" → absent (the schema says "required"); "12" → 12; anything else stays text and fails as a number. */
const int = (v: string): number | string | undefined => {
  const t = (v ?? "").trim();
  if (!t) return undefined;
  return /^\d{1,6}$/.test(t) ? Number(t) : t;
};
const ymdBody = (v: YmdValues) => (blank(v.years) && blank(v.months) && blank(v.days) ? undefined : { years: int(v.years) ?? 0, months: int(v.months) ?? 0, days: int(v.days) ?? 0 });
const drop = <T extends Record<string, unknown>>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** The inputs → the body of POST …/submit (the shape of `applicationFormShape`). */
export function toBody(v: FormValues) {
  const e = v.employment;
  return {
    citizen: {
      firstName: v.citizen.firstName,
      lastName: v.citizen.lastName,
      patronymic: v.citizen.patronymic,
      gender: opt(v.citizen.gender),
      birthDate: parseDate(v.citizen.birthDate),
      birthPlace: drop({ country: v.citizen.birthPlace.country, city: v.citizen.birthPlace.city, village: opt(v.citizen.birthPlace.village) }),
    },
    identity: { idCardNumber: v.identity.idCardNumber, issuedOn: parseDate(v.identity.issuedOn), issuedBy: v.identity.issuedBy },
    contact: drop({
      registeredAddress: v.contact.registeredAddress,
      livesAtRegisteredAddress: !!v.contact.livesAtRegisteredAddress,
      actualAddress: v.contact.livesAtRegisteredAddress ? undefined : opt(v.contact.actualAddress),
      email: v.contact.email,
      mobile: opt(v.contact.mobile),
      homePhone: opt(v.contact.homePhone),
      workPhone: opt(v.contact.workPhone),
    }),
    eligibility: Object.fromEntries(eligibilityQuestions.map((q) => [q, opt(v.eligibility[q])])),
    military: drop({ liable: opt(v.military.liable) }),
    employment: drop({
      status: opt(e.status),
      labourBookNumber: opt(e.labourBookNumber),
      labourBookOpenedOn: optDate(e.labourBookOpenedOn),
      currentWorkplace: e.status === "working" ? opt(e.currentWorkplace) : undefined,
      currentPosition: e.status === "working" ? opt(e.currentPosition) : undefined,
      seniority: drop({ total: ymdBody(e.seniority.total), field: ymdBody(e.seniority.field), specialty: ymdBody(e.seniority.specialty) }),
    }),
    education: v.education.map((x) =>
      drop({
        level: opt(x.level),
        institution: x.institution,
        entryYear: int(x.entryYear),
        specialtyCode: x.specialtyCode,
        specialtyName: x.specialtyName,
        diplomaNumber: x.diplomaNumber,
        diplomaDate: parseDate(x.diplomaDate),
        foreign: !!x.foreign,
        nostrificationNumber: x.foreign ? opt(x.nostrificationNumber) : undefined,
        nostrificationDate: x.foreign ? optDate(x.nostrificationDate) : undefined,
      }),
    ),
  };
}

// ---------- checking ----------

/** The form's steps: parts 1–8 (part 8 read-only) and the review with the confirmation. */
export const parts = ["citizen", "identity", "contact", "eligibility", "military", "employment", "education", "vacancy"] as const;
export const REVIEW = parts.length;
export const stepOf = (path: string) => {
  const i = parts.indexOf(path.split(".")[0] as (typeof parts)[number]);
  return i < 0 ? REVIEW : i;
};

const textOf = (key: string): Bilingual => (ruleMessages as Record<string, Bilingual>)[key] ?? ruleMessages.required;

/**
 * Every issue of the form by core's ONE schema (the server runs the same). zod skips the
 * cross-field rules while any field is malformed; they are added here for the fields that are
 * well-formed, so a rule's error (an age under 16) shows on its own step, not only at the end.
 */
export function checkForm(values: FormValues, ctx: FormContext, withConfirmation = false): FieldIssue[] {
  const body = toBody(values);
  const result = applicationFormSchema(ctx).safeParse(body);
  const issues = result.success ? [] : toFieldIssues(result.error);
  if (!result.success) {
    try {
      for (const i of formIssues(body as unknown as ApplicationForm, ctx)) {
        const path = i.path.join(".");
        if (!issues.some((x) => x.path === path || x.path.startsWith(`${path}.`))) issues.push({ path, code: i.message, ...textOf(i.message) });
      }
    } catch {
      /* a part too incomplete for the cross-field rules: its own issues say what is missing */
    }
  }
  if (withConfirmation && !values.confirmed) issues.push({ path: "confirmed", code: "app.notConfirmed", ...textOf("app.notConfirmed") });
  // One message per field, the first.
  const seen = new Set<string>();
  return issues.filter((i) => (seen.has(i.path) ? false : (seen.add(i.path), true)));
}

// ---------- names of fields, for the error summary ----------

const subLabels: Record<string, Bilingual> = {
  "employment.currentPosition": { az: "Vəzifə", en: "Position" },
  "employment.currentWorkplace": { az: "İş yeri", en: "Workplace" },
  "education.specialtyCode": { az: "İxtisasın şifri", en: "Specialty code" },
  "education.specialtyName": { az: "İxtisasın adı", en: "Specialty name" },
  years: { az: "il", en: "years" },
  months: { az: "ay", en: "months" },
  days: { az: "gün", en: "days" },
};

/** "1.5. Doğulduğu tarix (gün, ay, il)", "7. … — Ali təhsil 2 — Diplomun seriyası və nömrəsi", in one language. */
export function fieldName(path: string, lang: "az" | "en", educationEntry: (n: number) => string): string {
  if (path === "confirmed") return fieldLabels.confirmation[lang];
  const segs = path.split(".");
  const names: string[] = [];
  if (segs[0] === "education") {
    names.push(partLabels.education[lang]);
    if (segs.length > 1 && /^\d+$/.test(segs[1])) {
      names.push(educationEntry(Number(segs[1]) + 1));
      const key = `education.${segs[2] ?? ""}`;
      const label = subLabels[key] ?? fieldLabels[key] ?? (segs[2] === "specialtyCode" || segs[2] === "specialtyName" ? fieldLabels["education.specialty"] : undefined);
      if (label) names.push(label[lang]);
    }
    return names.join(" — ");
  }
  if (path.startsWith("employment.seniority")) {
    names.push(fieldLabels["employment.seniority"][lang]);
    const line = segs[2] ? fieldLabels[`employment.seniority.${segs[2]}`] : undefined;
    if (line) names.push(line[lang]);
    if (segs[3] && subLabels[segs[3]]) names.push(subLabels[segs[3]][lang]);
    return names.join(" — ");
  }
  if (path === "employment.currentPosition" || path === "employment.currentWorkplace") {
    return `${fieldLabels["employment.currentWorkplace"][lang]} — ${subLabels[path][lang]}`;
  }
  if (path.startsWith("citizen.birthPlace.")) return `${fieldLabels["citizen.birthPlace"][lang]} — ${fieldLabels[path]?.[lang] ?? segs[2]}`;
  for (let n = segs.length; n > 0; n--) {
    const label = fieldLabels[segs.slice(0, n).join(".")] ?? (n === 1 ? partLabels[segs[0]] : undefined);
    if (label) return label[lang];
  }
  return path;
}
