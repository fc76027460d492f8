/**
 * Service 2 — competition (test) and interview results. Browser-safe: schemas, types, keys and
 * labels only (no node modules), so the web imports the same schemas the Lambdas parse with.
 */
import * as z from "zod";
import type { VacancySnapshot } from "../applications/application.js";
import type { Bilingual } from "../errors.js";
import type { StoredRecord } from "../ports/store.js";
import type { RequestSummary } from "../records/history.js";
import { isoDate, slug, text } from "../validation/fields.js";

export const interviewOutcomes = ["passed", "not_passed", "absent"] as const;
export type InterviewOutcome = (typeof interviewOutcomes)[number];

export interface TestResult {
  score: number;
  passMark: number;
  passed: boolean;
  date: string;
  recordedBy: string;
  recordedAt: string;
}

export interface InterviewResult {
  outcome: InterviewOutcome;
  date: string;
  /** The interview board's note. */
  note?: string;
  recordedBy: string;
  recordedAt: string;
}

/**
 * One candidate's results in one application. Keyed under its owner (the candidate lists theirs
 * with one query on the table), reachable by the state body's HR officers (byBody) and by
 * competition for the Commission (byQueue); it is also a service-2 entry of "My requests" (byOwner).
 */
export interface ResultRecord extends StoredRecord, RequestSummary {
  type: "Result";
  service: 2;
  applicationId: string;
  ownerSub: string;
  ownerEmail: string;
  candidateCode: string;
  candidateName: string;
  /** From the application: used by the reserve (education, specialty, seniority). */
  education: { level: string; specialtyCode: string; specialtyName: string }[];
  seniorityYears: number;
  vacancy: VacancySnapshot;
  test?: TestResult;
  interview?: InterviewResult;
  /** Set when the competition's appointments are recorded. */
  appointed?: boolean;
  reserveEntryId?: string;
  /** Set when the person leaves the reserve (the entry keeps the reason). */
  reserveLeftOn?: string;
}

export const resultKey = (ownerSub: string, applicationId: string) => ({ pk: `RESULTS#${ownerSub}`, sk: `RESULT#${applicationId}` });

export const resultIndexes = (r: Pick<ResultRecord, "vacancy" | "applicationId">) => ({
  byBodyPk: `BODYRES#${r.vacancy.stateBodyId}`,
  byBodySk: `${r.vacancy.competitionId}#${r.vacancy.vacancyId}#${r.applicationId}`,
  byQueuePk: `RESQ#${r.vacancy.competitionId}`,
  byQueueSk: `${r.vacancy.vacancyId}#${r.applicationId}`,
});

/** The request status a candidate reads in "My requests" (names in requests/status-text.ts). */
export function resultStatus(r: Pick<ResultRecord, "test" | "interview" | "appointed">): string {
  if (r.appointed) return "appointed";
  if (r.interview) return `interview_${r.interview.outcome}`;
  if (r.test) return r.test.passed ? "test_passed" : "test_failed";
  return "admitted";
}

export const outcomeText: Record<InterviewOutcome, Bilingual> = {
  passed: { az: "Müsahibədən keçib", en: "Passed the interview" },
  not_passed: { az: "Müsahibədən keçməyib", en: "Did not pass the interview" },
  absent: { az: "Müsahibəyə gəlməyib", en: "Absent from the interview" },
};

const score = z.coerce.number({ error: "results.score" }).min(0, { error: "results.score" }).max(100, { error: "results.score" });

/** One test result typed by an officer. `passed` is derived from the score and the pass mark; if given it must agree. */
export const testResultSchema = z
  .object({
    score,
    passMark: score,
    passed: z.boolean().optional(),
    date: isoDate,
  })
  .strict();

export const interviewResultSchema = z
  .object({
    outcome: z.enum(interviewOutcomes),
    date: isoDate,
    note: text(1000).optional(),
  })
  .strict();

export const importKinds = ["test", "interview"] as const;
export type ImportKind = (typeof importKinds)[number];

/** The largest CSV file one import accepts (rows after the header). */
export const MAX_IMPORT_ROWS = 500;

export const importSchema = z
  .object({
    competitionId: slug,
    kind: z.enum(importKinds),
    /** The CSV text: a header line, then one row per candidate. */
    csv: z.string().min(1).max(200_000),
  })
  .strict();

export const candidateCodePattern = /^NK-[0-9A-HJKMNP-TV-Z]{10}$/;

const yesNo = z.enum(["passed", "failed", "none"]);
export const hrResultsQuerySchema = z
  .object({
    competitionId: slug.optional(),
    vacancyId: slug.optional(),
    test: yesNo.optional(),
    interview: z.enum([...interviewOutcomes, "none"]).optional(),
    cursor: z.string().max(1024).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict()
  .refine((q) => !q.vacancyId || q.competitionId, { path: ["competitionId"], error: "results.competitionForVacancy" });

export const officerResultsQuerySchema = z
  .object({
    competitionId: slug,
    vacancyId: slug.optional(),
    cursor: z.string().max(1024).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .strict();

export const applicationIdSchema = z.object({ applicationId: z.string().regex(/^[0-9a-f]{24}$/, { error: "results.applicationId" }) }).strict();

/** Bilingual texts of the rules above (the shared rule table names only generic rules). */
export const resultRuleMessages: Record<string, Bilingual> = {
  "results.score": { az: "Bal 0 ilə 100 arasında ədəd olmalıdır.", en: "The score must be a number from 0 to 100." },
  "results.competitionForVacancy": { az: "Vakansiya üzrə süzgəc üçün müsabiqə də seçilməlidir.", en: "Choose the competition to filter by a vacancy." },
  "results.applicationId": { az: "Müraciətin identifikatoru düzgün deyil.", en: "The application id is not valid." },
};

/** The view of a result, the same for the candidate, the HR officer and the Commission. */
export function resultView(r: ResultRecord) {
  return {
    applicationId: r.applicationId,
    number: r.number,
    candidateCode: r.candidateCode,
    candidateName: r.candidateName,
    vacancy: r.vacancy,
    test: r.test ? { score: r.test.score, passMark: r.test.passMark, passed: r.test.passed, date: r.test.date } : null,
    interview: r.interview ? { outcome: r.interview.outcome, date: r.interview.date, note: r.interview.note ?? "" } : null,
    appointed: r.appointed ?? false,
    /** Entered the reserve from this competition (even if they left it since). */
    reserveEntered: !!r.reserveEntryId,
    /** On the reserve list now. */
    inReserve: !!r.reserveEntryId && !r.reserveLeftOn,
    reserveLeftOn: r.reserveLeftOn ?? null,
    status: r.status,
    updatedAt: r.updatedAt,
  };
}
export type ResultView = ReturnType<typeof resultView>;
