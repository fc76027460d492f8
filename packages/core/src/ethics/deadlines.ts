/**
 * The timers of service 7. Each term has two deadlines: a reminder before it ends and the end
 * itself (overdue → the alarm metric). Each deadline carries the submission it belongs to, so a
 * timer of an earlier submission, of a term since extended, or of a complaint that moved on does
 * nothing.
 */
import type { Needs } from "../context.js";
import { type ArmedDeadline, armDeadline, cancelDeadline, type DeadlineRecord, deadlineKey } from "../deadlines/deadline.js";
import type { DeadlineEffect, DeadlineHandler } from "../deadlines/fire.js";
import { enqueueEmail } from "../notifications/outbox.js";
import type { Write } from "../ports/store.js";
import { type ComplaintRecord, complaintKey, type TermKind, withIndexes } from "./complaint.js";
import { messages } from "./messages.js";

export const ETHICS_DEFICIENCY_REMIND = "ethics.deficiencyNotice.remind";
export const ETHICS_DEFICIENCY_DUE = "ethics.deficiencyNotice.due";
export const ETHICS_DECISION_REMIND = "ethics.decision.remind";
export const ETHICS_DECISION_DUE = "ethics.decision.due";

const kindsOf: Record<TermKind, { remind: string; due: string }> = {
  deficiencyNotice: { remind: ETHICS_DEFICIENCY_REMIND, due: ETHICS_DEFICIENCY_DUE },
  decision: { remind: ETHICS_DECISION_REMIND, due: ETHICS_DECISION_DUE },
};
const allKinds = [ETHICS_DEFICIENCY_REMIND, ETHICS_DEFICIENCY_DUE, ETHICS_DECISION_REMIND, ETHICS_DECISION_DUE];

/**
 * The legal sector's mailbox for reminders and overdue notices: the e-services' control address
 * of Decision 134-Q (2.5), which the legal sector monitors (3.5). Reminders name the complaint
 * number and the term only.
 */
export const LEGAL_SECTOR_MAILBOX = "eXidmet@csc.gov.az";

export type ComplaintDeadlines = Partial<Record<string, DeadlineRecord>>;

/** The complaint's deadline records (pending or not), by kind: needed to re-arm or cancel them. */
export async function loadDeadlines(ctx: Needs<"store">, id: string): Promise<ComplaintDeadlines> {
  const caseKey = complaintKey(id);
  const records = await ctx.store.getMany<DeadlineRecord>(allKinds.map((k) => deadlineKey(caseKey, k)));
  return Object.fromEntries(records.map((r) => [r.kind, r]));
}

/**
 * Arms (or re-arms) a term's reminder and end for the record's current submission: the deadlines
 * to arm, and the cancellation of an earlier reminder that would now come too late.
 */
export function armTerm(r: ComplaintRecord, kind: TermKind, existing: ComplaintDeadlines, now: Date): { armed: ArmedDeadline[]; writes: Write[] } {
  const term = r.terms[kind]!;
  const data = { submission: r.submissions, number: r.number };
  const caseKey = complaintKey(r.id);
  const { remind, due } = kindsOf[kind];
  const armed: ArmedDeadline[] = [];
  const writes: Write[] = [];
  if (term.remindAt > now.toISOString()) armed.push(armDeadline({ caseKey, kind: remind, dueAt: new Date(term.remindAt), now, data, existing: existing[remind] }));
  else if (existing[remind]?.status === "pending") writes.push(cancelDeadline(existing[remind]!, now));
  armed.push(armDeadline({ caseKey, kind: due, dueAt: new Date(term.dueAt), now, data, existing: existing[due] }));
  return { armed, writes: [...armed.map((a) => a.write), ...writes] };
}

/** Writes that cancel the pending deadlines of the given terms (their case moved on). */
export function cancelTerms(existing: ComplaintDeadlines, kinds: TermKind[], now: Date): Write[] {
  return kinds
    .flatMap((k) => [kindsOf[k].remind, kindsOf[k].due])
    .flatMap((kind) => (existing[kind]?.status === "pending" ? [cancelDeadline(existing[kind]!, now)] : []));
}

function handler(kind: TermKind, what: "remind" | "due"): DeadlineHandler {
  return async (ctx, deadline): Promise<DeadlineEffect> => {
    const r = await ctx.store.get<ComplaintRecord>(deadline.caseKey);
    const stillRunning =
      r &&
      r.submissions === Number(deadline.data?.submission) &&
      (kind === "deficiencyNotice" ? r.status === "submitted" : r.status === "submitted" || r.status === "registered") &&
      r.terms[kind] !== undefined;
    if (!r || !stillRunning) return { writes: [] };
    const term = r.terms[kind]!;
    // The term of this very deadline (an extension re-arms under a new due time).
    if ((what === "due" ? term.dueAt : term.remindAt) !== deadline.dueAt) return { writes: [] };
    const now = ctx.clock.now();
    const next = withIndexes({ ...r, alerts: { ...r.alerts, [kind]: what === "due" ? "overdue" : "reminded" }, version: r.version + 1 });
    const message = what === "due" ? messages.overdue(r, kind, term.lastDay) : messages.reminder(r, kind, term.lastDay);
    return {
      writes: [
        { op: "put", record: next, condition: { kind: "versionIs", version: r.version } },
        enqueueEmail({ to: LEGAL_SECTOR_MAILBOX, now, dedupeKey: `${r.id}:${r.submissions}:${deadline.kind}:${deadline.dueAt}`, message }),
      ],
      overdue: what === "due",
    };
  };
}

/** The handlers to join into deadlines/registry.ts. */
export const ethicsDeadlineHandlers: Record<string, DeadlineHandler> = {
  [ETHICS_DEFICIENCY_REMIND]: handler("deficiencyNotice", "remind"),
  [ETHICS_DEFICIENCY_DUE]: handler("deficiencyNotice", "due"),
  [ETHICS_DECISION_REMIND]: handler("decision", "remind"),
  [ETHICS_DECISION_DUE]: handler("decision", "due"),
};
