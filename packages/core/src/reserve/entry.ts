/**
 * Service 4 — the reserve list (ehtiyat kadrlar siyahısı). Browser-safe: schemas, types, keys.
 *
 * Key design (no Scan; every search is one partition of an index, read in key order):
 * an entry is stored as a few items under `RESERVE#<id>`, each a full copy of the searchable row:
 *   - `ENTRY`        the entry itself (also the owner's "My requests" item, byOwner)
 *   - `IDX#ALL`      every entry
 *   - `IDX#SPEC#<c>` one per specialty code of the person's diplomas
 * Each copy sits in two index partitions named after its scope and status:
 *   byQueue `RSVD#<status>#<scope>` sorted by `<enteredOn>#<id>`       (sort by date of entry)
 *   byBody  `RSVS#<status>#<scope>` sorted by `<score>#<enteredOn>#<id>` (sort by test score)
 * where scope is `CLS#<5|6|7>` (ENTRY), `ALL`, or `SPEC#<code>`. A search picks the narrowest
 * partition its criteria allow (specialty, else classification, else all), narrows it by key range
 * where it can (date of entry, minimum score), filters the other criteria inside that partition
 * (the reserve of one classification or specialty is small) and pages with its own cursor (the
 * last sort key it examined). Leaving the reserve moves every copy to the `left_reserve` partitions.
 */
import * as z from "zod";
import type { Bilingual } from "../errors.js";
import type { StoredRecord } from "../ports/store.js";
import type { RequestSummary } from "../records/history.js";
import { email, isoDate, requiredText, text } from "../validation/fields.js";

export const reserveStatuses = ["in_reserve", "left_reserve"] as const;
export type ReserveStatus = (typeof reserveStatuses)[number];
export const leaveReasons = ["appointed_elsewhere", "expired", "withdrawn"] as const;
export type LeaveReason = (typeof leaveReasons)[number];
export const educationLevels = ["bachelor", "master", "doctorate", "other"] as const;

export const leaveReasonText: Record<LeaveReason, Bilingual> = {
  appointed_elsewhere: { az: "Başqa vəzifəyə təyin edilib", en: "Appointed elsewhere" },
  expired: { az: "Ehtiyatda olma müddəti bitib", en: "The reserve term expired" },
  withdrawn: { az: "Öz istəyi ilə çıxıb", en: "Withdrew" },
};

export interface ReserveRow {
  id: string;
  status: ReserveStatus;
  fullName: string;
  email: string;
  classification: number;
  education: { level: string; specialtyCode: string; specialtyName: string }[];
  seniorityYears: number;
  test: { score: number; passMark: number; date: string };
  interview: { date: string; note?: string };
  enteredOn: string;
  /** Where they competed: a competition of the system, or a manual (earlier) entry. */
  origin: { competitionId?: string; positionName?: Bilingual; stateBodyName?: Bilingual; note?: string };
  candidateCode?: string;
  notify: boolean;
  left?: { reason: LeaveReason; on: string; note?: string };
}

export interface ReserveItem extends StoredRecord {
  type: "ReserveEntry" | "ReserveIndex";
  row: ReserveRow;
}

/** The entry itself: the reserve row plus the owner's request summary (when it came from an application). */
export interface ReserveEntryRecord extends ReserveItem, RequestSummary {
  type: "ReserveEntry";
  service: 4;
  ownerSub?: string;
  applicationId?: string;
  enteredBy: string;
}

export const reserveKey = (id: string) => ({ pk: `RESERVE#${id}`, sk: "ENTRY" });

/** The index attributes of one copy of an entry, for its scope. */
export function reserveIndexAttrs(row: ReserveRow, scope: string) {
  const score = String(Math.round(row.test.score * 100)).padStart(5, "0");
  return {
    byQueuePk: `RSVD#${row.status}#${scope}`,
    byQueueSk: `${row.enteredOn}#${row.id}`,
    byBodyPk: `RSVS#${row.status}#${scope}`,
    byBodySk: `${score}#${row.enteredOn}#${row.id}`,
  };
}

export const scoreKey = (score: number) => String(Math.round(score * 100)).padStart(5, "0");

const specialtyCode = z.string().trim().toUpperCase().regex(/^[A-Z]{0,3}\d{4,8}$/, { error: "specialtyCode.format" });
const score = z.coerce.number().min(0).max(100);

export const reserveSorts = ["entered_desc", "entered_asc", "score_desc", "score_asc"] as const;

/** An HR officer's search: any of the fields, combined. */
export const reserveSearchSchema = z
  .object({
    classification: z.coerce.number().pipe(z.union([z.literal(5), z.literal(6), z.literal(7)], { error: "classification.range" })).optional(),
    specialty: specialtyCode.optional(),
    level: z.enum(educationLevels).optional(),
    minSeniority: z.coerce.number().int().min(0).max(60).optional(),
    minScore: score.optional(),
    enteredFrom: isoDate.optional(),
    enteredTo: isoDate.optional(),
    name: text(100).optional(),
    status: z.enum(reserveStatuses).default("in_reserve"),
    sort: z.enum(reserveSorts).default("entered_desc"),
    limit: z.coerce.number().int().min(1).max(50).default(20),
    cursor: z.string().max(512).optional(),
  })
  .strict()
  .refine((q) => !q.enteredFrom || !q.enteredTo || q.enteredFrom <= q.enteredTo, { path: ["enteredTo"], error: "reserve.range" });
export type ReserveSearch = z.infer<typeof reserveSearchSchema>;

const educationEntry = z.object({ level: z.enum(educationLevels), specialtyCode, specialtyName: requiredText(300) }).strict();

/** Officer action: a candidate of this system (by candidate code), or a person of an earlier competition typed in. */
export const enterReserveSchema = z.discriminatedUnion("source", [
  z.object({ source: z.literal("application"), candidateCode: z.string().trim().toUpperCase().regex(/^NK-[0-9A-Z]{10}$/, { error: "reserve.candidateCode" }) }).strict(),
  z
    .object({
      source: z.literal("manual"),
      fullName: requiredText(200),
      email,
      classification: z.union([z.literal(5), z.literal(6), z.literal(7)], { error: "classification.range" }),
      education: z.array(educationEntry).min(1).max(3),
      seniorityYears: z.number().int().min(0).max(60),
      test: z.object({ score, passMark: score, date: isoDate }).strict(),
      interview: z.object({ date: isoDate, note: text(1000).optional() }).strict(),
      competition: requiredText(300),
      enteredOn: isoDate,
      /** The person's written consent to be told of matching vacancies, confirmed by the officer. */
      consent: z.literal(true, { error: "reserve.consent" }),
    })
    .strict(),
]);

export const leaveReserveSchema = z.object({ reason: z.enum(leaveReasons), on: isoDate, note: text(1000).optional() }).strict();
export const appointmentsSchema = z.object({ appointed: z.array(z.string().trim().toUpperCase().regex(/^NK-[0-9A-Z]{10}$/, { error: "reserve.candidateCode" })).max(500) }).strict();
export const consentSchema = z.object({ notify: z.boolean() }).strict();
export const entryIdSchema = z.object({ entryId: z.string().regex(/^[0-9a-f]{20}$/, { error: "reserve.entryId" }) }).strict();

export const reserveRuleMessages: Record<string, Bilingual> = {
  "reserve.range": { az: "Dövrün sonu başlanğıcından əvvəl ola bilməz.", en: "The end of the period cannot be before its start." },
  "reserve.candidateCode": { az: "Namizədin şəxsi kodu düzgün deyil (məs. NK-7K3F9Q2M4A).", en: "The candidate's personal code is not valid (e.g. NK-7K3F9Q2M4A)." },
  "reserve.consent": { az: "Şəxsin uyğun vakansiyalar barədə e-poçtla məlumatlandırılmağa razılığı təsdiq edilməlidir.", en: "Confirm the person's consent to be e-mailed about matching vacancies." },
  "reserve.entryId": { az: "Ehtiyat qeydinin identifikatoru düzgün deyil.", en: "The reserve entry id is not valid." },
};

/** Does a reserve row match a vacancy (classification, education level, specialty, seniority)? */
export function matchesVacancy(
  row: Pick<ReserveRow, "classification" | "education" | "seniorityYears">,
  v: { classification: number; education: { levels: readonly string[]; specialties: readonly { code: string }[] }; seniority?: { totalYears?: number } },
): boolean {
  if (row.classification !== v.classification) return false;
  if (!row.education.some((e) => v.education.levels.includes(e.level))) return false;
  if (v.education.specialties.length && !row.education.some((e) => v.education.specialties.some((s) => s.code === e.specialtyCode))) return false;
  if ((v.seniority?.totalYears ?? 0) > row.seniorityYears) return false;
  return true;
}
