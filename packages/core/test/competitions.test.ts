import { describe, expect, it } from "vitest";
import { announceCompetition, AppError, closeWindowOnDeadline, fireDeadline, isWindowOpen, listCompetitions, putStateBody, windowClosesAt, CLOSE_WINDOW } from "../src/index.js";
import { fixedClock, MemoryStore, RecordingMailer, RecordingTimers } from "./memory-store.js";

const vacancy = {
  positionCode: "ADL-05-001",
  stateBodyId: "justice",
  unitId: "hr",
  positionName: { az: "Baş məsləhətçi", en: "Chief adviser" },
  classification: 5,
  places: 1,
  education: { levels: ["bachelor", "master"], specialties: [{ code: "050401", name: "Hüquqşünaslıq" }] },
  seniority: { totalYears: 2 },
};

async function setup() {
  const store = new MemoryStore();
  const clock = fixedClock("2026-11-22T08:00:00Z");
  const timers = new RecordingTimers();
  await putStateBody({ store, clock }, "admin", "justice", { name: { az: "Ədliyyə Nazirliyi", en: "Ministry of Justice" }, units: [{ id: "hr", name: { az: "Kadrlar şöbəsi", en: "HR department" } }] });
  return { store, clock, timers, mailer: new RecordingMailer() };
}

describe("competitions", () => {
  it("the window closes at the start of day 31 in Baku", () => {
    expect(windowClosesAt("2026-11-22").toISOString()).toBe("2026-12-22T20:00:00.000Z");
  });

  it("announcing opens the window and arms its closing timer; a retry with the same key returns the same competition", async () => {
    const { store, clock, timers } = await setup();
    const input = { title: { az: "Müsabiqə", en: "Competition" }, announcedOn: "2026-11-22", vacancies: [vacancy] };
    const a = await announceCompetition({ store, clock, timers }, { username: "admin" }, input, "key-12345678");
    const b = await announceCompetition({ store, clock, timers }, { username: "admin" }, input, "key-12345678");
    expect(a.created).toBe(true);
    expect(b.created).toBe(false);
    expect(b.competition.id).toBe(a.competition.id);
    // the window's close, the draft reminder three days before it, and the reserve's e-mails right after
    expect(timers.armed.map((t) => t.dueAt)).toEqual(["2026-12-22T20:00:00.000Z", "2026-12-19T20:00:00.000Z", new Date(clock.now().getTime() + 5_000).toISOString()]);
    expect(a.competition.vacancies[0].stateBodyName.az).toBe("Ədliyyə Nazirliyi");
    expect(await listCompetitions({ store, clock })).toHaveLength(1);
  });

  it("refuses unknown state bodies and units naming the field", async () => {
    const { store, clock, timers } = await setup();
    const input = { title: { az: "M", en: "C" }, announcedOn: "2026-11-22", vacancies: [{ ...vacancy, unitId: "nope" }] };
    const err = await announceCompetition({ store, clock, timers }, { username: "admin" }, input).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.issues[0]).toMatchObject({ path: "vacancies.0.unitId", code: "stateBody.unitUnknown" });
  });

  it("refuses a bad classification in both languages", async () => {
    const { store, clock, timers } = await setup();
    const err = await announceCompetition({ store, clock, timers }, { username: "admin" }, { title: { az: "M", en: "C" }, announcedOn: "2026-11-22", vacancies: [{ ...vacancy, classification: 8 }] }).catch((e) => e);
    expect(err.status).toBe(400);
    expect(err.issues[0].path).toBe("vacancies.0.classification");
    expect(err.issues[0].az).toContain("Təsnifat");
    expect(err.issues[0].en).toContain("classification");
  });

  it("the timer closes the window once; the clock closes it even if the timer is late", async () => {
    const { store, clock, timers } = await setup();
    const { competition } = await announceCompetition({ store, clock, timers }, { username: "admin" }, { title: { az: "M", en: "C" }, announcedOn: "2026-11-22", vacancies: [vacancy] });
    clock.set("2026-12-22T19:59:59Z");
    expect((await listCompetitions({ store, clock }))[0].status).toBe("open");
    clock.set("2026-12-22T20:00:01Z");
    expect((await listCompetitions({ store, clock }))[0].status).toBe("closed");
    expect(isWindowOpen(competition, clock.now())).toBe(false);
    const t = timers.armed[0];
    const r = await fireDeadline({ store, clock, timers, mailer: new RecordingMailer() }, { [CLOSE_WINDOW]: closeWindowOnDeadline }, { deadlineKey: t.deadlineKey, dueAt: t.dueAt });
    expect(r.outcome).toBe("fired");
    clock.set("2026-11-30T00:00:00Z");
    expect((await listCompetitions({ store, clock }))[0].status).toBe("closed");
  });
});
