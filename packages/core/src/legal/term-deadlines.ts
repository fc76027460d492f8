/**
 * The timers of the legal sector's requests (services 5 and 7), in one place so both services arm,
 * cancel and act on their terms the same way. Each term (legal/appeal-terms.ts) has two deadlines:
 * a reminder before it ends and the end itself (overdue → the alarm metric). Each deadline carries
 * the submission it belongs to, so a timer of an earlier submission, of a term since extended, or of
 * a case that moved on does nothing. A service gives its deadline kinds, record key, the statuses in
 * which a term still runs, its messages and its indexes.
 */
import type { Needs } from "../context.js";
import { type ArmedDeadline, armDeadline, cancelDeadline, type DeadlineRecord, deadlineKey } from "../deadlines/deadline.js";
import type { DeadlineEffect, DeadlineHandler } from "../deadlines/fire.js";
import { enqueueEmail } from "../notifications/outbox.js";
import type { BilingualMessage } from "../notifications/render.js";
import type { Key, StoredRecord, Write } from "../ports/store.js";
import type { StoredTerm, TermKind } from "./appeal-terms.js";

/**
 * The legal sector's mailbox for reminders and overdue notices: the e-services' control address
 * of Decision 134-Q (2.5), which the legal sector monitors (3.5). Reminders name the case number
 * and the term only.
 */
export const LEGAL_SECTOR_MAILBOX = "eXidmet@csc.gov.az";

/** What a case of service 5 or 7 keeps of its terms. */
export interface TermRecord extends StoredRecord {
  id: string;
  number: string;
  /** How many times it was submitted: deadlines carry the submission they belong to. */
  submissions: number;
  terms: { deficiencyNotice?: StoredTerm; decision?: StoredTerm & { extended: boolean } };
  /** Set by the timers: a reminder went out, or the term is over. Cleared when a term is re-armed. */
  alerts: Partial<Record<TermKind, "reminded" | "overdue">>;
}

/** A case's deadline records (pending or not), by kind. */
export type TermDeadlines = Partial<Record<string, DeadlineRecord>>;

export interface TermDeadlinesOf<R extends TermRecord> {
  /** The deadline kinds of each term, as stored and as the timers name them. */
  kinds: Record<TermKind, { remind: string; due: string }>;
  /** The case record's key (the deadlines' case key). */
  key: (id: string) => Key;
  /** Whether the term still runs in the record's status (the case has not moved on). */
  running: (r: R, kind: TermKind) => boolean;
  messages: {
    reminder: (r: R, kind: TermKind, lastDay: string) => BilingualMessage;
    overdue: (r: R, kind: TermKind, lastDay: string) => BilingualMessage;
  };
  withIndexes: (r: R) => R;
}

const termKinds: TermKind[] = ["deficiencyNotice", "decision"];

/** The term deadlines of one service: loading, arming, cancelling, and the handlers of its kinds. */
export function termDeadlines<R extends TermRecord>(of: TermDeadlinesOf<R>) {
  const { kinds } = of;
  const allKinds = termKinds.flatMap((k) => [kinds[k].remind, kinds[k].due]);

  /** The case's deadline records (pending or not), by kind: needed to re-arm or cancel them. */
  async function loadDeadlines(ctx: Needs<"store">, id: string): Promise<TermDeadlines> {
    const caseKey = of.key(id);
    const records = await ctx.store.getMany<DeadlineRecord>(allKinds.map((k) => deadlineKey(caseKey, k)));
    return Object.fromEntries(records.map((r) => [r.kind, r]));
  }

  /**
   * Arms (or re-arms) a term's reminder and end for the record's current submission: the deadlines
   * to arm, and the cancellation of an earlier reminder that would now come too late.
   */
  function armTerm(r: R, kind: TermKind, existing: TermDeadlines, now: Date): { armed: ArmedDeadline[]; writes: Write[] } {
    const term = r.terms[kind]!;
    const data = { submission: r.submissions, number: r.number };
    const caseKey = of.key(r.id);
    const { remind, due } = kinds[kind];
    const armed: ArmedDeadline[] = [];
    const writes: Write[] = [];
    if (term.remindAt > now.toISOString()) armed.push(armDeadline({ caseKey, kind: remind, dueAt: new Date(term.remindAt), now, data, existing: existing[remind] }));
    else if (existing[remind]?.status === "pending") writes.push(cancelDeadline(existing[remind]!, now));
    armed.push(armDeadline({ caseKey, kind: due, dueAt: new Date(term.dueAt), now, data, existing: existing[due] }));
    return { armed, writes: [...armed.map((a) => a.write), ...writes] };
  }

  /** Writes that cancel the pending deadlines of the given terms (the case moved on). */
  function cancelTerms(existing: TermDeadlines, cancelled: TermKind[], now: Date): Write[] {
    return cancelled
      .flatMap((k) => [kinds[k].remind, kinds[k].due])
      .flatMap((kind) => (existing[kind]?.status === "pending" ? [cancelDeadline(existing[kind]!, now)] : []));
  }

  function handler(kind: TermKind, what: "remind" | "due"): DeadlineHandler {
    return async (ctx, deadline): Promise<DeadlineEffect> => {
      const r = await ctx.store.get<R>(deadline.caseKey);
      if (!r || r.submissions !== Number(deadline.data?.submission) || !of.running(r, kind) || !r.terms[kind]) return { writes: [] };
      const term = r.terms[kind]!;
      // Only the term of this very deadline (an extension re-arms under a new due time).
      if ((what === "due" ? term.dueAt : term.remindAt) !== deadline.dueAt) return { writes: [] };
      const now = ctx.clock.now();
      const next = of.withIndexes({ ...r, alerts: { ...r.alerts, [kind]: what === "due" ? "overdue" : "reminded" }, version: r.version + 1 });
      const message = what === "due" ? of.messages.overdue(r, kind, term.lastDay) : of.messages.reminder(r, kind, term.lastDay);
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
  const handlers: Record<string, DeadlineHandler> = Object.fromEntries(
    termKinds.flatMap((k) => [
      [kinds[k].remind, handler(k, "remind")],
      [kinds[k].due, handler(k, "due")],
    ]),
  );

  return { loadDeadlines, armTerm, cancelTerms, handlers };
}
