import { describe, expect, it } from "vitest";
import { armDeadline, cancelDeadline, fireDeadline, pendingDeadlines, type DeadlineHandler } from "../src/index.js";
import { fixedClock, MemoryStore, RecordingMailer, RecordingTimers } from "./memory-store.js";

const caseKey = { pk: "CASE#1", sk: "CASE" };

async function setup() {
  const store = new MemoryStore();
  const clock = fixedClock("2026-11-22T08:00:00Z");
  const timers = new RecordingTimers();
  await store.transact([{ op: "put", record: { ...caseKey, type: "Case", version: 1, fired: 0 } }]);
  let calls = 0;
  const handlers: Record<string, DeadlineHandler> = {
    "case.expire": async (ctx, d) => {
      calls++;
      const c = (await ctx.store.get(d.caseKey))!;
      return { writes: [{ op: "put", record: { ...c, fired: Number(c.fired) + 1, version: c.version + 1 }, condition: { kind: "versionIs", version: c.version } }], overdue: true };
    },
  };
  return { store, clock, timers, handlers, calls: () => calls };
}

describe("deadline engine", () => {
  it("arming twice gives one timer with a deterministic name", async () => {
    const { store, clock, timers } = await setup();
    const a = armDeadline({ caseKey, kind: "case.expire", dueAt: new Date("2026-11-29T08:00:00Z"), now: clock.now() });
    const b = armDeadline({ caseKey, kind: "case.expire", dueAt: new Date("2026-11-29T08:00:00Z"), now: clock.now() });
    expect(a.timer.name).toBe(b.timer.name);
    expect(a.timer.name).toMatch(/^[A-Za-z0-9_-]{1,80}$/);
    await timers.arm(a.timer);
    await timers.arm(b.timer);
    expect(timers.armed).toHaveLength(1);
    await store.transact([a.write]);
    await expect(store.transact([b.write])).rejects.toThrow("condition failed");
    expect(await pendingDeadlines({ store })).toHaveLength(1);
  });

  it("fires once: a second firing changes nothing", async () => {
    const { store, clock, timers, handlers, calls } = await setup();
    const a = armDeadline({ caseKey, kind: "case.expire", dueAt: new Date("2026-11-29T08:00:00Z"), now: clock.now() });
    await store.transact([a.write]);
    const first = await fireDeadline({ store, clock, timers, mailer: new RecordingMailer() }, handlers, { deadlineKey: a.timer.deadlineKey, dueAt: a.timer.dueAt });
    const second = await fireDeadline({ store, clock, timers, mailer: new RecordingMailer() }, handlers, { deadlineKey: a.timer.deadlineKey, dueAt: a.timer.dueAt });
    expect(first.outcome).toBe("fired");
    expect(first.overdue).toBe(true);
    expect(second.outcome).toBe("ignored");
    expect(calls()).toBe(1);
    expect((await store.get(caseKey))!.fired).toBe(1);
    expect(await pendingDeadlines({ store })).toHaveLength(0);
  });

  it("an old timer of a re-armed (extended) deadline does nothing", async () => {
    const { store, clock, timers, handlers, calls } = await setup();
    const a = armDeadline({ caseKey, kind: "case.expire", dueAt: new Date("2026-11-29T08:00:00Z"), now: clock.now() });
    await store.transact([a.write]);
    const b = armDeadline({ caseKey, kind: "case.expire", dueAt: new Date("2026-12-29T08:00:00Z"), now: clock.now(), existing: a.record });
    await store.transact([b.write]);
    expect((await fireDeadline({ store, clock, timers, mailer: new RecordingMailer() }, handlers, { deadlineKey: a.timer.deadlineKey, dueAt: a.timer.dueAt })).outcome).toBe("ignored");
    expect((await fireDeadline({ store, clock, timers, mailer: new RecordingMailer() }, handlers, { deadlineKey: b.timer.deadlineKey, dueAt: b.timer.dueAt })).outcome).toBe("fired");
    expect(calls()).toBe(1);
  });

  it("a cancelled deadline (the case moved on) does nothing", async () => {
    const { store, clock, timers, handlers, calls } = await setup();
    const a = armDeadline({ caseKey, kind: "case.expire", dueAt: new Date("2026-11-29T08:00:00Z"), now: clock.now() });
    await store.transact([a.write]);
    await store.transact([cancelDeadline(a.record, clock.now())]);
    expect((await fireDeadline({ store, clock, timers, mailer: new RecordingMailer() }, handlers, { deadlineKey: a.timer.deadlineKey, dueAt: a.timer.dueAt })).outcome).toBe("ignored");
    expect(calls()).toBe(0);
  });
});
