import { describe, expect, it } from "vitest";
import { deliverNow, enqueueEmail, renderMessage, sweepOutbox } from "../src/index.js";
import { fixedClock, MemoryStore, RecordingMailer } from "./memory-store.js";

const message = { subject: { az: "Qəbul edildi", en: "Received" }, paragraphs: [{ az: "Salam <b>Əli</b>", en: "Hello <b>Ali</b>" }], requestNumber: "S1-261122-ABC123" };

describe("outbox", () => {
  it("renders Azerbaijani first, English too, with the request number, escaping HTML", () => {
    const r = renderMessage(message);
    expect(r.subject).toContain("S1-261122-ABC123");
    expect(r.text.indexOf("Salam")).toBeLessThan(r.text.indexOf("Hello"));
    expect(r.html).toContain("&lt;b&gt;Əli&lt;/b&gt;");
    expect(r.html).not.toContain("<b>Əli</b>");
  });

  it("the same event enqueued twice is one e-mail", async () => {
    const store = new MemoryStore();
    const now = new Date("2026-11-22T08:00:00Z");
    await store.transact([enqueueEmail({ to: "a@b.az", message, dedupeKey: "x", now })]);
    await expect(store.transact([enqueueEmail({ to: "a@b.az", message, dedupeKey: "x", now })])).rejects.toThrow();
  });

  it("a failed send stays pending and is sent once by the sweeper when SES is back", async () => {
    const store = new MemoryStore();
    const clock = fixedClock("2026-11-22T08:00:00Z");
    const mailer = new RecordingMailer();
    const writes = [enqueueEmail({ to: "a@b.az", message, dedupeKey: "y", now: clock.now() })];
    await store.transact(writes);
    mailer.failing = true;
    await deliverNow({ store, clock, mailer }, writes);
    expect(mailer.sent).toHaveLength(0);
    mailer.failing = false;
    clock.advanceMs(60_000);
    expect(await sweepOutbox({ store, clock, mailer })).toEqual({ sent: 1, failed: 0 });
    expect(await sweepOutbox({ store, clock, mailer })).toEqual({ sent: 0, failed: 0 });
    await deliverNow({ store, clock, mailer }, writes);
    expect(mailer.sent).toHaveLength(1);
  });
});
