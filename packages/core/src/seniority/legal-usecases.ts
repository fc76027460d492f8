/**
 * Service 5, the legal sector's side: the queue, one request in full (audited; the scans through
 * short-lived links), and the decisions — deficiency notice, extension of the term, approval (possibly
 * with corrected periods; the certificate is issued) and refusal. Each transition is conditional on
 * the record's version, written with its e-mail, its audit entry and its timers in one transaction.
 */
import { auditEntry } from "../audit/audit.js";
import type { CertificateContent } from "../certificates/certificate.js";
import type { prepareCertificate } from "../certificates/usecases.js";
import type { Needs } from "../context.js";
import { startTimers } from "../deadlines/fire.js";
import type { ArmedDeadline } from "../deadlines/deadline.js";
import { type Bilingual, errors } from "../errors.js";
import { decisionTerm } from "../legal/appeal-terms.js";
import { commitAndDeliver, enqueueEmail } from "../notifications/outbox.js";
import type { EmailAttachment } from "../ports/services.js";
import type { Write } from "../ports/store.js";
import type { HistoryEntry } from "../records/history.js";
import { bakuDate } from "../time/baku.js";
import { downloadLink } from "../uploads/uploads.js";
import { parseOrThrow } from "../validation/parse.js";
import { bracketsOn } from "./brackets.js";
import { ownerView } from "./citizen-usecases.js";
import { computeSeniority, formatDuration, type SeniorityResult } from "./compute.js";
import { armTerm, cancelTerms, loadDeadlines, type RequestDeadlines } from "./deadlines.js";
import { approveSchema, deficiencySchema, extendSchema, type Period, queueQuerySchema, refuseSchema, samePeriod } from "./form.js";
import { day, messages } from "./messages.js";
import { currentTerm, type PeriodCorrection, QUEUE, seniorityKey, type SeniorityRequestRecord, type SeniorityStatus, withIndexes } from "./request.js";

type Officer = { username: string };
type DecideCtx = Needs<"store" | "clock" | "mailer" | "timers" | "webOrigin">;

/** The legal sector's queue: open requests by the decision's due time (soonest first), the others by last change. */
export async function listSeniorityQueue(ctx: Needs<"store">, raw: unknown) {
  const q = parseOrThrow(queueQuerySchema, raw ?? {});
  const page = await ctx.store.query<SeniorityRequestRecord>(QUEUE(q.phase), { index: "byQueue", limit: q.limit, cursor: q.cursor, newestFirst: q.phase !== "open" });
  return {
    items: page.items.map((r) => {
      const term = currentTerm(r);
      return {
        id: r.id,
        number: r.number,
        status: r.status,
        fullName: r.applicant.fullName,
        receivedAt: r.receivedAt,
        submissions: r.submissions,
        total: r.computed.total,
        totalDays: r.computed.totalDays,
        percent: r.computed.bracket?.percent ?? 0,
        periods: r.periods.length,
        scans: r.scans.length,
        terms: r.terms,
        alerts: r.alerts,
        ...(term ? { currentTerm: { kind: term.kind, lastDay: term.term.lastDay, dueAt: term.term.dueAt } } : {}),
        updatedAt: r.updatedAt,
      };
    }),
    ...(page.cursor ? { cursor: page.cursor } : {}),
  };
}

async function load(ctx: Needs<"store">, rawId: unknown): Promise<SeniorityRequestRecord> {
  const id = String(rawId ?? "");
  const record = /^[0-9a-f]{24}$/.test(id) ? await ctx.store.get<SeniorityRequestRecord>(seniorityKey(id)) : undefined;
  if (!record) throw errors.notFound({ az: "Müraciət", en: "The request" });
  return record;
}

/** The officer's view: everything the owner sees, plus the FIN's source, the timers' alerts and the current term. */
function officerView(r: SeniorityRequestRecord) {
  const term = currentTerm(r);
  return {
    ...ownerView(r),
    finSource: r.applicant.finSource,
    alerts: r.alerts,
    citizenNote: r.citizenNote ?? null,
    decidedBy: r.decidedBy ?? null,
    currentTerm: term ? { kind: term.kind, lastDay: term.term.lastDay, dueAt: term.term.dueAt } : null,
  };
}

/** One request in full for the legal sector; the read of the person's data is audited; the scans open through 5-minute links. */
export async function getSeniorityForOfficer(ctx: Needs<"store" | "clock" | "files">, officer: Officer, rawId: unknown) {
  const r = await load(ctx, rawId);
  await ctx.store.transact([auditEntry({ actor: officer.username, action: "seniority.read", subject: `OWNER#${r.ownerSub}`, at: ctx.clock.now(), detail: { requestId: r.id } })]);
  const scans = await Promise.all(r.scans.map(async (s) => ({ uploadId: s.uploadId, fileName: s.fileName, contentType: s.contentType, size: s.size, url: await downloadLink(ctx, s) })));
  return { ...officerView(r), scans };
}

const notAllowed = (from: SeniorityStatus, action: Bilingual) =>
  errors.conflict("invalid_state", {
    az: `Bu vəziyyətdə (“${from}”) müraciətə bu əməliyyat tətbiq edilə bilməz: ${action.az}.`,
    en: `This action cannot be taken on a request in state “${from}”: ${action.en}.`,
  });

interface Change {
  next: Partial<SeniorityRequestRecord>;
  history: HistoryEntry;
  /** Timers to arm and deadline writes (re-armed or cancelled terms). */
  deadlines: (existing: RequestDeadlines, next: SeniorityRequestRecord) => { armed?: ArmedDeadline[]; writes: Write[] };
  email: (n: SeniorityRequestRecord) => ReturnType<typeof messages.received>;
  /** Files sent with the e-mail (the certificate PDF). */
  attachments?: EmailAttachment[];
  extra?: Write[];
}

async function decide(ctx: DecideCtx, officer: Officer, rawId: unknown, action: Bilingual, auditAction: string, apply: (r: SeniorityRequestRecord, now: Date) => Promise<Change>) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const r = await load(ctx, rawId);
    if (r.status !== "submitted") throw notAllowed(r.status, action);
    const now = ctx.clock.now();
    const at = now.toISOString();
    const change = await apply(r, now);
    const next = withIndexes({ ...r, ...change.next, history: [...r.history, change.history], updatedAt: at, decidedBy: officer.username, version: r.version + 1 } as SeniorityRequestRecord);
    const existing = await loadDeadlines(ctx, r.id);
    const deadlines = change.deadlines(existing, next);
    const writes: Write[] = [
      { op: "put", record: next, condition: { kind: "versionIs", version: r.version } },
      ...deadlines.writes,
      ...(change.extra ?? []),
      enqueueEmail({ to: r.applicant.email, now, dedupeKey: `${r.id}:v${next.version}:${change.history.status}`, message: change.email(next), attachments: change.attachments }),
      auditEntry({ actor: officer.username, action: `seniority.${auditAction}`, subject: `OWNER#${r.ownerSub}`, at: now, detail: { requestId: r.id } }),
    ];
    await startTimers(ctx, deadlines.armed ?? []);
    if (!(await commitAndDeliver(ctx, writes))) continue;
    return officerView(next);
  }
  throw errors.conflict("concurrent_change", { az: "Müraciət eyni vaxtda dəyişdirildi. Yenidən cəhd edin.", en: "The request changed at the same time. Try again." });
}

const asBilingual = (s: string): Bilingual => ({ az: s, en: s });
const cancelAll = (existing: RequestDeadlines, _n: SeniorityRequestRecord, now: Date) => ({ writes: cancelTerms(existing, ["deficiencyNotice", "decision"], now) });

/** The remediable deficiencies (within 5 days): the request waits for the citizen's re-application; its terms stop. */
export async function sendDeficiencyNotice(ctx: DecideCtx, officer: Officer, rawId: unknown, raw: unknown) {
  const { deficiencies } = parseOrThrow(deficiencySchema, raw ?? {});
  return decide(ctx, officer, rawId, { az: "çatışmazlıqlar barədə bildiriş", en: "deficiency notice" }, "deficient", async (_r, now) => ({
    next: { status: "deficient", deficiencies },
    history: { at: now.toISOString(), status: "deficient", actor: officer.username, reasons: deficiencies.map(asBilingual) },
    deadlines: (existing, n) => cancelAll(existing, n, now),
    email: (n) => messages.deficient(n, ctx.webOrigin),
  }));
}

/** Article 10: the decision term extended to 30 working days from receipt, the citizen told why. Once. */
export async function extendDecisionTerm(ctx: DecideCtx, officer: Officer, rawId: unknown, raw: unknown) {
  const { reason } = parseOrThrow(extendSchema, raw ?? {});
  return decide(ctx, officer, rawId, { az: "müddətin uzadılması", en: "extension of the term" }, "extended", async (r, now) => {
    if (r.terms.decision?.extended) {
      throw errors.conflict("already_extended", { az: "Baxılma müddəti artıq 30 iş gününədək uzadılıb.", en: "The term has already been extended to 30 working days." });
    }
    const term = await decisionTerm(ctx, new Date(r.receivedAt), true);
    const { decision: _d, ...alerts } = r.alerts;
    return {
      next: { terms: { ...r.terms, decision: { lastDay: term.lastDay, dueAt: term.dueAt.toISOString(), remindAt: term.remindAt.toISOString(), extended: true } }, alerts },
      history: { at: now.toISOString(), status: "extended", actor: officer.username, reason: asBilingual(reason) },
      deadlines: (existing, n) => armTerm(n, "decision", existing, now),
      email: (n) => messages.extended(n, reason, ctx.webOrigin),
    };
  });
}

/** Each changed, added or removed period, by position. */
export function periodCorrections(before: Period[], after: Period[], by: string, at: string, note: string): PeriodCorrection[] {
  const out: PeriodCorrection[] = [];
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    const b = before[i] ?? null;
    const a = after[i] ?? null;
    if (!samePeriod(b, a)) out.push({ at, by, index: i, before: b, after: a, note });
  }
  return out;
}

const periodEnd = (p: Period, on: string) => (p.toDate ? on : p.end!);

/** What the certificate says (the public check shows the holder, the date and the headline only). */
export function certificateContent(r: SeniorityRequestRecord, c: SeniorityResult): CertificateContent {
  const bracket = c.bracket
    ? { az: `${c.bracket.percent}% (${c.bracket.fromYears}${c.bracket.toYears ? `–${c.bracket.toYears}` : "+"} il)`, en: `${c.bracket.percent}% (${c.bracket.fromYears}${c.bracket.toYears ? `–${c.bracket.toYears}` : "+"} years)` }
    : { az: "Yoxdur (1 ildən az)", en: "None (under 1 year)" };
  const next = c.next
    ? c.next.reachedOn
      ? { az: `${c.next.percent}% — ${day(c.next.reachedOn)} tarixindən`, en: `${c.next.percent}% — from ${day(c.next.reachedOn)}` }
      : { az: `${c.next.percent}% — daha ${formatDuration(c.next.missing).az} lazımdır`, en: `${c.next.percent}% — ${formatDuration(c.next.missing).en} more needed` }
    : undefined;
  return {
    kind: "seniority",
    holderName: r.applicant.fullName,
    issuedOn: c.calculatedOn,
    headline: { label: { az: "Dövlət qulluğu stajı", en: "Civil-service seniority" }, value: formatDuration(c.total) },
    lines: [
      { label: { az: "Sorğunun nömrəsi", en: "Request number" }, value: asBilingual(r.number) },
      { label: { az: "FİN", en: "FIN" }, value: asBilingual(r.applicant.fin) },
      { label: { az: "Hesablama tarixi", en: "Calculated on" }, value: asBilingual(day(c.calculatedOn)) },
      { label: { az: "Nəzərə alınan günlər", en: "Days counted" }, value: asBilingual(String(c.totalDays)) },
      { label: { az: "Staj artımı (vəzifə maaşının)", en: "Seniority bonus (of the position salary)" }, value: bracket },
      ...(next ? [{ label: { az: "Növbəti pillə", en: "Next bracket" }, value: next }] : []),
    ],
    table: {
      title: { az: "Nəzərə alınan dövlət qulluğu dövrləri", en: "Civil-service periods counted" },
      columns: [
        { az: "Təşkilat", en: "Organisation" },
        { az: "Vəzifə", en: "Position" },
        { az: "Başlanğıc", en: "From" },
        { az: "Son", en: "To" },
      ],
      rows: r.periods.filter((p) => p.civilService).map((p) => [p.organisation, p.position, day(p.start), day(periodEnd(p, c.calculatedOn))]),
    },
  };
}

/**
 * Approval: the figures recomputed on the day (from the corrected periods, if the officer corrected
 * them — each change recorded with its ground), the bilingual PDF certificate issued with its code and
 * QR code, the citizen e-mailed the code and the links, the terms stopped.
 */
/**
 * `issueCertificate` is `prepareCertificate`, passed in by the approve handler only: the PDF
 * library then goes into that one function's bundle, not into every legal-sector route's.
 */
export async function approveSeniorityRequest(
  ctx: DecideCtx & Needs<"files" | "webOrigin"> & { issueCertificate: typeof prepareCertificate },
  officer: Officer,
  rawId: unknown,
  raw: unknown,
) {
  const now0 = ctx.clock.now();
  const input = parseOrThrow(approveSchema(bakuDate(now0)), raw ?? {});
  return decide(ctx, officer, rawId, { az: "təsdiq", en: "approval" }, "approved", async (r, now) => {
    const at = now.toISOString();
    const today = bakuDate(now);
    const periods = input.periods ?? r.periods;
    const corrections = input.periods ? periodCorrections(r.periods, input.periods, officer.username, at, input.correctionNote!) : [];
    const computed = computeSeniority(periods, today, await bracketsOn(ctx, today));
    const draft = { ...r, periods, computed, corrections: [...r.corrections, ...corrections] };
    const cert = await ctx.issueCertificate(ctx, { ownerSub: r.ownerSub, caseKey: seniorityKey(r.id), content: certificateContent(draft, computed) });
    return {
      next: {
        status: "approved",
        periods,
        computed,
        corrections: draft.corrections,
        certificate: { code: cert.code, issuedOn: today },
        download: cert.download,
        facts: [
          { label: { az: "Dövlət qulluğu stajı", en: "Civil-service seniority" }, value: formatDuration(computed.total).az },
          { label: { az: "Arayışın yoxlama kodu", en: "Certificate verification code" }, value: cert.code },
        ],
      },
      history: {
        at,
        status: "approved",
        actor: officer.username,
        ...(corrections.length ? { reason: asBilingual(`${input.correctionNote} (${corrections.length})`) } : {}),
      },
      attachments: [cert.attachment],
      deadlines: (existing, n) => cancelAll(existing, n, now),
      extra: [cert.write],
      email: (n) => messages.approved(n, ctx.webOrigin),
    };
  });
}

export async function refuseSeniorityRequest(ctx: DecideCtx, officer: Officer, rawId: unknown, raw: unknown) {
  const { reasons } = parseOrThrow(refuseSchema, raw ?? {});
  return decide(ctx, officer, rawId, { az: "imtina", en: "refusal" }, "refused", async (_r, now) => ({
    next: { status: "refused", refusalReasons: reasons },
    history: { at: now.toISOString(), status: "refused", actor: officer.username, reasons: reasons.map(asBilingual) },
    deadlines: (existing, n) => cancelAll(existing, n, now),
    email: (n) => messages.refused(n, ctx.webOrigin),
  }));
}
