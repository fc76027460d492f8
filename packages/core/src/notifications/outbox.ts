import type { Needs } from "../context.js";
import type { EmailAttachment } from "../ports/services.js";
import { ConditionFailed, type StoredRecord, type Write } from "../ports/store.js";
import { stableHash } from "../records/ids.js";
import { type BilingualMessage, renderMessage } from "./render.js";

/**
 * Every e-mail is first an outbox record written in the same transaction as the state change it
 * reports, so a failed send is retried (by the sweeper) and never lost. Sending claims the record
 * first, so two senders never both send it.
 */
export interface OutboxRecord extends StoredRecord {
  type: "Outbox";
  to: string;
  message: BilingualMessage;
  /** Files (e.g. a certificate PDF) by their bucket key: the record stays small. */
  attachments?: EmailAttachment[];
  status: "pending" | "sending" | "sent";
  attempts: number;
  createdAt: string;
  sentAt?: string;
  lastError?: string;
}

export const PENDING_OUTBOX = "OUTBOX#pending";
const LEASE_MS = 60_000;
const MAX_BACKOFF_MS = 30 * 60_000;

/**
 * `dedupeKey` names the event (e.g. `S1-…:admitted:v3`), so writing the same e-mail twice
 * (a retried request) is refused by the store's condition rather than sent twice.
 */
export function enqueueEmail(input: {
  to: string;
  message: BilingualMessage;
  dedupeKey: string;
  now: Date;
  attachments?: EmailAttachment[];
}): Write & { op: "put" } {
  const id = stableHash(input.dedupeKey, 24);
  const createdAt = input.now.toISOString();
  const record: OutboxRecord = {
    pk: `OUTBOX#${id}`,
    sk: "OUTBOX",
    type: "Outbox",
    version: 1,
    to: input.to,
    message: input.message,
    ...(input.attachments?.length ? { attachments: input.attachments } : {}),
    status: "pending",
    attempts: 0,
    createdAt,
    byDuePk: PENDING_OUTBOX,
    byDueSk: `${createdAt}#${id}`,
  };
  return { op: "put", record, condition: { kind: "notExists" } };
}

export const outboxIdsOf = (writes: Write[]) =>
  writes.flatMap((w) => (w.op === "put" && w.record.type === "Outbox" ? [{ pk: w.record.pk, sk: w.record.sk }] : []));

/** Sends one outbox e-mail if it is still unsent; safe to call any number of times. */
export async function deliverOutboxRecord(ctx: Needs<"store" | "mailer" | "clock">, key: { pk: string; sk: string }): Promise<"sent" | "skipped" | "failed"> {
  const record = await ctx.store.get<OutboxRecord>(key);
  const now = ctx.clock.now();
  if (!record || record.status === "sent") return "skipped";
  if (record.status === "sending" && (record.byDueSk ?? "") > now.toISOString()) return "skipped"; // another sender holds the lease
  const claimed: OutboxRecord = {
    ...record,
    status: "sending",
    version: record.version + 1,
    byDuePk: PENDING_OUTBOX,
    byDueSk: `${new Date(now.getTime() + LEASE_MS).toISOString()}#${record.pk}`,
  };
  try {
    await ctx.store.transact([{ op: "put", record: claimed, condition: { kind: "versionIs", version: record.version } }]);
  } catch {
    return "skipped";
  }
  try {
    const rendered = renderMessage(record.message);
    await ctx.mailer.send({ to: record.to, ...rendered, ...(record.attachments?.length ? { attachments: record.attachments } : {}) });
  } catch (err) {
    const attempts = record.attempts + 1;
    const retryAt = new Date(now.getTime() + Math.min(MAX_BACKOFF_MS, 2 ** attempts * 10_000)).toISOString();
    await ctx.store
      .transact([
        {
          op: "put",
          record: { ...claimed, status: "pending", attempts, version: claimed.version + 1, byDueSk: `${retryAt}#${record.pk}`, lastError: String((err as Error).name ?? "error") },
          condition: { kind: "versionIs", version: claimed.version },
        },
      ])
      .catch(() => undefined);
    return "failed";
  }
  const { byDuePk: _p, byDueSk: _s, ...rest } = claimed;
  await ctx.store.transact([
    { op: "put", record: { ...rest, status: "sent", sentAt: ctx.clock.now().toISOString(), version: claimed.version + 1 }, condition: { kind: "versionIs", version: claimed.version } },
  ]);
  return "sent";
}

/** Sends what a request just enqueued, right away; failures stay pending for the sweeper. */
export async function deliverNow(ctx: Needs<"store" | "mailer" | "clock">, writes: Write[]): Promise<void> {
  await Promise.all(outboxIdsOf(writes).map((k) => deliverOutboxRecord(ctx, k).catch(() => "failed")));
}

/**
 * Commits a use case's writes in one transaction, then sends the e-mails they enqueued right away.
 * False, with nothing written, when a write's condition failed (the record changed meanwhile): the
 * caller reads again and retries.
 */
export async function commitAndDeliver(ctx: Needs<"store" | "mailer" | "clock">, writes: Write[]): Promise<boolean> {
  try {
    await ctx.store.transact(writes);
  } catch (err) {
    if (err instanceof ConditionFailed) return false;
    throw err;
  }
  await deliverNow(ctx, writes);
  return true;
}

/** The sweeper: every pending or lease-expired e-mail whose retry time has come. */
export async function sweepOutbox(ctx: Needs<"store" | "mailer" | "clock">, limit = 100): Promise<{ sent: number; failed: number }> {
  const now = ctx.clock.now().toISOString();
  const page = await ctx.store.query<OutboxRecord>(PENDING_OUTBOX, { index: "byDue", skLessOrEqual: `${now}~`, limit });
  let sent = 0;
  let failed = 0;
  for (const r of page.items) {
    const result = await deliverOutboxRecord(ctx, { pk: r.pk, sk: r.sk });
    if (result === "sent") sent++;
    if (result === "failed") failed++;
  }
  return { sent, failed };
}
