import type { Ctx, Needs } from "../context.js";
import { ConditionFailed, type Key, type Write } from "../ports/store.js";
import { type ArmedDeadline, type DeadlineRecord, PENDING_DEADLINES } from "./deadline.js";

/**
 * What a deadline handler gets. `files` and `webOrigin` are there in the deployed and local
 * runtimes (a handler may issue a certificate); unit tests that do not need them may omit them.
 */
export type DeadlineCtx = Needs<"store" | "clock" | "timers" | "mailer"> & Partial<Needs<"files" | "webOrigin">>;

/** What a deadline kind does when due: the writes to commit with the deadline's firing. */
export interface DeadlineEffect {
  writes: Write[];
  /** Further deadlines to arm (their timers start after the commit). */
  arm?: ArmedDeadline[];
  /** True when the deadline means something is now overdue (raises the alarm metric). */
  overdue?: boolean;
}

export type DeadlineHandler = (ctx: DeadlineCtx, deadline: DeadlineRecord) => Promise<DeadlineEffect>;

export type FireOutcome = "fired" | "ignored";

/**
 * Idempotent: a deadline that fires twice, fires for an old `dueAt`, or fires after its case
 * moved on (cancelled) changes nothing the second time.
 */
export async function fireDeadline(
  ctx: DeadlineCtx,
  handlers: Record<string, DeadlineHandler>,
  event: { deadlineKey: Key; dueAt: string },
): Promise<{ outcome: FireOutcome; overdue: boolean; writes: Write[] }> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const deadline = await ctx.store.get<DeadlineRecord>(event.deadlineKey);
    if (!deadline || deadline.status !== "pending" || deadline.dueAt !== event.dueAt) return { outcome: "ignored", overdue: false, writes: [] };
    const handler = handlers[deadline.kind];
    if (!handler) throw new Error(`no handler for deadline kind ${deadline.kind}`);
    const effect = await handler(ctx, deadline);
    const { byDuePk: _p, byDueSk: _s, ...rest } = deadline;
    const fired: Write = {
      op: "put",
      record: { ...rest, status: "fired", firedAt: ctx.clock.now().toISOString(), version: deadline.version + 1 },
      condition: { kind: "versionIs", version: deadline.version },
    };
    const writes = [fired, ...effect.writes, ...(effect.arm ?? []).map((a) => a.write)];
    try {
      for (const a of effect.arm ?? []) await ctx.timers.arm(a.timer);
      await ctx.store.transact(writes);
      return { outcome: "fired", overdue: effect.overdue ?? false, writes };
    } catch (err) {
      if (!(err instanceof ConditionFailed)) throw err;
      // Someone else changed the case or fired the deadline: read again and decide again.
    }
  }
  // Still contended after three tries (several deadlines of one case due at once): fail, so the
  // state machine retries later. Answering "ignored" here would leave the deadline pending forever.
  throw new ConditionFailed(0);
}

/** Pending deadlines due up to `until`, oldest first: for re-arming and for officers' due lists. */
export async function pendingDeadlines(ctx: Needs<"store">, until?: string, limit = 500): Promise<DeadlineRecord[]> {
  const page = await ctx.store.query<DeadlineRecord>(PENDING_DEADLINES, { index: "byDue", ...(until ? { skLessOrEqual: `${until}~` } : {}), limit });
  return page.items;
}

/** Starts the timers of deadlines written by a use case, before its commit (so none is lost). */
export async function startTimers(ctx: Pick<Ctx, "timers">, armed: ArmedDeadline[]): Promise<void> {
  for (const a of armed) await ctx.timers.arm(a.timer);
}
