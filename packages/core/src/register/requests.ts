/**
 * The 7-day request (regulation 3, items 1.7, 2.6, 3.4): when the register has no record of the
 * user (or the user disputes it), the request is registered in the information system, the user
 * is told at once, and the IT sector answers within 7 days — after asking, if needed, for a copy
 * of the labour book (a checked upload). Two timers watch the term: a reminder to the officer two
 * days before the end, and the end itself (marked overdue; the alarm metric). The user is e-mailed
 * at each step; the request is in their "My requests" with its history.
 */
import { auditEntry } from "../audit/audit.js";
import type { Needs } from "../context.js";
import { armDeadline, cancelDeadline, type DeadlineRecord, deadlineKey } from "../deadlines/deadline.js";
import { type DeadlineEffect, type DeadlineHandler, startTimers } from "../deadlines/fire.js";
import { errors } from "../errors.js";
import { commitAndDeliver, deliverNow, enqueueEmail } from "../notifications/outbox.js";
import type { Principal } from "../principal.js";
import { ConditionFailed, type Write } from "../ports/store.js";
import { ownerIndex } from "../records/history.js";
import { newId, requestNumber, stableHash } from "../records/ids.js";
import { bakuDate } from "../time/baku.js";
import { downloadLink, verifiedUploads } from "../uploads/uploads.js";
import { ruleIssue } from "../validation/messages.js";
import { parseOrThrow } from "../validation/parse.js";
import { registerMessages as messages } from "./messages.js";
import { answerSchema, askLabourBookSchema, labourBookSchema, queueQuerySchema, registerRequestSchema, registerRules, uploadIdSchema } from "./model.js";
import { personKey } from "./records.js";
import {
  CLOSED_QUEUE,
  isOpen,
  isOverdue,
  OPEN_QUEUE,
  officerView,
  ownerView,
  type RegisterRequestRecord,
  requestKey,
  requestLink,
  requestTitle,
  withQueueIndex,
} from "./request-record.js";

type Citizen = Extract<Principal, { kind: "citizen" }>;
export interface ItOfficer {
  username: string;
  email?: string;
}

export const REGISTER_ANSWER_REMINDER = "register.answerReminder";
export const REGISTER_ANSWER_OVERDUE = "register.answerOverdue";
const DAY = 86_400_000;
/** The term: 7 days from the request; the reminder two days before its end. */
export const TERM_DAYS = 7;
export const REMIND_AFTER_DAYS = 5;
/** The IT sector's mailbox (the e-services' control address of regulation 3, 2.5) when no officer has acted yet. */
export const IT_SECTOR_MAILBOX = "eXidmet@csc.gov.az";

const notFound = () => errors.notFound({ az: "Sorğu", en: "The request" });
const idSchema = /^[0-9a-z]{16,24}$/;

type ActCtx = Needs<"store" | "clock" | "mailer" | "webOrigin">;

/**
 * Registers a request. Found in the register with the account's FIN and not disputed: nothing to
 * register — the answer is the record itself (409 with the reason). A retried submission with the
 * same Idempotency-Key returns the first request.
 */
export async function createRegisterRequest(ctx: ActCtx & Needs<"timers">, citizen: Citizen, rawBody: unknown, idempotencyKey?: string) {
  const now = ctx.clock.now();
  const today = bakuDate(now);
  const form = parseOrThrow(registerRequestSchema({ today }), rawBody ?? {});
  const accountFin = citizen.fin?.toUpperCase();
  if (accountFin && form.fin !== accountFin) throw errors.validation([ruleIssue("fin", registerRules["register.finMismatch"])]);
  if (form.kind === "not_found" && accountFin && (await ctx.store.get(personKey(accountFin)))) {
    throw errors.conflict("record_exists", {
      az: "Hesabınızdakı FİN ilə reyestrdə qeydiniz var; o, “Reyestrdəki məlumatlarım” səhifəsində dərhal göstərilir. Məlumatlarla razı deyilsinizsə, “razı deyiləm” sorğusu seçin.",
      en: "The register has a record with your account's FIN; it is shown at once on “My register record”. If you dispute it, choose a dispute request.",
    });
  }
  const id = idempotencyKey ? stableHash(`register-request|${citizen.sub}|${idempotencyKey}`, 20) : newId();
  const existing = await ctx.store.get<RegisterRequestRecord>(requestKey(id));
  if (existing) return { request: ownerView(existing, now), created: false };

  const at = now.toISOString();
  const dueAt = new Date(now.getTime() + TERM_DAYS * DAY);
  const remindAt = new Date(now.getTime() + REMIND_AFTER_DAYS * DAY);
  const record = withQueueIndex({
    ...requestKey(id),
    type: "RegisterRequest",
    version: 1,
    id,
    service: 3,
    number: requestNumber(3, today),
    title: requestTitle({ form }),
    status: "submitted",
    ownerSub: citizen.sub,
    ownerEmail: citizen.email,
    form,
    createdAt: at,
    updatedAt: at,
    dueAt: dueAt.toISOString(),
    remindAt: remindAt.toISOString(),
    files: [],
    history: [{ at, status: "submitted", actor: "citizen" }],
    link: requestLink(id),
    ...ownerIndex(citizen.sub, at, id),
  });
  const caseKey = requestKey(id);
  const data = { number: record.number };
  const armed = [
    armDeadline({ caseKey, kind: REGISTER_ANSWER_REMINDER, dueAt: remindAt, now, data }),
    armDeadline({ caseKey, kind: REGISTER_ANSWER_OVERDUE, dueAt, now, data }),
  ];
  const writes: Write[] = [
    { op: "put", record, condition: { kind: "notExists" } },
    ...armed.map((a) => a.write),
    enqueueEmail({ to: citizen.email, now, dedupeKey: `${id}:received`, message: messages.received(record, ctx.webOrigin) }),
  ];
  await startTimers(ctx, armed);
  try {
    await ctx.store.transact(writes);
  } catch (err) {
    if (!(err instanceof ConditionFailed)) throw err;
    const first = await ctx.store.get<RegisterRequestRecord>(requestKey(id));
    if (first) return { request: ownerView(first, now), created: false };
    throw err;
  }
  await deliverNow(ctx, writes);
  return { request: ownerView(record, now), created: true };
}

async function loadOwn(ctx: Needs<"store">, citizen: Citizen, rawId: unknown) {
  const id = String(rawId ?? "");
  if (!idSchema.test(id)) throw notFound();
  const r = await ctx.store.get<RegisterRequestRecord>(requestKey(id));
  // Someone else's request is "not found": its existence must not leak.
  if (!r || r.type !== "RegisterRequest" || r.ownerSub !== citizen.sub) throw notFound();
  return r;
}

export async function getMyRegisterRequest(ctx: Needs<"store" | "clock">, citizen: Citizen, rawId: unknown) {
  return ownerView(await loadOwn(ctx, citizen, rawId), ctx.clock.now());
}

/** The user attaches the copy of the labour book the officer asked for (checked uploads only). */
export async function attachLabourBook(ctx: ActCtx, citizen: Citizen, rawId: unknown, rawBody: unknown) {
  const { uploadIds } = parseOrThrow(labourBookSchema, rawBody ?? {});
  for (let attempt = 0; attempt < 3; attempt++) {
    const r = await loadOwn(ctx, citizen, rawId);
    if (r.status !== "documents_requested") {
      throw errors.conflict("invalid_state", {
        az: "Əmək kitabçasının surəti yalnız Komissiyanın əməkdaşı onu tələb etdikdə yüklənir.",
        en: "The copy of the labour book is uploaded only when a Commission officer asks for it.",
      });
    }
    const files = await verifiedUploads(ctx, citizen.sub, "labour-book", uploadIds, "uploadIds");
    const now = ctx.clock.now();
    const at = now.toISOString();
    const next = withQueueIndex({
      ...r,
      status: "in_review",
      files: [...r.files, ...files.filter((f) => !r.files.some((x) => x.uploadId === f.uploadId))],
      updatedAt: at,
      version: r.version + 1,
      history: [...r.history, { at, status: "in_review", actor: "citizen" }],
    });
    const writes: Write[] = [
      { op: "put", record: next, condition: { kind: "versionIs", version: r.version } },
      enqueueEmail({ to: r.ownerEmail, now, dedupeKey: `${r.id}:v${next.version}:documents`, message: messages.documentsReceived(next, ctx.webOrigin) }),
    ];
    if (!(await commitAndDeliver(ctx, writes))) continue;
    return ownerView(next, now);
  }
  throw errors.conflict("concurrent_change", { az: "Sorğu eyni vaxtda dəyişdirildi. Yenidən cəhd edin.", en: "The request changed at the same time. Try again." });
}

// ---- The IT sector ----

/** Open requests by due time (overdue first), or closed ones newest first; paged. */
export async function listRegisterRequests(ctx: Needs<"store" | "clock">, rawQuery: unknown) {
  const q = parseOrThrow(queueQuerySchema, rawQuery ?? {});
  const now = ctx.clock.now();
  const page = await ctx.store.query<RegisterRequestRecord>(q.state === "open" ? OPEN_QUEUE : CLOSED_QUEUE, { index: "byQueue", limit: q.limit, cursor: q.cursor, newestFirst: q.state === "closed" });
  return {
    items: page.items.filter((r) => q.overdue === undefined || isOverdue(r, now) === (q.overdue === "true")).map((r) => ({
      id: r.id,
      number: r.number,
      status: r.status,
      kind: r.form.kind,
      name: `${r.form.lastName} ${r.form.firstName} ${r.form.patronymic}`.trim(),
      fin: r.form.fin,
      createdAt: r.createdAt,
      dueAt: r.dueAt,
      overdue: isOverdue(r, now),
      files: r.files.length,
    })),
    ...(page.cursor ? { cursor: page.cursor } : {}),
  };
}

async function loadForOfficer(ctx: Needs<"store">, rawId: unknown) {
  const id = String(rawId ?? "");
  if (!idSchema.test(id)) throw notFound();
  const r = await ctx.store.get<RegisterRequestRecord>(requestKey(id));
  if (!r || r.type !== "RegisterRequest") throw notFound();
  return r;
}

/** One request in full with the user's identity; the read is audited. */
export async function getRegisterRequestForOfficer(ctx: Needs<"store" | "clock">, officer: ItOfficer, rawId: unknown) {
  const r = await loadForOfficer(ctx, rawId);
  const now = ctx.clock.now();
  await ctx.store.transact([auditEntry({ actor: officer.username, action: "register.request.read", subject: `OWNER#${r.ownerSub}`, at: now, detail: { requestId: r.id } })]);
  return officerView(r, now);
}

/** A short-lived link to one labour-book file of a request; audited. */
export async function registerRequestFileLink(ctx: Needs<"store" | "clock" | "files">, officer: ItOfficer, rawId: unknown, rawUploadId: unknown) {
  const r = await loadForOfficer(ctx, rawId);
  const parsed = uploadIdSchema.safeParse(rawUploadId);
  const file = parsed.success ? r.files.find((f) => f.uploadId === parsed.data) : undefined;
  if (!file) throw errors.notFound({ az: "Fayl", en: "The file" });
  await ctx.store.transact([auditEntry({ actor: officer.username, action: "register.request.file", subject: `OWNER#${r.ownerSub}`, at: ctx.clock.now(), detail: { requestId: r.id, uploadId: file.uploadId } })]);
  return { url: await downloadLink(ctx, file), fileName: file.fileName, contentType: file.contentType, expiresInSeconds: 300 };
}

async function act(
  ctx: ActCtx,
  officer: ItOfficer,
  rawId: unknown,
  allowed: RegisterRequestRecord["status"][],
  change: (r: RegisterRequestRecord, at: string) => { next: Partial<RegisterRequestRecord>; message: (n: RegisterRequestRecord) => ReturnType<typeof messages.received>; extra?: Write[] },
  closes: boolean,
) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const r = await loadForOfficer(ctx, rawId);
    if (!allowed.includes(r.status)) {
      throw errors.conflict("invalid_state", { az: "Sorğunun bu vəziyyətində bu əməliyyat mümkün deyil.", en: "This action is not possible in the request's current state." });
    }
    const now = ctx.clock.now();
    const at = now.toISOString();
    const c = change(r, at);
    const next = withQueueIndex({ ...r, ...c.next, updatedAt: at, version: r.version + 1, ...(officer.email ? { officerEmail: officer.email } : {}) } as RegisterRequestRecord);
    const pending = closes
      ? (await ctx.store.getMany<DeadlineRecord>([REGISTER_ANSWER_REMINDER, REGISTER_ANSWER_OVERDUE].map((k) => deadlineKey(requestKey(r.id), k)))).filter((d) => d.status === "pending")
      : [];
    const writes: Write[] = [
      { op: "put", record: next, condition: { kind: "versionIs", version: r.version } },
      ...pending.map((d) => cancelDeadline(d, now)),
      ...(c.extra ?? []),
      enqueueEmail({ to: r.ownerEmail, now, dedupeKey: `${r.id}:v${next.version}:${next.status}`, message: c.message(next) }),
      auditEntry({ actor: officer.username, action: `register.request.${next.status}`, subject: `OWNER#${r.ownerSub}`, at: now, detail: { requestId: r.id } }),
    ];
    if (!(await commitAndDeliver(ctx, writes))) continue;
    return officerView(next, now);
  }
  throw errors.conflict("concurrent_change", { az: "Sorğu eyni vaxtda dəyişdirildi. Yenidən cəhd edin.", en: "The request changed at the same time. Try again." });
}

/** Ask the user for a copy of the labour book (the 7-day term keeps running). */
export async function askForLabourBook(ctx: ActCtx, officer: ItOfficer, rawId: unknown, rawBody: unknown) {
  const { message } = parseOrThrow(askLabourBookSchema, rawBody ?? {});
  return act(
    ctx,
    officer,
    rawId,
    ["submitted", "in_review"],
    (r, at) => ({
      next: { status: "documents_requested", documentsRequest: { message, at, by: officer.username }, history: [...r.history, { at, status: "documents_requested", actor: officer.username, reason: { az: message, en: message } }] },
      message: (n) => messages.documentsRequested(n, message, ctx.webOrigin),
    }),
    false,
  );
}

/** The answer: the data (answered) or a reasoned refusal; the timers are cancelled with it. */
export async function answerRegisterRequest(ctx: ActCtx, officer: ItOfficer, rawId: unknown, rawBody: unknown) {
  const { outcome, text } = parseOrThrow(answerSchema, rawBody ?? {});
  return act(
    ctx,
    officer,
    rawId,
    ["submitted", "documents_requested", "in_review"],
    (r, at) => ({
      next: {
        status: outcome,
        answer: { outcome, text, at, by: officer.username },
        history: [...r.history, { at, status: outcome, actor: officer.username, reason: { az: text, en: text } }],
      },
      message: (n) => (outcome === "answered" ? messages.answered(n, text, ctx.webOrigin) : messages.refused(n, text, ctx.webOrigin)),
    }),
    true,
  );
}

// ---- Timers ----

function timerHandler(what: "remind" | "overdue"): DeadlineHandler {
  return async (ctx, deadline): Promise<DeadlineEffect> => {
    const r = await ctx.store.get<RegisterRequestRecord>(deadline.caseKey);
    if (!r || !isOpen(r.status)) return { writes: [] };
    const now = ctx.clock.now();
    const at = now.toISOString();
    const next: RegisterRequestRecord = withQueueIndex({
      ...r,
      alerts: { ...r.alerts, [what === "remind" ? "reminded" : "overdue"]: at },
      ...(what === "overdue" ? { history: [...r.history, { at, status: "overdue", actor: "timer" }] } : {}),
      version: r.version + 1,
    });
    const to = [...new Set([r.officerEmail ?? IT_SECTOR_MAILBOX, ...(what === "overdue" ? [IT_SECTOR_MAILBOX] : [])])];
    return {
      writes: [
        { op: "put", record: next, condition: { kind: "versionIs", version: r.version } },
        ...to.map((address) => enqueueEmail({ to: address, now, dedupeKey: `${r.id}:${deadline.kind}:${deadline.dueAt}:${address}`, message: what === "remind" ? messages.reminder(r) : messages.overdue(r) })),
      ],
      overdue: what === "overdue",
    };
  };
}

/** The handlers to join into deadlines/registry.ts. */
export const registerDeadlineHandlers: Record<string, DeadlineHandler> = {
  [REGISTER_ANSWER_REMINDER]: timerHandler("remind"),
  [REGISTER_ANSWER_OVERDUE]: timerHandler("overdue"),
};
