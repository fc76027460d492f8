/**
 * The terms of the legal sector's requests (services 5 and 7), from Decision 134-Q and the Law on
 * citizens' appeals, in one place so both services count them the same way:
 * - remediable deficiencies are told to the user "5 gündən gec olmayaraq" — 5 calendar days from
 *   receipt; a reminder on day 4; overdue once day 5 has ended;
 * - the decision within article 10's term: 15 working days (holiday calendar), up to 30 working
 *   days when more study is needed and the user is told; a reminder 2 working days before the end;
 *   overdue once the last day has ended.
 * Days count from the day after receipt (the day of the request does not count), in Baku time.
 * A term "ends" at 24:00 Baku of its last day; reminders go out at 09:00 Baku.
 */
import type { Needs } from "../context.js";
import { addCalendarDays, bakuDate, bakuStartOfDay } from "../time/baku.js";
import { yearsSpanned } from "../time/calendar.js";
import { workingDaysFor } from "../time/holidays.js";

export const appealTerms = {
  deficiencyNoticeDays: 5,
  deficiencyReminderDay: 4,
  decisionWorkingDays: 15,
  extendedDecisionWorkingDays: 30,
  decisionReminderWorkingDaysBefore: 2,
} as const;

const REMINDER_HOUR_MS = 9 * 3600_000;

/** The moment a term whose last day is `lastDay` (Baku date) is over. */
export const endOfDay = (lastDay: string): Date => bakuStartOfDay(addCalendarDays(lastDay, 1));
const reminderOn = (day: string): Date => new Date(bakuStartOfDay(day).getTime() + REMINDER_HOUR_MS);

export interface Term {
  /** The last day of the term (Baku date, YYYY-MM-DD), to show to people. */
  lastDay: string;
  /** When the term is over: the overdue timer's due time. */
  dueAt: Date;
  /** When the officer is reminded. */
  remindAt: Date;
}

/** The two terms of a request: the deficiency notice and the decision. */
export type TermKind = "deficiencyNotice" | "decision";

/** A term as the record keeps it (ISO instants). */
export interface StoredTerm {
  lastDay: string;
  dueAt: string;
  remindAt: string;
}

/** The 5-day term to tell the user about remediable deficiencies. */
export function deficiencyNoticeTerm(receivedAt: Date): Term {
  const received = bakuDate(receivedAt);
  const lastDay = addCalendarDays(received, appealTerms.deficiencyNoticeDays);
  return { lastDay, dueAt: endOfDay(lastDay), remindAt: reminderOn(addCalendarDays(received, appealTerms.deficiencyReminderDay)) };
}

/** Article 10's term for the decision: 15 working days, or 30 when extended. */
export async function decisionTerm(ctx: Needs<"store">, receivedAt: Date, extended = false): Promise<Term> {
  const received = bakuDate(receivedAt);
  const n = extended ? appealTerms.extendedDecisionWorkingDays : appealTerms.decisionWorkingDays;
  // Calendar span generously covering n working days plus long holidays.
  const days = await workingDaysFor(ctx, yearsSpanned(received, n * 2 + 20));
  const lastDay = days.addWorkingDays(received, n);
  const reminderDay = days.addWorkingDays(received, n - appealTerms.decisionReminderWorkingDaysBefore);
  return { lastDay, dueAt: endOfDay(lastDay), remindAt: reminderOn(reminderDay) };
}
