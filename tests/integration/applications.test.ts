import { describe, expect, it, beforeAll } from "vitest";
import { validForm } from "../../packages/core/test/fixtures.js";
import { api, mailbox, signInAs } from "../setup/local-cloud.js";
import { newCitizen } from "../security/support.js";
import { citizenToken, demoCitizens, official } from "./fixtures.js";

type Vacancy = { id: string; positionCode: string };
let vacancies: Vacancy[] = [];

beforeAll(async () => {
  const res = await api("GET", "/competitions");
  const open = (res.body as { items: { status: string; vacancies: Vacancy[] }[] }).items.find((c) => c.vacancies.some((v) => v.positionCode === "VN-06-0317"))!;
  vacancies = open.vacancies;
});

/** The demo tax-inspector vacancy: bachelor or master in 050403/050406, one year of service. */
const taxVacancy = () => vacancies.find((v) => v.positionCode === "VN-06-0317")!;

function formFor(index: 0 | 1) {
  const f = validForm();
  f.identity.idCardNumber = demoCitizens[index].idCard;
  f.contact.email = demoCitizens[index].email;
  f.education[0].specialtyCode = "050403";
  f.education[0].specialtyName = "Maliyyə";
  return f;
}

describe("service 1 through the local gateway, against the emulators", () => {
  it("submit → received e-mail → refused with reasons → corrected → examined again → admitted with a candidate code", async () => {
    const token = await citizenToken(0);
    const vacancyId = taxVacancy().id;
    const email = demoCitizens[0].email;

    const draft = await api("PUT", `/me/applications/${vacancyId}/draft`, { token, body: { citizen: { firstName: "Leyla" } } });
    expect(draft.status).toBe(200);
    const resumed = await api("GET", `/me/applications/${vacancyId}`, { token });
    expect((resumed.body as { application: { draft: unknown } }).application.draft).toEqual({ citizen: { firstName: "Leyla" } });
    expect((resumed.body as { vacancy: { positionCode: string } }).vacancy.positionCode).toBe("VN-06-0317");

    const incomplete = await api("POST", `/me/applications/${vacancyId}/submit`, { token, body: { citizen: { firstName: "Leyla" } } });
    expect(incomplete.status).toBe(400);

    const bad = formFor(0);
    bad.eligibility.kinship = "yes";
    const refused = await api("POST", `/me/applications/${vacancyId}/submit`, { token, body: bad });
    expect(refused.status).toBe(201);
    const refusedApp = refused.body as { id: string; number: string; status: string; reasons: { az: string }[] };
    expect(refusedApp.status).toBe("refused");
    expect(refusedApp.reasons[0].az).toMatch(/^4\.4\./);
    const mails = await mailbox(email);
    expect(mails.map((m) => m.subject)).toEqual(expect.arrayContaining([expect.stringContaining(refusedApp.number)]));
    expect(mails.some((m) => m.subject.includes("qəbul edildi"))).toBe(true);
    expect(mails.some((m) => m.subject.includes("imtina") && (m.body.text ?? "").includes("4.4."))).toBe(true);

    const corrected = await api("POST", `/me/applications/${vacancyId}/submit`, { token, body: formFor(0) });
    expect((corrected.body as { status: string }).status).toBe("in_review");

    const it = await official("it.officer");
    const competitionId = (corrected.body as { vacancy: { competitionId: string } }).vacancy.competitionId;
    const queue = await api("GET", `/officer/applications?competitionId=${competitionId}&status=in_review`, { token: it });
    expect((queue.body as { items: { id: string }[] }).items.map((i) => i.id)).toContain(refusedApp.id);
    const full = await api("GET", `/officer/applications/${refusedApp.id}`, { token: it });
    expect((full.body as { form: { citizen: { lastName: string } } }).form.citizen.lastName).toBe("Məmmədova");

    const admitted = await api("POST", `/officer/applications/${refusedApp.id}/admit`, { token: it, body: { reason: "Sənədlər tələblərə uyğundur" } });
    expect(admitted.status).toBe(200);
    const code = (admitted.body as { candidateCode: string }).candidateCode;
    expect(code).toMatch(/^NK-/);
    expect((await mailbox(email)).some((m) => (m.body.text ?? "").includes(code))).toBe(true);

    const mine = await api("GET", "/me/requests", { token });
    const item = (mine.body as { items: { number: string; status: string; history: { status: string }[] }[] }).items.find((i) => i.number === refusedApp.number)!;
    expect(item.status).toBe("admitted");
    expect(item.history.map((h) => h.status)).toEqual(["draft", "submitted", "refused", "submitted", "in_review", "admitted"]);

    const csv = await api("GET", `/officer/competitions/${competitionId}/admitted.csv`, { token: it });
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    expect(String(csv.body)).toContain(code);

    // An HR officer or a citizen cannot act as the IT sector.
    const hr = await official("hr.taxes");
    expect((await api("POST", `/officer/applications/${refusedApp.id}/exclude`, { token: hr, body: { reason: "x" } })).status).toBe(403);
  });

  it("20 identical submissions in parallel create one application", async () => {
    const token = await citizenToken(1);
    const vacancyId = taxVacancy().id;
    const form = formFor(1);
    form.citizen.firstName = "Elvin";
    const results = await Promise.all(Array.from({ length: 20 }, () => api("POST", `/me/applications/${vacancyId}/submit`, { token, body: form })));
    expect(results.every((r) => r.status === 201 || r.status === 200)).toBe(true);
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(new Set(results.map((r) => (r.body as { id: string }).id)).size).toBe(1);
    const { id, number } = results[0].body as { id: string; number: string };
    const mine = await api("GET", "/me/requests", { token });
    // Other services' requests of the same demo citizen may be there too: count this vacancy's.
    expect((mine.body as { items: { service: number; id: string }[] }).items.filter((i) => i.service === 1 && i.id === id)).toHaveLength(1);
    const received = (await mailbox(demoCitizens[1].email)).filter((m) => m.subject.includes(number) && m.subject.includes("qəbul edildi"));
    expect(received).toHaveLength(1);
  });

  it("a draft is kept exactly as typed, whatever the citizen typed", async () => {
    const c = await newCitizen("draft-verbatim");
    const token = await signInAs("citizens", c.email, c.password);
    let nested: unknown = "iç";
    for (let i = 0; i < 12; i++) nested = { [`s${i}`]: nested, list: [i, -0.5, true, null] };
    // Unpaired surrogates (a paste cut in the middle of an emoji), direction marks, field names a
    // DynamoDB map would choke on ("constructor" made the SDK's marshaller throw: found by fuzzing).
    const draft = { citizen: { firstName: "Ay\uD83Dgün", lastName: "\u200FMəmmədova\u202E", patronymic: "\uDFFF", birthPlace: { constructor: 535703767 } }, "a.b": { $where: "x" }, nested };
    const saved = await api("PUT", `/me/applications/${taxVacancy().id}/draft`, { token, body: draft });
    expect(saved.status).toBe(200);
    const resumed = await api("GET", `/me/applications/${taxVacancy().id}`, { token });
    expect((resumed.body as { application: { draft: unknown } }).application.draft).toEqual(draft);
  });

  it("the form's ID-card number must be the account's", async () => {
    const token = await citizenToken(1);
    const res = await api("POST", `/me/applications/${vacancies[2].id}/submit`, { token, body: formFor(0) });
    expect(res.status).toBe(400);
    expect((res.body as { error: { issues: { path: string; code: string }[] } }).error.issues).toContainEqual(expect.objectContaining({ path: "identity.idCardNumber", code: "app.idCardMismatch" }));
  });
});
