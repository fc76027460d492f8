import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { verifyCertificate } from "../src/certificates/usecases.js";
import { fireDeadline } from "../src/deadlines/fire.js";
import { deadlineHandlers } from "../src/deadlines/registry.js";
import type { AppError } from "../src/errors.js";
import type { Principal } from "../src/principal.js";
import { finishAttempt, getAttempt, reminderDueAt, requestRetakeReminder, retakeFromOf, saveAnswer, startAttempt, trialOverview } from "../src/trial-tests/attempts.js";
import { createQuestion, getSettings, importQuestions, listQuestions, parseQuestionsCsv, putSettings, retireQuestion, updateQuestion } from "../src/trial-tests/bank.js";
import { questionsToCsv } from "../src/trial-tests/question-bank/to-csv.js";
import { seedQuestions } from "../src/trial-tests/question-bank/seed-bank.js";
import { attemptKey, type AttemptRecord, poolKey, type TopicPoolRecord } from "../src/trial-tests/records.js";
import { topicIds } from "../src/trial-tests/topics.js";
import type { AttemptView } from "../src/trial-tests/views.js";
import { fixedClock, MemoryStore, RecordingMailer, RecordingTimers } from "./memory-store.js";
import { MemoryFiles } from "./memory-files.js";

const admin: Extract<Principal, { kind: "official" }> = { kind: "official", sub: "a1", username: "admin", email: "admin@x.az", groups: ["admin"] };
const citizen = (n = 1): Extract<Principal, { kind: "citizen" }> => ({ kind: "citizen", sub: `c${n}`, email: `c${n}@example.az`, idCard: "AZE12345678" });
const registration = (over: Record<string, unknown> = {}) => ({ lastName: "Əliyeva", firstName: "Leyla", patronymic: "Rəşid qızı", birthDate: "1998-03-14", idCard: "AZE12345678", email: "leyla@example.az", confirmed: true, ...over });

/** Fails if any answer key field appears anywhere in a response body (before the attempt finished). */
export function assertNoAnswerKey(body: unknown, where = "body"): void {
  const forbidden = /^(key|answerKey|correct|correctOption|correctIndex|rightOption|rightAnswer|isCorrect|review|order|result)$/;
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v && typeof v === "object")
      for (const [k, x] of Object.entries(v)) {
        if (forbidden.test(k)) throw new Error(`answer key field "${k}" at ${path}`);
        walk(x, `${path}.${k}`);
      }
  };
  walk(body, where);
}

/** What the fired-deadline function does right after a finish: render the certificates, send the e-mails. */
async function issueCertificates(ctx: TestCtx) {
  const { deliverNow } = await import("../src/notifications/outbox.js");
  for (const t of ctx.timers.armed.filter((x) => x.deadlineKey.sk === "KIND#trialTests.certificate")) {
    const fired = await fireDeadline(ctx, deadlineHandlers, { deadlineKey: t.deadlineKey, dueAt: t.dueAt });
    await deliverNow(ctx, fired.writes);
  }
}

async function setup(now = "2026-11-22T08:00:00Z") {
  const clock = fixedClock(now);
  const ctx = { store: new MemoryStore(), clock, mailer: new RecordingMailer(), timers: new RecordingTimers(), files: new MemoryFiles(), webOrigin: "https://e-xidmet.example" };
  await importQuestions(ctx, admin, { csv: questionsToCsv(seedQuestions) });
  return ctx;
}
type TestCtx = Awaited<ReturnType<typeof setup>>;

/** Answers from the stored key (a test may look inside the store): `right` of them right, the rest wrong. */
async function answer(ctx: TestCtx, who: ReturnType<typeof citizen>, view: AttemptView, right: number) {
  const record = (await ctx.store.get<AttemptRecord>(attemptKey(view.id)))!;
  for (let i = 0; i < view.questions.length; i++) {
    const choice = i < right ? record.key[i]! : (record.key[i]! + 1) % 4;
    assertNoAnswerKey(await saveAnswer(ctx, who, { attemptId: view.id, index: String(i) }, { choice }));
  }
}

describe("the seeded question bank", () => {
  it("has at least 60 well-formed questions over at least 4 topics, each with 4 distinct options and one right answer", () => {
    expect(seedQuestions.length).toBeGreaterThanOrEqual(60);
    const topics = new Set(seedQuestions.map((q) => q.topic));
    expect(topics.size).toBeGreaterThanOrEqual(4);
    expect(new Set(seedQuestions.map((q) => q.id)).size).toBe(seedQuestions.length);
    for (const q of seedQuestions) {
      expect(q.options, q.id).toHaveLength(4);
      expect(new Set(q.options).size, q.id).toBe(4);
      expect(q.correct, q.id).toBeGreaterThanOrEqual(0);
      expect(q.correct, q.id).toBeLessThan(4);
      expect(q.text.length, q.id).toBeGreaterThan(10);
    }
    const { issues, questions } = parseQuestionsCsv(questionsToCsv(seedQuestions));
    expect(issues).toEqual([]);
    expect(questions.map((q) => q.correct)).toEqual(seedQuestions.map((q) => q.correct));
  });
});

describe("the question bank (admin)", () => {
  it("import is idempotent and fills the per-topic pools of active ids", async () => {
    const ctx = await setup();
    const again = await importQuestions(ctx, admin, { csv: questionsToCsv(seedQuestions) });
    expect(again).toMatchObject({ rows: seedQuestions.length, created: 0, updated: 0, unchanged: seedQuestions.length });
    const pool = await ctx.store.get<TopicPoolRecord>(poolKey("logic"));
    expect(pool!.ids).toHaveLength(seedQuestions.filter((q) => q.topic === "logic").length);
    const page = await listQuestions(ctx, { topic: "computer" });
    expect(page.items.length).toBe(seedQuestions.filter((q) => q.topic === "computer").length);
  });

  it("refuses a file with bad rows as a whole, naming each row and column", async () => {
    const ctx = await setup();
    const csv = [
      "id,topic,text,option_a,option_b,option_c,option_d,correct,active",
      "x-1,logic,Yaxşı sual?,1,2,3,4,A,yes",
      "x-2,astrology,Sual?,1,2,3,4,B,yes",
      "x-3,logic,Başqa sual?,1,1,3,4,E,maybe",
      'x-4,logic,"Dırnaqlı, vergüllü sual?",a,b,c,,C,',
    ].join("\n");
    const err = (await importQuestions(ctx, admin, { csv }).catch((e) => e)) as AppError;
    expect(err.status).toBe(400);
    const paths = err.issues!.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["rows.3.topic", "rows.4.correct", "rows.4.active", "rows.5.option_d"]));
    expect(err.issues!.find((i) => i.path === "rows.3.topic")!.az).toContain("Mövzu");
    expect((await listQuestions(ctx, { topic: "logic" })).items.some((q) => q.id === "x-1")).toBe(false);
    const dupOptions = (await importQuestions(ctx, admin, { csv: "topic,text,option_a,option_b,option_c,option_d,correct\nlogic,Sual?,1,1,3,4,A" }).catch((e) => e)) as AppError;
    expect(dupOptions.issues!.map((i) => i.path)).toContain("rows.2.option_b");
    const header = (await importQuestions(ctx, admin, { csv: "a,b\n1,2" }).catch((e) => e)) as AppError;
    expect(header.issues![0]!.code).toBe("trialTests.csvHeader");
  });

  it("an added question is drawn in later tests; a retired one no more", async () => {
    const ctx = await setup();
    const added = await createQuestion(ctx, admin, { topic: "logic", text: "2 + 2 neçədir?", options: ["3", "4", "5", "6"], correct: 1 });
    expect(added.created).toBe(true);
    expect((await createQuestion(ctx, admin, { topic: "logic", text: "2 + 2 neçədir?", options: ["3", "4", "5", "6"], correct: 1 })).created).toBe(false);
    const logicCount = seedQuestions.filter((q) => q.topic === "logic").length + 1;
    await putSettings(ctx, admin, { composition: { constitution: 0, "civil-service": 0, ethics: 0, logic: logicCount, computer: 0 }, timeLimitMinutes: 10 });
    const { attempt } = await startAttempt(ctx, citizen(1), registration());
    expect(attempt.questions.map((q) => q.text)).toContain("2 + 2 neçədir?");

    await retireQuestion(ctx, admin, added.question.id);
    await putSettings(ctx, admin, { composition: { constitution: 0, "civil-service": 0, ethics: 0, logic: logicCount - 1, computer: 0 }, timeLimitMinutes: 10 });
    const later = await startAttempt(ctx, citizen(2), registration());
    expect(later.attempt.questions.map((q) => q.text)).not.toContain("2 + 2 neçədir?");
    expect(later.attempt.questions).toHaveLength(logicCount - 1);
  });

  it("edits are versioned; settings cannot ask for more questions than a topic has", async () => {
    const ctx = await setup();
    const { question } = await createQuestion(ctx, admin, { topic: "ethics", text: "Sınaq sualı?", options: ["a", "b", "c", "d"], correct: 0 });
    const edited = await updateQuestion(ctx, admin, question.id, { topic: "ethics", text: "Sınaq sualı?", options: ["a", "b", "c", "d"], correct: 2, active: true, version: question.version });
    expect(edited.correct).toBe(2);
    const stale = (await updateQuestion(ctx, admin, question.id, { topic: "ethics", text: "x?", options: ["a", "b", "c", "d"], correct: 0, active: true, version: question.version }).catch((e) => e)) as AppError;
    expect(stale.status).toBe(409);
    const tooMany = (await putSettings(ctx, admin, { composition: { constitution: 500 > 50 ? 50 : 0, "civil-service": 1, ethics: 1, logic: 1, computer: 1 }, timeLimitMinutes: 30 }).catch((e) => e)) as AppError;
    expect(tooMany.status).toBe(422);
    expect(tooMany.issues![0]!.path).toBe("composition.constitution");
    expect((await getSettings(ctx)).activeQuestions.constitution).toBe(seedQuestions.filter((q) => q.topic === "constitution").length);
  });
});

describe("taking a trial test", () => {
  it("draws per the composition, keeps the key server-side, resumes, scores per topic, issues the certificate and e-mails it", async () => {
    const ctx = await setup();
    const me = citizen(1);
    const { attempt, created } = await startAttempt(ctx, me, registration());
    expect(created).toBe(true);
    assertNoAnswerKey(attempt);
    expect(attempt.questions).toHaveLength(20);
    expect(attempt.questions.filter((q) => q.topic === "constitution")).toHaveLength(5);
    expect(attempt.secondsLeft).toBe(30 * 60);
    expect(ctx.mailer.sent[0]!.subject).toContain("qeydiyyatdan keçdiniz");

    ctx.clock.advanceMs(5 * 60_000);
    await answer(ctx, me, attempt, 15);
    // A reload (or another device): the same attempt, the answers given, the time left.
    const resumed = await getAttempt(ctx, me, attempt.id);
    assertNoAnswerKey(resumed);
    expect(resumed).toMatchObject({ id: attempt.id, status: "in_progress", answeredCount: 20, secondsLeft: 25 * 60 });
    expect(resumed.questions).toEqual(attempt.questions);
    const again = await startAttempt(ctx, me, registration());
    expect(again).toMatchObject({ created: false, attempt: { id: attempt.id } });
    assertNoAnswerKey(again);
    assertNoAnswerKey(await trialOverview(ctx, me));

    const scored = await finishAttempt(ctx, me, attempt.id);
    expect(scored).toMatchObject({ status: "finished", certificatePending: true });
    await issueCertificates(ctx);
    const done = await getAttempt(ctx, me, attempt.id);
    expect(done.status).toBe("finished");
    expect(done.certificatePending).toBeUndefined();
    expect(done.result).toMatchObject({ right: 15, total: 20, percent: 75 });
    expect(done.result!.byTopic.reduce((s, t) => s + t.total, 0)).toBe(20);
    expect(done.review!.filter((r) => r.chosen !== r.rightOption)).toHaveLength(5);
    expect(done.certificate!.code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    const check = await verifyCertificate(ctx, done.certificate!.code);
    expect(check).toMatchObject({ kind: "trial-test", holderName: "Leyla Rəşid qızı Əliyeva", headline: { value: { az: "15 / 20 (75%)" } } });
    const pdf = await PDFDocument.load([...ctx.files.objects.values()][0]!.body);
    expect(pdf.getTitle()).toContain(done.certificate!.code);
    const mail = ctx.mailer.sent.at(-1)!;
    expect(mail.to).toBe("leyla@example.az");
    expect(mail.text).toContain("15 / 20");
    expect(mail.text).toContain(done.certificate!.code);
    expect(mail.text).toContain(`https://e-xidmet.example/#/certificate/${done.certificate!.code}`);
    expect(mail.text).toContain("Mənim sorğularım");
    expect((mail as { attachments?: unknown[] }).attachments?.[0]).toMatchObject({ contentType: "application/pdf", fileName: `trial-test-${done.certificate!.code}.pdf` });
    // Finishing twice is the same result; no second certificate, no second e-mail.
    const twice = await finishAttempt(ctx, me, attempt.id);
    await issueCertificates(ctx);
    expect(twice.certificate!.code).toBe(done.certificate!.code);
    expect(ctx.mailer.sent.filter((m) => m.subject.includes("nəticəsi"))).toHaveLength(1);
    const answerLate = (await saveAnswer(ctx, me, { attemptId: attempt.id, index: "0" }, { choice: 0 }).catch((e) => e)) as AppError;
    expect(answerLate.status).toBe(409);
  });

  it("another citizen's attempt is not found", async () => {
    const ctx = await setup();
    const { attempt } = await startAttempt(ctx, citizen(1), registration());
    for (const call of [() => getAttempt(ctx, citizen(2), attempt.id), () => finishAttempt(ctx, citizen(2), attempt.id), () => saveAnswer(ctx, citizen(2), { attemptId: attempt.id, index: "0" }, { choice: 1 })]) {
      expect(((await call().catch((e) => e)) as AppError).status).toBe(404);
    }
  });

  it("the registration form: age 16, the account's ID card, confirmation", async () => {
    const ctx = await setup();
    const err = (await startAttempt(ctx, citizen(1), registration({ birthDate: "2012-01-01", idCard: "AA1234567", confirmed: false })).catch((e) => e)) as AppError;
    expect(err.status).toBe(400);
    expect(err.issues!.map((i) => i.code).sort()).toEqual(["trialTests.age16", "trialTests.idCardMismatch", "trialTests.notConfirmed"]);
  });

  it("the time limit is the server's: answers after endsAt are refused, the timer finishes and scores what was answered", async () => {
    const ctx = await setup();
    const me = citizen(1);
    const { attempt } = await startAttempt(ctx, me, registration());
    await answer(ctx, me, { ...attempt, questions: attempt.questions.slice(0, 4) }, 3); // 3 right, 1 wrong, 16 unanswered
    ctx.clock.advanceMs(30 * 60_000);
    const late = (await saveAnswer(ctx, me, { attemptId: attempt.id, index: "10" }, { choice: 0 }).catch((e) => e)) as AppError;
    expect([late.status, late.code]).toEqual([422, "time_up"]);
    const timer = ctx.timers.armed.find((t) => t.dueAt === attempt.endsAt)!;
    // A deadline function without file storage: finished and scored now, the certificate by a follow-up deadline.
    const { files: _f, webOrigin: _w, ...timerCtx } = ctx;
    await fireDeadline(timerCtx, deadlineHandlers, { deadlineKey: timer.deadlineKey, dueAt: timer.dueAt });
    const stored = (await ctx.store.get<AttemptRecord>(attemptKey(attempt.id)))!;
    expect(stored).toMatchObject({ status: "completed", finishedBy: "timer", result: { right: 3, total: 20 }, certificatePending: true });
    await issueCertificates(ctx);
    const view = await getAttempt(ctx, me, attempt.id);
    expect(view.certificate?.code).toBeTruthy();
    expect(view.finishedBy).toBe("timer");
    expect(ctx.mailer.sent.at(-1)!.text).toContain("avtomatik başa çatdırıldı");
    // Firing again (a doubled timer) changes nothing.
    expect((await fireDeadline(timerCtx, deadlineHandlers, { deadlineKey: timer.deadlineKey, dueAt: timer.dueAt })).outcome).toBe("ignored");
  });

  it("with file storage, the timer issues the certificate itself", async () => {
    const ctx = await setup();
    const { attempt } = await startAttempt(ctx, citizen(1), registration());
    ctx.clock.advanceMs(30 * 60_000);
    const timer = ctx.timers.armed.find((t) => t.dueAt === attempt.endsAt)!;
    const fired = await fireDeadline(ctx, deadlineHandlers, { deadlineKey: timer.deadlineKey, dueAt: timer.dueAt });
    expect(fired.outcome).toBe("fired");
    const stored = (await ctx.store.get<AttemptRecord>(attemptKey(attempt.id)))!;
    expect(stored.certificateCode).toBeTruthy();
    expect(stored.certificatePending).toBeUndefined();
    expect(stored.result).toMatchObject({ right: 0, total: 20 });
    expect(stored.download?.path).toBe(`/me/certificates/${stored.certificateCode}/download`);
    const { deliverNow } = await import("../src/notifications/outbox.js");
    await deliverNow(ctx, fired.writes);
    expect(ctx.mailer.sent.at(-1)!.text).toContain(stored.certificateCode!);
  });

  it("a read after endsAt finishes the attempt even if the timer is late; the citizen's finish and the timer end in one result", async () => {
    const ctx = await setup();
    const me = citizen(1);
    const { attempt } = await startAttempt(ctx, me, registration());
    ctx.clock.advanceMs(31 * 60_000);
    const view = await getAttempt(ctx, me, attempt.id);
    expect(view).toMatchObject({ status: "finished", finishedBy: "timer", secondsLeft: 0 });
    const timer = ctx.timers.armed.find((t) => t.dueAt === attempt.endsAt)!;
    expect((await fireDeadline(ctx, deadlineHandlers, { deadlineKey: timer.deadlineKey, dueAt: timer.dueAt })).outcome).toBe("ignored"); // cancelled by the finish
  });

  it("two parallel starts create one attempt", async () => {
    const ctx = await setup();
    const results = await Promise.all([startAttempt(ctx, citizen(1), registration()), startAttempt(ctx, citizen(1), registration())]);
    expect(new Set(results.map((r) => r.attempt.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const attempts = [...ctx.store.items.values()].filter((r) => r.type === "TrialAttempt");
    expect(attempts).toHaveLength(1);
  });
});

describe("the retake rule (10 days)", () => {
  it("boundary: from 00:00 Baku of the 10th calendar day after the start — day 9 refused, day 10 allowed", async () => {
    // Started 22.11.2026 at 23:30 Baku (19:30 UTC): allowed from 02.12.2026 00:00 Baku = 01.12.2026 20:00 UTC.
    expect(retakeFromOf(new Date("2026-11-22T19:30:00Z")).toISOString()).toBe("2026-12-01T20:00:00.000Z");
    // Started 22.11.2026 at 00:10 Baku: the same day counts, the same boundary.
    expect(retakeFromOf(new Date("2026-11-21T20:10:00Z")).toISOString()).toBe("2026-12-01T20:00:00.000Z");

    const ctx = await setup("2026-11-22T08:00:00Z");
    const me = citizen(1);
    const { attempt } = await startAttempt(ctx, me, registration());
    await finishAttempt(ctx, me, attempt.id);
    expect(attempt.retakeFrom).toBe("2026-12-01T20:00:00.000Z");

    ctx.clock.set("2026-12-01T19:59:59Z"); // day 9, 23:59:59 Baku
    const refused = (await startAttempt(ctx, me, registration()).catch((e) => e)) as AppError;
    expect([refused.status, refused.code]).toEqual([422, "retake_too_soon"]);
    expect(refused.text.az).toContain("02.12.2026");
    expect(refused.text.en).toContain("02.12.2026");
    expect((await trialOverview(ctx, me)).retakeFrom).toBe("2026-12-01T20:00:00.000Z");

    ctx.clock.set("2026-12-01T20:00:00Z"); // day 10, 00:00:00 Baku
    const allowed = await startAttempt(ctx, me, registration());
    expect(allowed.created).toBe(true);
    expect(allowed.attempt.id).not.toBe(attempt.id);
    const overview = await trialOverview(ctx, me);
    expect(overview.previous.map((p) => p.id)).toEqual([allowed.attempt.id, attempt.id]);
  });

  it("the citizen may ask to be e-mailed on the retake day; a new start before it makes the reminder moot", async () => {
    const ctx = await setup();
    const me = citizen(1);
    const { attempt } = await startAttempt(ctx, me, registration());
    await finishAttempt(ctx, me, attempt.id);
    const asked = await requestRetakeReminder(ctx, me);
    expect(asked.remindAt).toBe(reminderDueAt(attempt.retakeFrom).toISOString());
    expect(await requestRetakeReminder(ctx, me)).toEqual(asked); // asking twice: one reminder
    expect((await trialOverview(ctx, me)).reminderRequested).toBe(true);
    const timer = ctx.timers.armed.find((t) => t.dueAt === asked.remindAt)!;
    ctx.clock.set(asked.remindAt);
    const before = ctx.mailer.sent.length;
    const fired = await fireDeadline(ctx, deadlineHandlers, { deadlineKey: timer.deadlineKey, dueAt: timer.dueAt });
    expect(fired.outcome).toBe("fired");
    const { deliverNow } = await import("../src/notifications/outbox.js");
    await deliverNow(ctx, fired.writes);
    expect(ctx.mailer.sent.length).toBe(before + 1);
    expect(ctx.mailer.sent.at(-1)!.subject).toContain("Təkrar sınaq test imtahanı verə bilərsiniz");
    const now = (await requestRetakeReminder(ctx, me).catch((e) => e)) as AppError;
    expect(now.code).toBe("retake_possible_now");
  });
});

describe("settings", () => {
  it("defaults, then an admin's composition and time limit apply to the next attempt", async () => {
    const ctx = await setup();
    expect((await getSettings(ctx)).timeLimitMinutes).toBe(30);
    await putSettings(ctx, admin, { composition: { constitution: 2, "civil-service": 2, ethics: 2, logic: 2, computer: 2 }, timeLimitMinutes: 15 });
    const { attempt } = await startAttempt(ctx, citizen(1), registration());
    expect(attempt.questions).toHaveLength(10);
    expect(attempt.timeLimitMinutes).toBe(15);
    expect(Date.parse(attempt.endsAt) - Date.parse(attempt.startedAt)).toBe(15 * 60_000);
    const empty = (await putSettings(ctx, admin, { composition: Object.fromEntries(topicIds.map((t) => [t, 0])), timeLimitMinutes: 15 }).catch((e) => e)) as AppError;
    expect(empty.issues![0]!.code).toBe("trialTests.compositionEmpty");
  });
});
