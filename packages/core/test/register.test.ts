import { describe, expect, it } from "vitest";
import { demoRegister, chunkPeople, demoServantFin } from "../../local/src/seed/register-data.js";
import { demoStateBodies } from "../../local/src/seed/demo-data.js";
import { putStateBody } from "../src/directory/state-bodies.js";
import { fireDeadline } from "../src/deadlines/fire.js";
import { deadlineHandlers } from "../src/deadlines/registry.js";
import { pendingDeadlines } from "../src/deadlines/fire.js";
import { AppError } from "../src/errors.js";
import type { Write } from "../src/ports/store.js";
import { importRegister, putPerson, getPersonForAdmin } from "../src/register/admin-usecases.js";
import { parseRegisterCsv, registerCsv, MAX_IMPORT_ROWS } from "../src/register/csv.js";
import type { PersonData } from "../src/register/model.js";
import { normaliseName } from "../src/register/model.js";
import { bodyStatistics, getMyRecord, getPersonForHr, searchBody } from "../src/register/read-usecases.js";
import { answerRegisterRequest, askForLabourBook, attachLabourBook, createRegisterRequest, listRegisterRequests, REGISTER_ANSWER_OVERDUE, REGISTER_ANSWER_REMINDER } from "../src/register/requests.js";
import { listMyRequests } from "../src/requests/my-requests.js";
import { bakuDate } from "../src/time/baku.js";
import { confirmUpload, startUpload } from "../src/uploads/uploads.js";
import { MemoryFiles } from "./memory-files.js";
import { fixedClock, MemoryStore, RecordingMailer, RecordingTimers } from "./memory-store.js";
import { bruteStatistics, rowsToMap } from "./register-brute.js";

/** DynamoDB's transaction rules the in-memory store does not check: ≤ 100 items, each item once. */
class StrictStore extends MemoryStore {
  transactions = 0;
  override async transact(writes: Write[]) {
    expect(writes.length).toBeLessThanOrEqual(100);
    const keys = writes.map((w) => (w.op === "put" ? `${w.record.pk}|${w.record.sk}` : `${w.key.pk}|${w.key.sk}`));
    expect(new Set(keys).size, "an item twice in one transaction").toBe(keys.length);
    this.transactions++;
    return super.transact(writes);
  }
}

const admin = { username: "admin", groups: ["admin"] };
const hr = (body: string) => ({ kind: "official" as const, sub: `hr-${body}`, username: `hr.${body}`, email: `hr@${body}`, groups: ["hr-officer" as const], stateBody: body });
const elvin = { kind: "citizen" as const, sub: "sub-elvin", email: "elvin@example.az", idCard: "AA1234567", fin: demoServantFin };
const leyla = { kind: "citizen" as const, sub: "sub-leyla", email: "leyla@example.az", idCard: "AZE12345678" };

async function setup(people = demoRegister()) {
  const store = new StrictStore();
  const clock = fixedClock("2026-11-22T08:00:00Z");
  const ctx = { store, clock, timers: new RecordingTimers(), mailer: new RecordingMailer(), files: new MemoryFiles(), webOrigin: "http://localhost" };
  for (const b of demoStateBodies) await putStateBody(ctx, "admin", b.id, { name: b.name, units: b.units });
  for (const chunk of chunkPeople(people, 250)) await importRegister(ctx, admin, { csv: registerCsv(chunk) });
  return { ...ctx, people };
}

function expectStatsMatch(stats: Awaited<ReturnType<typeof bodyStatistics>>, people: PersonData[], body: string, today: string) {
  const brute = bruteStatistics(people, body, today, { from: stats.flow.from, to: stats.flow.to });
  expect(stats.current).toBe(brute.current);
  expect(stats.everServed).toBe(brute.ever);
  expect(stats.former).toBe(brute.ever - brute.current);
  expect(rowsToMap(stats.byClassification)).toEqual(brute.byClass);
  expect(rowsToMap(stats.byStatus)).toEqual(brute.byStatus);
  expect(rowsToMap(stats.byPosition)).toEqual(brute.byPosition);
  expect(rowsToMap(stats.byGender)).toEqual(brute.byGender);
  expect(rowsToMap(stats.byEducation)).toEqual(brute.byEducation);
  expect(rowsToMap(stats.byAgeBand)).toEqual(brute.byAge);
  expect(rowsToMap(stats.byServiceBand)).toEqual(brute.byService);
  expect(stats.flow.joiners).toBe(brute.joiners);
  expect(stats.flow.leavers).toBe(brute.leavers);
}

describe("service 3: the register", () => {
  it("the demo register is deterministic, valid, and survives the CSV round trip", () => {
    const a = demoRegister();
    expect(demoRegister()).toEqual(a);
    expect(a.length).toBeGreaterThanOrEqual(300);
    expect(new Set(a.map((p) => p.fin)).size).toBe(a.length);
    const bodies = new Map(demoStateBodies.map((b) => [b.id, new Set(b.units.map((u) => u.id))]));
    for (const chunk of chunkPeople(a, MAX_IMPORT_ROWS)) {
      const parsed = parseRegisterCsv(registerCsv(chunk), { today: "2026-11-22", bodies });
      expect(parsed.issues).toEqual([]);
      expect(parsed.people).toEqual(chunk);
    }
    // Current and former people in both bodies, and people who moved between them.
    const served = (body: string, current: boolean) => a.filter((p) => p.appointments.some((x) => x.stateBodyId === body && (x.status !== "ended") === current)).length;
    for (const body of ["justice", "taxes"]) {
      expect(served(body, true)).toBeGreaterThan(60);
      expect(served(body, false)).toBeGreaterThan(40);
    }
    expect(a.filter((p) => new Set(p.appointments.map((x) => x.stateBodyId)).size === 2).length).toBeGreaterThan(10);
  });

  it("statistics from the counters equal a brute-force count, today and on later days, after edits too", async () => {
    const ctx = await setup();
    const today = bakuDate(ctx.clock.now());
    for (const body of ["justice", "taxes"]) {
      expectStatsMatch(await bodyStatistics(ctx, hr(body), {}), ctx.people, body, today);
      expectStatsMatch(await bodyStatistics(ctx, hr(body), { from: "2000-01", to: "2009-12" }), ctx.people, body, today);
    }
    // Time passes: nobody writes, ages and lengths of service grow; the counters still tell the truth.
    ctx.clock.set("2029-03-01T08:00:00Z");
    expectStatsMatch(await bodyStatistics(ctx, hr("justice"), {}), ctx.people, "justice", "2029-03-01");
    ctx.clock.set("2026-11-22T08:00:00Z");

    // A transfer from justice to taxes, by a single edit.
    const mover = ctx.people.find((p) => p.appointments.at(-1)!.status === "serving" && p.appointments.at(-1)!.stateBodyId === "justice" && p.fin !== demoServantFin)!;
    const last = mover.appointments.at(-1)!;
    const moved: PersonData = {
      ...mover,
      appointments: [
        ...mover.appointments.slice(0, -1),
        { ...last, endDate: "2026-10-31", status: "ended", endGround: "Başqa dövlət orqanına keçirilmə ilə əlaqədar" },
        { stateBodyId: "taxes", unitId: "audit", position: "Baş məsləhətçi", classification: 5, rank: "", startDate: "2026-11-01", status: "probation" },
      ],
    };
    const saved = await putPerson(ctx, admin, mover.fin, { person: moved, expectedVersion: 1 });
    expect(saved.changed).toBe(true);
    const people = ctx.people.map((p) => (p.fin === mover.fin ? moved : p));
    for (const body of ["justice", "taxes"]) expectStatsMatch(await bodyStatistics(ctx, hr(body), {}), people, body, today);
    // A stale edit is refused; the record holds who changed what.
    await expect(putPerson(ctx, admin, mover.fin, { person: mover, expectedVersion: 1 })).rejects.toMatchObject({ status: 409 });
    const full = await getPersonForAdmin(ctx, admin, mover.fin);
    expect(full.changes[0]).toMatchObject({ actor: "admin", source: "edit" });
    expect(full.changes[0].before!.appointments).toHaveLength(mover.appointments.length);
    expect(full.changes[0].after.appointments).toHaveLength(mover.appointments.length + 1);
  }, 60_000);

  it("a file with bad rows is refused with every line and reason, and nothing is written; a good file twice is applied once", async () => {
    const ctx = await setup([]);
    const people = demoRegister(12);
    const good = registerCsv(people);
    const lines = good.trim().split("\r\n");
    const bad = [...lines];
    bad[2] = bad[2].replace(/;(justice|taxes);/, ";nowhere;");
    bad[4] = bad[4].replace(/\d{4}-\d{2}-\d{2}/, "1990-02-31");
    const err = await importRegister(ctx, admin, { csv: bad.join("\r\n") }).catch((e: AppError) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).status).toBe(422);
    const issues = (err as AppError).issues!;
    expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining([`line.3.stateBodyId`, `line.5.birthDate`]));
    expect(issues[0].az).toMatch(/^Sətir 3/);
    expect([...ctx.store.items.keys()].filter((k) => k.startsWith("REG"))).toEqual([]);

    const first = await importRegister(ctx, admin, { csv: good });
    expect(first).toMatchObject({ people: 12, created: 12, alreadyImported: false });
    const again = await importRegister(ctx, admin, { csv: good });
    expect(again.alreadyImported).toBe(true);
    // The same people in another file (another order): nothing changes, no change entries.
    const changesBefore = [...ctx.store.items.keys()].filter((k) => k.includes("CHANGE#")).length;
    const reordered = await importRegister(ctx, admin, { csv: registerCsv([...people].reverse()) });
    expect(reordered).toMatchObject({ created: 0, updated: 0, unchanged: 12 });
    expect([...ctx.store.items.keys()].filter((k) => k.includes("CHANGE#")).length).toBe(changesBefore);
  });

  it("an HR officer finds their body's current and former people by FIN or name, never another body's; reads are logged for the servant", async () => {
    const ctx = await setup();
    const former = ctx.people.find((p) => p.appointments.every((a) => a.stateBodyId === "justice" && a.status === "ended"))!;
    const byFin = await searchBody(ctx, hr("justice"), { fin: former.fin });
    expect(byFin.items).toHaveLength(1);
    expect(byFin.items[0].serving).toBe(false);
    const byName = await searchBody(ctx, hr("justice"), { name: former.lastName });
    expect(byName.items.map((i) => i.fin)).toContain(former.fin);
    expect(byName.items.every((i) => normaliseName(`${i.lastName}`).startsWith(normaliseName(former.lastName)))).toBe(true);
    expect((await getPersonForHr(ctx, hr("justice"), former.fin)).person.fin).toBe(former.fin);
    // Taxes: the same person does not exist for them.
    expect((await searchBody(ctx, hr("taxes"), { fin: former.fin })).items).toEqual([]);
    await expect(getPersonForHr(ctx, hr("taxes"), former.fin)).rejects.toMatchObject({ status: 404 });
    // Elvin served in both bodies: both HR officers see him; he sees both reads.
    await getPersonForHr(ctx, hr("taxes"), demoServantFin);
    ctx.clock.advanceMs(60_000);
    await getPersonForHr(ctx, hr("justice"), demoServantFin);
    const mine = await getMyRecord(ctx, elvin);
    expect(mine.found).toBe(true);
    if (mine.found) {
      expect(mine.person.appointments.map((a) => a.stateBodyId)).toEqual(["taxes", "justice"]);
      expect(mine.reads.map((r) => r.username)).toEqual(["hr.justice", "hr.taxes"]);
    }
    const none = await getMyRecord(ctx, leyla);
    expect(none).toMatchObject({ found: false, fin: null });
    // An HR account without a body sees nothing.
    await expect(searchBody(ctx, { ...hr("justice"), stateBody: undefined }, { fin: former.fin })).rejects.toMatchObject({ status: 403 });
  });

  it("the 7-day request: registered and e-mailed, labour book asked and uploaded, reminder and overdue timers, answered", async () => {
    const ctx = await setup([]);
    const form = { kind: "not_found", fin: "7ZZ1AB2", lastName: "Əliyeva", firstName: "Leyla", patronymic: "Kamran qızı", birthDate: "1993-05-14", details: "Ədliyyə Nazirliyində 2018-ci ildən işləyirəm." };
    const { request, created } = await createRegisterRequest(ctx, leyla, form, "key-12345678");
    expect(created).toBe(true);
    expect((await createRegisterRequest(ctx, leyla, form, "key-12345678")).created).toBe(false);
    expect(request.status).toBe("submitted");
    expect(Date.parse(request.dueAt) - ctx.clock.now().getTime()).toBe(7 * 86_400_000);
    expect(ctx.mailer.sent.at(-1)!.subject).toContain(request.number);
    expect(ctx.timers.armed.map((t) => t.dueAt)).toHaveLength(2);
    // A servant whose record is there gets it at once instead.
    await expect(createRegisterRequest(ctx, elvin, { ...form, fin: "1234567" }, "key-87654321")).rejects.toMatchObject({ status: 400 });

    const officer = { username: "it.officer", email: "it@csc" };
    await askForLabourBook(ctx, officer, request.id, { message: "Əmək kitabçasının bütün səhifələrini yükləyin." });
    expect(ctx.mailer.sent.at(-1)!.to).toBe(leyla.email);
    const up = await startUpload(ctx, leyla.sub, { purpose: "labour-book", fileName: "kitabca.pdf", contentType: "application/pdf", size: 20 });
    ctx.files.upload(`pending/labour-book/${up.uploadId}`, "%PDF-1.4 labour book");
    await confirmUpload(ctx, leyla.sub, up.uploadId);
    const attached = await attachLabourBook(ctx, leyla, request.id, { uploadIds: [up.uploadId] });
    expect(attached.status).toBe("in_review");

    // Day 5: the reminder goes to the officer who acted; day 7: overdue (the alarm).
    const deadlines = await pendingDeadlines(ctx, "2030-01-01");
    ctx.clock.set(deadlines.find((d) => d.kind === REGISTER_ANSWER_REMINDER)!.dueAt);
    const remind = await fireDeadline(ctx, deadlineHandlers, { deadlineKey: deadlines.find((d) => d.kind === REGISTER_ANSWER_REMINDER)!, dueAt: deadlines.find((d) => d.kind === REGISTER_ANSWER_REMINDER)!.dueAt });
    expect(remind).toMatchObject({ outcome: "fired", overdue: false });
    const overdueDeadline = deadlines.find((d) => d.kind === REGISTER_ANSWER_OVERDUE)!;
    ctx.clock.set(overdueDeadline.dueAt);
    const overdue = await fireDeadline(ctx, deadlineHandlers, { deadlineKey: overdueDeadline, dueAt: overdueDeadline.dueAt });
    expect(overdue).toMatchObject({ outcome: "fired", overdue: true });
    expect((await listRegisterRequests(ctx, { overdue: "true" })).items.map((i) => i.id)).toEqual([request.id]);

    const answered = await answerRegisterRequest(ctx, officer, request.id, { outcome: "answered", text: "Reyestrdə qeydiniz bərpa edildi." });
    expect(answered.status).toBe("answered");
    expect((await listRegisterRequests(ctx, {})).items).toEqual([]);
    expect((await listRegisterRequests(ctx, { state: "closed" })).items.map((i) => i.id)).toEqual([request.id]);
    const mine = await listMyRequests(ctx, leyla.sub, {});
    expect(mine.items[0]).toMatchObject({ service: 3, status: "answered" });
    expect(mine.items[0].history.map((h) => h.status)).toEqual(["submitted", "documents_requested", "in_review", "overdue", "answered"]);
  });
});
