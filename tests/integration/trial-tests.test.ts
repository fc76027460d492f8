/**
 * Service 6 through the local gateway, against the emulators: register and take a trial test,
 * resume, finish, certificate by e-mail and in My requests, the timer at the time limit, the retake
 * rule and its reminder, the admin's bank and settings, and every route's access.
 * The answer key is asserted absent from every citizen response before the attempt finishes.
 */
import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { ensureCitizen } from "@exidmet/local/seed/cognito-users";
import { beforeAll, describe, expect, it } from "vitest";
import { advanceTimers, api, listTimers, localCloud, mailbox, signInAs } from "../setup/local-cloud.js";
import { official } from "./fixtures.js";

type Attempt = {
  id: string;
  number: string;
  status: string;
  endsAt: string;
  secondsLeft: number;
  retakeFrom: string;
  questions: { index: number; topic: string; text: string; options: string[] }[];
  answers: Record<string, number>;
  answeredCount: number;
  finishedBy?: string;
  result?: { right: number; total: number; percent: number; byTopic: { topic: string; right: number; total: number }[] };
  review?: { index: number; chosen: number | null; rightOption: number }[];
  certificate?: { code: string; downloadPath: string };
};

/** Fails if any answer-key field appears anywhere in a response body. */
function assertNoAnswerKey(body: unknown, where: string): void {
  const forbidden = /^(key|answerKey|correct|correctOption|correctIndex|rightOption|rightAnswer|isCorrect|review|order|result)$/;
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v && typeof v === "object")
      for (const [k, x] of Object.entries(v)) {
        if (forbidden.test(k)) throw new Error(`answer key field "${k}" in ${where} at ${path}`);
        walk(x, `${path}.${k}`);
      }
  };
  walk(body, "body");
}

const citizenCall2 = (method: string, path: string, token: string) => api(method, path, { token });

/** A citizen route's response before the end: checked for the key, whatever it is. */
async function citizenCall(method: string, path: string, token: string, body?: unknown) {
  const res = await api(method, path, { token, ...(body === undefined ? {} : { body }) });
  assertNoAnswerKey(res.body, `${method} ${path}`);
  return res;
}

let counter = 0;
/** A fresh citizen account (the retake rule binds each citizen for 10 days, so every test gets its own). */
async function newCitizen(name = "Test") {
  const { env } = localCloud();
  const n = `${Date.now()}${counter++}`.slice(-8);
  const c = { email: `trial-${n}@example.az`, password: "Sinaqtest2025", name: `${name} Sınaqov`, idCard: `AZE${n}` };
  await ensureCitizen(new CognitoIdentityProviderClient({}), { citizens: { poolId: env.CITIZENS_POOL_ID!, clientId: env.CITIZENS_CLIENT_ID! }, officials: { poolId: env.OFFICIALS_POOL_ID!, clientId: env.OFFICIALS_CLIENT_ID! } }, c);
  return { ...c, token: await signInAs("citizens", c.email, c.password) };
}

const form = (c: { email: string; idCard: string }) => ({ lastName: "Sınaqova", firstName: "Aysel", patronymic: "Kamal qızı", birthDate: "1999-05-20", idCard: c.idCard, email: c.email, confirmed: true });

async function timerFor(caseMarker: string, dueAt: string) {
  const t = (await listTimers()).find((x) => x.status === "RUNNING" && x.dueAt === dueAt && x.input.includes(caseMarker));
  if (!t) throw new Error(`no timer for ${caseMarker} at ${dueAt}`);
  return t;
}

describe("service 6: online trial tests", () => {
  let admin: string;
  beforeAll(async () => {
    admin = await official("admin");
  });

  it("register → start → answers saved → reload resumes → finish: score per topic, wrong answers with the right ones, certificate e-mailed and in My requests; a retake refused with its date", async () => {
    const me = await newCitizen();
    const overview = await citizenCall("GET", "/me/trial-tests", me.token);
    expect(overview.status).toBe(200);
    expect(overview.body).toMatchObject({ current: null, settings: { timeLimitMinutes: expect.any(Number) } });
    const total = (overview.body as { settings: { totalQuestions: number } }).settings.totalQuestions;

    const bad = await citizenCall("POST", "/me/trial-tests", me.token, { ...form(me), idCard: "AA7654321", birthDate: "2015-01-01" });
    expect(bad.status).toBe(400);
    expect((bad.body as { error: { issues: { path: string }[] } }).error.issues.map((i) => i.path).sort()).toEqual(["birthDate", "idCard"]);

    const started = await citizenCall("POST", "/me/trial-tests", me.token, form(me));
    expect(started.status).toBe(201);
    const attempt = started.body as Attempt;
    expect(attempt.questions).toHaveLength(total);
    expect(attempt.questions.every((q) => q.options.length === 4)).toBe(true);
    expect(attempt.secondsLeft).toBeGreaterThan(60);
    expect((await mailbox(me.email)).some((m) => m.subject.includes(attempt.number) && m.subject.includes("qeydiyyatdan"))).toBe(true);

    // Answer the first half, then "reload" (another device): the same attempt, answers and time left.
    const half = Math.floor(total / 2);
    for (let i = 0; i < half; i++) expect((await citizenCall("PUT", `/me/trial-tests/${attempt.id}/answers/${i}`, me.token, { choice: i % 4 })).status).toBe(200);
    const resumed = await citizenCall("GET", `/me/trial-tests/${attempt.id}`, me.token);
    const r = resumed.body as Attempt;
    expect(r).toMatchObject({ id: attempt.id, status: "in_progress", answeredCount: half });
    expect(r.questions).toEqual(attempt.questions);
    expect(r.secondsLeft).toBeLessThanOrEqual(attempt.secondsLeft);
    const again = await citizenCall("POST", "/me/trial-tests", me.token, form(me));
    expect([again.status, (again.body as Attempt).id]).toEqual([200, attempt.id]);
    await citizenCall("GET", "/me/trial-tests", me.token);
    await citizenCall("GET", "/me/requests", me.token);
    for (let i = half; i < total; i++) await citizenCall("PUT", `/me/trial-tests/${attempt.id}/answers/${i}`, me.token, { choice: i % 4 });
    const badChoice = await citizenCall("PUT", `/me/trial-tests/${attempt.id}/answers/0`, me.token, { choice: 7 });
    expect(badChoice.status).toBe(400);

    const finished = await api("POST", `/me/trial-tests/${attempt.id}/finish`, { token: me.token, body: {} });
    expect(finished.status).toBe(200);
    const f = finished.body as Attempt;
    expect(f.status).toBe("finished");
    const expectedRight = f.review!.filter((x) => x.chosen === x.rightOption).length;
    expect(f.result).toMatchObject({ right: expectedRight, total });
    expect(f.result!.byTopic.reduce((s, t) => s + t.right, 0)).toBe(expectedRight);
    expect(f.review!.every((x, i) => x.chosen === i % 4)).toBe(true);

    // The certificate follows within seconds (the deadline function renders it): e-mailed with the PDF
    // attached, the code and the public check link; the public check; the download in My requests.
    let withCert = f;
    await expect
      .poll(async () => {
        withCert = (await citizenCall2("GET", `/me/trial-tests/${attempt.id}`, me.token)).body as Attempt;
        return withCert.certificate?.code;
      }, { timeout: 15_000, interval: 300 })
      .toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    const code = withCert.certificate!.code;
    await expect.poll(async () => (await mailbox(me.email)).some((m) => m.subject.includes("nəticəsi")), { timeout: 10_000 }).toBe(true);
    const mails = await mailbox(me.email);
    const resultMail = mails.find((m) => m.subject.includes("nəticəsi"))!;
    expect(resultMail, mails.map((m) => m.subject).join(" | ")).toBeTruthy();
    expect(resultMail.body.text).toContain(code);
    expect(resultMail.body.text).toContain(`#/certificate/${code}`);
    expect(resultMail.body.text).toContain(`${f.result!.right} / ${total}`);
    expect((resultMail as unknown as { attachments?: { contentType: string }[] }).attachments?.[0]?.contentType).toBe("application/pdf");
    const check = await api("GET", `/certificates/${code}`);
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({ kind: "trial-test", holderName: "Aysel Kamal qızı Sınaqova" });
    const requests = (await api("GET", "/me/requests", { token: me.token })).body as { items: { id: string; service: number; download?: { path: string }; facts?: unknown[] }[] };
    const mine = requests.items.find((x) => x.id === attempt.id)!;
    expect(mine).toMatchObject({ service: 6, download: { path: `/me/certificates/${code}/download` } });
    expect((await api("GET", mine.download!.path, { token: me.token })).status).toBe(200);

    // Retake: refused with the date it becomes possible; the citizen asks for the e-mail on that day.
    const retake = await api("POST", "/me/trial-tests", { token: me.token, body: form(me) });
    expect(retake.status).toBe(422);
    const d = new Date(Date.parse(f.retakeFrom) + 4 * 3_600_000).toISOString();
    expect((retake.body as { error: { code: string; message: { az: string } } }).error).toMatchObject({ code: "retake_too_soon" });
    expect((retake.body as { error: { message: { az: string } } }).error.message.az).toContain(`${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`);
    const remind = await api("POST", "/me/trial-tests/retake-reminder", { token: me.token, body: {} });
    expect(remind.status).toBe(200);
    const remindAt = (remind.body as { remindAt: string }).remindAt;
    expect(((await api("GET", "/me/trial-tests", { token: me.token })).body as { reminderRequested: boolean }).reminderRequested).toBe(true);
    const timer = await timerFor("TTCIT#", remindAt);
    await advanceTimers(remindAt, { names: [timer.name] });
    expect((await mailbox(me.email)).some((m) => m.subject.includes("Təkrar sınaq test imtahanı verə bilərsiniz"))).toBe(true);
  });

  it("the time limit is enforced on the server: at endsAt the timer finishes and scores what was answered", async () => {
    const me = await newCitizen();
    const attempt = (await citizenCall("POST", "/me/trial-tests", me.token, form(me))).body as Attempt;
    await citizenCall("PUT", `/me/trial-tests/${attempt.id}/answers/0`, me.token, { choice: 2 });
    await citizenCall("PUT", `/me/trial-tests/${attempt.id}/answers/1`, me.token, { choice: 1 });
    const timer = await timerFor(`TTA#${attempt.id}`, attempt.endsAt);
    await advanceTimers(attempt.endsAt, { names: [timer.name] });

    const after = (await api("GET", `/me/trial-tests/${attempt.id}`, { token: me.token })).body as Attempt;
    expect(after).toMatchObject({ status: "finished", finishedBy: "timer", answeredCount: 2 });
    const expected = after.review!.filter((x) => x.chosen !== null && x.chosen === x.rightOption).length;
    expect(after.result!.right).toBe(expected);
    await expect.poll(async () => ((await api("GET", `/me/trial-tests/${attempt.id}`, { token: me.token })).body as Attempt).certificate?.code, { timeout: 15_000 }).toBeTruthy();
    const late = await api("PUT", `/me/trial-tests/${attempt.id}/answers/3`, { token: me.token, body: { choice: 0 } });
    expect([late.status, (late.body as { error: { code: string } }).error.code]).toEqual([409, "attempt_finished"]);
    expect((await mailbox(me.email)).some((m) => m.subject.includes("nəticəsi") && (m.body.text ?? "").includes("avtomatik"))).toBe(true);
  });

  it("two parallel starts create one attempt", async () => {
    const me = await newCitizen();
    const [a, b] = await Promise.all([api("POST", "/me/trial-tests", { token: me.token, body: form(me) }), api("POST", "/me/trial-tests", { token: me.token, body: form(me) })]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect((a.body as Attempt).id).toBe((b.body as Attempt).id);
    const requests = (await api("GET", "/me/requests", { token: me.token })).body as { items: { service: number }[] };
    expect(requests.items.filter((x) => x.service === 6)).toHaveLength(1);
  });

  it("admin: a bad import file is refused with row-level errors; an added question appears in later tests; settings apply", async () => {
    const csv = ["id,topic,text,option_a,option_b,option_c,option_d,correct,active", "t-1,logic,Sual?,1,2,3,4,Z,yes", "t-2,astronomy,Sual 2?,1,2,3,4,A,yes"].join("\n");
    const refused = await api("POST", "/admin/questions/import", { token: admin, body: { csv } });
    expect(refused.status).toBe(400);
    expect((refused.body as { error: { issues: { path: string }[] } }).error.issues.map((i) => i.path)).toEqual(["rows.2.correct", "rows.3.topic"]);

    const text = `Hansı ədəd cütdür? (${Date.now()})`;
    const created = await api("POST", "/admin/questions", { token: admin, body: { topic: "computer", text, options: ["3", "7", "8", "11"], correct: 2 } });
    expect(created.status).toBe(201);
    const qid = (created.body as { id: string }).id;
    const listed = await api("GET", "/admin/questions?topic=computer", { token: admin });
    expect((listed.body as { items: { id: string; correct: number }[] }).items.find((x) => x.id === qid)).toMatchObject({ correct: 2 });

    const before = (await api("GET", "/admin/trial-tests/settings", { token: admin })).body as { composition: Record<string, number>; timeLimitMinutes: number; version: number; activeQuestions: Record<string, number> };
    const onlyComputer = { constitution: 0, "civil-service": 0, ethics: 0, logic: 0, computer: before.activeQuestions.computer };
    const put = await api("PUT", "/admin/trial-tests/settings", { token: admin, body: { composition: onlyComputer, timeLimitMinutes: 10, version: before.version } });
    expect(put.status).toBe(200);
    try {
      const me = await newCitizen();
      const attempt = (await citizenCall("POST", "/me/trial-tests", me.token, form(me))).body as Attempt;
      expect(attempt.questions.map((q) => q.text)).toContain(text);
      expect(attempt.questions).toHaveLength(before.activeQuestions.computer);
      expect(Date.parse(attempt.endsAt) - Date.now()).toBeLessThanOrEqual(10 * 60_000);
    } finally {
      const now = (await api("GET", "/admin/trial-tests/settings", { token: admin })).body as { version: number };
      await api("PUT", "/admin/trial-tests/settings", { token: admin, body: { composition: before.composition, timeLimitMinutes: before.timeLimitMinutes, version: now.version } });
      await api("POST", `/admin/questions/${qid}/retire`, { token: admin, body: {} });
    }
    const retired = (await api("GET", "/admin/questions?topic=computer&status=retired", { token: admin })).body as { items: { id: string }[] };
    expect(retired.items.map((x) => x.id)).toContain(qid);
  });

  it("access matrix: citizens reach only their own attempts; the bank and settings are the admin's", async () => {
    const owner = await newCitizen("Owner");
    const other = await newCitizen("Other");
    const attempt = (await citizenCall("POST", "/me/trial-tests", owner.token, form(owner))).body as Attempt;
    const callers: Record<string, string | undefined> = {
      none: undefined,
      owner: owner.token,
      other: other.token,
      "hr.justice": await official("hr.justice"),
      "hr.taxes": await official("hr.taxes"),
      admin,
      "it.officer": await official("it.officer"),
      "legal.officer": await official("legal.officer"),
      "selection.officer": await official("selection.officer"),
    };
    const officialsOnly = ["hr.justice", "hr.taxes", "admin", "it.officer", "legal.officer", "selection.officer"];
    // A token of the other user pool is refused by the route's JWT authorizer (401), as API Gateway does; the same pool's wrong group gets 403.
    const citizenRoute = (expectOwner: number, expectOther: number) => ({ none: 401, owner: expectOwner, other: expectOther, ...Object.fromEntries(officialsOnly.map((o) => [o, 401])) });
    const adminRoute = (expectAdmin: number) => ({ none: 401, owner: 401, other: 401, ...Object.fromEntries(officialsOnly.map((o) => [o, o === "admin" ? expectAdmin : 403])) });
    const qid = "konst-01";
    const matrix: [string, string, unknown, Record<string, number>][] = [
      ["GET", "/me/trial-tests", undefined, citizenRoute(200, 200)],
      ["GET", `/me/trial-tests/${attempt.id}`, undefined, citizenRoute(200, 404)],
      ["PUT", `/me/trial-tests/${attempt.id}/answers/0`, { choice: 1 }, citizenRoute(200, 404)],
      ["POST", "/me/trial-tests/retake-reminder", {}, citizenRoute(200, 422)],
      ["POST", "/me/trial-tests", { bogus: true }, citizenRoute(400, 400)],
      ["GET", "/admin/questions?topic=logic", undefined, adminRoute(200)],
      ["POST", "/admin/questions", { topic: "logic" }, adminRoute(400)],
      ["PUT", `/admin/questions/${qid}`, { topic: "logic" }, adminRoute(400)],
      ["POST", "/admin/questions/no-such-question/retire", {}, adminRoute(404)],
      ["POST", "/admin/questions/import", { csv: "a,b" }, adminRoute(400)],
      ["GET", "/admin/trial-tests/settings", undefined, adminRoute(200)],
      ["PUT", "/admin/trial-tests/settings", { composition: {} }, adminRoute(400)],
      // Last: finishing ends the owner's attempt.
      ["POST", `/me/trial-tests/${attempt.id}/finish`, {}, citizenRoute(200, 404)],
    ];
    for (const [method, path, body, expected] of matrix) {
      for (const [who, token] of Object.entries(callers)) {
        const res = await api(method, path, { ...(token ? { token } : {}), ...(body === undefined ? {} : { body }) });
        expect(`${who} ${method} ${path} → ${res.status}`).toBe(`${who} ${method} ${path} → ${expected[who]}`);
        if (who === "owner" || who === "other") if (!path.endsWith("/finish")) assertNoAnswerKey(res.body, `${method} ${path}`);
      }
    }
  });
});
