/**
 * Service 6, the citizen's side: register and start (questions drawn at random per the
 * composition), answer (each answer saved at once), resume, finish (scored on the server,
 * certificate, e-mail), the 10-day retake rule and its reminder, and the timer that finishes an
 * attempt when its time runs out. The answer key never leaves the server before the end.
 */
import { randomInt } from "node:crypto";
import type { CertificateContent } from "../certificates/certificate.js";
import type { PreparedCertificate } from "../certificates/usecases.js";
import type { Needs } from "../context.js";
import { armDeadline, cancelDeadline, deadlineKey, type DeadlineRecord, immediately } from "../deadlines/deadline.js";
import { type DeadlineHandler, startTimers } from "../deadlines/fire.js";
import { errors } from "../errors.js";
import { deliverNow, enqueueEmail } from "../notifications/outbox.js";
import type { Principal } from "../principal.js";
import { ConditionFailed, type Write } from "../ports/store.js";
import { ownerIndex } from "../records/history.js";
import { newId, requestNumber } from "../records/ids.js";
import { addCalendarDays, bakuDate, bakuStartOfDay } from "../time/baku.js";
import { parseOrThrow } from "../validation/parse.js";
import { readSettings } from "./bank.js";
import { bakuDisplay, trialMessages } from "./messages.js";
import {
  type AttemptItem,
  attemptKey,
  type AttemptRecord,
  citizenKey,
  type CitizenTrialRecord,
  EXPIRE_ATTEMPT,
  ISSUE_CERTIFICATE,
  poolKey,
  questionKey,
  type QuestionRecord,
  RETAKE_REMINDER,
  type TopicPoolRecord,
} from "./records.js";
import { answerParamsSchema, answerSchema, attemptIdSchema, type Registration, registrationSchema } from "./schemas.js";
import { RETAKE_AFTER_DAYS, type TopicId, topicIds, topicNames, type TrialTestSettings } from "./topics.js";
import type { AttemptResult, AttemptView, OverviewView } from "./views.js";

type Citizen = Extract<Principal, { kind: "citizen" }>;

// ---------------------------------------------------------------------------------------------
// The retake rule
// ---------------------------------------------------------------------------------------------

/**
 * THE RETAKE BOUNDARY (regulation 6, 3.1.2: "Təkrar imtahan 10 gündən sonra aparıla bilər"):
 * a new attempt is allowed from 00:00 Baku time of the 10th calendar day after the Baku date on
 * which the previous attempt STARTED. Started on 22.11 at any hour → refused until 01.12 23:59:59
 * (day 9), allowed from 02.12 00:00:00 (day 10).
 */
export const retakeFromOf = (startedAt: Date): Date => bakuStartOfDay(addCalendarDays(bakuDate(startedAt), RETAKE_AFTER_DAYS));

/** "E-mail me on that day": the reminder goes out at 09:00 Baku time on the retake day. */
export const reminderDueAt = (retakeFrom: string): Date => new Date(Date.parse(retakeFrom) + 9 * 3_600_000);

function retakeRefused(retakeFrom: string) {
  const d = bakuDisplay(retakeFrom);
  return errors.refused("retake_too_soon", {
    az: `Təkrar imtahan 10 gündən sonra aparıla bilər. Növbəti sınaq test imtahanını ${d.date} tarixindən (Bakı vaxtı ilə ${d.time}) verə bilərsiniz.`,
    en: `A repeat exam is possible only 10 days after the previous one. You can take the next trial test from ${d.date} (${d.time} Baku time).`,
  });
}

// ---------------------------------------------------------------------------------------------
// Drawing the questions
// ---------------------------------------------------------------------------------------------

function shuffle<T>(list: T[]): T[] {
  const a = [...list];
  for (let i = a.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/** Draws per the composition from the pools of active ids (two batch reads, no scan); shuffles the options. */
export async function drawQuestions(ctx: Needs<"store">, settings: TrialTestSettings): Promise<{ items: AttemptItem[]; key: number[] }> {
  const topics = topicIds.filter((t) => settings.composition[t] > 0);
  const pools = new Map((await ctx.store.getMany<TopicPoolRecord>(topics.map(poolKey))).map((p) => [p.topic, p.ids]));
  const picked = topics.flatMap((t) => shuffle(pools.get(t) ?? []).slice(0, settings.composition[t]));
  const found = new Map((await ctx.store.getMany<QuestionRecord>(picked.map(questionKey))).map((q) => [q.id, q]));
  const items: AttemptItem[] = [];
  const key: number[] = [];
  for (const id of picked) {
    const q = found.get(id);
    if (!q || !q.active) continue; // retired between the two reads
    const order = shuffle(q.options.map((_, i) => i));
    items.push({ questionId: q.id, topic: q.topic, text: q.text, options: order.map((i) => q.options[i]!), order });
    key.push(order.indexOf(q.correct));
  }
  if (items.length === 0) {
    throw errors.refused("no_questions", { az: "Sual bankında hələ aktiv sual yoxdur. Bir azdan yenidən cəhd edin.", en: "The question bank has no active questions yet. Try again later." });
  }
  return { items, key };
}

// ---------------------------------------------------------------------------------------------
// Views: the answer key stays out until the attempt is finished
// ---------------------------------------------------------------------------------------------

const holderName = (r: Registration) => [r.firstName, r.patronymic, r.lastName].filter(Boolean).join(" ");

export function attemptView(a: AttemptRecord, now: Date): AttemptView {
  const finished = a.status === "completed";
  const base: AttemptView = {
    id: a.id,
    number: a.number,
    status: finished ? "finished" : "in_progress",
    startedAt: a.startedAt,
    endsAt: a.endsAt,
    secondsLeft: finished ? 0 : Math.max(0, Math.floor((Date.parse(a.endsAt) - now.getTime()) / 1000)),
    timeLimitMinutes: a.timeLimitMinutes,
    holderName: holderName(a.registration),
    questions: a.items.map((it, index) => ({ index, topic: it.topic, text: it.text, options: it.options })),
    answers: a.answers,
    answeredCount: Object.keys(a.answers).length,
    retakeFrom: a.retakeFrom,
  };
  if (!finished) return base;
  return {
    ...base,
    finishedAt: a.finishedAt,
    finishedBy: a.finishedBy,
    result: a.result,
    review: a.items.map((it, index) => ({ index, topic: it.topic, text: it.text, options: it.options, chosen: a.answers[String(index)] ?? null, rightOption: a.key[index]! })),
    ...(a.certificateCode
      ? { certificate: { code: a.certificateCode, verifyPath: `/certificate/${a.certificateCode}`, downloadPath: `/me/certificates/${a.certificateCode}/download` } }
      : {}),
    ...(a.certificatePending ? { certificatePending: true } : {}),
  };
}

export function scoreAttempt(a: Pick<AttemptRecord, "items" | "key" | "answers">): AttemptResult {
  const byTopic = new Map<TopicId, { right: number; total: number }>();
  let right = 0;
  a.items.forEach((it, i) => {
    const t = byTopic.get(it.topic) ?? { right: 0, total: 0 };
    t.total++;
    if (a.answers[String(i)] === a.key[i]) {
      t.right++;
      right++;
    }
    byTopic.set(it.topic, t);
  });
  const total = a.items.length;
  return {
    right,
    total,
    percent: total ? Math.round((100 * right) / total) : 0,
    byTopic: topicIds.filter((t) => byTopic.has(t)).map((t) => ({ topic: t, name: topicNames[t], ...byTopic.get(t)! })),
  };
}

// ---------------------------------------------------------------------------------------------
// Start
// ---------------------------------------------------------------------------------------------

async function ownAttempt(ctx: Needs<"store">, citizen: Citizen, attemptId: string): Promise<AttemptRecord> {
  const a = await ctx.store.get<AttemptRecord>(attemptKey(attemptId));
  // Someone else's attempt answers exactly like a missing one.
  if (!a || a.ownerSub !== citizen.sub) throw errors.notFound({ az: "Sınaq imtahanı", en: "The trial test" });
  return a;
}

/**
 * Registers the citizen's request and starts an attempt. An attempt still running is resumed
 * (200, the same attempt); before the retake date a new one is refused with that date; two
 * parallel starts end in one attempt (the citizen's record is written on its version).
 */
export async function startAttempt(ctx: Needs<"store" | "clock" | "mailer" | "timers" | "webOrigin">, citizen: Citizen, raw: unknown): Promise<{ attempt: AttemptView; created: boolean }> {
  const now = ctx.clock.now();
  const registration = parseOrThrow(registrationSchema({ today: bakuDate(now), accountIdCard: citizen.idCard }), raw);
  for (let round = 0; round < 4; round++) {
    const pointer = await ctx.store.get<CitizenTrialRecord>(citizenKey(citizen.sub));
    if (pointer && now.getTime() < Date.parse(pointer.retakeFrom)) {
      const current = await ctx.store.get<AttemptRecord>(attemptKey(pointer.attemptId));
      if (current && current.status === "trial_in_progress" && now.getTime() < Date.parse(current.endsAt)) return { attempt: attemptView(current, now), created: false };
      throw retakeRefused(pointer.retakeFrom);
    }
    const settings = await readSettings(ctx);
    const { items, key } = await drawQuestions(ctx, settings);
    const id = newId();
    const at = now.toISOString();
    const endsAt = new Date(now.getTime() + settings.timeLimitMinutes * 60_000).toISOString();
    const retakeFrom = retakeFromOf(now).toISOString();
    const attempt: AttemptRecord = {
      ...attemptKey(id),
      type: "TrialAttempt",
      version: 1,
      id,
      service: 6,
      number: requestNumber(6, bakuDate(now)),
      title: { az: "Onlayn sınaq test imtahanı", en: "Online trial test" },
      status: "trial_in_progress",
      ownerSub: citizen.sub,
      registration,
      items,
      key,
      answers: {},
      startedAt: at,
      endsAt,
      timeLimitMinutes: settings.timeLimitMinutes,
      retakeFrom,
      webOrigin: ctx.webOrigin,
      createdAt: at,
      updatedAt: at,
      dueAt: endsAt,
      history: [
        { at, status: "submitted", actor: "citizen" },
        { at, status: "trial_in_progress", actor: "system" },
      ],
      link: `/trial-tests/${id}`,
      ...ownerIndex(citizen.sub, at, id),
    };
    const nextPointer: CitizenTrialRecord = {
      ...citizenKey(citizen.sub),
      type: "TrialCitizen",
      version: (pointer?.version ?? 0) + 1,
      ownerSub: citizen.sub,
      email: registration.email,
      attemptId: id,
      startedAt: at,
      retakeFrom,
      past: [{ id, number: attempt.number, startedAt: at, status: attempt.status }, ...(pointer?.past ?? [])].slice(0, 20),
    };
    const expiry = armDeadline({ caseKey: attemptKey(id), kind: EXPIRE_ATTEMPT, dueAt: new Date(endsAt), now });
    const writes: Write[] = [
      { op: "put", record: nextPointer, condition: pointer ? { kind: "versionIs", version: pointer.version } : { kind: "notExists" } },
      { op: "put", record: attempt, condition: { kind: "notExists" } },
      expiry.write,
      enqueueEmail({ to: registration.email, now, dedupeKey: `trial:${id}:registered`, message: trialMessages.registered(attempt) }),
    ];
    try {
      await ctx.store.transact(writes);
    } catch (err) {
      if (err instanceof ConditionFailed) continue; // a parallel start won: read again and resume its attempt
      throw err;
    }
    // After the commit, so a lost race arms nothing; if arming fails the GET still finishes the attempt at endsAt.
    await startTimers(ctx, [expiry]).catch(() => undefined);
    await deliverNow(ctx, writes);
    return { attempt: attemptView(attempt, now), created: true };
  }
  throw errors.conflict("concurrent_change", { az: "İmtahan eyni vaxtda başqa yerdə başladıldı. Səhifəni yeniləyin.", en: "The test was started elsewhere at the same time. Reload the page." });
}

// ---------------------------------------------------------------------------------------------
// Answer
// ---------------------------------------------------------------------------------------------

const timeUp = () =>
  errors.refused("time_up", {
    az: "İmtahan vaxtı bitib: cavablar artıq qəbul edilmir. Nəticəniz verilmiş cavablar əsasında hesablanır.",
    en: "The time is up: answers are no longer accepted. Your result is scored on the answers given.",
  });
const alreadyFinished = () =>
  errors.conflict("attempt_finished", { az: "İmtahan artıq başa çatıb: cavablar dəyişdirilə bilməz.", en: "The test has already finished: answers can no longer change." });

/** Saves one answer at once (the last choice counts); refused after `endsAt` or once finished. */
export async function saveAnswer(ctx: Needs<"store" | "clock">, citizen: Citizen, rawParams: unknown, rawBody: unknown) {
  const { attemptId, index } = parseOrThrow(answerParamsSchema, rawParams);
  const { choice } = parseOrThrow(answerSchema, rawBody);
  for (let round = 0; round < 5; round++) {
    const a = await ownAttempt(ctx, citizen, attemptId);
    const now = ctx.clock.now();
    if (a.status === "completed") throw alreadyFinished();
    if (now.getTime() >= Date.parse(a.endsAt)) throw timeUp();
    if (index >= a.items.length) throw errors.notFound({ az: "Sual", en: "The question" });
    const next: AttemptRecord = { ...a, answers: { ...a.answers, [String(index)]: choice }, version: a.version + 1, updatedAt: now.toISOString() };
    try {
      await ctx.store.transact([{ op: "put", record: next, condition: { kind: "versionIs", version: a.version } }]);
    } catch (err) {
      if (err instanceof ConditionFailed) continue; // another answer (another tab) landed first
      throw err;
    }
    return { index, choice, savedAt: now.toISOString(), secondsLeft: Math.max(0, Math.floor((Date.parse(a.endsAt) - now.getTime()) / 1000)), answeredCount: Object.keys(next.answers).length };
  }
  throw errors.conflict("concurrent_change", { az: "Cavab eyni vaxtda dəyişdirildi. Yenidən cəhd edin.", en: "The answer changed at the same time. Try again." });
}

// ---------------------------------------------------------------------------------------------
// Finish (the citizen, the server's clock on a read, or the timer)
// ---------------------------------------------------------------------------------------------

export function certificateContent(a: AttemptRecord, issuedOn: string): CertificateContent {
  const r = a.result!;
  const started = bakuDisplay(a.startedAt);
  return {
    kind: "trial-test",
    holderName: holderName(a.registration),
    issuedOn,
    headline: { label: { az: "Ümumi nəticə (düzgün cavablar)", en: "Total score (right answers)" }, value: { az: `${r.right} / ${r.total} (${r.percent}%)`, en: `${r.right} / ${r.total} (${r.percent}%)` } },
    lines: [
      { label: { az: "Sorğunun nömrəsi", en: "Request number" }, value: { az: a.number, en: a.number } },
      { label: { az: "İmtahanın tarixi", en: "Date of the test" }, value: { az: started.date, en: started.date } },
      { label: { az: "Test", en: "Test" }, value: { az: "İnzibati vəzifələrin 5–7-ci təsnifatları üzrə sınaq test imtahanı", en: "Trial test for administrative positions of classifications 5–7" } },
    ],
    table: {
      title: { az: "Mövzular üzrə nəticə", en: "Score per topic" },
      columns: [
        { az: "Mövzu", en: "Topic" },
        { az: "Düzgün cavablar", en: "Right answers" },
        { az: "Suallar", en: "Questions" },
      ],
      rows: r.byTopic.map((t) => [`${t.name.az} / ${t.name.en}`, String(t.right), String(t.total)]),
    },
  };
}

const certificateFacts = (code: string) => ({ label: { az: "Sertifikatın yoxlama kodu", en: "Certificate verification code" }, value: code });

/** The certificate's writes: the attempt points to it, "My requests" offers it, the result e-mail carries it. */
export function certificateWrites(a: AttemptRecord, cert: PreparedCertificate, now: Date): { next: AttemptRecord; writes: Write[] } {
  const { certificatePending: _p, ...rest } = a;
  const next: AttemptRecord = {
    ...rest,
    certificateCode: cert.code,
    download: cert.download,
    facts: [...(a.facts ?? []).filter((f) => f.label.en !== certificateFacts("").label.en), certificateFacts(cert.code)],
    version: a.version + 1,
    updatedAt: now.toISOString(),
  };
  return {
    next,
    writes: [
      { op: "put", record: next, condition: { kind: "versionIs", version: a.version } },
      cert.write,
      enqueueEmail({ to: a.registration.email, now, dedupeKey: `trial:${a.id}:finished`, message: trialMessages.finished(next, cert.code), attachments: [cert.attachment] }),
    ],
  };
}

/**
 * Scores and finishes an attempt. The certificate (a PDF: only the deadline function renders
 * PDFs) comes with it when `cert` is given; otherwise the attempt waits for it (`certificatePending`)
 * and the result e-mail goes out with the certificate.
 */
export async function completionWrites(ctx: Needs<"store" | "clock">, a: AttemptRecord, by: "citizen" | "timer"): Promise<{ next: AttemptRecord; writes: Write[] }> {
  const now = ctx.clock.now();
  const at = now.toISOString();
  const result = scoreAttempt(a);
  const { dueAt: _due, ...rest } = a;
  const next: AttemptRecord = {
    ...rest,
    status: "completed",
    result,
    finishedAt: at,
    finishedBy: by,
    certificatePending: true,
    version: a.version + 1,
    updatedAt: at,
    history: [...a.history, { at, status: "completed", actor: by === "timer" ? "timer" : "citizen" }],
    facts: [{ label: { az: "Nəticə", en: "Score" }, value: `${result.right} / ${result.total} (${result.percent}%)` }],
  };
  const writes: Write[] = [{ op: "put", record: next, condition: { kind: "versionIs", version: a.version } }];
  const pointer = await ctx.store.get<CitizenTrialRecord>(citizenKey(a.ownerSub));
  if (pointer?.past.some((p) => p.id === a.id)) {
    writes.push({
      op: "put",
      record: { ...pointer, version: pointer.version + 1, past: pointer.past.map((p) => (p.id === a.id ? { ...p, status: "completed", result } : p)) },
      condition: { kind: "versionIs", version: pointer.version },
    });
  }
  return { next, writes };
}

/** At once after the finish: the deadline function renders the certificate and e-mails the result with it. */
export const armCertificate = (a: AttemptRecord, now: Date) => armDeadline({ caseKey: attemptKey(a.id), kind: ISSUE_CERTIFICATE, dueAt: immediately(now), now });

type FinishCtx = Needs<"store" | "clock" | "timers">;

/** Finishes (or re-reads) an attempt; idempotent with the timer and with a second click. */
async function finish(ctx: FinishCtx, citizen: Citizen, attemptId: string, requestedBy: "citizen" | "read"): Promise<AttemptRecord> {
  for (let round = 0; round < 4; round++) {
    const a = await ownAttempt(ctx, citizen, attemptId);
    const now = ctx.clock.now();
    const expired = now.getTime() >= Date.parse(a.endsAt);
    if (a.status === "completed") return a;
    if (requestedBy === "read" && !expired) return a;
    // Past endsAt the server finishes it as the timer would: the answers given count, nothing later.
    const { next, writes } = await completionWrites(ctx, a, expired ? "timer" : "citizen");
    const expiry = await ctx.store.get<DeadlineRecord>(deadlineKey(attemptKey(a.id), EXPIRE_ATTEMPT));
    if (expiry?.status === "pending") writes.push(cancelDeadline(expiry, now));
    const issue = armCertificate(a, now);
    writes.push(issue.write);
    await startTimers(ctx, [issue]); // before the commit, so it is never lost; a lost race leaves a timer that finds nothing
    try {
      await ctx.store.transact(writes);
    } catch (err) {
      if (err instanceof ConditionFailed) continue; // the timer or another tab finished it: read again
      throw err;
    }
    return next;
  }
  throw errors.conflict("concurrent_change", { az: "İmtahan eyni vaxtda dəyişdirildi. Səhifəni yeniləyin.", en: "The test changed at the same time. Reload the page." });
}

/** The citizen ends the test: scored at once; the certificate follows within seconds, with the e-mail. A second call answers the same result. */
export async function finishAttempt(ctx: FinishCtx, citizen: Citizen, rawId: unknown): Promise<AttemptView> {
  const { attemptId } = parseOrThrow(attemptIdSchema, { attemptId: rawId });
  return attemptView(await finish(ctx, citizen, attemptId, "citizen"), ctx.clock.now());
}

/** Resume (another device, a reload) with the time left; past `endsAt` the read itself finishes it. */
export async function getAttempt(ctx: FinishCtx, citizen: Citizen, rawId: unknown): Promise<AttemptView> {
  const { attemptId } = parseOrThrow(attemptIdSchema, { attemptId: rawId });
  return attemptView(await finish(ctx, citizen, attemptId, "read"), ctx.clock.now());
}

// ---------------------------------------------------------------------------------------------
// Overview and the retake reminder
// ---------------------------------------------------------------------------------------------

export async function trialOverview(ctx: Needs<"store" | "clock">, citizen: Citizen): Promise<OverviewView> {
  const now = ctx.clock.now();
  const [pointer, settings] = await Promise.all([ctx.store.get<CitizenTrialRecord>(citizenKey(citizen.sub)), readSettings(ctx)]);
  let current: AttemptView | null = null;
  if (pointer) {
    const a = await ctx.store.get<AttemptRecord>(attemptKey(pointer.attemptId));
    if (a && a.status === "trial_in_progress" && now.getTime() < Date.parse(a.endsAt)) current = attemptView(a, now);
  }
  const waiting = pointer && now.getTime() < Date.parse(pointer.retakeFrom);
  return {
    settings: { composition: settings.composition, timeLimitMinutes: settings.timeLimitMinutes, totalQuestions: Object.values(settings.composition).reduce((x, y) => x + y, 0) },
    topics: topicIds.filter((t) => settings.composition[t] > 0).map((t) => ({ topic: t, name: topicNames[t], questions: settings.composition[t] })),
    current,
    previous: (pointer?.past ?? []).map((p) => ({ id: p.id, number: p.number, startedAt: p.startedAt, status: p.status, ...(p.result ? { result: p.result } : {}) })),
    ...(waiting ? { retakeFrom: pointer.retakeFrom } : {}),
    reminderRequested: !!(waiting && pointer.reminderFor === pointer.retakeFrom),
    account: { email: citizen.email, idCard: citizen.idCard },
  };
}

/** "E-mail me on that day": arms a deadline at 09:00 Baku on the retake day. Asking twice changes nothing. */
export async function requestRetakeReminder(ctx: Needs<"store" | "clock" | "timers" | "webOrigin">, citizen: Citizen) {
  for (let round = 0; round < 4; round++) {
    const now = ctx.clock.now();
    const pointer = await ctx.store.get<CitizenTrialRecord>(citizenKey(citizen.sub));
    if (!pointer || now.getTime() >= Date.parse(pointer.retakeFrom)) {
      throw errors.refused("retake_possible_now", { az: "Sınaq test imtahanını indi verə bilərsiniz; xatırlatmaya ehtiyac yoxdur.", en: "You can take the trial test now; no reminder is needed." });
    }
    const remindAt = reminderDueAt(pointer.retakeFrom);
    if (pointer.reminderFor === pointer.retakeFrom) return { retakeFrom: pointer.retakeFrom, remindAt: remindAt.toISOString(), email: pointer.email };
    const existing = await ctx.store.get<DeadlineRecord>(deadlineKey(citizenKey(citizen.sub), RETAKE_REMINDER));
    const armed = armDeadline({ caseKey: citizenKey(citizen.sub), kind: RETAKE_REMINDER, dueAt: remindAt, now, data: { retakeFrom: pointer.retakeFrom, webOrigin: ctx.webOrigin }, existing });
    try {
      await ctx.store.transact([{ op: "put", record: { ...pointer, reminderFor: pointer.retakeFrom, version: pointer.version + 1 }, condition: { kind: "versionIs", version: pointer.version } }, armed.write]);
    } catch (err) {
      if (err instanceof ConditionFailed) continue;
      throw err;
    }
    await startTimers(ctx, [armed]);
    return { retakeFrom: pointer.retakeFrom, remindAt: remindAt.toISOString(), email: pointer.email };
  }
  throw errors.conflict("concurrent_change", { az: "Məlumat eyni vaxtda dəyişdirildi. Yenidən cəhd edin.", en: "The record changed at the same time. Try again." });
}

/** On the retake day: e-mails the citizen, unless a new attempt has started since they asked. */
export const retakeReminderOnDeadline: DeadlineHandler = async (ctx, deadline) => {
  const pointer = await ctx.store.get<CitizenTrialRecord>(deadline.caseKey);
  const retakeFrom = String(deadline.data?.retakeFrom ?? "");
  if (!pointer || pointer.retakeFrom !== retakeFrom) return { writes: [] };
  return {
    writes: [
      enqueueEmail({
        to: pointer.email,
        now: ctx.clock.now(),
        dedupeKey: `trial-reminder:${pointer.ownerSub}:${retakeFrom}`,
        message: trialMessages.retakeReminder(retakeFrom, String(deadline.data?.webOrigin ?? "")),
      }),
    ],
  };
};

