/**
 * Injected faults, on a local cloud of this file's own: DynamoDB Local stopped mid-run (requests fail
 * fast with 503 and Retry-After, nothing half-written, service resumes without a restart); the SES
 * endpoint down (every state change commits; its e-mails are sent from the outbox when SES returns,
 * none twice); every deadline timer fired twice and the outbox sweeper run twice (one effect).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validForm } from "../../packages/core/test/fixtures.js";
import { newCitizen, recordFigures } from "../security/support.js";
import { type OwnCloud, startOwnCloud } from "./own-cloud.js";

let own: OwnCloud;
const figures: Record<string, number> = { faultsInjected: 0, requestsDuringFaults: 0, slowestRefusalMs: 0 };

beforeAll(async () => {
  own = await startOwnCloud("faults");
}, 240_000);
afterAll(async () => {
  recordFigures("faults", figures);
  await own?.stop();
});

async function applicant() {
  const c = await newCitizen("rel-fault", own.cloud.env);
  const token = await own.signIn("citizens", c.email, c.password);
  const competitions = await own.api("GET", "/competitions");
  const vacancy = (competitions.body as { items: { vacancies: { id: string; positionCode: string }[] }[] }).items.flatMap((x) => x.vacancies).find((v) => v.positionCode === "VN-06-0317")!;
  const form = validForm();
  form.identity.idCardNumber = c.idCard;
  form.contact.email = c.email;
  form.education[0]!.specialtyCode = "050403";
  return { c, token, vacancyId: vacancy.id, form };
}
const requestsOf = async (token: string) => ((await own.api("GET", "/me/requests", { token })).body as { items: { number: string }[] }).items;
const until = async (fn: () => Promise<boolean>, ms: number, every = 500) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await fn().catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, every));
  }
  return false;
};

describe("database down", () => {
  it("answers fast 503s with Retry-After, writes nothing half, and resumes without a restart", async () => {
    const a = await applicant();
    await own.cloud.emulators.stop("dynamodb");
    figures.faultsInjected++;
    try {
      const attempts = [
        () => own.api("POST", `/me/applications/${a.vacancyId}/submit`, { token: a.token, body: a.form }),
        () => own.api("PUT", `/me/applications/${a.vacancyId}/draft`, { token: a.token, body: { citizen: { firstName: "X" } } }),
        () => own.api("GET", "/me/requests", { token: a.token }),
        () => own.api("GET", "/competitions"),
        () => own.api("POST", "/me/uploads", { token: a.token, body: { purpose: "labour-book", fileName: "a.pdf", contentType: "application/pdf", size: 10 } }),
      ];
      for (const attempt of attempts) {
        const t0 = Date.now();
        const res = await attempt();
        const ms = Date.now() - t0;
        figures.requestsDuringFaults++;
        figures.slowestRefusalMs = Math.max(figures.slowestRefusalMs, ms);
        expect(res.status, JSON.stringify(res.body)).toBe(503);
        expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
        expect((res.body as { error: { code: string } }).error.code).toBe("service_unavailable");
        expect(ms).toBeLessThan(5_000);
      }
    } finally {
      await own.cloud.emulators.start("dynamodb");
    }
    expect(await until(async () => (await own.api("GET", "/competitions")).status === 200, 30_000)).toBe(true);
    expect(await requestsOf(a.token)).toEqual([]); // nothing of the refused submission
    const again = await own.api("POST", `/me/applications/${a.vacancyId}/submit`, { token: a.token, body: a.form });
    expect(again.status).toBe(201);
    expect((await requestsOf(a.token)).length).toBe(1);
  }, 120_000);
});

describe("e-mail down", () => {
  it("state changes commit while SES is down; the outbox delivers every e-mail once when it is back", async () => {
    const a = await applicant();
    const b = await applicant();
    await own.cloud.emulators.stop("ses");
    figures.faultsInjected++;
    let committed = 0;
    try {
      for (const x of [a, b]) {
        const res = await own.api("POST", `/me/applications/${x.vacancyId}/submit`, { token: x.token, body: x.form });
        figures.requestsDuringFaults++;
        expect(res.status, JSON.stringify(res.body)).toBe(201);
        committed++;
      }
      const it = await own.signIn("officials", "it.officer", "Texnologiya2025");
      const app = (await requestsOf(a.token))[0]!;
      expect(app).toBeTruthy();
      const list = await own.scan((i) => i.type === "Outbox" && (i.to === a.c.email || i.to === b.c.email));
      expect(list.length).toBeGreaterThanOrEqual(2);
      expect(list.every((o) => o.status !== "sent")).toBe(true);
      // The sweeper running while SES is still down changes nothing and loses nothing.
      await own.cloud.runJob("OutboxSweeper");
      void it;
    } finally {
      await own.cloud.emulators.start("ses");
    }
    const outbox = () => own.scan((i) => i.type === "Outbox" && (i.to === a.c.email || i.to === b.c.email));
    // Retries are backed off (20 s after the first failure): the sweeper sends them when due.
    const delivered = await until(async () => {
      await own.cloud.runJob("OutboxSweeper");
      return (await outbox()).every((o) => o.status === "sent");
    }, 150_000, 5_000);
    expect(delivered).toBe(true);
    await Promise.all([own.cloud.runJob("OutboxSweeper"), own.cloud.runJob("OutboxSweeper")]);
    const records = await outbox();
    const mails = [...(await own.mailbox(a.c.email)), ...(await own.mailbox(b.c.email))];
    expect(mails.length).toBe(records.length); // each outbox e-mail exactly once
    expect(new Set(mails.map((m) => `${m.destination.to[0]} ${m.subject}`)).size).toBe(mails.length);
    figures.emailsDeliveredAfterOutage = mails.length;
    figures.stateChangesCommittedDuringOutage = committed;
  }, 240_000);
});

describe("timers and async handlers invoked twice", () => {
  it("every due deadline fired, then fired again with the same event: the second run changes nothing", async () => {
    const fired = await own.cloud.advanceTimers("all");
    expect(fired.length).toBeGreaterThan(0);
    await own.cloud.runJob("OutboxSweeper");
    const strip = (items: Record<string, unknown>[]) => items.filter((i) => i.type !== "RateCounter").map((i) => JSON.stringify(i)).sort();
    const before = strip(await own.scan());
    const mailsBefore = (await own.mailbox()).length;
    const { handler } = (await import("../../functions/deadlines/fired.js")) as { handler: (e: unknown) => Promise<{ outcome: string }> };
    const outcomes: string[] = [];
    for (const execution of fired) {
      const input = typeof execution.input === "string" ? JSON.parse(execution.input) : execution.input;
      // Twice at once, as a duplicated delivery would.
      const [x, y] = await Promise.all([handler(input), handler(input)]);
      outcomes.push(`${execution.status} ${JSON.stringify(input).slice(0, 160)} → ${x.outcome}/${y.outcome}`);
    }
    await Promise.all([own.cloud.runJob("OutboxSweeper"), own.cloud.runJob("OutboxSweeper")]);
    expect(outcomes.filter((o) => !o.endsWith("→ ignored/ignored")), outcomes.join("\n")).toEqual([]);
    expect(strip(await own.scan())).toEqual(before);
    expect((await own.mailbox()).length).toBe(mailsBefore);
    figures.timersFiredTwice = fired.length;
  }, 180_000);
});
