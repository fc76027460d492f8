/** Shared setup of the service 2 and 4 integration tests. */
import { expect } from "vitest";
import { validForm } from "../../packages/core/test/fixtures.js";
import { api } from "../setup/local-cloud.js";
import { citizenToken, demoCitizens, official } from "./fixtures.js";

export const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Baku" }).format(new Date());

/**
 * A competition of its own (auto-admit) with two vacancies of one state body; the first demo citizen
 * applies to both (two candidacies, two candidate codes). Only she applies: the service-1 tests count
 * the second demo citizen's applications. `other` is the second demo citizen: another citizen.
 */
export async function admittedCompetition(tag: string, classification = 5, stateBodyId = "justice", unitId = "legislation") {
  const admin = await official("admin");
  const vacancy = (n: number) => ({ positionCode: `T-${tag.toUpperCase()}-${classification}-${n}`, stateBodyId, unitId, positionName: { az: `Məsləhətçi ${n}`, en: `Adviser ${n}` }, classification, places: 1, education: { levels: ["bachelor", "master"], specialties: [] } });
  const announced = await api("POST", "/admin/competitions", {
    token: admin,
    headers: { "idempotency-key": `it-${tag}-${Date.now()}` },
    body: { title: { az: `Sınaq müsabiqəsi ${tag}`, en: `Test competition ${tag}` }, announcedOn: today(), autoAdmit: true, vacancies: [vacancy(1), vacancy(2)] },
  });
  expect(announced.status).toBe(201);
  const competition = announced.body as { id: string; vacancies: { id: string }[] };
  const token = await citizenToken(0);
  const people = [];
  for (const v of competition.vacancies) {
    const form = validForm();
    form.identity.idCardNumber = demoCitizens[0].idCard;
    form.contact.email = demoCitizens[0].email;
    const res = await api("POST", `/me/applications/${v.id}/submit`, { token, body: form });
    expect(res.status).toBe(201);
    const app = res.body as { id: string; candidateCode: string; status: string };
    expect(app.status).toBe("admitted");
    people.push({ token, id: app.id, code: app.candidateCode, email: demoCitizens[0].email });
  }
  return { competitionId: competition.id, people, other: await citizenToken(1) };
}
