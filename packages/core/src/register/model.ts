/**
 * Service 3 — the register of civil servants ("Dövlət qulluqçularının reyestri"): the shape of a
 * person's record, the labels of its values, and the ONE set of zod schemas the browser and the
 * Lambdas share (single edits, HR search and statistics queries, the 7-day request and the
 * officers' actions). Browser-safe: no node imports here.
 */
import * as z from "zod";
import type { Bilingual } from "../errors.js";
import { uploadRules } from "../uploads/file-types.js";
import { fin, isoDate, requiredText, slug, text } from "../validation/fields.js";
import { defineRuleMessages } from "../validation/messages.js";

export const registerRules = defineRuleMessages({
  "register.endRequired": { az: "Xitam verilmiş təyinat üçün xitam tarixi və əsası mütləqdir.", en: "An ended appointment needs its end date and ground." },
  "register.endForbidden": { az: "Xitam tarixi və əsası yalnız “xitam verilib” statusu ilə göstərilir.", en: "An end date and ground are given only with the status “ended”." },
  "register.endBeforeStart": { az: "Xitam tarixi təyinat tarixindən əvvəl ola bilməz.", en: "The end date cannot be before the start date." },
  "register.startBeforeAdult": { az: "Təyinat tarixində şəxs ən azı 16 yaşında olmalıdır.", en: "The person must be at least 16 years old on the start date." },
  "register.oneCurrent": { az: "Şəxsin eyni vaxtda yalnız bir cari (xitam verilməmiş) təyinatı ola bilər.", en: "A person can have only one current (not ended) appointment." },
  "register.overlap": { az: "Təyinatların dövrləri üst-üstə düşür.", en: "The appointments' periods overlap." },
  "register.appointmentsRequired": { az: "Ən azı bir təyinat daxil edilməlidir.", en: "Enter at least one appointment." },
  "register.classification": { az: "Təsnifat 1-dən 7-dək olmalıdır.", en: "The classification must be 1 to 7." },
  "register.gender": { az: "Cinsi: “Kişi” (male) və ya “Qadın” (female).", en: "Gender: “male” or “female” (Kişi / Qadın)." },
  "register.status": {
    az: "Status: stajçı (trainee), sınaq müddəti (probation), qulluq edir (serving) və ya xitam verilib (ended).",
    en: "Status: trainee, probation, serving or ended.",
  },
  "register.educationLevel": { az: "Təhsil səviyyəsi siyahıdakılardan biri olmalıdır.", en: "The education level must be one of the listed ones." },
  "register.finMismatch": { az: "FİN hesabınızdakı FİN ilə eyni olmalıdır: yalnız özünüz barədə sorğu verə bilərsiniz.", en: "The FIN must be the one of your account: you may ask only about yourself." },
  "register.searchOne": { az: "FİN və ya soyad (adla) daxil edin.", en: "Enter a FIN or a surname (with the name)." },
  "register.nameShort": { az: "Soyadın ən azı 2 hərfini daxil edin.", en: "Enter at least 2 letters of the surname." },
  "register.month": { az: "Ay il-ay (YYYY-MM) formatında olmalıdır.", en: "The month must be year-month (YYYY-MM)." },
  "register.periodOrder": { az: "Dövrün sonu başlanğıcından əvvəl ola bilməz.", en: "The period cannot end before it starts." },
  "register.periodLong": { az: "Dövr ən çoxu 120 ay ola bilər.", en: "The period can be at most 120 months." },
  "register.detailsShort": { az: "Sorğunu qısa izah edin (ən azı 10 simvol).", en: "Explain the request briefly (at least 10 characters)." },
  "register.filesRequired": { az: "Əmək kitabçasının surətini yükləyin.", en: "Upload a copy of the labour book." },
  "register.birthFuture": { az: "Doğum tarixi gələcəkdə ola bilməz.", en: "The date of birth cannot be in the future." },
  "register.dateFuture": { az: "Tarix gələcəkdə ola bilməz.", en: "The date cannot be in the future." },
  "register.unknownBody": { az: "Belə dövlət orqanı yoxdur.", en: "There is no such state body." },
  "register.unknownUnit": { az: "Bu dövlət orqanında belə struktur bölmə yoxdur.", en: "The state body has no such unit." },
  "register.identityDiffers": {
    az: "Eyni FİN-in sətirlərində şəxsiyyət məlumatları (ad, soyad, ata adı, cinsi, doğum tarixi) fərqlidir.",
    en: "Rows of the same FIN give different identity data (names, gender, date of birth).",
  },
  "register.columns": { az: "Sətirdəki sütunların sayı başlıqdakından fərqlidir.", en: "The row has a different number of cells than the header." },
});

export const genders = ["male", "female"] as const;
export type Gender = (typeof genders)[number];

/** Lowest to highest: the statistics count a person's highest level. */
export const educationLevels = ["secondary", "vocational", "secondary_special", "bachelor", "master", "doctorate", "other"] as const;
export type EducationLevel = (typeof educationLevels)[number];
/** Order for "highest": "other" (e.g. 5-year or basic higher medical education) ranks with a master's. */
export const educationRank: Record<EducationLevel, number> = { secondary: 1, vocational: 2, secondary_special: 3, bachelor: 4, other: 5, master: 5, doctorate: 6 };

export const appointmentStatuses = ["trainee", "probation", "serving", "ended"] as const;
export type AppointmentStatus = (typeof appointmentStatuses)[number];

export const labels = {
  gender: { male: { az: "Kişi", en: "Male" }, female: { az: "Qadın", en: "Female" } } satisfies Record<Gender, Bilingual>,
  education: {
    secondary: { az: "Ümumi orta", en: "General secondary" },
    vocational: { az: "Peşə", en: "Vocational" },
    secondary_special: { az: "Orta ixtisas", en: "Specialised secondary" },
    bachelor: { az: "Bakalavriat", en: "Bachelor" },
    master: { az: "Magistratura", en: "Master" },
    doctorate: { az: "Doktorantura", en: "Doctorate" },
    other: { az: "Digər (ali)", en: "Other (higher)" },
    none: { az: "Göstərilməyib", en: "Not given" },
  } satisfies Record<EducationLevel | "none", Bilingual>,
  status: {
    trainee: { az: "Stajçı", en: "Trainee" },
    probation: { az: "Sınaq müddətində", en: "On probation" },
    serving: { az: "Qulluq keçir", en: "Serving" },
    ended: { az: "Dövlət qulluğuna xitam verilib", en: "Service ended" },
  } satisfies Record<AppointmentStatus, Bilingual>,
};

/** Words a CSV may use for a value, besides its code (the Commission's spreadsheets are in Azerbaijani). */
export const csvSynonyms = {
  gender: { kişi: "male", kisi: "male", qadın: "female", qadin: "female", m: "male", f: "female" } as Record<string, Gender>,
  status: { stajçı: "trainee", stajci: "trainee", "sınaq müddəti": "probation", "sinaq muddeti": "probation", "qulluq keçir": "serving", "qulluq edir": "serving", "xitam verilib": "ended" } as Record<string, AppointmentStatus>,
  education: { "ümumi orta": "secondary", orta: "secondary", peşə: "vocational", "orta ixtisas": "secondary_special", bakalavriat: "bachelor", magistratura: "master", doktorantura: "doctorate", digər: "other" } as Record<string, EducationLevel>,
};

export interface Education {
  level: EducationLevel;
  institution: string;
  specialty: string;
  graduationYear?: number;
}

export interface Appointment {
  stateBodyId: string;
  unitId: string;
  position: string;
  classification: number;
  rank: string;
  startDate: string;
  endDate?: string;
  status: AppointmentStatus;
  endGround?: string;
}

/** A person's register record as the Commission keeps it. */
export interface PersonData {
  fin: string;
  lastName: string;
  firstName: string;
  patronymic: string;
  gender: Gender;
  birthDate: string;
  education: Education[];
  appointments: Appointment[];
}

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optional = <S extends z.ZodType>(schema: S) => z.preprocess(blankToUndefined, schema.optional());

export const educationSchema = z
  .object({
    level: z.enum(educationLevels, { error: registerRules["register.educationLevel"] }),
    institution: requiredText(200),
    specialty: text(200).default(""),
    graduationYear: optional(z.coerce.number().int().min(1940).max(2100)),
  })
  .strict();

export const appointmentSchema = z
  .object({
    stateBodyId: slug,
    unitId: slug,
    position: requiredText(200),
    classification: z.coerce.number({ error: registerRules["register.classification"] }).int({ error: registerRules["register.classification"] }).min(1, { error: registerRules["register.classification"] }).max(7, { error: registerRules["register.classification"] }),
    rank: text(100).default(""),
    startDate: isoDate,
    endDate: optional(isoDate),
    status: z.enum(appointmentStatuses, { error: registerRules["register.status"] }),
    endGround: optional(requiredText(300)),
  })
  .strict();

/**
 * A person's record, with every rule a register record must meet. `today` is the Baku date: no
 * date may be in the future.
 */
export const personSchema = (opts: { today: string }) =>
  z
    .object({
      fin,
      lastName: requiredText(100),
      firstName: requiredText(100),
      patronymic: text(100).default(""),
      gender: z.enum(genders, { error: registerRules["register.gender"] }),
      birthDate: isoDate,
      education: z.array(educationSchema).max(10).default([]),
      appointments: z.array(appointmentSchema).max(50),
    })
    .strict()
    .superRefine((p, ctx) => {
      const issue = (path: (string | number)[], key: string) => ctx.addIssue({ code: "custom", path, message: key });
      if (p.birthDate > opts.today) issue(["birthDate"], registerRules["register.birthFuture"]);
      if (p.appointments.length === 0) issue(["appointments"], registerRules["register.appointmentsRequired"]);
      const adult = `${String(Number(p.birthDate.slice(0, 4)) + 16).padStart(4, "0")}${p.birthDate.slice(4)}`;
      let current = 0;
      p.appointments.forEach((a, i) => {
        if (a.status === "ended") {
          if (!a.endDate) issue(["appointments", i, "endDate"], registerRules["register.endRequired"]);
          if (!a.endGround) issue(["appointments", i, "endGround"], registerRules["register.endRequired"]);
        } else {
          current++;
          if (a.endDate) issue(["appointments", i, "endDate"], registerRules["register.endForbidden"]);
          if (a.endGround) issue(["appointments", i, "endGround"], registerRules["register.endForbidden"]);
          if (current > 1) issue(["appointments", i, "status"], registerRules["register.oneCurrent"]);
        }
        if (a.endDate && a.endDate < a.startDate) issue(["appointments", i, "endDate"], registerRules["register.endBeforeStart"]);
        if (a.startDate > opts.today) issue(["appointments", i, "startDate"], registerRules["register.dateFuture"]);
        if (a.endDate && a.endDate > opts.today) issue(["appointments", i, "endDate"], registerRules["register.dateFuture"]);
        if (a.startDate < adult) issue(["appointments", i, "startDate"], registerRules["register.startBeforeAdult"]);
      });
      // One post at a time: no two periods overlap (an open one runs to today).
      const sorted = p.appointments.map((a, i) => ({ a, i })).sort((x, y) => (x.a.startDate < y.a.startDate ? -1 : 1));
      for (let k = 1; k < sorted.length; k++) {
        const prev = sorted[k - 1].a;
        if ((prev.endDate ?? "9999-12-31") >= sorted[k].a.startDate) issue(["appointments", sorted[k].i, "startDate"], registerRules["register.overlap"]);
      }
    });

/** Appointments in date order, education by level: the stored order, so equal records hash alike. */
export function normalisePerson(p: PersonData): PersonData {
  return {
    fin: p.fin,
    lastName: p.lastName,
    firstName: p.firstName,
    patronymic: p.patronymic,
    gender: p.gender,
    birthDate: p.birthDate,
    education: [...p.education]
      .map((e) => ({ level: e.level, institution: e.institution, specialty: e.specialty, ...(e.graduationYear ? { graduationYear: e.graduationYear } : {}) }))
      .sort((a, b) => educationRank[a.level] - educationRank[b.level] || (a.graduationYear ?? 0) - (b.graduationYear ?? 0) || a.institution.localeCompare(b.institution)),
    appointments: [...p.appointments]
      .map((a) => ({
        stateBodyId: a.stateBodyId,
        unitId: a.unitId,
        position: a.position,
        classification: a.classification,
        rank: a.rank,
        startDate: a.startDate,
        ...(a.endDate ? { endDate: a.endDate } : {}),
        status: a.status,
        ...(a.endGround ? { endGround: a.endGround } : {}),
      }))
      .sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0)),
  };
}

/** Names compared without case or Azerbaijani letters: `Hüseynov Elvin` → `huseynov elvin`. */
export function normaliseName(s: string): string {
  const map: Record<string, string> = { ə: "e", ı: "i", i̇: "i", ö: "o", ü: "u", ş: "s", ç: "c", ğ: "g" };
  return s
    .toLocaleLowerCase("az")
    .replace(/[əıöüşçğ]/g, (c) => map[c] ?? c)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z\s-]/g, "")
    .replace(/[\s-]+/g, " ")
    .trim();
}

// ---- HR officer: search and statistics ----

export const searchSchema = z
  .object({
    fin: optional(fin),
    name: optional(text(100).pipe(z.string().refine((s) => normaliseName(s).length >= 2, { error: registerRules["register.nameShort"] }))),
    cursor: optional(z.string().max(1024)),
    limit: z.coerce.number().int().min(1).max(50).default(20),
  })
  .strict()
  .refine((q) => q.fin || q.name, { error: registerRules["register.searchOne"], path: ["fin"] });

export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: registerRules["register.month"] });

export const monthsBetween = (from: string, to: string) => (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));

export const statsQuerySchema = z
  .object({ from: optional(month), to: optional(month) })
  .strict()
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.to < q.from) ctx.addIssue({ code: "custom", path: ["to"], message: registerRules["register.periodOrder"] });
    else if (q.from && q.to && monthsBetween(q.from, q.to) >= 120) ctx.addIssue({ code: "custom", path: ["to"], message: registerRules["register.periodLong"] });
  });

export const ageBands = [
  { id: "under30", min: 0, max: 30, label: { az: "30 yaşadək", en: "Under 30" } },
  { id: "30-39", min: 30, max: 40, label: { az: "30–39 yaş", en: "30–39" } },
  { id: "40-49", min: 40, max: 50, label: { az: "40–49 yaş", en: "40–49" } },
  { id: "50-59", min: 50, max: 60, label: { az: "50–59 yaş", en: "50–59" } },
  { id: "60plus", min: 60, max: 200, label: { az: "60 yaş və yuxarı", en: "60 and over" } },
] as const;

/** Length of civil service, in completed years (the seniority-bonus brackets of service 5 and one more). */
export const serviceBands = [
  { id: "under1", min: 0, max: 1, label: { az: "1 ilədək", en: "Under 1 year" } },
  { id: "1-5", min: 1, max: 5, label: { az: "1–5 il", en: "1–5 years" } },
  { id: "5-10", min: 5, max: 10, label: { az: "5–10 il", en: "5–10 years" } },
  { id: "10-15", min: 10, max: 15, label: { az: "10–15 il", en: "10–15 years" } },
  { id: "15-20", min: 15, max: 20, label: { az: "15–20 il", en: "15–20 years" } },
  { id: "20plus", min: 20, max: 200, label: { az: "20 il və artıq", en: "20 years and more" } },
] as const;

export const bandOf = <B extends { min: number; max: number }>(bands: readonly B[], years: number): B => bands.find((b) => years >= b.min && years < b.max) ?? bands[0];

// ---- The 7-day request ----

export const requestKinds = ["not_found", "dispute"] as const;
export type RequestKind = (typeof requestKinds)[number];
export const requestKindLabels: Record<RequestKind, Bilingual> = {
  not_found: { az: "Reyestrdə məlumatım tapılmadı", en: "My record was not found in the register" },
  dispute: { az: "Reyestrdəki məlumatlarımla razı deyiləm", en: "I dispute the data of my record" },
};

export const registerRequestSchema = (opts: { today: string }) =>
  z
    .object({
      kind: z.enum(requestKinds),
      fin,
      lastName: requiredText(100),
      firstName: requiredText(100),
      patronymic: text(100).default(""),
      birthDate: isoDate.refine((d) => d <= opts.today, { error: registerRules["register.birthFuture"] }),
      details: text(2000).pipe(z.string().min(10, { error: registerRules["register.detailsShort"] })),
    })
    .strict();
export type RegisterRequestForm = z.infer<ReturnType<typeof registerRequestSchema>>;

export const uploadIdSchema = z.string().regex(/^[0-9a-z]{16}$/, { error: uploadRules["upload.unknown"] });

export const labourBookSchema = z
  .object({ uploadIds: z.array(uploadIdSchema).min(1, { error: registerRules["register.filesRequired"] }).max(10) })
  .strict();

export const askLabourBookSchema = z.object({ message: requiredText(2000) }).strict();

export const answerSchema = z
  .object({ outcome: z.enum(["answered", "refused"]), text: requiredText(4000) })
  .strict();

export const requestStatuses = ["submitted", "documents_requested", "in_review", "answered", "refused"] as const;
export type RegisterRequestStatus = (typeof requestStatuses)[number];

export const queueQuerySchema = z
  .object({
    state: z.enum(["open", "closed"]).default("open"),
    overdue: optional(z.enum(["true", "false"])),
    cursor: optional(z.string().max(1024)),
    limit: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();
