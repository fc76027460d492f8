/**
 * The access matrix, generated from the route table: every route × every caller (anonymous, citizen
 * A, citizen B, a civil servant, each Commission group, the HR officers of two state bodies). The
 * expected outcome is derived once per route from its `access` (support.ts `expectedOutcome`); a new
 * route joins by being in the table. Then the record-level part: every citizen route whose path names
 * a record (…Id, code) is called by other citizens on citizen A's real records and must refuse
 * (403, or 404 where existence must not leak) without echoing A's data.
 */
import { routes, type RouteDef } from "@exidmet/core/http/routes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validForm } from "../../packages/core/test/fixtures.js";
import { api, testFiles, uploadFile } from "../setup/local-cloud.js";
import { type Caller, type CallerName, expectedOutcome, hasBody, pathOf, pathParamsOf, recordFigures, signInCallers } from "./support.js";

let callers: Record<CallerName, Caller>;
/** Citizen A's real records, by the path parameter that names them. */
const ownedByA: Record<string, string> = {};
/** What must never appear in another caller's answer. */
let secretsOfA: string[] = [];
let calls = 0;
let recordLevelChecks = 0;
const uncoveredRecordParams = new Set<string>();

/** Path parameters that name a public resource or the caller's own slot (not someone else's record). */
const publicParams = new Set(["vacancyId", "competitionId", "bodyId", "year", "username"]);
const namesRecord = (p: string) => !publicParams.has(p) && (/Id$/.test(p) || /code$/i.test(p));

beforeAll(async () => {
  callers = await signInCallers();
  const a = callers.citizenA.citizen!;
  const competitions = await api("GET", "/competitions");
  const vacancy = (competitions.body as { items: { vacancies: { id: string; positionCode: string }[] }[] }).items
    .flatMap((c) => c.vacancies)
    .find((v) => v.positionCode === "VN-06-0317")!;
  const form = validForm();
  form.identity.idCardNumber = a.idCard;
  form.contact.email = a.email;
  form.education[0]!.specialtyCode = "050403";
  form.education[0]!.specialtyName = "Maliyyə";
  const submitted = await api("POST", `/me/applications/${vacancy.id}/submit`, { token: callers.citizenA.token, body: form });
  expect(submitted.status, JSON.stringify(submitted.body)).toBeLessThan(300);
  const app = submitted.body as { id: string; number: string };
  ownedByA.applicationId = app.id;
  const upload = await uploadFile(callers.citizenA.token!, { purpose: "labour-book", fileName: "a.pdf", contentType: "application/pdf", bytes: testFiles.pdf() });
  expect(upload.status).toBe(200);
  ownedByA.uploadId = upload.uploadId;
  secretsOfA = [a.idCard, a.email, app.number];
}, 120_000);

afterAll(() => {
  recordFigures("access-matrix", {
    routes: routes.length,
    callers: Object.keys(callers ?? {}).length,
    routeCallerPairs: routes.length * Object.keys(callers ?? {}).length,
    requests: calls,
    recordLevelChecks,
    recordParamsWithoutFixture: [...uncoveredRecordParams],
  });
});

async function callAs(route: RouteDef, caller: Caller, values: Record<string, string> = {}) {
  calls++;
  return api(route.method, pathOf(route, values), { token: caller.token, ...(hasBody(route) ? { body: {} } : {}) });
}

describe("access matrix: every route × every caller, expected outcome from the route's access", () => {
  for (const route of routes) {
    it(`${route.id} (${route.method} ${route.path}, ${route.access.kind === "official" ? route.access.groups.join("/") : route.access.kind})`, async () => {
      const differences: string[] = [];
      for (const caller of Object.values(callers)) {
        const expected = expectedOutcome(route, caller);
        const res = await callAs(route, caller);
        const ok = expected === "allowed" ? res.status !== 401 && res.status !== 403 && res.status < 500 : res.status === expected;
        if (!ok) differences.push(`${caller.name}: expected ${expected}, got ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`);
      }
      expect(differences, differences.join("\n")).toEqual([]);
    });
  }
});

describe("record level: other people's records are refused without leaking them", () => {
  const recordRoutes = routes.filter((r) => pathParamsOf(r).some(namesRecord));
  for (const route of recordRoutes) {
    it(`${route.id}: ${pathParamsOf(route).filter(namesRecord).join(", ")} of citizen A`, async () => {
      const params = pathParamsOf(route).filter(namesRecord);
      const missing = params.filter((p) => !ownedByA[p]);
      if (missing.length) {
        // No fixture for this kind of record yet: the service's own matrix test covers it.
        missing.forEach((p) => uncoveredRecordParams.add(p));
        return;
      }
      const differences: string[] = [];
      const others: CallerName[] = route.access.kind === "citizen" ? ["citizenB", "civilServant"] : ["anonymous"];
      for (const name of others) {
        const res = await callAs(route, callers[name], ownedByA);
        recordLevelChecks++;
        if (res.status !== 403 && res.status !== 404 && res.status !== 401) differences.push(`${name}: expected 403/404, got ${res.status}`);
        const text = JSON.stringify(res.body ?? "");
        for (const secret of secretsOfA) if (text.includes(secret)) differences.push(`${name}: the answer contains citizen A's ${secret}`);
      }
      if (route.access.kind === "official") {
        // Officials outside the route's groups are refused even on a real record.
        for (const caller of Object.values(callers).filter((c) => c.pool === "officials" && expectedOutcome(route, c) === 403)) {
          const res = await callAs(route, caller, ownedByA);
          recordLevelChecks++;
          if (res.status !== 403) differences.push(`${caller.name}: expected 403 on a real record, got ${res.status}`);
        }
      }
      expect(differences, differences.join("\n")).toEqual([]);
    });
  }

  it("citizen A's own application and upload are reachable by A (the fixtures are real)", async () => {
    const mine = await api("GET", "/me/requests", { token: callers.citizenA.token });
    expect(JSON.stringify(mine.body)).toContain(secretsOfA[2]);
    const others = await api("GET", "/me/requests", { token: callers.citizenB.token });
    expect(JSON.stringify(others.body)).not.toContain(secretsOfA[2]);
  });
});
