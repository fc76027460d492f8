/**
 * The admin's form of one person's register record. The browser validates with the very schema the
 * Lambda parses with (`personSchema` of packages/core), plus the Lambda's own check that every
 * appointment names a known state body and one of its units (same rule texts). The form holds
 * what was typed (dates as gün.ay.il, numbers as text); `preparePerson` turns it into the API's
 * `person` with the same field paths, so the schema's issues land beside the right fields.
 */
import { personSchema, registerRules, type PersonData } from "@exidmet/core/register/model";
import type { StateBody } from "../../api/types";
import { formatDate, parseDate } from "../../lib/format";

export interface EducationForm {
  level: string;
  institution: string;
  specialty: string;
  graduationYear: string;
}

export interface AppointmentForm {
  stateBodyId: string;
  unitId: string;
  position: string;
  classification: string;
  rank: string;
  startDate: string;
  endDate: string;
  status: string;
  endGround: string;
}

export interface PersonForm {
  fin: string;
  lastName: string;
  firstName: string;
  patronymic: string;
  gender: string;
  birthDate: string;
  education: EducationForm[];
  appointments: AppointmentForm[];
}

export const MAX_EDUCATION = 10;
export const MAX_APPOINTMENTS = 50;

export const emptyEducation = (): EducationForm => ({ level: "", institution: "", specialty: "", graduationYear: "" });
export const emptyAppointment = (): AppointmentForm => ({ stateBodyId: "", unitId: "", position: "", classification: "", rank: "", startDate: "", endDate: "", status: "", endGround: "" });

/** The form's values for a stored record (or a new person, with a FIN given in the address). */
export function toPersonForm(p: PersonData | null, fin = ""): PersonForm {
  if (!p) return { fin, lastName: "", firstName: "", patronymic: "", gender: "", birthDate: "", education: [], appointments: [emptyAppointment()] };
  return {
    fin: p.fin,
    lastName: p.lastName,
    firstName: p.firstName,
    patronymic: p.patronymic,
    gender: p.gender,
    birthDate: formatDate(p.birthDate),
    education: p.education.map((e) => ({ level: e.level, institution: e.institution, specialty: e.specialty, graduationYear: e.graduationYear ? String(e.graduationYear) : "" })),
    appointments: p.appointments.map((a) => ({
      stateBodyId: a.stateBodyId,
      unitId: a.unitId,
      position: a.position,
      classification: String(a.classification),
      rank: a.rank,
      startDate: formatDate(a.startDate),
      endDate: formatDate(a.endDate),
      status: a.status,
      endGround: a.endGround ?? "",
    })),
  };
}

/** Typed values → the API's `person` (same paths); the schema then judges them. */
export function preparePerson(v: PersonForm) {
  return {
    fin: v.fin,
    lastName: v.lastName,
    firstName: v.firstName,
    patronymic: v.patronymic,
    gender: v.gender || undefined,
    birthDate: parseDate(v.birthDate),
    education: (v.education ?? []).map((e) => ({ level: e.level || undefined, institution: e.institution, specialty: e.specialty, graduationYear: e.graduationYear })),
    appointments: (v.appointments ?? []).map((a) => ({
      stateBodyId: a.stateBodyId,
      unitId: a.unitId,
      position: a.position,
      classification: a.classification,
      rank: a.rank,
      startDate: parseDate(a.startDate),
      endDate: parseDate(a.endDate),
      status: a.status || undefined,
      endGround: a.endGround,
    })),
  };
}

/** `personSchema` and the use case's state-body check (packages/core/src/register/admin-usecases.ts). */
export const personFormSchema = (today: string, bodies: readonly StateBody[]) =>
  personSchema({ today }).superRefine((p, ctx) => {
    p.appointments.forEach((a, i) => {
      const body = bodies.find((b) => b.id === a.stateBodyId);
      if (!body) ctx.addIssue({ code: "custom", path: ["appointments", i, "stateBodyId"], message: registerRules["register.unknownBody"] });
      else if (!body.units.some((u) => u.id === a.unitId)) ctx.addIssue({ code: "custom", path: ["appointments", i, "unitId"], message: registerRules["register.unknownUnit"] });
    });
  });

/** The server reports the record's fields under `person.`; the form's fields have no prefix. */
export const personField = (path: string) => path.replace(/^person\./, "");
