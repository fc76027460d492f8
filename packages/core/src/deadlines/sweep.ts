import type { Write } from "../ports/store.js";
import { type DeadlineCtx, type DeadlineHandler, fireDeadline, pendingDeadlines } from "./fire.js";

/**
 * The safety net under the timers: deadlines still pending some minutes after they were due (a
 * timer lost, or one that fired before its record was committed) are fired here. Firing is
 * idempotent, so a deadline its timer fires at the same moment still acts once.
 */
export async function fireMissedDeadlines(
  ctx: DeadlineCtx,
  handlers: Record<string, DeadlineHandler>,
  options: { graceMs?: number; limit?: number } = {},
): Promise<{ fired: number; overdue: number; writes: Write[] }> {
  const until = new Date(ctx.clock.now().getTime() - (options.graceMs ?? 120_000)).toISOString();
  let fired = 0;
  let overdue = 0;
  const writes: Write[] = [];
  for (const d of await pendingDeadlines(ctx, until, options.limit ?? 50)) {
    const result = await fireDeadline(ctx, handlers, { deadlineKey: { pk: d.pk, sk: d.sk }, dueAt: d.dueAt });
    if (result.outcome === "fired") fired++;
    if (result.overdue) overdue++;
    writes.push(...result.writes);
  }
  return { fired, overdue, writes };
}
