/**
 * Service 3 through the local gateway against the emulators, on the seeded demo register: the
 * access matrix of every route, statistics equal to a brute-force count over the seeded people,
 * HR lookups confined to their body, the servant's own view with its read log, the admin's
 * import (a bad file changes nothing) and the 7-day request with its timers fast-forwarded.
 */
import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { ensureCitizen } from "@exidmet/local/seed/cognito-users";
import { demoRegister, demoServantFin } from "@exidmet/local/seed/register-data";
import { registerCsv } from "@exidmet/core/register/csv";
import type { PersonData } from "@exidmet/core/register/model";
import { bakuDate } from "@exidmet/core/time/baku";
import { beforeAll, describe, expect, it } from "vitest";
import { bruteStatistics, rowsToMap } from "../../packages/core/test/register-brute.js";
import { advanceTimers, api, listTimers, localCloud, mailbox, signInAs, testFiles, uploadFile } from "../setup/local-cloud.js";
import { citizenToken, demoCitizens, demoOfficials, official } from "./fixtures.js";

const people = demoRegister();
const justiceOnlyFormer = people.find((p) => p.appointments.every((a) => a.stateBodyId === "justice" && a.status === "ended"))!;
const taxesServant = people.find((p) => p.fin !== demoServantFin && p.appointments.every((a) => a.stateBodyId === "taxes") && p.appointments.at(-1)!.status === "serving")!;

type Caller = "none" | "citizen" | "servant" | "otherServant" | "hrJustice" | "hrTaxes" | "admin" | "it" | "legal" | "selection";
const callers: Caller[] = ["none", "citizen", "servant", "otherServant", "hrJustice", "hrTaxes", "admin", "it", "legal", "selection"];
const tokens = {} as Record<Caller, string | undefined>;
let leylaRequestId = "";
/** People this file adds to the register (the statistics test counts them too). */
const added: PersonData[] = [];

beforeAll(async () => {
  const { env } = localCloud();
  // Another civil servant: a citizen account whose FIN is a Ministry of Taxes servant's.
  const stamp = String(Date.now()).slice(-7);
  const other = { email: `servant.${stamp}@example.az`, password: "Qulluqcu2025x", name: `${taxesServant.firstName} ${taxesServant.lastName}`, idCard: `AA${stamp}`, fin: taxesServant.fin };
  await ensureCitizen(
    new CognitoIdentityProviderClient({ endpoint: env.AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER, region: env.AWS_REGION, credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID!, secretAccessKey: env.AWS_SECRET_ACCESS_KEY! } }),
    { citizens: { poolId: env.CITIZENS_POOL_ID!, clientId: env.CITIZENS_CLIENT_ID! }, officials: { poolId: env.OFFICIALS_POOL_ID!, clientId: env.OFFICIALS_CLIENT_ID! } } as never,
    other,
  );
  Object.assign(tokens, {
    none: undefined,
    citizen: await citizenToken(0),
    servant: await citizenToken(1),
    otherServant: await signInAs("citizens", other.email, other.password),
    hrJustice: await official("hr.justice"),
    hrTaxes: await official("hr.taxes"),
    admin: await official("admin"),
    it: await official("it.officer"),
    legal: await official("legal.officer"),
    selection: await official("selection.officer"),
  });
  const created = await api("POST", "/me/register/requests", {
    token: tokens.citizen,
    headers: { "idempotency-key": `matrix-${stamp}` },
    body: { kind: "not_found", fin: "9ZX81QP", lastName: "Əliyeva", firstName: "Leyla", patronymic: "Kamran qızı", birthDate: "1993-05-14", details: "2019-cu ildən Ədliyyə Nazirliyində stajçı kimi çalışmışam." },
  });
  expect(created.status).toBe(201);
  leylaRequestId = (created.body as { id: string }).id;
});

describe("service 3: the register of civil servants", () => {
  it("the access matrix of every route", async () => {
    const R = leylaRequestId;
    const cases: { method: string; path: string; body?: unknown; expect: Partial<Record<Caller, number>> & { other: number } }[] = [
      // Admin routes: allowed callers get a 400 for an empty body (nothing changes).
      { method: "POST", path: "/admin/register/import", body: {}, expect: { none: 401, admin: 400, other: 403 } },
      { method: "PUT", path: `/admin/register/people/${demoServantFin}`, body: {}, expect: { none: 401, admin: 400, other: 403 } },
      { method: "GET", path: `/admin/register/people/${demoServantFin}`, expect: { none: 401, admin: 200, it: 200, other: 403 } },
      { method: "GET", path: "/admin/register/people/NOSUCH1", expect: { none: 401, admin: 404, it: 404, other: 403 } },
      // HR: only their own body; another body's person does not exist for them.
      { method: "GET", path: `/hr/register/people?fin=${demoServantFin}`, expect: { none: 401, hrJustice: 200, hrTaxes: 200, other: 403 } },
      { method: "GET", path: `/hr/register/people/${demoServantFin}`, expect: { none: 401, hrJustice: 200, hrTaxes: 200, other: 403 } },
      { method: "GET", path: `/hr/register/people/${justiceOnlyFormer.fin}`, expect: { none: 401, hrJustice: 200, hrTaxes: 404, other: 403 } },
      { method: "GET", path: `/hr/register/people/${taxesServant.fin}`, expect: { none: 401, hrJustice: 404, hrTaxes: 200, other: 403 } },
      { method: "GET", path: "/hr/register/statistics", expect: { none: 401, hrJustice: 200, hrTaxes: 200, other: 403 } },
      // The citizen side: every citizen, own data only.
      { method: "GET", path: "/me/register", expect: { none: 401, citizen: 200, servant: 200, otherServant: 200, other: 403 } },
      { method: "POST", path: "/me/register/requests", body: {}, expect: { none: 401, citizen: 400, servant: 400, otherServant: 400, other: 403 } },
      { method: "GET", path: `/me/register/requests/${R}`, expect: { none: 401, citizen: 200, servant: 404, otherServant: 404, other: 403 } },
      { method: "POST", path: `/me/register/requests/${R}/labour-book`, body: {}, expect: { none: 401, citizen: 400, servant: 400, otherServant: 400, other: 403 } },
      // The IT sector.
      { method: "GET", path: "/officer/register-requests", expect: { none: 401, it: 200, other: 403 } },
      { method: "GET", path: `/officer/register-requests/${R}`, expect: { none: 401, it: 200, other: 403 } },
      { method: "GET", path: `/officer/register-requests/${R}/files/abcdefghjk123456`, expect: { none: 401, it: 404, other: 403 } },
      { method: "POST", path: `/officer/register-requests/${R}/ask-labour-book`, body: {}, expect: { none: 401, it: 400, other: 403 } },
      { method: "POST", path: `/officer/register-requests/${R}/answer`, body: {}, expect: { none: 401, it: 400, other: 403 } },
    ];
    const failures: string[] = [];
    for (const c of cases) {
      for (const caller of callers) {
        const res = await api(c.method, c.path, { token: tokens[caller], ...(c.body !== undefined ? { body: c.body } : {}) });
        // API Gateway's JWT authorizer of the route's pool answers 401 to a token of the other pool.
        const officialRoute = !c.path.startsWith("/me/");
        const officialCaller = !["none", "citizen", "servant", "otherServant"].includes(caller);
        const want = c.expect[caller] ?? (officialRoute === officialCaller ? c.expect.other : 401);
        if (res.status !== want) failures.push(`${caller} ${c.method} ${c.path} → ${res.status}, expected ${want}`);
      }
    }
    expect(failures).toEqual([]);
    // The servant sees only themself; the other servant sees their own record, not Elvin's.
    const own = (await api("GET", "/me/register", { token: tokens.otherServant })).body as { found: boolean; person: { fin: string } };
    expect(own.found).toBe(true);
    expect(own.person.fin).toBe(taxesServant.fin);
    const leyla = (await api("GET", "/me/register", { token: tokens.citizen })).body as { found: boolean; reason: { az: string } };
    expect(leyla.found).toBe(false);
    expect(leyla.reason.az).toContain("FİN");
  }, 120_000);

  it("an HR officer finds a former servant of their body by name and FIN, never another body's; the servant sees who read their record", async () => {
    const byName = await api("GET", `/hr/register/people?name=${encodeURIComponent(`${justiceOnlyFormer.lastName} ${justiceOnlyFormer.firstName}`)}`, { token: tokens.hrJustice });
    expect(byName.status).toBe(200);
    const hit = (byName.body as { items: { fin: string; serving: boolean }[] }).items.find((i) => i.fin === justiceOnlyFormer.fin)!;
    expect(hit.serving).toBe(false);
    const record = await api("GET", `/hr/register/people/${justiceOnlyFormer.fin}`, { token: tokens.hrJustice });
    expect((record.body as { person: { appointments: { endGround: string }[] } }).person.appointments[0].endGround).toBeTruthy();
    const fromTaxes = await api("GET", `/hr/register/people?fin=${justiceOnlyFormer.fin}`, { token: tokens.hrTaxes });
    expect((fromTaxes.body as { items: unknown[] }).items).toEqual([]);
    const taxesByName = await api("GET", `/hr/register/people?name=${encodeURIComponent(justiceOnlyFormer.lastName)}`, { token: tokens.hrTaxes });
    expect((taxesByName.body as { items: { fin: string }[] }).items.map((i) => i.fin)).not.toContain(justiceOnlyFormer.fin);

    await api("GET", `/hr/register/people/${demoServantFin}`, { token: tokens.hrTaxes });
    const mine = (await api("GET", "/me/register", { token: tokens.servant })).body as { found: boolean; person: { fin: string; appointments: { stateBodyId: string }[] }; reads: { username: string; at: string }[] };
    expect(mine.found).toBe(true);
    expect(mine.person.fin).toBe(demoServantFin);
    expect(mine.person.appointments.map((a) => a.stateBodyId)).toEqual(["taxes", "justice"]);
    expect(mine.reads[0].username).toBe("hr.taxes");
    expect(mine.reads.map((r) => r.username)).toContain("hr.justice");
  });

  it("the admin's import: a bad file is refused with lines and reasons and changes nothing; single edits show up in HR's view at once", async () => {
    const fresh = demoRegister(400).slice(-3).map((p, i) => ({ ...p, fin: `Z${String(i).padStart(2, "0")}T${String(Date.now()).slice(-3)}` }));
    const csv = registerCsv(fresh);
    const rows = csv.trim().split("\r\n");
    rows[1] = rows[1].replace(/;(justice|taxes);/, ";ministry-of-nothing;");
    const refused = await api("POST", "/admin/register/import", { token: tokens.admin, body: { csv: rows.join("\r\n") } });
    expect(refused.status).toBe(422);
    const issues = (refused.body as { error: { issues: { path: string; az: string }[] } }).error.issues;
    expect(issues[0].path).toBe("line.2.stateBodyId");
    expect(issues[0].az).toContain("Sətir 2");
    for (const p of fresh) expect((await api("GET", `/admin/register/people/${p.fin}`, { token: tokens.admin })).status).toBe(404);

    const ok = await api("POST", "/admin/register/import", { token: tokens.admin, body: { csv } });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ people: 3, created: 3 });
    added.push(...fresh);
    expect((await api("POST", "/admin/register/import", { token: tokens.admin, body: { csv } })).body).toMatchObject({ alreadyImported: true });

    const before = ((await api("GET", "/hr/register/statistics", { token: tokens.hrJustice })).body as { current: number }).current;
    const person = { fin: `N${String(Date.now()).slice(-6)}`, lastName: "Yeniyev", firstName: "Tural", patronymic: "Arif oğlu", gender: "male", birthDate: "1995-02-10", education: [], appointments: [{ stateBodyId: "justice", unitId: "notary", position: "Məsləhətçi", classification: 6, rank: "", startDate: "2025-01-15", status: "probation" }] };
    const put = await api("PUT", `/admin/register/people/${person.fin}`, { token: tokens.admin, body: { person, expectedVersion: 0 } });
    expect(put.status).toBe(201);
    added.push(person as PersonData);
    const after = ((await api("GET", "/hr/register/statistics", { token: tokens.hrJustice })).body as { current: number }).current;
    expect(after).toBe(before + 1);
    const history = (await api("GET", `/admin/register/people/${person.fin}`, { token: tokens.admin })).body as { changes: { actor: string; before: unknown; after: { fin: string } }[] };
    expect(history.changes[0]).toMatchObject({ actor: "admin", before: null, after: { fin: person.fin } });
  });

  it("the 7-day request: registered and e-mailed, labour book asked and uploaded, reminder and overdue timers, answered", async () => {
    const leyla = demoCitizens[0];
    const token = tokens.citizen!;
    const created = await api("POST", "/me/register/requests", {
      token,
      headers: { "idempotency-key": `flow-${Date.now()}` },
      body: { kind: "not_found", fin: "8QW2E4R", lastName: "Əliyeva", firstName: "Leyla", patronymic: "Kamran qızı", birthDate: "1993-05-14", details: "Vergilər Nazirliyində 2017–2019-cu illərdə çalışmışam." },
    });
    expect(created.status).toBe(201);
    const req = created.body as { id: string; number: string; dueAt: string; status: string };
    expect(req.status).toBe("submitted");
    expect((await mailbox(leyla.email)).some((m) => m.subject.includes(req.number) && m.subject.includes("qeydə alındı"))).toBe(true);
    const timers = (await listTimers()).filter((t) => t.status === "RUNNING" && t.input.includes(`REGREQ#${req.id}`));
    expect(timers.map((t) => t.dueAt).sort()).toEqual([new Date(Date.parse(req.dueAt) - 2 * 86_400_000).toISOString(), req.dueAt]);

    const it = tokens.it!;
    const queue = (await api("GET", "/officer/register-requests", { token: it })).body as { items: { id: string; overdue: boolean }[] };
    expect(queue.items.find((i) => i.id === req.id)?.overdue).toBe(false);
    const asked = await api("POST", `/officer/register-requests/${req.id}/ask-labour-book`, { token: it, body: { message: "Əmək kitabçasının bütün səhifələrinin surətini yükləyin." } });
    expect(asked.status).toBe(200);
    expect((await mailbox(leyla.email)).some((m) => m.subject.includes(req.number) && m.subject.includes("Əmək kitabçasının surəti tələb olunur"))).toBe(true);

    const fake = await uploadFile(token, { purpose: "labour-book", fileName: "kitabca.pdf", contentType: "application/pdf", bytes: testFiles.fakePdf() });
    expect(fake.status).toBe(400);
    const refusedAttach = await api("POST", `/me/register/requests/${req.id}/labour-book`, { token, body: { uploadIds: [fake.uploadId] } });
    expect(refusedAttach.status).toBe(400);
    const good = await uploadFile(token, { purpose: "labour-book", fileName: "kitabca.pdf", contentType: "application/pdf", bytes: testFiles.pdf() });
    expect(good.status).toBe(200);
    const attached = await api("POST", `/me/register/requests/${req.id}/labour-book`, { token, body: { uploadIds: [good.uploadId] } });
    expect(attached.status).toBe(200);
    expect((attached.body as { status: string }).status).toBe("in_review");
    const link = await api("GET", `/officer/register-requests/${req.id}/files/${good.uploadId}`, { token: it });
    expect(link.status).toBe(200);
    expect((await fetch((link.body as { url: string }).url)).status).toBe(200);

    // Fast-forward: day 5 reminds the officer who acted; day 7 marks it overdue and raises the alarm.
    const officerEmail = demoOfficials.find((o) => o.username === "it.officer")!.email;
    await advanceTimers(timers.find((t) => t.dueAt !== req.dueAt)!.dueAt!, { names: timers.map((t) => t.name).filter((n) => n.startsWith("register-answerReminder")) });
    expect((await mailbox(officerEmail)).some((m) => m.subject.includes(req.number) && m.subject.includes("Xatırlatma"))).toBe(true);
    await advanceTimers(req.dueAt, { names: timers.map((t) => t.name) });
    expect((await mailbox(officerEmail)).some((m) => m.subject.includes(req.number) && m.subject.includes("Gecikmə"))).toBe(true);
    const overdue = (await api("GET", "/officer/register-requests?overdue=true", { token: it })).body as { items: { id: string }[] };
    expect(overdue.items.map((i) => i.id)).toContain(req.id);

    const answered = await api("POST", `/officer/register-requests/${req.id}/answer`, { token: it, body: { outcome: "answered", text: "Vergilər Nazirliyində 2017–2019-cu illər üzrə qulluğunuz reyestrə daxil edildi." } });
    expect(answered.status).toBe(200);
    expect((await mailbox(leyla.email)).some((m) => m.subject.includes(req.number) && m.subject.includes("cavablandırıldı"))).toBe(true);
    const again = await api("POST", `/officer/register-requests/${req.id}/answer`, { token: it, body: { outcome: "refused", text: "x" } });
    expect(again.status).toBe(409);

    const mine = (await api("GET", "/me/requests", { token })).body as { items: { id: string; service: number; status: string; history: { status: string }[]; link?: string }[] };
    const item = mine.items.find((i) => i.id === req.id)!;
    expect(item).toMatchObject({ service: 3, status: "answered", link: `/register/requests/${req.id}` });
    expect(item.history.map((h) => h.status)).toEqual(["submitted", "documents_requested", "in_review", "overdue", "answered"]);
  });
  it("HR statistics equal a brute-force count over the seeded register, for both bodies and any period", async () => {
    const today = bakuDate(new Date());
    type Stats = { stateBodyId: string; current: number; everServed: number; former: number; flow: { from: string; to: string; joiners: number; leavers: number } } & Record<string, { key: string; count: number }[]>;
    // Every answer first, then the (slow) counting, so no idle connection goes stale in between.
    const answers: { body: string; s: Stats }[] = [];
    for (const [body, token] of [["justice", tokens.hrJustice], ["taxes", tokens.hrTaxes]] as const) {
      for (const query of ["", "?from=2015-01&to=2020-12"]) {
        const res = await api("GET", `/hr/register/statistics${query}`, { token });
        expect(res.status).toBe(200);
        answers.push({ body, s: res.body as Stats });
      }
    }
    const bad = await api("GET", "/hr/register/statistics?from=2020-05&to=2019-01", { token: tokens.hrJustice });
    expect(bad.status).toBe(400);
    for (const { body, s } of answers) {
      expect(s.stateBodyId).toBe(body);
      const brute = bruteStatistics([...people, ...added], body, today, { from: s.flow.from, to: s.flow.to });
      expect(s.current).toBe(brute.current);
      expect(s.everServed).toBe(brute.ever);
      expect(s.former).toBeGreaterThan(0);
      expect(rowsToMap(s.byClassification)).toEqual(brute.byClass);
      expect(rowsToMap(s.byPosition)).toEqual(brute.byPosition);
      expect(rowsToMap(s.byGender)).toEqual(brute.byGender);
      expect(rowsToMap(s.byEducation)).toEqual(brute.byEducation);
      expect(rowsToMap(s.byAgeBand)).toEqual(brute.byAge);
      expect(rowsToMap(s.byServiceBand)).toEqual(brute.byService);
      expect(rowsToMap(s.byStatus)).toEqual(brute.byStatus);
      expect([s.flow.joiners, s.flow.leavers]).toEqual([brute.joiners, brute.leavers]);
    }
  }, 120_000);
});
