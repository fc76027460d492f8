/**
 * Service 2 use cases: the IT sector records test and interview results (one by one or by CSV
 * import); the candidate reads their own; an HR officer reads their own state body's.
 */
import { createHash } from "node:crypto";
import * as z from "zod";
import { applicationKey, candidateCodeKey, type ApplicationRecord } from "../applications/application.js";
import { auditEntry } from "../audit/audit.js";
import type { Needs } from "../context.js";
import { AppError, errors, type Bilingual, type FieldIssue } from "../errors.js";
import { commitAndDeliver, enqueueEmail } from "../notifications/outbox.js";
import type { Principal } from "../principal.js";
import { ConditionFailed, type Key, type Write } from "../ports/store.js";
import { ownerIndex } from "../records/history.js";
import { requestNumber, stableHash } from "../records/ids.js";
import { bakuDate } from "../time/baku.js";
import { isRealIsoDate } from "../validation/fields.js";
import { ruleMessages } from "../validation/messages.js";
import { csvDocument, parseCsv } from "./csv.js";
import { resultMessages } from "./messages.js";
import { parseWith } from "./parse.js";
import {
  applicationIdSchema,
  candidateCodePattern,
  hrResultsQuerySchema,
  type ImportKind,
  importSchema,
  interviewOutcomes,
  type InterviewOutcome,
  interviewResultSchema,
  MAX_IMPORT_ROWS,
  officerResultsQuerySchema,
  outcomeText,
  resultIndexes,
  resultKey,
  type ResultRecord,
  resultRuleMessages,
  resultStatus,
  resultView,
  testResultSchema,
} from "./result.js";

type Officer = { username: string };
type Citizen = Extract<Principal, { kind: "citizen" }>;
type Hr = { username: string; stateBody?: string };
type Ctx = Needs<"store" | "clock" | "mailer" | "webOrigin">;

const fullName = (a: ApplicationRecord) => (a.form ? `${a.form.citizen.lastName} ${a.form.citizen.firstName} ${a.form.citizen.patronymic}` : "");

const conflict = (code: string, text: Bilingual) => errors.conflict(code, text);
const notAdmitted = () =>
  errors.refused("not_admitted", {
    az: "Nəticə yalnız test imtahanı mərhələsinə buraxılmış namizəd üçün qeyd edilə bilər.",
    en: "Results can be recorded only for a candidate admitted to the test stage.",
  });
const testNotPassed = () =>
  errors.refused("test_not_passed", {
    az: "Müsahibənin nəticəsi yalnız test imtahanından keçmiş namizəd üçün qeyd edilə bilər.",
    en: "An interview result can be recorded only for a candidate who passed the test.",
  });

/** The facts the candidate reads at a glance in "My requests". */
function factsOf(r: ResultRecord): ResultRecord["facts"] {
  const facts: NonNullable<ResultRecord["facts"]> = [{ label: { az: "Namizədin şəxsi kodu", en: "Candidate's personal code" }, value: r.candidateCode }];
  if (r.test) facts.push({ label: { az: "Test imtahanı (bal / keçid balı)", en: "Test exam (score / pass mark)" }, value: `${r.test.score} / ${r.test.passMark}` });
  if (r.interview) facts.push({ label: { az: "Müsahibə", en: "Interview" }, value: `${outcomeText[r.interview.outcome].az} / ${outcomeText[r.interview.outcome].en} (${r.interview.date})` });
  return facts;
}

function newResult(app: ApplicationRecord, now: Date): ResultRecord {
  const at = now.toISOString();
  const form = app.form;
  const base = {
    ...resultKey(app.ownerSub, app.id),
    type: "Result" as const,
    version: 0,
    id: app.id,
    service: 2 as const,
    number: requestNumber(2, bakuDate(now)),
    title: { az: `Müsabiqə və müsahibə nəticələri: ${app.vacancy.positionName.az} — ${app.vacancy.stateBodyName.az}`, en: `Competition and interview results: ${app.vacancy.positionName.en} — ${app.vacancy.stateBodyName.en}` },
    status: "admitted",
    applicationId: app.id,
    ownerSub: app.ownerSub,
    ownerEmail: form?.contact.email ?? app.ownerEmail,
    candidateCode: app.candidateCode ?? "",
    candidateName: fullName(app),
    education: (form?.education ?? []).map((e) => ({ level: e.level, specialtyCode: e.specialtyCode, specialtyName: e.specialtyName })),
    seniorityYears: form?.employment.seniority.total?.years ?? 0,
    vacancy: app.vacancy,
    createdAt: at,
    updatedAt: at,
    history: [],
    link: "/results/mine",
    ...ownerIndex(app.ownerSub, at, app.id),
  };
  return { ...base, ...resultIndexes(base) };
}

type Change = { kind: "test"; test: NonNullable<ResultRecord["test"]> } | { kind: "interview"; interview: NonNullable<ResultRecord["interview"]> };

/** The next version of a result with one change applied, its e-mail and the write (conditional). */
function applyChange(app: ApplicationRecord, existing: ResultRecord | undefined, change: Change, actor: string, now: Date, webOrigin: string): { next: ResultRecord; writes: Write[] } {
  const base = existing ?? newResult(app, now);
  const at = now.toISOString();
  const next: ResultRecord = { ...base, ...(change.kind === "test" ? { test: change.test } : { interview: change.interview }), updatedAt: at, version: base.version + 1 };
  next.status = resultStatus(next);
  next.history = [...base.history, { at, status: next.status, actor }];
  next.facts = factsOf(next);
  const message = change.kind === "test" ? resultMessages.test(next, webOrigin) : resultMessages.interview(next, webOrigin);
  return {
    next,
    writes: [
      { op: "put", record: next, condition: existing ? { kind: "versionIs", version: existing.version } : { kind: "notExists" } },
      enqueueEmail({ to: next.ownerEmail, now, dedupeKey: `result:${app.id}:${change.kind}:v${next.version}`, message }),
    ],
  };
}

async function loadApplication(ctx: Needs<"store">, rawId: unknown): Promise<ApplicationRecord> {
  const { applicationId } = parseWith(applicationIdSchema, { applicationId: rawId }, resultRuleMessages);
  const app = await ctx.store.get<ApplicationRecord>(applicationKey(applicationId));
  if (!app) throw errors.notFound({ az: "Müraciət", en: "The application" });
  if (app.status !== "admitted") throw notAdmitted();
  return app;
}

const issue = (path: string, code: string, text: Bilingual): FieldIssue => ({ path, code, ...text });

/** Row-independent checks of a test result; shared by the one-by-one entry and the import. */
function testIssues(t: { score: number; passMark: number; passed?: boolean; date: string }, today: string, announcedOn: string, prefix = ""): FieldIssue[] {
  const out: FieldIssue[] = [];
  if (t.passed !== undefined && t.passed !== t.score >= t.passMark)
    out.push(issue(`${prefix}passed`, "results.passedMismatch", { az: "“Keçib” dəyəri bal və keçid balına uyğun deyil (bal ≥ keçid balı olmalıdır).", en: "“Passed” does not agree with the score and the pass mark (score ≥ pass mark)." }));
  out.push(...dateIssues(t.date, today, announcedOn, prefix));
  return out;
}

function dateIssues(date: string, today: string, announcedOn: string, prefix = ""): FieldIssue[] {
  if (date > today) return [issue(`${prefix}date`, "date.future", ruleMessages["date.future"])];
  if (date < announcedOn)
    return [issue(`${prefix}date`, "results.dateBeforeAnnouncement", { az: `Tarix müsabiqənin elan edildiyi tarixdən (${announcedOn}) əvvəl ola bilməz.`, en: `The date cannot be before the competition was announced (${announcedOn}).` })];
  return [];
}

async function record(ctx: Ctx, officer: Officer, app: ApplicationRecord, build: (existing: ResultRecord | undefined) => Change) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const existing = await ctx.store.get<ResultRecord>(resultKey(app.ownerSub, app.id));
    const change = build(existing);
    const now = ctx.clock.now();
    const { next, writes } = applyChange(app, existing, change, officer.username, now, ctx.webOrigin);
    const all: Write[] = [...writes, auditEntry({ actor: officer.username, action: `results.${change.kind}`, subject: `OWNER#${app.ownerSub}`, at: now, detail: { applicationId: app.id } })];
    if (!(await commitAndDeliver(ctx, all))) continue;
    return resultView(next);
  }
  throw conflict("concurrent_change", { az: "Nəticə eyni vaxtda dəyişdirildi. Yenidən cəhd edin.", en: "The result changed at the same time. Try again." });
}

/** An IT-sector officer records (or corrects) one candidate's test result; the candidate is e-mailed. */
export async function recordTestResult(ctx: Ctx, officer: Officer, rawId: unknown, rawBody: unknown) {
  const input = parseWith(testResultSchema, rawBody ?? {}, resultRuleMessages);
  const app = await loadApplication(ctx, rawId);
  const problems = testIssues(input, bakuDate(ctx.clock.now()), app.vacancy.announcedOn);
  if (problems.length) throw errors.validation(problems);
  const at = ctx.clock.now().toISOString();
  return record(ctx, officer, app, () => ({ kind: "test", test: { score: input.score, passMark: input.passMark, passed: input.score >= input.passMark, date: input.date, recordedBy: officer.username, recordedAt: at } }));
}

/** An IT-sector officer records one candidate's interview result (only after a passed test). */
export async function recordInterviewResult(ctx: Ctx, officer: Officer, rawId: unknown, rawBody: unknown) {
  const input = parseWith(interviewResultSchema, rawBody ?? {}, resultRuleMessages);
  const app = await loadApplication(ctx, rawId);
  const problems = dateIssues(input.date, bakuDate(ctx.clock.now()), app.vacancy.announcedOn);
  if (problems.length) throw errors.validation(problems);
  const at = ctx.clock.now().toISOString();
  return record(ctx, officer, app, (existing) => {
    if (!existing?.test?.passed) throw testNotPassed();
    if (existing.test.date > input.date)
      throw errors.validation([issue("date", "results.interviewBeforeTest", { az: "Müsahibə tarixi test imtahanının tarixindən əvvəl ola bilməz.", en: "The interview cannot be dated before the test." })]);
    return { kind: "interview", interview: { outcome: input.outcome, date: input.date, ...(input.note ? { note: input.note } : {}), recordedBy: officer.username, recordedAt: at } };
  });
}

// ---------------------------------------------------------------------------------------------
// CSV import

const TEST_COLUMNS = ["candidatecode", "score", "passmark", "date"] as const;
const INTERVIEW_COLUMNS = ["candidatecode", "outcome", "date"] as const;
/** Rows per transaction: two writes each (result, e-mail) + the import record ≤ 100 items. */
export const ROWS_PER_TRANSACTION = 48;

const outcomeWords: Record<string, InterviewOutcome> = {
  passed: "passed", "keçib": "passed", "keçdi": "passed",
  not_passed: "not_passed", "keçməyib": "not_passed", "keçmədi": "not_passed", failed: "not_passed",
  absent: "absent", "gəlməyib": "absent", "gəlmədi": "absent",
};
const yesNoWords: Record<string, boolean> = { yes: true, "bəli": true, true: true, "1": true, no: false, xeyr: false, false: false, "0": false };

interface RowIssue {
  line: number;
  reason: Bilingual;
}

interface ValidRow {
  line: number;
  app: ApplicationRecord;
  change: (existing: ResultRecord | undefined, actor: string, at: string) => Change;
}

export interface ImportRecord {
  pk: string;
  sk: string;
  type: "ResultImport";
  version: number;
  id: string;
  competitionId: string;
  kind: ImportKind;
  rows: number;
  chunks: number;
  chunksDone: number;
  status: "in_progress" | "completed";
  createdBy: string;
  createdAt: string;
  completedAt?: string;
  [field: string]: unknown;
}

const importKey = (id: string): Key => ({ pk: `RESIMPORT#${id}`, sk: "IMPORT" });

const num = (s: string) => (/^\d{1,3}([.,]\d{1,2})?$/.test(s) ? Number(s.replace(",", ".")) : NaN);
/** Dates as ISO (2026-11-22) or as people write them (22.11.2026). */
const dateOf = (s: string) => {
  const m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(s);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : s;
};

function rejected(kind: ImportKind, problems: RowIssue[]): AppError {
  const shown = problems.slice(0, 200);
  return errors.refused(
    "import_rejected",
    {
      az: `Fayl qəbul edilmədi: ${problems.length} sətirdə səhv var. Heç bir nəticə yazılmadı; səhvləri düzəldib faylı yenidən yükləyin. (${kind === "test" ? "Test" : "Müsahibə"} nəticələri; bir faylda ən çoxu ${MAX_IMPORT_ROWS} sətir.)`,
      en: `The file was not accepted: ${problems.length} row(s) have errors. No result was written; correct them and upload the file again. (${kind === "test" ? "Test" : "Interview"} results; at most ${MAX_IMPORT_ROWS} rows per file.)`,
    },
    shown.map((p) => ({ path: `line.${p.line}`, code: "results.row", az: `Sətir ${p.line}: ${p.reason.az}`, en: `Line ${p.line}: ${p.reason.en}` })),
  );
}

/**
 * Validates every row of a results file first; any bad row rejects the whole file (422, every bad
 * row with its line and reason, nothing written). A good file is then written in transactions of
 * ROWS_PER_TRANSACTION rows. The import record (id = hash of competition, kind and content) counts
 * the committed chunks in the same transactions, so a retry of the same file resumes where a
 * failure stopped it and a file imported twice is applied once. E-mails go through the outbox and
 * the sweeper (not sent inline: a 500-row file would take too long).
 */
export async function importResults(ctx: Needs<"store" | "clock" | "webOrigin">, officer: Officer, rawBody: unknown) {
  const input = parseWith(importSchema, rawBody ?? {}, resultRuleMessages);
  const digest = createHash("sha256").update(input.csv.replace(/\r\n/g, "\n").trim()).digest("hex");
  const id = stableHash(`${input.competitionId}|${input.kind}|${digest}`, 24);
  const existing = await ctx.store.get<ImportRecord>(importKey(id));
  if (existing?.status === "completed") return { importId: id, status: existing.status, rows: existing.rows, applied: 0, alreadyImported: true };

  const { header, rows } = parseCsv(input.csv);
  const columns = input.kind === "test" ? TEST_COLUMNS : INTERVIEW_COLUMNS;
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length) {
    throw errors.refused("import_header", {
      az: `Faylın ilk sətri sütun adlarıdır və bunlar olmalıdır: ${columns.join(", ")}${input.kind === "test" ? " (istəyə görə: passed)" : " (istəyə görə: note)"}. Çatışmır: ${missing.join(", ")}.`,
      en: `The file's first line names the columns and must have: ${columns.join(", ")}${input.kind === "test" ? " (optional: passed)" : " (optional: note)"}. Missing: ${missing.join(", ")}.`,
    });
  }
  if (rows.length === 0) throw errors.refused("import_empty", { az: "Faylda nəticə sətri yoxdur.", en: "The file has no result rows." });
  if (rows.length > MAX_IMPORT_ROWS) {
    throw errors.refused("import_too_large", {
      az: `Faylda ${rows.length} sətir var; bir faylda ən çoxu ${MAX_IMPORT_ROWS} sətir ola bilər. Faylı hissələrə bölün.`,
      en: `The file has ${rows.length} rows; one file may have at most ${MAX_IMPORT_ROWS}. Split the file.`,
    });
  }
  const col = (name: string) => header.indexOf(name);
  const cell = (r: { cells: string[] }, name: string) => (col(name) >= 0 ? (r.cells[col(name)] ?? "") : "");

  // Look the candidates up: code → application (two batched reads), then their current results.
  const codes = [...new Set(rows.map((r) => cell(r, "candidatecode").toUpperCase()).filter((c) => candidateCodePattern.test(c)))];
  const codeRecords = await ctx.store.getMany<{ pk: string; sk: string; type: string; version: number; applicationId: string }>(codes.map(candidateCodeKey));
  const appIdOf = new Map(codeRecords.map((c) => [c.pk.slice("CANDCODE#".length), c.applicationId]));
  const apps = await ctx.store.getMany<ApplicationRecord>([...new Set(appIdOf.values())].map(applicationKey));
  const appById = new Map(apps.map((a) => [a.id, a]));
  const results = await ctx.store.getMany<ResultRecord>(apps.map((a) => resultKey(a.ownerSub, a.id)));
  const resultByApp = new Map(results.map((r) => [r.applicationId, r]));

  const today = bakuDate(ctx.clock.now());
  const problems: RowIssue[] = [];
  const valid: ValidRow[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const bad = (az: string, en: string) => problems.push({ line: row.line, reason: { az, en } });
    if (row.cells.length !== header.length) {
      bad(`sütunların sayı (${row.cells.length}) başlıqdakı sayla (${header.length}) eyni deyil.`, `the number of cells (${row.cells.length}) differs from the header (${header.length}).`);
      continue;
    }
    const code = cell(row, "candidatecode").toUpperCase();
    if (!candidateCodePattern.test(code)) {
      bad(`namizədin şəxsi kodu düzgün deyil (“${code.slice(0, 20)}”; nümunə: NK-7K3F9Q2M4A).`, `the candidate's personal code is not valid (“${code.slice(0, 20)}”; e.g. NK-7K3F9Q2M4A).`);
      continue;
    }
    if (seen.has(code)) {
      bad(`${code} kodu faylda təkrarlanır (sətir ${seen.get(code)}).`, `the code ${code} repeats in the file (line ${seen.get(code)}).`);
      continue;
    }
    seen.set(code, row.line);
    const app = appById.get(appIdOf.get(code) ?? "");
    if (!app || app.vacancy.competitionId !== input.competitionId) {
      bad(`${code} kodlu namizəd bu müsabiqədə yoxdur.`, `there is no candidate ${code} in this competition.`);
      continue;
    }
    if (app.status !== "admitted") {
      bad(`${code} kodlu namizəd test imtahanı mərhələsinə buraxılmayıb (və ya kənarlaşdırılıb).`, `candidate ${code} is not admitted to the test stage (or was excluded).`);
      continue;
    }
    const date = dateOf(cell(row, "date"));
    if (!isRealIsoDate(date)) {
      bad(`tarix düzgün deyil (“${cell(row, "date").slice(0, 20)}”; İİİİ-AA-GG və ya GG.AA.İİİİ).`, `the date is not valid (“${cell(row, "date").slice(0, 20)}”; YYYY-MM-DD or DD.MM.YYYY).`);
      continue;
    }
    const dateProblem = dateIssues(date, today, app.vacancy.announcedOn)[0];
    if (dateProblem) {
      bad(dateProblem.az, dateProblem.en);
      continue;
    }
    if (input.kind === "test") {
      const score = num(cell(row, "score"));
      const passMark = num(cell(row, "passmark"));
      if (!(score >= 0 && score <= 100)) { bad("bal 0 ilə 100 arasında ədəd olmalıdır.", "the score must be a number from 0 to 100."); continue; }
      if (!(passMark >= 0 && passMark <= 100)) { bad("keçid balı 0 ilə 100 arasında ədəd olmalıdır.", "the pass mark must be a number from 0 to 100."); continue; }
      const passedCell = cell(row, "passed").toLowerCase();
      const passed = passedCell ? yesNoWords[passedCell] : undefined;
      if (passedCell && passed === undefined) { bad("“passed” sütunu bəli/xeyr (yes/no) olmalıdır.", "the “passed” column must be yes/no (bəli/xeyr)."); continue; }
      const mismatch = testIssues({ score, passMark, passed, date }, today, app.vacancy.announcedOn)[0];
      if (mismatch) { bad(mismatch.az, mismatch.en); continue; }
      valid.push({ line: row.line, app, change: (_e, actor, at) => ({ kind: "test", test: { score, passMark, passed: score >= passMark, date, recordedBy: actor, recordedAt: at } }) });
    } else {
      const outcome = outcomeWords[cell(row, "outcome").toLowerCase()];
      if (!outcome) { bad(`nəticə bunlardan biri olmalıdır: ${interviewOutcomes.join(", ")} (keçib, keçməyib, gəlməyib).`, `the outcome must be one of: ${interviewOutcomes.join(", ")} (keçib, keçməyib, gəlməyib).`); continue; }
      const note = cell(row, "note").replace(/[\u0000-\u001F\u007F]/g, " ").slice(0, 1000);
      const current = resultByApp.get(app.id);
      if (!current?.test?.passed) { bad(`${code} kodlu namizəd test imtahanından keçməyib (və ya test nəticəsi qeyd edilməyib).`, `candidate ${code} has not passed the test (or no test result is recorded).`); continue; }
      if (current.test.date > date) { bad("müsahibə tarixi test imtahanının tarixindən əvvəl ola bilməz.", "the interview cannot be dated before the test."); continue; }
      valid.push({ line: row.line, app, change: (_e, actor, at) => ({ kind: "interview", interview: { outcome, date, ...(note ? { note } : {}), recordedBy: actor, recordedAt: at } }) });
    }
  }
  if (problems.length) throw rejected(input.kind, problems);

  // Write: one transaction per chunk, each advancing the import record (resumable, applied once).
  const chunks: ValidRow[][] = [];
  for (let i = 0; i < valid.length; i += ROWS_PER_TRANSACTION) chunks.push(valid.slice(i, i + ROWS_PER_TRANSACTION));
  const now = ctx.clock.now();
  let current: ImportRecord | undefined = existing;
  let applied = 0;
  for (let attempt = 0; attempt < chunks.length + 5; attempt++) {
    const done = current?.chunksDone ?? 0;
    if (done >= chunks.length) break;
    const chunk = chunks[done];
    const latest = await ctx.store.getMany<ResultRecord>(chunk.map((r) => resultKey(r.app.ownerSub, r.app.id)));
    const latestByApp = new Map(latest.map((r) => [r.applicationId, r]));
    const writes: Write[] = [];
    for (const row of chunk) {
      const existingResult = latestByApp.get(row.app.id);
      writes.push(...applyChange(row.app, existingResult, row.change(existingResult, officer.username, now.toISOString()), officer.username, now, ctx.webOrigin).writes);
    }
    const at = now.toISOString();
    const next: ImportRecord = current
      ? { ...current, chunksDone: done + 1, version: current.version + 1 }
      : { ...importKey(id), type: "ResultImport", version: 1, id, competitionId: input.competitionId, kind: input.kind, rows: valid.length, chunks: chunks.length, chunksDone: 1, status: "in_progress", createdBy: officer.username, createdAt: at };
    if (next.chunksDone >= chunks.length) Object.assign(next, { status: "completed", completedAt: at });
    writes.push({ op: "put", record: next, condition: current ? { kind: "versionIs", version: current.version } : { kind: "notExists" } });
    if (done === 0) writes.push(auditEntry({ actor: officer.username, action: `results.import.${input.kind}`, subject: `COMPETITION#${input.competitionId}`, at: now, detail: { importId: id, rows: valid.length } }));
    try {
      await ctx.store.transact(writes);
      current = next;
      applied += chunk.length;
    } catch (err) {
      if (!(err instanceof ConditionFailed)) throw err;
      // Another run of the same file (or an officer's entry) moved on: read again and continue.
      current = await ctx.store.get<ImportRecord>(importKey(id));
    }
  }
  if (!current || current.chunksDone < chunks.length) {
    throw conflict("import_incomplete", {
      az: "İdxal eyni vaxtda dəyişikliklərə görə tamamlanmadı. Eyni faylı yenidən yükləyin: yazılmış hissələr təkrarlanmayacaq.",
      en: "The import could not finish because of concurrent changes. Upload the same file again: the parts already written will not be repeated.",
    });
  }
  return { importId: id, status: "completed" as const, rows: valid.length, applied, alreadyImported: false };
}

// ---------------------------------------------------------------------------------------------
// Reading results

const cursorQuery = z.object({ cursor: z.string().max(1024).optional(), limit: z.coerce.number().int().min(1).max(50).default(20) }).strict();

/** The candidate's own results, every application. */
export async function listMyResults(ctx: Needs<"store">, citizen: Citizen, rawQuery: unknown) {
  const q = parseWith(cursorQuery, rawQuery ?? {}, resultRuleMessages);
  const page = await ctx.store.query<ResultRecord>(`RESULTS#${citizen.sub}`, { skBeginsWith: "RESULT#", limit: q.limit, cursor: q.cursor });
  return { items: page.items.map(resultView), ...(page.cursor ? { cursor: page.cursor } : {}) };
}

/** One of the candidate's results; someone else's is "not found" (its existence does not leak). */
export async function getMyResult(ctx: Needs<"store">, citizen: Citizen, rawId: unknown) {
  const { applicationId } = parseWith(applicationIdSchema, { applicationId: rawId }, resultRuleMessages);
  const r = await ctx.store.get<ResultRecord>(resultKey(citizen.sub, applicationId));
  if (!r) throw errors.notFound({ az: "Nəticə", en: "The result" });
  return resultView(r);
}

function bodyOf(hr: Hr): string {
  if (!hr.stateBody) throw errors.forbidden();
  return hr.stateBody;
}

function matches(r: ResultRecord, q: z.infer<typeof hrResultsQuerySchema>) {
  if (q.test === "none" && r.test) return false;
  if (q.test === "passed" && !r.test?.passed) return false;
  if (q.test === "failed" && (!r.test || r.test.passed)) return false;
  if (q.interview === "none" && r.interview) return false;
  if (q.interview && q.interview !== "none" && r.interview?.outcome !== q.interview) return false;
  return true;
}

const hrPrefix = (q: { competitionId?: string; vacancyId?: string }) => (q.competitionId ? `${q.competitionId}#${q.vacancyId ? `${q.vacancyId}#` : ""}` : undefined);

/** An HR officer's view: every candidate's results in their own state body's competitions (audited). */
export async function listBodyResults(ctx: Needs<"store" | "clock">, hr: Hr, rawQuery: unknown) {
  const body = bodyOf(hr);
  const q = parseWith(hrResultsQuerySchema, rawQuery ?? {}, resultRuleMessages);
  const page = await ctx.store.query<ResultRecord>(`BODYRES#${body}`, { index: "byBody", skBeginsWith: hrPrefix(q), limit: q.limit, cursor: q.cursor });
  const items = page.items.filter((r) => matches(r, q)).map(resultView);
  await ctx.store.transact([auditEntry({ actor: hr.username, action: "results.list", subject: `BODY#${body}`, at: ctx.clock.now(), detail: { query: { ...q, cursor: undefined }, count: items.length } })]);
  return { items, ...(page.cursor ? { cursor: page.cursor } : {}) };
}

/** The same, as a CSV file (every page), for the HR officer's records (audited). */
export async function exportBodyResults(ctx: Needs<"store" | "clock">, hr: Hr, rawQuery: unknown): Promise<string> {
  const body = bodyOf(hr);
  const q = parseWith(hrResultsQuerySchema, rawQuery ?? {}, resultRuleMessages);
  const rows: unknown[][] = [["candidateCode", "candidateName", "competitionId", "positionCode", "position", "unit", "testScore", "passMark", "testPassed", "testDate", "interview", "interviewDate", "interviewNote", "appointed"]];
  let cursor: string | undefined;
  let count = 0;
  let pages = 0;
  do {
    const page = await ctx.store.query<ResultRecord>(`BODYRES#${body}`, { index: "byBody", skBeginsWith: hrPrefix(q), limit: 500, cursor });
    for (const r of page.items.filter((x) => matches(x, q))) {
      count++;
      rows.push([r.candidateCode, r.candidateName, r.vacancy.competitionId, r.vacancy.positionCode, r.vacancy.positionName.az, r.vacancy.unitName.az, r.test?.score ?? "", r.test?.passMark ?? "", r.test ? (r.test.passed ? "yes" : "no") : "", r.test?.date ?? "", r.interview?.outcome ?? "", r.interview?.date ?? "", r.interview?.note ?? "", r.appointed ? "yes" : ""]);
    }
    cursor = page.cursor;
  } while (cursor && ++pages < 20);
  await ctx.store.transact([auditEntry({ actor: hr.username, action: "results.export", subject: `BODY#${body}`, at: ctx.clock.now(), detail: { query: { ...q, cursor: undefined }, count } })]);
  return csvDocument(rows);
}

/** The Commission's view of a competition: its admitted candidates with their results (or none yet). */
export async function listCompetitionResults(ctx: Needs<"store">, rawQuery: unknown) {
  const q = parseWith(officerResultsQuerySchema, rawQuery ?? {}, resultRuleMessages);
  const page = await ctx.store.query<ApplicationRecord>(`APPQ#${q.competitionId}`, { index: "byQueue", skBeginsWith: "admitted#", limit: q.limit, cursor: q.cursor });
  const apps = page.items.filter((a) => !q.vacancyId || a.vacancy.vacancyId === q.vacancyId);
  const results = await ctx.store.getMany<ResultRecord>(apps.map((a) => resultKey(a.ownerSub, a.id)));
  const byApp = new Map(results.map((r) => [r.applicationId, r]));
  return {
    items: apps.map((a) => {
      const r = byApp.get(a.id);
      return r ? resultView(r) : { ...resultView({ ...newResult(a, new Date(a.updatedAt)), number: "" }), status: "admitted" };
    }),
    ...(page.cursor ? { cursor: page.cursor } : {}),
  };
}
