/**
 * Services 2 and 4 through the local gateway: results imported and read by the right people only,
 * and the access matrix of every route of both services.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { routes } from "@exidmet/core/http/routes";
import { resultRoutes } from "@exidmet/core/http/routes/results";
import { api, mailbox, runJob } from "../setup/local-cloud.js";
import { official } from "./fixtures.js";
import { admittedCompetition, today } from "./results-fixtures.js";

type Item = { candidateCode: string; test: { score: number; passed: boolean } | null; interview: { outcome: string } | null; applicationId: string };

let ctx: Awaited<ReturnType<typeof admittedCompetition>>;
beforeAll(async () => {
  ctx = await admittedCompetition("res");
});

describe("service 2 through the gateway", () => {
  it("an officer imports results; the candidate and the right HR officer see them, the wrong HR officer does not", async () => {
    const it = await official("it.officer");
    const [a, b] = ctx.people;
    const bad = await api("POST", "/officer/results/import", { token: it, body: { competitionId: ctx.competitionId, kind: "test", csv: `candidateCode,score,passMark,date\n${a.code},85,60,${today()}\n${b.code},200,60,${today()}\nNK-0000000000,50,60,${today()}` } });
    expect(bad.status).toBe(422);
    const issues = (bad.body as { error: { issues: { path: string; az: string; en: string }[] } }).error.issues;
    expect(issues.map((i) => i.path)).toEqual(["line.3", "line.4"]);
    expect(issues[0].en).toContain("Line 3");
    expect(((await api("GET", "/me/results", { token: a.token })).body as { items: Item[] }).items.filter((i) => i.applicationId === a.id)).toEqual([]);

    const csv = `candidateCode;score;passMark;date\r\n${a.code};85;60;${today()}\r\n${b.code};45,5;60;${today()}\r\n`;
    const ok = await api("POST", "/officer/results/import", { token: it, body: { competitionId: ctx.competitionId, kind: "test", csv } });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ status: "completed", rows: 2 });
    const again = await api("POST", "/officer/results/import", { token: it, body: { competitionId: ctx.competitionId, kind: "test", csv } });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ alreadyImported: true });

    const interview = await api("PUT", `/officer/results/${a.id}/interview`, { token: it, body: { outcome: "passed", date: today(), note: "Komissiya yekdil qərar verdi" } });
    expect(interview.status).toBe(200);
    const refused = await api("PUT", `/officer/results/${b.id}/interview`, { token: it, body: { outcome: "passed", date: today() } });
    expect(refused.status).toBe(422);
    const malformed = await api("PUT", `/officer/results/${a.id}/test`, { token: it, body: { score: "x", passMark: 60 } });
    expect(malformed.status).toBe(400);
    expect((malformed.body as { error: { issues: { path: string }[] } }).error.issues.map((i) => i.path).sort()).toEqual(["date", "score"]);

    // The candidate sees their own results at once, in "My results" and in "My requests", and is e-mailed.
    const mine = (await api("GET", "/me/results", { token: a.token })).body as { items: Item[] };
    const own = mine.items.find((i) => i.applicationId === a.id)!;
    expect(own.test).toMatchObject({ score: 85, passed: true });
    expect(own.interview).toMatchObject({ outcome: "passed" });
    expect(((await api("GET", `/me/results/${b.id}`, { token: b.token })).body as Item).test).toMatchObject({ score: 45.5, passed: false });
    expect((await api("GET", `/me/results/${a.id}`, { token: ctx.other })).status).toBe(404);
    expect(((await api("GET", "/me/results", { token: ctx.other })).body as { items: Item[] }).items.some((i) => i.applicationId === a.id)).toBe(false);
    const requests = (await api("GET", "/me/requests", { token: a.token })).body as { items: { service: number; status: string; facts?: { value: string }[] }[] };
    expect(requests.items.find((r) => r.service === 2 && r.facts?.some((f) => f.value === a.code))?.status).toBe("interview_passed");
    await runJob("OutboxSweeper");
    const mails = await mailbox(a.email);
    expect(mails.some((m) => m.subject.includes("Test imtahanının nəticəsi") && (m.body.text ?? "").includes("85"))).toBe(true);
    expect(mails.some((m) => m.subject.includes("Müsahibənin nəticəsi"))).toBe(true);

    // HR of the Ministry of Justice sees both, filters and exports; HR of the Ministry of Taxes sees none of them.
    const hr = await official("hr.justice");
    const list = (await api("GET", `/hr/results?competitionId=${ctx.competitionId}`, { token: hr })).body as { items: Item[] };
    expect(list.items.map((i) => i.candidateCode).sort()).toEqual([a.code, b.code].sort());
    const failed = (await api("GET", `/hr/results?competitionId=${ctx.competitionId}&test=failed`, { token: hr })).body as { items: Item[] };
    expect(failed.items.map((i) => i.candidateCode)).toEqual([b.code]);
    const paged = (await api("GET", `/hr/results?competitionId=${ctx.competitionId}&limit=1`, { token: hr })).body as { items: Item[]; cursor: string };
    expect(paged.items).toHaveLength(1);
    const next = (await api("GET", `/hr/results?competitionId=${ctx.competitionId}&limit=1&cursor=${paged.cursor}`, { token: hr })).body as { items: Item[] };
    expect(next.items[0].candidateCode).not.toBe(paged.items[0].candidateCode);
    const exported = await api("GET", `/hr/results.csv?competitionId=${ctx.competitionId}`, { token: hr });
    expect(exported.headers.get("content-type")).toMatch(/text\/csv/);
    expect(String(exported.body)).toContain(a.code);
    const taxes = await official("hr.taxes");
    const wrong = (await api("GET", `/hr/results?competitionId=${ctx.competitionId}`, { token: taxes })).body as { items: Item[] };
    expect(wrong.items).toEqual([]);
    expect(String((await api("GET", `/hr/results.csv?competitionId=${ctx.competitionId}`, { token: taxes })).body)).not.toContain(a.code);
    const incomplete = await api("GET", "/hr/results?vacancyId=abc", { token: hr });
    expect(incomplete.status).toBe(400);
    expect((incomplete.body as { error: { issues: { path: string; code: string }[] } }).error.issues[0]).toMatchObject({ path: "competitionId", code: "results.competitionForVacancy" });
    expect((await api("GET", "/hr/results?limit=0&test=maybe", { token: hr })).status).toBe(400);
  });
});

// ---------------------------------------------------------------------------------------------

type Who = "none" | "citizen" | "otherCitizen" | "hrRight" | "hrOther" | "admin" | "it" | "legal" | "selection";
const everyone: Who[] = ["none", "citizen", "otherCitizen", "hrRight", "hrOther", "admin", "it", "legal", "selection"];

describe("access matrix of every route of services 2 and 4", () => {
  const tokens = {} as Record<Who, string | undefined>;
  beforeAll(async () => {
    tokens.none = undefined;
    tokens.citizen = ctx.people[0].token;
    tokens.otherCitizen = ctx.other;
    tokens.hrRight = await official("hr.justice");
    tokens.hrOther = await official("hr.taxes");
    tokens.admin = await official("admin");
    tokens.it = await official("it.officer");
    tokens.legal = await official("legal.officer");
    tokens.selection = await official("selection.officer");
  });

  const a = () => ctx.people[0];
  /** Each route: the request, and who may call it. Others get 401 (no token) or 403. */
  const cases: Record<string, { req: () => [string, string, unknown?]; allowed: Who[] }> = {
    "officer.results.list": { req: () => ["GET", `/officer/results?competitionId=${ctx.competitionId}`], allowed: ["admin", "it", "selection"] },
    "officer.results.recordTest": { req: () => ["PUT", `/officer/results/${a().id}/test`, { score: 85, passMark: 60, date: today() }], allowed: ["it"] },
    "officer.results.recordInterview": { req: () => ["PUT", `/officer/results/${a().id}/interview`, { outcome: "passed", date: today() }], allowed: ["it"] },
    "officer.results.import": { req: () => ["POST", "/officer/results/import", { competitionId: ctx.competitionId, kind: "test", csv: `candidateCode,score,passMark,date\n${a().code},85,60,${today()}` }], allowed: ["it"] },
    "me.results.list": { req: () => ["GET", "/me/results"], allowed: ["citizen", "otherCitizen"] },
    "me.results.get": { req: () => ["GET", `/me/results/${a().id}`], allowed: ["citizen", "otherCitizen"] },
    "hr.results.list": { req: () => ["GET", `/hr/results?competitionId=${ctx.competitionId}`], allowed: ["hrRight", "hrOther"] },
    "hr.results.export": { req: () => ["GET", `/hr/results.csv?competitionId=${ctx.competitionId}`], allowed: ["hrRight", "hrOther"] },
    "hr.reserve.search": { req: () => ["GET", "/hr/reserve?classification=5"], allowed: ["hrRight", "hrOther", "selection", "it"] },
    "officer.reserve.enter": { req: () => ["POST", "/officer/reserve/entries", { source: "application", candidateCode: "NK-0000000000" }], allowed: ["selection"] },
    "officer.reserve.leave": { req: () => ["POST", "/officer/reserve/entries/00000000000000000000/leave", { reason: "expired", on: today() }], allowed: ["selection"] },
    "officer.reserve.appointments": { req: () => ["POST", `/officer/reserve/competitions/${ctx.competitionId}/appointments`, { appointed: [] }], allowed: ["selection"] },
    "officer.reserve.searches": { req: () => ["GET", "/officer/reserve/searches"], allowed: ["selection", "it"] },
    "me.reserve.list": { req: () => ["GET", "/me/reserve"], allowed: ["citizen", "otherCitizen"] },
    "me.reserve.consent": { req: () => ["PUT", "/me/reserve/00000000000000000000/consent", { notify: false }], allowed: ["citizen", "otherCitizen"] },
  };

  it("lists a case for every route of the area", () => {
    expect(Object.keys(cases).sort()).toEqual(resultRoutes.map((r) => r.id).sort());
    for (const id of Object.keys(cases)) expect(routes.some((r) => r.id === id)).toBe(true);
  });

  for (const [id, c] of Object.entries(cases)) {
    it(`${id}: refused to everyone not allowed, served to those allowed`, async () => {
      for (const who of everyone) {
        const [method, path, body] = c.req();
        const res = await api(method, path, { token: tokens[who], body });
        if (who === "none") expect(res.status, `${id} as ${who}`).toBe(401);
        else if (!c.allowed.includes(who)) {
          const citizenRoute = routes.find((r) => r.id === id)!.access.kind === "citizen";
          const citizenToken = who === "citizen" || who === "otherCitizen";
          // Same pool, wrong group: 403. A token of the other user pool is refused by the route's JWT authorizer (401), as API Gateway does.
          expect(res.status, `${id} as ${who}`).toBe(citizenRoute === citizenToken ? 403 : 401);
        }
        else expect([401, 403], `${id} as ${who}: ${res.status}`).not.toContain(res.status);
      }
    });
  }

  it("a citizen who is another candidate gets 404 for the first one's result; the wrong HR officer sees none of it", async () => {
    expect((await api("GET", `/me/results/${a().id}`, { token: tokens.otherCitizen })).status).toBe(404);
    expect((await api("GET", `/me/results/${a().id}`, { token: tokens.citizen })).status).toBe(200);
    const other = (await api("GET", `/hr/results?competitionId=${ctx.competitionId}`, { token: tokens.hrOther })).body as { items: unknown[] };
    expect(other.items).toEqual([]);
    const right = (await api("GET", `/hr/results?competitionId=${ctx.competitionId}`, { token: tokens.hrRight })).body as { items: unknown[] };
    expect(right.items.length).toBe(2);
  });
});
