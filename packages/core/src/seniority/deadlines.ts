/**
 * The timers of service 5. Each term has two deadlines: a reminder before it ends and the end itself
 * (overdue → the alarm metric). Each deadline carries the submission it belongs to, so a timer of an
 * earlier submission, of a term since extended, or of a request that moved on does nothing.
 */
import type { Needs } from "../context.js";
import { type ArmedDeadline, armDeadline, cancelDeadline, type DeadlineRecord, deadlineKey } from "../deadlines/deadline.js";
import type { DeadlineEffect, DeadlineHandler } from "../deadlines/fire.js";
import { enqueueEmail } from "../notifications/outbox.js";
import type { Write } from "../ports/store.js";
import { messages } from "./messages.js";
import { seniorityKey, type SeniorityRequestRecord, type TermKind, withIndexes } from "./request.js";

export const SENIORITY_DEFICIENCY_REMIND = "seniority.deficiencyNotice.remind";
export const SENIORITY_DEFICIENCY_DUE = "seniority.deficiencyNotice.due";
export const SENIORITY_DECISION_REMIND = "seniority.decision.remind";
export const SENIORITY_DECISION_DUE = "seniority.decision.due";

const kindsOf: Record<TermKind, { remind: string; due: string }> = {
  deficiencyNotice: { remind: SENIORITY_DEFICIENCY_REMIND, due: SENIORITY_DEFICIENCY_DUE },
  decision: { remind: SENIORITY_DECISION_REMIND, due: SENIORITY_DECISION_DUE },
};
const allKinds = [SENIORITY_DEFICIENCY_REMIND, SENIORITY_DEFICIENCY_DUE, SENIORITY_DECISION_REMIND, SENIORITY_DECISION_DUE];

/**
 * Where reminders and overdue notices go: the e-services' control address of Decision 134-Q (2.5),
 * which the legal sector monitors (3.5). They name the request number and the term only.
 */
export const LEGAL_SECTOR_MAILBOX = "eXidmet@csc.gov.az";

export type RequestDeadlines = Partial<Record<string, DeadlineRecord>>;

export async function loadDeadlines(ctx: Needs<"store">, id: string): Promise<RequestDeadlines> {
  const caseKey = seniorityKey(id);
  const records = await ctx.store.getMany<DeadlineRecord>(allKinds.map((k) => deadlineKey(caseKey, k)));
  return Object.fromEntries(records.map((r) => [r.kind, r]));
}

/** Arms (or re-arms) a term's reminder and end for the record's current submission. */
export function armTerm(r: SeniorityRequestRecord, kind: TermKind, existing: RequestDeadlines, now: Date): { armed: ArmedDeadline[]; writes: Write[] } {
  const term = r.terms[kind]!;
  const data = { submission: r.submissions, number: r.number };
  const caseKey = seniorityKey(r.id);
  const { remind, due } = kindsOf[kind];
  const armed: ArmedDeadline[] = [];
  const writes: Write[] = [];
  if (term.remindAt > now.toISOString()) armed.push(armDeadline({ caseKey, kind: remind, dueAt: new Date(term.remindAt), now, data, existing: existing[remind] }));
  else if (existing[remind]?.status === "pending") writes.push(cancelDeadline(existing[remind]!, now));
  armed.push(armDeadline({ caseKey, kind: due, dueAt: new Date(term.dueAt), now, data, existing: existing[due] }));
  return { armed, writes: [...armed.map((a) => a.write), ...writes] };
}

/** Writes that cancel the pending deadlines of the given terms (the request moved on). */
export function cancelTerms(existing: RequestDeadlines, kinds: TermKind[], now: Date): Write[] {
  return kinds
    .flatMap((k) => [kindsOf[k].remind, kindsOf[k].due])
    .flatMap((kind) => (existing[kind]?.status === "pending" ? [cancelDeadline(existing[kind]!, now)] : []));
}

function handler(kind: TermKind, what: "remind" | "due"): DeadlineHandler {
  return async (ctx, deadline): Promise<DeadlineEffect> => {
    const r = await ctx.store.get<SeniorityRequestRecord>(deadline.caseKey);
    if (!r || r.status !== "submitted" || r.submissions !== Number(deadline.data?.submission) || !r.terms[kind]) return { writes: [] };
    const term = r.terms[kind]!;
    // Only the term of this very deadline (an extension re-arms under a new due time).
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

/** The handlers joined into deadlines/registry.ts. */
export const seniorityDeadlineHandlers: Record<string, DeadlineHandler> = {
  [SENIORITY_DEFICIENCY_REMIND]: handler("deficiencyNotice", "remind"),
  [SENIORITY_DEFICIENCY_DUE]: handler("deficiencyNotice", "due"),
  [SENIORITY_DECISION_REMIND]: handler("decision", "remind"),
  [SENIORITY_DECISION_DUE]: handler("decision", "due"),
};
