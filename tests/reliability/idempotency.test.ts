/**
 * Retried and doubled writes create one record: 50 parallel identical submissions, 50 parallel
 * identical draft saves, a retry after the answer was lost. (A timer firing twice and an async
 * handler invoked twice are in faults.hard.test.ts, on a cloud of their own.)
 */
import { afterAll, describe, expect, it } from "vitest";
import { validForm } from "../../packages/core/test/fixtures.js";
import { api, mailbox, signInAs } from "../setup/local-cloud.js";
import { newCitizen, recordFigures } from "../security/support.js";

const figures: Record<string, unknown> = {};
afterAll(() => recordFigures("idempotency", figures));

async function vacancyId(code = "VN-06-0317") {
  const competitions = await api("GET", "/competitions");
  return (competitions.body as { items: { vacancies: { id: string; positionCode: string }[] }[] }).items.flatMap((c) => c.vacancies).find((v) => v.positionCode === code)!.id;
}

async function freshApplicant() {
  const c = await newCitizen("rel-idem");
  const token = await signInAs("citizens", c.email, c.password);
  const form = validForm();
  form.identity.idCardNumber = c.idCard;
  form.contact.email = c.email;
  form.education[0]!.specialtyCode = "050403";
  return { c, token, form };
}

const myRequests = async (token: string) => ((await api("GET", "/me/requests", { token })).body as { items: { number: string; status: string }[] }).items;

describe("50 parallel identical submissions create one record", () => {
  it("me.applications.submit: one application, one 'received' e-mail; the rest answered with the same record or 429", async () => {
    const { c, token, form } = await freshApplicant();
    const vacancy = await vacancyId();
    const results = await Promise.all(Array.from({ length: 50 }, () => api("POST", `/me/applications/${vacancy}/submit`, { token, body: form })));
    const statuses = results.map((r) => r.status);
    const created = results.filter((r) => r.status === 201);
    const same = results.filter((r) => r.status === 200 || r.status === 201);
    expect(statuses.filter((s) => ![200, 201, 409, 429].includes(s))).toEqual([]);
    expect(created.length).toBe(1);
    const ids = new Set(same.map((r) => (r.body as { id: string }).id));
    expect(ids.size).toBe(1);
    const requests = (await myRequests(token)).filter((r) => r.number === (created[0]!.body as { number: string }).number);
    expect(requests.length).toBe(1);
    expect((await myRequests(token)).length).toBe(1);
    const received = (await mailbox(c.email)).filter((m) => m.subject.includes((created[0]!.body as { number: string }).number));
    const subjects = received.map((m) => m.subject);
    expect(new Set(subjects).size).toBe(subjects.length); // no e-mail twice
    expect(statuses).toContain(429); // the per-user limit (30 a minute) held the rest back
    figures.parallelSubmissions = 50;
    figures.submissionStatuses = Object.fromEntries([...new Set(statuses)].map((s) => [s, statuses.filter((x) => x === s).length]));
    figures.recordsCreated = requests.length;
  });

  it("me.applications.saveDraft: 50 parallel saves leave one draft, equal to what was sent", async () => {
    const { token } = await freshApplicant();
    const vacancy = await vacancyId("VN-07-0522");
    const draft = { citizen: { firstName: "Ləman", lastName: "Qasımova" } };
    const results = await Promise.all(Array.from({ length: 50 }, () => api("PUT", `/me/applications/${vacancy}/draft`, { token, body: draft })));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => ![200, 201, 409].includes(s))).toEqual([]);
    expect(statuses.filter((s) => s === 200 || s === 201).length).toBeGreaterThan(0);
    const saved = await api("GET", `/me/applications/${vacancy}`, { token });
    expect((saved.body as { application: { draft: unknown } }).application.draft).toEqual(draft);
    expect((await myRequests(token)).length).toBeLessThanOrEqual(1);
    figures.parallelDrafts = 50;
  });

  it("a retry after a lost answer (same request again, same idempotency key) returns the first result", async () => {
    const { token, form } = await freshApplicant();
    const vacancy = await vacancyId();
    const headers = { "idempotency-key": "retry-after-timeout-0001" };
    const first = await api("POST", `/me/applications/${vacancy}/submit`, { token, body: form, headers });
    const again = await api("POST", `/me/applications/${vacancy}/submit`, { token, body: form, headers });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect((again.body as { id: string }).id).toBe((first.body as { id: string }).id);
    expect((await myRequests(token)).length).toBe(1);
    const badKey = await api("POST", `/me/applications/${vacancy}/submit`, { token, body: form, headers: { "idempotency-key": "x" } });
    expect(badKey.status).toBe(400);
  });
});
