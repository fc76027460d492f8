/**
 * Service 7, the legal sector's side: the queue (what is due and overdue first), the audited full
 * view, and the actions — register, deficiency notice, refusal, extension of the term, result.
 * Each action is conditional on the record's version, recorded in its history with the officer,
 * audited, and e-mailed to the complainant; the terms it makes moot are cancelled with it.
 */
import { auditEntry } from "../audit/audit.js";
import type { Needs } from "../context.js";
import type { ArmedDeadline } from "../deadlines/deadline.js";
import { startTimers } from "../deadlines/fire.js";
import { errors, type Bilingual } from "../errors.js";
import { decisionTerm, endOfDay } from "../legal/appeal-terms.js";
import { commitAndDeliver, enqueueEmail } from "../notifications/outbox.js";
import type { BilingualMessage } from "../notifications/render.js";
import type { Write } from "../ports/store.js";
import type { HistoryEntry } from "../records/history.js";
import { statusText } from "../requests/status-text.js";
import { downloadLink } from "../uploads/uploads.js";
import { parseOrThrow } from "../validation/parse.js";
import { complaintIdSchema, complaintNotFound, storedTerm } from "./citizen-usecases.js";
import { type ComplaintRecord, complaintKey, legalView, QUEUE, type QueuePhase, queueItem, withIndexes } from "./complaint.js";
import { armTerm, cancelTerms, type ComplaintDeadlines, loadDeadlines } from "./deadlines.js";
import { type ComplaintStatus, complaintQueueSchema, deficiencySchema, extendSchema, refuseSchema, registerSchema, resultOutcomes, resultSchema, uploadIdSchema } from "./form.js";
import { messages } from "./messages.js";

export interface LegalOfficer {
  username: string;
}
type ActCtx = Needs<"store" | "clock" | "mailer" | "timers" | "webOrigin">;

const phaseOfQuery = (s: string): QueuePhase => (s === "deficient" ? "waiting" : s === "refused" || s === "completed" ? "closed" : "open");

/** The queue: open complaints by the end of their current term (overdue first), others newest first. */
export async function listComplaintQueue(ctx: Needs<"store" | "clock">, rawQuery: unknown) {
  const q = parseOrThrow(complaintQueueSchema, rawQuery ?? {});
  const phase = phaseOfQuery(q.status);
  const now = ctx.clock.now();
  const range = phase === "open" && q.dueBy ? { skLessOrEqual: `${endOfDay(q.dueBy).toISOString()}#~` } : {};
  const page = await ctx.store.query<ComplaintRecord>(QUEUE(phase), { index: "byQueue", ...range, limit: q.limit, cursor: q.cursor, newestFirst: phase !== "open" });
  const items = page.items
    .filter((r) => q.status === "open" || r.status === q.status)
    .filter((r) => !q.stateBodyId || r.form?.servant.stateBodyId === q.stateBodyId)
    .map((r) => queueItem(r, now))
    .filter((i) => q.overdue !== "true" || !!i.term?.overdue);
  return { items, ...(page.cursor ? { cursor: page.cursor } : {}) };
}

async function load(ctx: Needs<"store">, rawId: unknown): Promise<ComplaintRecord> {
  const parsed = complaintIdSchema.safeParse({ complaintId: rawId });
  if (!parsed.success) throw complaintNotFound();
  const record = await ctx.store.get<ComplaintRecord>(complaintKey(parsed.data.complaintId));
  if (!record || record.type !== "EthicsComplaint" || record.status === "draft") throw complaintNotFound();
  return record;
}

const readAudit = (officer: LegalOfficer, r: ComplaintRecord, now: Date, action: string, detail: Record<string, unknown> = {}) =>
  auditEntry({ actor: officer.username, action, subject: `OWNER#${r.ownerSub}`, at: now, detail: { complaintId: r.id, ...detail } });

/** The full complaint, the complainant's identity included; the read is audited. */
export async function getComplaintForLegal(ctx: Needs<"store" | "clock">, officer: LegalOfficer, rawId: unknown) {
  const record = await load(ctx, rawId);
  const now = ctx.clock.now();
  await ctx.store.transact([readAudit(officer, record, now, "ethics.complaint.read")]);
  return legalView(record, now);
}

/** A short-lived link to one evidence file of a complaint; audited. */
export async function complaintAttachmentLink(ctx: Needs<"store" | "clock" | "files">, officer: LegalOfficer, rawId: unknown, rawUploadId: unknown) {
  const record = await load(ctx, rawId);
  const uploadId = uploadIdSchema.safeParse(rawUploadId);
  const file = uploadId.success ? record.attachments.find((f) => f.uploadId === uploadId.data) : undefined;
  if (!file) throw errors.notFound({ az: "Əlavə edilmiş fayl", en: "The attached file" });
  await ctx.store.transact([readAudit(officer, record, ctx.clock.now(), "ethics.attachment.read", { uploadId: file.uploadId })]);
  return { url: await downloadLink(ctx, file), fileName: file.fileName, contentType: file.contentType, expiresInSeconds: 300 };
}

const notAllowed = (from: ComplaintStatus, action: Bilingual) =>
  errors.conflict("invalid_state", {
    az: `Bu vəziyyətdə (“${statusText(from).az}”) müraciətə bu əməliyyat tətbiq edilə bilməz: ${action.az}.`,
    en: `This action cannot be taken on a complaint in state “${statusText(from).en}”: ${action.en}.`,
  });

interface Change {
  next: Partial<ComplaintRecord>;
  history: Omit<HistoryEntry, "at" | "actor">;
  email: (next: ComplaintRecord) => BilingualMessage;
  writes?: Write[];
  armed?: ArmedDeadline[];
}

async function act(
  ctx: ActCtx,
  officer: LegalOfficer,
  rawId: unknown,
  allowedFrom: ComplaintStatus[],
  action: { name: string; text: Bilingual },
  apply: (r: ComplaintRecord, now: Date, deadlines: ComplaintDeadlines) => Promise<Change> | Change,
) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const record = await load(ctx, rawId);
    if (!allowedFrom.includes(record.status)) throw notAllowed(record.status, action.text);
    const now = ctx.clock.now();
    const at = now.toISOString();
    const deadlines = await loadDeadlines(ctx, record.id);
    const change = await apply(record, now, deadlines);
    const next = withIndexes({
      ...record,
      ...change.next,
      history: [...record.history, { at, actor: officer.username, ...change.history }],
      updatedAt: at,
      decidedBy: officer.username,
      version: record.version + 1,
    });
    const writes: Write[] = [
      { op: "put", record: next, condition: { kind: "versionIs", version: record.version } },
      ...(change.writes ?? []),
      enqueueEmail({ to: record.form?.contact.email ?? record.ownerEmail, now, dedupeKey: `${record.id}:v${next.version}:${action.name}`, message: change.email(next) }),
      readAudit(officer, record, now, `ethics.complaint.${action.name}`),
    ];
    if (change.armed?.length) await startTimers(ctx, change.armed);
    if (!(await commitAndDeliver(ctx, writes))) continue;
    return legalView(next, now);
  }
  throw errors.conflict("concurrent_change", { az: "Müraciət eyni vaxtda dəyişdirildi. Yenidən cəhd edin.", en: "The complaint changed at the same time. Try again." });
}

/** Officers write in Azerbaijani; their texts reach the complainant as written. */
const same = (s: string): Bilingual => ({ az: s, en: s });

/** No deficiencies: registered for investigation; the deficiency-notice term is over with. */
export async function registerComplaint(ctx: ActCtx, officer: LegalOfficer, rawId: unknown, rawBody: unknown) {
  const { note } = parseOrThrow(registerSchema, rawBody ?? {});
  return act(ctx, officer, rawId, ["submitted"], { name: "registered", text: { az: "qeydiyyata alma", en: "register" } }, (r, now, deadlines) => ({
    next: { status: "registered", registeredBy: officer.username, terms: { decision: r.terms.decision }, alerts: r.alerts.decision ? { decision: r.alerts.decision } : {} },
    history: { status: "registered", ...(note ? { reason: same(note) } : {}) },
    writes: cancelTerms(deadlines, ["deficiencyNotice"], now),
    email: (n) => messages.registered(n, ctx.webOrigin),
  }));
}

/** Remediable deficiencies: the complainant is told and may correct and re-apply; the terms stop. */
export async function sendDeficiencyNotice(ctx: ActCtx, officer: LegalOfficer, rawId: unknown, rawBody: unknown) {
  const { deficiencies } = parseOrThrow(deficiencySchema, rawBody ?? {});
  return act(ctx, officer, rawId, ["submitted", "registered"], { name: "deficient", text: { az: "çatışmazlıqlar barədə bildiriş", en: "deficiency notice" } }, (_r, now, deadlines) => ({
    next: { status: "deficient", deficiencies, terms: {}, alerts: {} },
    history: { status: "deficient", reasons: deficiencies.map(same) },
    writes: cancelTerms(deadlines, ["deficiencyNotice", "decision"], now),
    email: (n) => messages.deficient(n, deficiencies, ctx.webOrigin),
  }));
}

export async function refuseComplaint(ctx: ActCtx, officer: LegalOfficer, rawId: unknown, rawBody: unknown) {
  const { reasons } = parseOrThrow(refuseSchema, rawBody ?? {});
  return act(ctx, officer, rawId, ["submitted", "registered"], { name: "refused", text: { az: "imtina", en: "refuse" } }, (_r, now, deadlines) => ({
    next: { status: "refused", refusalReasons: reasons, terms: {}, alerts: {} },
    history: { status: "refused", reasons: reasons.map(same) },
    writes: cancelTerms(deadlines, ["deficiencyNotice", "decision"], now),
    email: (n) => messages.refused(n, reasons, ctx.webOrigin),
  }));
}

/** Article 10: more study needed → 30 working days from receipt instead of 15; the complainant is told. */
export async function extendComplaintTerm(ctx: ActCtx, officer: LegalOfficer, rawId: unknown, rawBody: unknown) {
  const { reason } = parseOrThrow(extendSchema, rawBody ?? {});
  return act(ctx, officer, rawId, ["submitted", "registered"], { name: "extended", text: { az: "müddətin uzadılması", en: "extend the term" } }, async (r, now, deadlines) => {
    if (r.terms.decision?.extended) {
      throw errors.conflict("already_extended", { az: "Baxılma müddəti artıq 30 iş gününədək uzadılıb.", en: "The term was already extended to 30 working days." });
    }
    const decision = { ...storedTerm(await decisionTerm(ctx, new Date(r.receivedAt!), true)), extended: true };
    const { decision: _alert, ...alerts } = r.alerts;
    const armedTerm = armTerm({ ...r, terms: { ...r.terms, decision } }, "decision", deadlines, now);
    return {
      next: { terms: { ...r.terms, decision }, alerts },
      history: { status: "extended", reason: same(reason) },
      writes: armedTerm.writes,
      armed: armedTerm.armed,
      email: (n) => messages.extended(n, reason, ctx.webOrigin),
    };
  });
}

/** The result of the investigation, e-mailed; the complaint is completed. */
export async function recordComplaintResult(ctx: ActCtx, officer: LegalOfficer, rawId: unknown, rawBody: unknown) {
  const { outcome, text } = parseOrThrow(resultSchema, rawBody ?? {});
  return act(ctx, officer, rawId, ["registered"], { name: "completed", text: { az: "nəticənin qeyd edilməsi", en: "record the result" } }, (_r, now, deadlines) => ({
    next: { status: "completed", result: { outcome, text, recordedBy: officer.username, at: now.toISOString() }, terms: {}, alerts: {} },
    history: { status: "completed", reason: { az: `${resultOutcomes[outcome].az}. ${text}`, en: `${resultOutcomes[outcome].en}. ${text}` } },
    writes: cancelTerms(deadlines, ["deficiencyNotice", "decision"], now),
    email: (n) => messages.result(n, outcome, text, ctx.webOrigin),
  }));
}
