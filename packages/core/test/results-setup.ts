/** Shared setup of results*.test.ts and reserve*.test.ts. */
import { announceCompetition, putStateBody, submitApplication } from "../src/index.js";
import { validForm } from "./fixtures.js";
import { fixedClock, MemoryStore, RecordingMailer, RecordingTimers } from "./memory-store.js";

/** Admitted candidates of one competition (auto-admit) in a MemoryStore, for the service 2 and 4 tests. */
const vacancy = (stateBodyId: string, positionCode: string) => ({
  positionCode,
  stateBodyId,
  unitId: "hr",
  positionName: { az: "Baş məsləhətçi", en: "Chief adviser" },
  classification: 5,
  places: 1,
  education: { levels: ["bachelor", "master"], specialties: [] },
});

export async function setupResults(candidates = 2) {
  const store = new MemoryStore();
  const clock = fixedClock("2026-11-22T08:00:00Z");
  const mailer = new RecordingMailer();
  const ctx = { store, clock, timers: new RecordingTimers(), mailer, webOrigin: "http://localhost" };
  for (const id of ["justice", "taxes"]) await putStateBody(ctx, "admin", id, { name: { az: id, en: id }, units: [{ id: "hr", name: { az: "Kadrlar", en: "HR" } }] });
  const { competition } = await announceCompetition(ctx, { username: "admin" }, { title: { az: "Müsabiqə", en: "Competition" }, announcedOn: "2026-11-22", autoAdmit: true, vacancies: [vacancy("justice", "ADL-05-001")] });
  const people = [];
  for (let i = 0; i < candidates; i++) {
    const idCard = `AZE${String(10000000 + i)}`;
    const citizen = { kind: "citizen" as const, sub: `sub-${i}`, email: `c${i}@example.az`, idCard };
    const form = validForm();
    form.identity.idCardNumber = idCard;
    form.contact.email = citizen.email;
    form.citizen.firstName = `Ad${i}`;
    const { application } = await submitApplication(ctx, citizen, competition.vacancies[0].id, form);
    people.push({ citizen, application, code: application.candidateCode! });
  }
  clock.set("2026-12-28T08:00:00Z");
  return { ctx, competition, people, store, clock, mailer };
}

