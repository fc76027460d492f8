import type { DeadlineHandler } from "../deadlines/fire.js";
/**
 * Service 4 use cases: the personnel-selection department keeps the reserve list; HR officers of
 * every state body search it (each search is recorded); the people in it see their own entry and
 * are told of matching new vacancies.
 */
import * as z from "zod";
import type { ApplicationRecord } from "../applications/application.js";
import { candidateCodeKey, applicationKey } from "../applications/application.js";
import { auditEntry } from "../audit/audit.js";
import type { CompetitionRecord } from "../competitions/competition.js";
import type { Needs } from "../context.js";
import { errors, type Bilingual } from "../errors.js";
import { deliverNow, enqueueEmail } from "../notifications/outbox.js";
import type { Principal } from "../principal.js";
import { ConditionFailed, type Write } from "../ports/store.js";
import { ownerIndex } from "../records/history.js";
import { newId, requestNumber, stableHash } from "../records/ids.js";
import { resultKey, resultStatus, type ResultRecord } from "../results/result.js";
import { parseWith } from "../results/parse.js";
import { bakuDate } from "../time/baku.js";
import { ruleMessages } from "../validation/messages.js";
import {
  appointmentsSchema,
  consentSchema,
  enterReserveSchema,
  entryIdSchema,
  leaveReasonText,
  leaveReserveSchema,
  matchesVacancy,
  reserveIndexAttrs,
  reserveKey,
  type ReserveEntryRecord,
  type ReserveItem,
  type ReserveRow,
  reserveRuleMessages,
  reserveSearchSchema,
  type ReserveSearch,
  scoreKey,
} from "./entry.js";
import { reserveMessages } from "./messages.js";

type Officer = { username: string };
type Citizen = Extract<Principal, { kind: "citizen" }>;
type Ctx = Needs<"store" | "clock" | "mailer" | "webOrigin">;

export const SEARCH_LOG = "AUDIT#RESERVE";

const classificationText = (c: number): Bilingual => ({ az: `${c}-ci təsnifat`, en: `Classification ${c}` });

/** Every stored copy of an entry (see entry.ts): the entry, the ALL copy, one per specialty. */
function itemsOf(entry: ReserveEntryRecord): ReserveItem[] {
  const row = entry.row;
  const specs = [...new Set(row.education.map((e) => e.specialtyCode))];
  const copy = (sk: string, scope: string): ReserveItem => ({ pk: entry.pk, sk, type: "ReserveIndex", version: entry.version, row, ...reserveIndexAttrs(row, scope) });
  return [{ ...entry, ...reserveIndexAttrs(row, `CLS#${row.classification}`) }, copy("IDX#ALL", "ALL"), ...specs.map((s) => copy(`IDX#SPEC#${s}`, `SPEC#${s}`))];
}

function entryFacts(row: ReserveRow): ReserveEntryRecord["facts"] {
  return [
    { label: { az: "Təsnifat", en: "Classification" }, value: String(row.classification) },
    { label: { az: "Ehtiyata daxil olma tarixi", en: "Entered the reserve on" }, value: row.enteredOn },
    ...(row.left ? [{ label: { az: "Ehtiyatdan çıxma", en: "Left the reserve" }, value: `${row.left.on} — ${leaveReasonText[row.left.reason].az} / ${leaveReasonText[row.left.reason].en}` }] : []),
  ];
}

function newEntry(row: ReserveRow, actor: string, now: Date, owner?: { sub: string; applicationId: string }): ReserveEntryRecord {
  const at = now.toISOString();
  return {
    ...reserveKey(row.id),
    type: "ReserveEntry",
    version: 1,
    id: row.id,
    service: 4,
    number: requestNumber(4, bakuDate(now)),
    title: { az: `Ehtiyat kadrlar siyahısı — ${classificationText(row.classification).az}`, en: `The reserve list — ${classificationText(row.classification).en}` },
    status: row.status,
    createdAt: at,
    updatedAt: at,
    history: [{ at, status: "in_reserve", actor }],
    link: "/results/mine",
    facts: entryFacts(row),
    row,
    enteredBy: actor,
    ...(owner ? { ownerSub: owner.sub, applicationId: owner.applicationId, ...ownerIndex(owner.sub, at, row.id) } : {}),
  };
}

/** The writes that create an entry: every copy (notExists), its e-mail, the audit line. */
function entryWrites(entry: ReserveEntryRecord, actor: string, now: Date, webOrigin: string): Write[] {
  return [
    ...itemsOf(entry).map((record): Write => ({ op: "put", record, condition: { kind: "notExists" } })),
    enqueueEmail({ to: entry.row.email, now, dedupeKey: `reserve:${entry.id}:entered`, message: reserveMessages.entered(entry, webOrigin) }),
    auditEntry({ actor, action: "reserve.enter", subject: entry.ownerSub ? `OWNER#${entry.ownerSub}` : `RESERVE#${entry.id}`, at: now, detail: { entryId: entry.id } }),
  ];
}

/** The reserve row of a candidate who passed the interview in this system. */
function rowFromResult(r: ResultRecord, now: Date): ReserveRow {
  return {
    id: stableHash(`reserve|application|${r.applicationId}`, 20),
    status: "in_reserve",
    fullName: r.candidateName,
    email: r.ownerEmail,
    classification: r.vacancy.classification,
    education: r.education,
    seniorityYears: r.seniorityYears,
    test: { score: r.test!.score, passMark: r.test!.passMark, date: r.test!.date },
    interview: { date: r.interview!.date, ...(r.interview!.note ? { note: r.interview!.note } : {}) },
    enteredOn: bakuDate(now),
    origin: { competitionId: r.vacancy.competitionId, positionName: r.vacancy.positionName, stateBodyName: r.vacancy.stateBodyName },
    candidateCode: r.candidateCode,
    notify: true,
  };
}

const notEligible = () =>
  errors.refused("not_eligible", {
    az: "Ehtiyat kadrlar siyahısına yalnız müsahibədən keçmiş, lakin vəzifəyə təyin edilməmiş namizəd daxil edilə bilər.",
    en: "Only a candidate who passed the interview and was not appointed can enter the reserve.",
  });

/** Puts one candidate (with their result) into the reserve; entering twice changes nothing. */
async function enterFromResult(ctx: Needs<"store" | "clock" | "webOrigin">, officer: Officer, result: ResultRecord): Promise<{ entry: ReserveEntryRecord; created: boolean; writes: Write[] }> {
  const now = ctx.clock.now();
  const row = rowFromResult(result, now);
  const existing = await ctx.store.get<ReserveEntryRecord>(reserveKey(row.id));
  if (existing) return { entry: existing, created: false, writes: [] };
  const entry = newEntry(row, officer.username, now, { sub: result.ownerSub, applicationId: result.applicationId });
  const nextResult: ResultRecord = { ...result, reserveEntryId: row.id, version: result.version + 1, updatedAt: now.toISOString() };
  const writes: Write[] = [{ op: "put", record: nextResult, condition: { kind: "versionIs", version: result.version } }, ...entryWrites(entry, officer.username, now, ctx.webOrigin)];
  try {
    await ctx.store.transact(writes);
  } catch (err) {
    if (!(err instanceof ConditionFailed)) throw err;
    const again = await ctx.store.get<ReserveEntryRecord>(reserveKey(row.id));
    if (again) return { entry: again, created: false, writes: [] };
    throw errors.conflict("concurrent_change", { az: "Nəticə eyni vaxtda dəyişdirildi. Yenidən cəhd edin.", en: "The result changed at the same time. Try again." });
  }
  return { entry, created: true, writes };
}

/** Officer action: a candidate by code (passed the interview, not appointed), or a person typed in. */
export async function enterReserve(ctx: Ctx, officer: Officer, rawBody: unknown) {
  const input = parseWith(enterReserveSchema, rawBody ?? {}, { ...reserveRuleMessages });
  const now = ctx.clock.now();
  if (input.source === "application") {
    const code = await ctx.store.get<{ pk: string; sk: string; type: string; version: number; applicationId: string }>(candidateCodeKey(input.candidateCode));
    const app = code ? await ctx.store.get<ApplicationRecord>(applicationKey(code.applicationId)) : undefined;
    if (!app) throw errors.notFound({ az: "Bu kodlu namizəd", en: "A candidate with this code" });
    const result = await ctx.store.get<ResultRecord>(resultKey(app.ownerSub, app.id));
    if (!result || result.interview?.outcome !== "passed" || result.appointed || app.status !== "admitted") throw notEligible();
    const { entry, created, writes } = await enterFromResult(ctx, officer, result);
    await deliverNow(ctx, writes);
    return { entry: entryView(entry), created };
  }
  const today = bakuDate(now);
  const issues = [
    ...(input.enteredOn > today ? [{ path: "enteredOn", code: "date.future", ...ruleMessages["date.future"] }] : []),
    ...(input.test.date > today ? [{ path: "test.date", code: "date.future", ...ruleMessages["date.future"] }] : []),
    ...(input.interview.date > today ? [{ path: "interview.date", code: "date.future", ...ruleMessages["date.future"] }] : []),
    ...(input.interview.date < input.test.date ? [{ path: "interview.date", code: "results.interviewBeforeTest", az: "Müsahibə tarixi test imtahanının tarixindən əvvəl ola bilməz.", en: "The interview cannot be dated before the test." }] : []),
    ...(input.test.score < input.test.passMark ? [{ path: "test.score", code: "reserve.testNotPassed", az: "Ehtiyata yalnız test imtahanından keçmiş şəxs daxil edilə bilər (bal ≥ keçid balı).", en: "Only a person who passed the test can enter the reserve (score ≥ pass mark)." }] : []),
  ];
  if (issues.length) throw errors.validation(issues);
  const id = stableHash(`reserve|manual|${input.email}|${input.classification}|${input.competition}`, 20);
  const existing = await ctx.store.get<ReserveEntryRecord>(reserveKey(id));
  if (existing) return { entry: entryView(existing), created: false };
  const row: ReserveRow = {
    id,
    status: "in_reserve",
    fullName: input.fullName,
    email: input.email,
    classification: input.classification,
    education: input.education,
    seniorityYears: input.seniorityYears,
    test: input.test,
    interview: input.interview,
    enteredOn: input.enteredOn,
    origin: { note: input.competition },
    notify: true,
  };
  const entry = newEntry(row, officer.username, now);
  const writes = entryWrites(entry, officer.username, now, ctx.webOrigin);
  try {
    await ctx.store.transact(writes);
  } catch (err) {
    if (!(err instanceof ConditionFailed)) throw err;
    const again = await ctx.store.get<ReserveEntryRecord>(reserveKey(id));
    if (again) return { entry: entryView(again), created: false };
    throw err;
  }
  await deliverNow(ctx, writes);
  return { entry: entryView(entry), created: true };
}

/**
 * The competition's appointments: the listed candidates are marked appointed; every other
 * candidate who passed the interview enters the reserve. Idempotent per candidate (a retry
 * completes what a failure left), one transaction per candidate.
 */
/** Many people at once: their e-mails are left to the outbox sweeper (no SES call on this route). */
export async function recordAppointments(ctx: Needs<"store" | "clock" | "webOrigin">, officer: Officer, competitionId: string, rawBody: unknown) {
  const input = parseWith(appointmentsSchema, rawBody ?? {}, reserveRuleMessages);
  const appointed = new Set(input.appointed);
  const passed: ResultRecord[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await ctx.store.query<ResultRecord>(`RESQ#${String(competitionId).slice(0, 64)}`, { index: "byQueue", limit: 200, cursor });
    passed.push(...page.items.filter((r) => r.interview?.outcome === "passed"));
    cursor = page.cursor;
  } while (cursor && ++pages < 10);
  const unknown = [...appointed].filter((c) => !passed.some((r) => r.candidateCode === c));
  if (unknown.length) {
    throw errors.refused("unknown_candidates", {
      az: `Bu müsabiqədə müsahibədən keçmiş belə namizəd yoxdur: ${unknown.join(", ")}. Heç nə yazılmadı.`,
      en: `No candidate who passed this competition's interview has these codes: ${unknown.join(", ")}. Nothing was written.`,
    });
  }
  const now = ctx.clock.now();
  let markedAppointed = 0;
  let entered = 0;
  for (const r of passed) {
    if (appointed.has(r.candidateCode)) {
      if (r.appointed) continue;
      const at = now.toISOString();
      const next: ResultRecord = { ...r, appointed: true, version: r.version + 1, updatedAt: at };
      next.status = resultStatus(next);
      next.history = [...r.history, { at, status: next.status, actor: officer.username }];
      await ctx.store.transact([{ op: "put", record: next, condition: { kind: "versionIs", version: r.version } }, auditEntry({ actor: officer.username, action: "results.appointed", subject: `OWNER#${r.ownerSub}`, at: now, detail: { applicationId: r.applicationId } })]);
      markedAppointed++;
    } else if (!r.appointed && !r.reserveEntryId) {
      const out = await enterFromResult(ctx, officer, r);
      if (out.created) entered++;
    }
  }
  // The e-mails wait in the outbox for the sweeper: a whole competition's would not fit one request.
  return { appointed: markedAppointed, enteredReserve: entered, passedInterview: passed.length };
}

/** Officer action: the person leaves the reserve (appointed elsewhere, term expired, withdrew). */
export async function leaveReserve(ctx: Ctx, officer: Officer, rawId: unknown, rawBody: unknown) {
  const { entryId } = parseWith(entryIdSchema, { entryId: rawId }, reserveRuleMessages);
  const input = parseWith(leaveReserveSchema, rawBody ?? {}, reserveRuleMessages);
  const entry = await ctx.store.get<ReserveEntryRecord>(reserveKey(entryId));
  if (!entry) throw errors.notFound({ az: "Ehtiyat qeydi", en: "The reserve entry" });
  if (entry.row.status !== "in_reserve") throw errors.conflict("already_left", { az: "Bu şəxs artıq ehtiyat siyahısından çıxıb.", en: "This person has already left the reserve." });
  const now = ctx.clock.now();
  if (input.on > bakuDate(now)) throw errors.validation([{ path: "on", code: "date.future", ...ruleMessages["date.future"] }]);
  if (input.on < entry.row.enteredOn)
    throw errors.validation([{ path: "on", code: "reserve.leftBeforeEntered", az: "Çıxma tarixi daxil olma tarixindən əvvəl ola bilməz.", en: "The leaving date cannot be before the entry date." }]);
  const at = now.toISOString();
  const row: ReserveRow = { ...entry.row, status: "left_reserve", left: { reason: input.reason, on: input.on, ...(input.note ? { note: input.note } : {}) } };
  const next: ReserveEntryRecord = {
    ...entry,
    row,
    status: "left_reserve",
    version: entry.version + 1,
    updatedAt: at,
    facts: entryFacts(row),
    history: [...entry.history, { at, status: "left_reserve", actor: officer.username, reason: leaveReasonText[input.reason] }],
  };
  const [first, ...copies] = itemsOf(next);
  // The competition's result shows it too (HR officers' result lists read results, not entries).
  const result = entry.ownerSub && entry.applicationId ? await ctx.store.get<ResultRecord>(resultKey(entry.ownerSub, entry.applicationId)) : undefined;
  const writes: Write[] = [
    { op: "put", record: first, condition: { kind: "versionIs", version: entry.version } },
    ...copies.map((record): Write => ({ op: "put", record })),
    ...(result
      ? [{ op: "put", record: { ...result, reserveLeftOn: input.on, version: result.version + 1, updatedAt: at }, condition: { kind: "versionIs", version: result.version } } satisfies Write]
      : []),
    enqueueEmail({ to: row.email, now, dedupeKey: `reserve:${entry.id}:left`, message: reserveMessages.left(next, ctx.webOrigin) }),
    auditEntry({ actor: officer.username, action: "reserve.leave", subject: entry.ownerSub ? `OWNER#${entry.ownerSub}` : `RESERVE#${entry.id}`, at: now, detail: { entryId, reason: input.reason } }),
  ];
  await ctx.store.transact(writes);
  await deliverNow(ctx, writes);
  return entryView(next);
}

export const entryView = (e: ReserveEntryRecord) => ({ ...e.row, number: e.number, history: e.history });

// ---------------------------------------------------------------------------------------------
// Search

interface SearchCursor {
  p: string;
  s: string;
}

const invalidCursor = () => errors.badRequest("invalid_cursor", { az: "Səhifələmə göstəricisi (cursor) yanlışdır.", en: "The paging cursor is not valid." });

const encode = (c: SearchCursor) => Buffer.from(JSON.stringify(c)).toString("base64url");
function decode(raw: string | undefined, partition: string): SearchCursor | undefined {
  if (!raw) return undefined;
  try {
    const c = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as SearchCursor;
    if (c && c.p === partition && typeof c.s === "string" && c.s.length < 200) return c;
  } catch {
    /* below */
  }
  throw invalidCursor();
}

function rowMatches(row: ReserveRow, q: ReserveSearch): boolean {
  if (q.classification && row.classification !== q.classification) return false;
  if (q.specialty && !row.education.some((e) => e.specialtyCode === q.specialty)) return false;
  if (q.level && !row.education.some((e) => e.level === q.level)) return false;
  if (q.minSeniority !== undefined && row.seniorityYears < q.minSeniority) return false;
  if (q.minScore !== undefined && row.test.score < q.minScore) return false;
  if (q.enteredFrom && row.enteredOn < q.enteredFrom) return false;
  if (q.enteredTo && row.enteredOn > q.enteredTo) return false;
  if (q.name && !row.fullName.toLocaleLowerCase("az").includes(q.name.toLocaleLowerCase("az"))) return false;
  return true;
}

/** At most this many index reads per search request (the route's budget). */
const MAX_READS = 4;

/**
 * An HR officer's (or the selection department's) search of the reserve, sorted and paged; the
 * search is recorded (who, when, the criteria, how many results) in the same request.
 */
export async function searchReserve(ctx: Needs<"store" | "clock">, actor: { username: string; stateBody?: string }, rawQuery: unknown) {
  const q = parseWith(reserveSearchSchema, rawQuery ?? {}, { ...reserveRuleMessages });
  const scope = q.specialty ? `SPEC#${q.specialty}` : q.classification ? `CLS#${q.classification}` : "ALL";
  const byScore = q.sort.startsWith("score");
  const desc = q.sort.endsWith("desc");
  const index = byScore ? ("byBody" as const) : ("byQueue" as const);
  const partition = `${byScore ? "RSVS" : "RSVD"}#${q.status}#${scope}`;
  const skOf = (i: ReserveItem) => String(byScore ? i.byBodySk : i.byQueueSk);
  // The key range the criteria allow: dates of entry when sorted by date, the minimum score when by score.
  let lo = byScore ? (q.minScore !== undefined ? scoreKey(q.minScore) : "0") : (q.enteredFrom ?? "0");
  let hi = byScore ? "~" : q.enteredTo ? `${q.enteredTo}~` : "~";
  const after = decode(q.cursor, partition);
  if (after) {
    if (desc) hi = after.s;
    else lo = after.s;
  }
  const found: ReserveRow[] = [];
  let lastSeen: string | undefined;
  let storeCursor: string | undefined;
  let more = false;
  for (let reads = 0; reads < MAX_READS; reads++) {
    const page = await ctx.store.query<ReserveItem>(partition, { index, skBetween: [lo, hi], newestFirst: desc, limit: 100, cursor: storeCursor });
    for (const item of page.items) {
      const sk = skOf(item);
      if (after && sk === after.s) continue;
      lastSeen = sk;
      if (rowMatches(item.row, q)) found.push(item.row);
      if (found.length === q.limit) break;
    }
    if (found.length === q.limit) {
      more = true;
      break;
    }
    if (!page.cursor) break;
    storeCursor = page.cursor;
    more = reads + 1 === MAX_READS;
  }
  const now = ctx.clock.now();
  const { cursor: _c, ...criteria } = q;
  await ctx.store.transact([
    {
      op: "put",
      record: {
        pk: SEARCH_LOG,
        sk: `${now.toISOString()}#${newId()}`,
        type: "ReserveSearch",
        version: 1,
        actor: actor.username,
        ...(actor.stateBody ? { stateBody: actor.stateBody } : {}),
        at: now.toISOString(),
        criteria,
        page: q.cursor ? "next" : "first",
        count: found.length,
      },
      condition: { kind: "notExists" },
    },
  ]);
  return { items: found, ...(more && lastSeen ? { cursor: encode({ p: partition, s: lastSeen }) } : {}) };
}

/** The search log, newest first (who, when, the criteria, how many results). */
export async function listReserveSearches(ctx: Needs<"store">, rawQuery: unknown) {
  const q = parseWith(reserveSearchLogSchema, rawQuery ?? {}, reserveRuleMessages);
  const page = await ctx.store.query<{ pk: string; sk: string; type: string; version: number; actor: string; stateBody?: string; at: string; criteria: unknown; count: number }>(SEARCH_LOG, {
    newestFirst: true,
    limit: q.limit,
    cursor: q.cursor,
  });
  return { items: page.items.map((r) => ({ actor: r.actor, stateBody: r.stateBody ?? null, at: r.at, criteria: r.criteria, count: r.count })), ...(page.cursor ? { cursor: page.cursor } : {}) };
}

const reserveSearchLogSchema = z.object({ cursor: z.string().max(1024).optional(), limit: z.coerce.number().int().min(1).max(100).default(50) }).strict();

// ---------------------------------------------------------------------------------------------
// The person's own entry

/** The citizen's own reserve entries (from their applications). */
export async function listMyReserve(ctx: Needs<"store">, citizen: Citizen) {
  const results = await ctx.store.query<ResultRecord>(`RESULTS#${citizen.sub}`, { skBeginsWith: "RESULT#", limit: 100 });
  const ids = results.items.flatMap((r) => (r.reserveEntryId ? [reserveKey(r.reserveEntryId)] : []));
  const entries = await ctx.store.getMany<ReserveEntryRecord>(ids);
  return { items: entries.filter((e) => e.ownerSub === citizen.sub).map(entryView) };
}

/** The person turns the vacancy e-mails on or off; someone else's entry is "not found". */
export async function setReserveConsent(ctx: Needs<"store" | "clock">, citizen: Citizen, rawId: unknown, rawBody: unknown) {
  const { entryId } = parseWith(entryIdSchema, { entryId: rawId }, reserveRuleMessages);
  const { notify } = parseWith(consentSchema, rawBody ?? {}, reserveRuleMessages);
  for (let attempt = 0; attempt < 3; attempt++) {
    const entry = await ctx.store.get<ReserveEntryRecord>(reserveKey(entryId));
    if (!entry || entry.ownerSub !== citizen.sub) throw errors.notFound({ az: "Ehtiyat qeydi", en: "The reserve entry" });
    if (entry.row.notify === notify) return entryView(entry);
    const next: ReserveEntryRecord = { ...entry, row: { ...entry.row, notify }, version: entry.version + 1, updatedAt: ctx.clock.now().toISOString() };
    const [first, ...copies] = itemsOf(next);
    try {
      await ctx.store.transact([{ op: "put", record: first, condition: { kind: "versionIs", version: entry.version } }, ...copies.map((record): Write => ({ op: "put", record }))]);
      return entryView(next);
    } catch (err) {
      if (!(err instanceof ConditionFailed)) throw err;
    }
  }
  throw errors.conflict("concurrent_change", { az: "Qeyd eyni vaxtda dəyişdirildi. Yenidən cəhd edin.", en: "The entry changed at the same time. Try again." });
}

// ---------------------------------------------------------------------------------------------
// New vacancies

/**
 * Called by the announcement, after its commit: tells every reserve person who matches a new
 * vacancy (classification, education level, specialty, seniority) and consented, by e-mail through
 * the outbox (the sweeper sends them; nothing is sent inline). One read per classification
 * announced; each e-mail is its own idempotent write (dedupe key per person and competition).
 * Never fails the announcement: a failure here is reported in the result.
 */
export async function notifyReserveOfNewVacancies(ctx: Needs<"store" | "clock">, competition: Pick<CompetitionRecord, "id" | "title" | "vacancies" | "closesAt">): Promise<{ notified: number }> {
  const now = ctx.clock.now();
  const byPerson = new Map<string, { row: ReserveRow; vacancies: CompetitionRecord["vacancies"] }>();
  for (const classification of [...new Set(competition.vacancies.map((v) => v.classification))]) {
    let cursor: string | undefined;
    do {
      const page = await ctx.store.query<ReserveItem>(`RSVD#in_reserve#CLS#${classification}`, { index: "byQueue", limit: 500, cursor });
      for (const item of page.items) {
        if (!item.row.notify) continue;
        for (const v of competition.vacancies) {
          if (!matchesVacancy(item.row, v)) continue;
          const slot = byPerson.get(item.row.id) ?? { row: item.row, vacancies: [] };
          slot.vacancies.push(v);
          byPerson.set(item.row.id, slot);
        }
      }
      cursor = page.cursor;
    } while (cursor);
  }
  let notified = 0;
  for (const { row, vacancies } of byPerson.values()) {
    // One e-mail per person and competition, whatever the retries: the outbox refuses the same key twice.
    const mail = enqueueEmail({ to: row.email, now, dedupeKey: `reserve:${row.id}:vacancies:${competition.id}`, message: reserveMessages.vacancies(row, competition, vacancies) });
    try {
      await ctx.store.transact([mail]);
      notified++;
    } catch (err) {
      if (!(err instanceof ConditionFailed)) throw err;
    }
  }
  return { notified };
}

/**
 * The deadline armed by the announcement (due at once): runs in the deadline function, so the
 * announce request stays small and a failure is retried by the state machine, never lost.
 */
export const notifyReserveOnDeadline: DeadlineHandler = async (ctx, deadline) => {
  const competition = await ctx.store.get<CompetitionRecord>(deadline.caseKey);
  if (competition) await notifyReserveOfNewVacancies(ctx, competition);
  return { writes: [] };
};
