import { describe, expect, it } from "vitest";
import { armDeadline } from "../src/deadlines/deadline.js";
import type { DeadlineHandler } from "../src/deadlines/fire.js";
import { fireMissedDeadlines } from "../src/deadlines/sweep.js";
import { fixedClock, MemoryStore, RecordingMailer, RecordingTimers } from "./memory-store.js";

describe("the deadline sweeper", () => {
  it("fires a deadline whose timer was lost, once, and leaves the ones not yet due", async () => {
    const store = new MemoryStore();
    const clock = fixedClock("2026-11-22T08:00:00Z");
    const ctx = { store, clock, timers: new RecordingTimers(), mailer: new RecordingMailer() };
    let acted = 0;
    const handlers: Record<string, DeadlineHandler> = { "test.kind": async () => (acted++, { writes: [], overdue: true }) };
    const lost = armDeadline({ caseKey: { pk: "CASE#1", sk: "CASE" }, kind: "test.kind", dueAt: new Date("2026-11-22T08:01:00Z"), now: clock.now() });
    const later = armDeadline({ caseKey: { pk: "CASE#2", sk: "CASE" }, kind: "test.kind", dueAt: new Date("2026-11-22T09:00:00Z"), now: clock.now() });
    await store.transact([lost.write, later.write]);

    clock.set("2026-11-22T08:02:00Z"); // due, but within the timers' grace period
    expect((await fireMissedDeadlines(ctx, handlers)).fired).toBe(0);
    clock.set("2026-11-22T08:05:00Z");
    expect(await fireMissedDeadlines(ctx, handlers)).toMatchObject({ fired: 1, overdue: 1 });
    expect((await fireMissedDeadlines(ctx, handlers)).fired).toBe(0);
    expect(acted).toBe(1);
  });
});
