/**
 * Officials' reads of another person's data are audited; the audit log cannot be edited through the
 * API. Generated from the route table: every official GET route is called by each of its groups
 * with citizen A's real records as parameters; whenever the answer carries A's personal data, an
 * audit entry by that official, written during the call, must exist.
 */
import fs from "node:fs";
import path from "node:path";
import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { routes } from "@exidmet/core/http/routes";
import { demoOfficials } from "@exidmet/local/seed/demo-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validForm } from "../../packages/core/test/fixtures.js";
import { api, localCloud, signInAs } from "../setup/local-cloud.js";
import { newCitizen, pathOf, recordFigures, tableOf } from "./support.js";

const root = path.resolve(import.meta.dirname, "../..");
let fixtures: Record<string, string> = {};
let personal: string[] = [];
let auditedReads = 0;
let readsChecked = 0;

async function auditEntriesBy(actor: string, since: string): Promise<{ action: string; subject: string }[]> {
  const items: { action: string; subject: string }[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await tableOf(localCloud().env).send(
      new ScanCommand({
        TableName: localCloud().env.TABLE_NAME,
        FilterExpression: "#t = :t AND actor = :a AND #at >= :since",
        ExpressionAttributeNames: { "#t": "type", "#at": "at" },
        ExpressionAttributeValues: { ":t": "Audit", ":a": actor, ":since": since },
        ExclusiveStartKey: start,
      }),
    );
    items.push(...((out.Items ?? []) as { action: string; subject: string }[]));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

beforeAll(async () => {
  const c = await newCitizen("sec-audit");
  const token = await signInAs("citizens", c.email, c.password);
  const competitions = await api("GET", "/competitions");
  const comp = (competitions.body as { items: { id: string; vacancies: { id: string; positionCode: string }[] }[] }).items.find((x) => x.vacancies.some((v) => v.positionCode === "VN-06-0317"))!;
  const vacancy = comp.vacancies.find((v) => v.positionCode === "VN-06-0317")!;
  const form = validForm();
  form.identity.idCardNumber = c.idCard;
  form.contact.email = c.email;
  form.education[0]!.specialtyCode = "050403";
  const res = await api("POST", `/me/applications/${vacancy.id}/submit`, { token, body: form });
  expect(res.status).toBeLessThan(300);
  const app = res.body as { id: string; number: string };
  fixtures = { applicationId: app.id, competitionId: comp.id, vacancyId: vacancy.id };
  personal = [c.idCard, c.email];
}, 60_000);

afterAll(() => recordFigures("audit", { officialReadRoutes: routes.filter((r) => r.method === "GET" && r.access.kind === "official").length, readsChecked, readsReturningPersonalData: auditedReads }));

describe("every official's read of another person's data is audited", () => {
  for (const route of routes.filter((r) => r.method === "GET" && r.access.kind === "official")) {
    it(`${route.id} (${route.method} ${route.path})`, async () => {
      const groups = route.access.kind === "official" ? route.access.groups : [];
      const missing: string[] = [];
      for (const group of groups) {
        const o = demoOfficials.find((x) => x.group === group)!;
        const token = await signInAs("officials", o.username, o.password);
        const since = new Date(Date.now() - 1000).toISOString();
        const query = new URLSearchParams({ competitionId: fixtures.competitionId!, applicationId: fixtures.applicationId!, status: "in_review", q: personal[0]! }).toString();
        const res = await api("GET", `${pathOf(route, fixtures)}?${query}`, { token });
        readsChecked++;
        const text = typeof res.body === "string" ? res.body : JSON.stringify(res.body ?? "");
        if (!personal.some((p) => text.includes(p))) continue;
        auditedReads++;
        const entries = await auditEntriesBy(o.username, since);
        if (entries.length === 0) missing.push(`${o.username} (${group}) read citizen data and left no audit entry`);
      }
      expect(missing, missing.join("\n")).toEqual([]);
    });
  }
});

describe("the audit log cannot be edited", () => {
  it("no route of the table writes to, or deletes from, an audit path", () => {
    const writers = routes.filter((r) => /audit/i.test(r.path) || /audit/i.test(r.id)).filter((r) => r.method !== "GET");
    expect(writers.map((r) => r.id)).toEqual([]);
  });

  it("attempts to change it through the API find no route", async () => {
    const admin = await signInAs("officials", "admin", "Komissiya2025");
    for (const method of ["PUT", "POST", "PATCH", "DELETE"]) {
      for (const p of ["/audit", "/admin/audit", "/admin/audit/AUDIT%23x", "/officer/audit/1"]) {
        const res = await api(method, p, { token: admin, body: {} });
        expect([401, 403, 404]).toContain(res.status);
      }
    }
  });

  it("no code deletes or overwrites audit entries: every audit write is a conditional create", () => {
    const audit = fs.readFileSync(path.join(root, "packages/core/src/audit/audit.ts"), "utf8");
    expect(audit).toContain('condition: { kind: "notExists" }');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.ts$/.test(e.name) && /pk:\s*`AUDIT#/.test(fs.readFileSync(p, "utf8")) && !p.endsWith(path.join("audit", "audit.ts"))) offenders.push(path.relative(root, p));
      }
    };
    walk(path.join(root, "packages/core/src"));
    walk(path.join(root, "functions"));
    expect(offenders).toEqual([]);
  });
});
