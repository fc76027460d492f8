import { describe, expect, it } from "vitest";
import { listMyRequests } from "../src/requests/my-requests.js";
import { admitApplication, announceCompetition, excludeApplication, getMyApplication, listApplicationQueue, admittedCandidatesCsv, putStateBody, saveDraft, submitApplication, fireDeadline, deadlineHandlers } from "../src/index.js";
import { validForm } from "./fixtures.js";
import { fixedClock, MemoryStore, RecordingMailer, RecordingTimers } from "./memory-store.js";

const citizen = { kind: "citizen" as const, sub: "sub-aygun", email: "aygun@example.az", idCard: "AZE12345678" };
const officer = { username: "it@csc.gov.az" };

async function setup(autoAdmit = false) {
  const store = new MemoryStore();
  const clock = fixedClock("2026-11-22T08:00:00Z");
  const timers = new RecordingTimers();
  const mailer = new RecordingMailer();
  const ctx = { store, clock, timers, mailer, webOrigin: "http://localhost" };
  await putStateBody(ctx, "admin", "justice", { name: { az: "Ədliyyə Nazirliyi", en: "Ministry of Justice" }, units: [{ id: "hr", name: { az: "Kadrlar şöbəsi", en: "HR" } }] });
  const { competition } = await announceCompetition(ctx, { username: "admin" }, {
    title: { az: "Müsabiqə", en: "Competition" },
    announcedOn: "2026-11-22",
    autoAdmit,
    vacancies: [{ positionCode: "ADL-05-001", stateBodyId: "justice", unitId: "hr", positionName: { az: "Baş məsləhətçi", en: "Chief adviser" }, classification: 5, places: 1, education: { levels: ["bachelor", "master"], specialties: [{ code: "050401", name: "Hüquqşünaslıq" }] }, seniority: { totalYears: 2 } }],
  });
  return { ...ctx, competition, vacancyId: competition.vacancies[0].id };
}

describe("service 1: applications", () => {
  it("submit → received e-mail → refused with reasons → corrected → in review → admitted with a candidate code", async () => {
    const { vacancyId, mailer, ...ctx } = await setup();
    const full = { ...ctx, mailer };
    const bad = validForm();
    bad.eligibility.conviction = "yes";
    const first = await submitApplication(full, citizen, vacancyId, bad);
    expect(first.application.status).toBe("refused");
    expect(first.application.reasons[0].az).toContain("4.2.");
    expect(mailer.sent.map((m) => m.subject)).toEqual([expect.stringContaining("qəbul edildi"), expect.stringContaining("imtina")]);
    expect(mailer.sent[1].text).toContain("4.2.");

    const second = await submitApplication(full, citizen, vacancyId, validForm());
    expect(second.application.status).toBe("in_review");
    expect(second.application.number).toBe(first.application.number);

    const queue = await listApplicationQueue(ctx, { competitionId: ctx.competition.id, status: "in_review" });
    expect(queue.items).toHaveLength(1);
    const admitted = await admitApplication(full, officer, second.application.id, { reason: "Sənədlər qaydasındadır" });
    expect(admitted.status).toBe("admitted");
    expect(admitted.candidateCode).toMatch(/^NK-[0-9A-Z]{10}$/);
    expect(mailer.sent.at(-1)!.text).toContain(admitted.candidateCode!);
    expect(admitted.history.map((h) => h.status)).toEqual(["draft", "submitted", "refused", "submitted", "in_review", "admitted"]);

    const csv = await admittedCandidatesCsv(ctx, { competitionId: ctx.competition.id });
    expect(csv).toContain(admitted.candidateCode!);
    const excluded = await excludeApplication(full, officer, admitted.id, { reason: "Bilərəkdən yanlış məlumat" });
    expect(excluded.status).toBe("excluded");
  });

  it("auto-admits when the competition is so configured", async () => {
    const { vacancyId, ...ctx } = await setup(true);
    const r = await submitApplication(ctx, citizen, vacancyId, validForm());
    expect(r.application.status).toBe("admitted");
    expect(r.application.candidateCode).toBeTruthy();
    // "My requests" shows the code at a glance and links to the application's page.
    const mine = await listMyRequests(ctx, citizen.sub, {});
    expect(mine.items[0].facts).toEqual([{ label: { az: "Namizədin şəxsi kodu", en: "Candidate's personal code" }, value: r.application.candidateCode }]);
    expect(mine.items[0].link).toBe(`/apply/${vacancyId}`);
  });

  it("an officer's admission puts the candidate code into My requests; a note is optional", async () => {
    const { vacancyId, mailer, ...ctx } = await setup();
    const full = { ...ctx, mailer };
    const sent = await submitApplication(full, citizen, vacancyId, validForm());
    const admitted = await admitApplication(full, officer, sent.application.id, {});
    expect(admitted.history.at(-1)).toEqual(expect.not.objectContaining({ reason: expect.anything() }));
    const mine = await listMyRequests(ctx, citizen.sub, {});
    expect(mine.items[0].facts?.[0].value).toBe(admitted.candidateCode);
    expect(mine.items[0].history.map((h) => h.status)).toEqual(["draft", "submitted", "in_review", "admitted"]);
  });

  it("20 identical submissions in parallel create one application and one received e-mail", async () => {
    const { vacancyId, mailer, ...ctx } = await setup();
    const results = await Promise.all(Array.from({ length: 20 }, () => submitApplication({ ...ctx, mailer }, citizen, vacancyId, validForm())));
    expect(new Set(results.map((r) => r.application.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const apps = [...ctx.store.items.values()].filter((i) => i.type === "Application");
    expect(apps).toHaveLength(1);
    expect(mailer.sent.filter((m) => m.subject.includes("qəbul edildi"))).toHaveLength(1);
  });

  it("a submission one second after the window closes is refused, even before the timer fired", async () => {
    const { vacancyId, clock, ...ctx } = await setup();
    clock.set("2026-12-22T19:59:59Z");
    await saveDraft({ ...ctx, clock }, citizen, vacancyId, { citizen: { firstName: "Aygün" } });
    clock.set("2026-12-22T20:00:01Z");
    const err = await submitApplication({ ...ctx, clock }, citizen, vacancyId, validForm()).catch((e) => e);
    expect(err.status).toBe(422);
    expect(err.code).toBe("window_closed");
    await expect(saveDraft({ ...ctx, clock }, citizen, vacancyId, {})).rejects.toMatchObject({ code: "window_closed" });
  });

  it("drafts are saved and resumed; 3 days before the close the owner of an unsent draft is reminded once", async () => {
    const { vacancyId, clock, timers, mailer, ...ctx } = await setup();
    await saveDraft({ ...ctx, clock }, citizen, vacancyId, { citizen: { firstName: "Aygün" } });
    const mine = await getMyApplication({ ...ctx, clock }, citizen, vacancyId);
    expect(mine.application?.draft).toEqual({ citizen: { firstName: "Aygün" } });
    const reminder = timers.armed.find((t) => t.deadlineKey.sk.includes("draftReminder"))!;
    clock.set(reminder.dueAt);
    const full = { ...ctx, clock, timers, mailer };
    await fireDeadline(full, deadlineHandlers, { deadlineKey: reminder.deadlineKey, dueAt: reminder.dueAt });
    await fireDeadline(full, deadlineHandlers, { deadlineKey: reminder.deadlineKey, dueAt: reminder.dueAt });
    expect(mailer.sent.filter((m) => m.subject.includes("təqdim edilməyib"))).toHaveLength(1);
  });

  it("a 400 names every missing mandatory item and registers nothing", async () => {
    const { vacancyId, ...ctx } = await setup();
    const err = await submitApplication(ctx, citizen, vacancyId, { citizen: {} }).catch((e) => e);
    expect(err.status).toBe(400);
    expect(err.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(["citizen.firstName", "identity", "education"]));
    expect([...ctx.store.items.values()].filter((i) => i.type === "Application")).toHaveLength(0);
  });
});
