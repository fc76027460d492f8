import * as z from "zod";
import type { Bilingual } from "../errors.js";
import type { StoredRecord } from "../ports/store.js";
import { addCalendarDays, bakuStartOfDay } from "../time/baku.js";
import { bilingualText } from "../validation/bilingual.js";
import { isoDate, requiredText, slug } from "../validation/fields.js";

export const educationLevels = ["bachelor", "master", "doctorate", "other"] as const;
export type EducationLevel = (typeof educationLevels)[number];

/** Days the application window stays open, counting the announcement day as day 0. */
export const APPLICATION_WINDOW_DAYS = 30;

export const vacancyInputSchema = z
  .object({
    positionCode: z.string().trim().toUpperCase().regex(/^[0-9A-Z][0-9A-Z.-]{2,19}$/, { error: "positionCode.format" }),
    stateBodyId: slug,
    unitId: slug,
    positionName: bilingualText(200),
    classification: z.union([z.literal(5), z.literal(6), z.literal(7)], { error: "classification.range" }),
    places: z.number().int().min(1).max(100),
    education: z
      .object({
        levels: z.array(z.enum(educationLevels)).min(1).max(4),
        /** Empty: any specialty. */
        specialties: z
          .array(z.object({ code: z.string().trim().toUpperCase().regex(/^[A-Z]{0,3}\d{4,8}$/, { error: "specialtyCode.format" }), name: requiredText(200) }).strict())
          .max(50),
      })
      .strict(),
    seniority: z
      .object({
        totalYears: z.number().int().min(0).max(40).optional(),
        fieldYears: z.number().int().min(0).max(40).optional(),
        specialtyYears: z.number().int().min(0).max(40).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export const announceCompetitionSchema = z
  .object({
    title: bilingualText(200),
    announcedOn: isoDate,
    autoAdmit: z.boolean().default(false),
    vacancies: z
      .array(vacancyInputSchema)
      .min(1, { error: "vacancies.none" })
      .max(50)
      .refine((vs) => new Set(vs.map((v) => v.positionCode)).size === vs.length, { error: "vacancies.duplicateCode" }),
  })
  .strict();

export type AnnounceCompetitionInput = z.infer<typeof announceCompetitionSchema>;

export interface Vacancy extends Omit<z.infer<typeof vacancyInputSchema>, "seniority"> {
  id: string;
  stateBodyName: Bilingual;
  unitName: Bilingual;
  seniority?: { totalYears?: number; fieldYears?: number; specialtyYears?: number };
}

export interface Competition {
  id: string;
  title: Bilingual;
  announcedOn: string;
  /** The instant the window closes: the start of day 31 in Baku (day 30 is the last day to apply). */
  closesAt: string;
  status: "open" | "closed";
  autoAdmit: boolean;
  vacancies: Vacancy[];
}

export interface CompetitionRecord extends StoredRecord, Competition {
  type: "Competition";
  announcedBy: string;
  createdAt: string;
  closedAt?: string;
}

export const COMPETITIONS = "COMPETITIONS";
export const competitionKey = (id: string) => ({ pk: COMPETITIONS, sk: `COMP#${id}` });

export function windowClosesAt(announcedOn: string): Date {
  return bakuStartOfDay(addCalendarDays(announcedOn, APPLICATION_WINDOW_DAYS + 1));
}

/** Open means: announced, not closed by the timer, and not past the close even if the timer is late. */
export function isWindowOpen(c: Pick<Competition, "status" | "closesAt" | "announcedOn">, now: Date): boolean {
  return c.status === "open" && now.getTime() < Date.parse(c.closesAt) && now.getTime() >= bakuStartOfDay(c.announcedOn).getTime();
}

/** What the public sees: the status reflects the clock even before the timer has fired. */
export function publicView(r: CompetitionRecord, now: Date): Competition {
  return {
    id: r.id,
    title: r.title,
    announcedOn: r.announcedOn,
    closesAt: r.closesAt,
    status: isWindowOpen(r, now) ? "open" : "closed",
    autoAdmit: r.autoAdmit,
    vacancies: r.vacancies,
  };
}
