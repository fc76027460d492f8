import type { Key, StoredRecord, Write } from "../ports/store.js";
import { stableHash } from "../records/ids.js";

/**
 * A deadline `{case, kind, dueAt}`. Arming it writes this record (with the case's state change,
 * in one transaction) and starts a timer named after it; the timer hands `{deadlineKey, dueAt}`
 * to `fireDeadline`, which acts only if the record is still pending for that very `dueAt`.
 */
export interface DeadlineRecord extends StoredRecord {
  type: "Deadline";
  caseKey: Key;
  kind: string;
  dueAt: string;
  status: "pending" | "fired" | "cancelled";
  timerName: string;
  armedAt: string;
  firedAt?: string;
  /** Free data the kind's handler needs (e.g. the request number for a reminder). */
  data?: Record<string, unknown>;
}

export const PENDING_DEADLINES = "DEADLINE#pending";

/**
 * A deadline meant to act "at once" (a certificate to render, e-mails to send off the request path)
 * is due this long after its request: its timer starts before the commit (so it is never lost), and
 * must not fire before the record it looks for is committed. The deadline sweeper catches any that
 * still fire too early.
 */
export const IMMEDIATE_DEADLINE_DELAY_MS = 5_000;
export const immediately = (now: Date) => new Date(now.getTime() + IMMEDIATE_DEADLINE_DELAY_MS);

export const deadlineKey = (caseKey: Key, kind: string): Key => ({ pk: `DEADLINE#${caseKey.pk}#${caseKey.sk}`, sk: `KIND#${kind}` });

/** Step Functions execution names: ≤ 80 chars of [A-Za-z0-9-_]; the same deadline always gets the same name. */
export function timerName(caseKey: Key, kind: string, dueAt: string): string {
  const readable = kind.replace(/[^A-Za-z0-9-]/g, "-").slice(0, 40);
  return `${readable}-${stableHash(`${caseKey.pk}|${caseKey.sk}|${kind}|${dueAt}`, 32)}`;
}

export interface ArmedDeadline {
  write: Write;
  timer: { name: string; deadlineKey: Key; dueAt: string };
  record: DeadlineRecord;
}

/**
 * Builds the record and the timer of a deadline. Re-arming the same kind with a new `dueAt`
 * (an extended term) replaces the record; the old timer then finds a different `dueAt` and does nothing.
 */
export function armDeadline(input: {
  caseKey: Key;
  kind: string;
  dueAt: Date;
  now: Date;
  data?: Record<string, unknown>;
  existing?: DeadlineRecord;
}): ArmedDeadline {
  const key = deadlineKey(input.caseKey, input.kind);
  const dueAt = input.dueAt.toISOString();
  const name = timerName(input.caseKey, input.kind, dueAt);
  const record: DeadlineRecord = {
    ...key,
    type: "Deadline",
    version: (input.existing?.version ?? 0) + 1,
    caseKey: input.caseKey,
    kind: input.kind,
    dueAt,
    status: "pending",
    timerName: name,
    armedAt: input.now.toISOString(),
    byDuePk: PENDING_DEADLINES,
    byDueSk: `${dueAt}#${key.pk}#${key.sk}`,
    ...(input.data ? { data: input.data } : {}),
  };
  const condition = input.existing ? { kind: "versionIs" as const, version: input.existing.version } : { kind: "notExists" as const };
  return { record, write: { op: "put", record, condition }, timer: { name, deadlineKey: key, dueAt } };
}

/** Cancels a pending deadline in the same transaction as the state change that makes it moot. */
export function cancelDeadline(existing: DeadlineRecord, now: Date): Write {
  const { byDuePk: _p, byDueSk: _s, ...rest } = existing;
  return {
    op: "put",
    record: { ...rest, status: "cancelled", firedAt: now.toISOString(), version: existing.version + 1 },
    condition: { kind: "versionIs", version: existing.version },
  };
}
