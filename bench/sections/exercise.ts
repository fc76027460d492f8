/**
 * Section 4 (and the fixtures of 5–6): a bench competition announced as the demo admin, a scripted
 * pass through the measured routes, then every other route of the route table called once as a
 * caller it admits (placeholder ids where the run has none: most answer 4xx, and still show what the
 * request path calls). The AWS call counter records each request; the result compares each route's
 * maximum with its declared budget and counts Scans. Routes whose handler file does not exist yet, or
 * that no request reached, are listed as skipped with the reason.
 */
import { maxima } from "../../packages/aws/src/adapters/call-counter.js";
import { routes, type RouteDef } from "../../packages/core/src/http/routes.js";
import { demoCompetition } from "../../packages/local/src/index.js";
import { validForm } from "../../packages/core/test/fixtures.js";
import type { BenchCloud, SyntheticCitizen } from "../lib/cloud.js";
import { syntheticCitizen } from "../lib/cloud.js";
import { fillPath } from "../lib/events.js";
import { entryFile } from "../lib/functions.js";

export const benchVacancy = {
  positionCode: "BN-06-0001",
  stateBodyId: "taxes",
  unitId: "audit",
  positionName: { az: "Baş vergi müfəttişi (yük testi)", en: "Senior tax inspector (load test)" },
  classification: 6 as const,
  places: 100,
  education: { levels: ["bachelor", "master"] as ("bachelor" | "master")[], specialties: [{ code: "050401", name: "Hüquqşünaslıq" }] },
  seniority: { totalYears: 1 },
};

export interface Fixtures {
  competitionId: string;
  vacancyId: string;
  applicationId?: string;
  demoCitizenToken: string;
}

/** The form a synthetic citizen submits (the account's ID card, the bench vacancy's specialty). */
export function formOf(c: SyntheticCitizen) {
  const f = validForm();
  f.identity.idCardNumber = c.idCard;
  f.contact.email = c.email;
  return f;
}

export async function announceBenchCompetition(b: BenchCloud): Promise<Fixtures> {
  const admin = await b.official("admin");
  const payload = { ...demoCompetition(), title: { az: "Yük testi müsabiqəsi", en: "Load-test competition" }, vacancies: [benchVacancy] };
  const res = await b.api("POST", "/admin/competitions", { token: admin, body: payload, headers: { "idempotency-key": `bench-competition-${Date.now()}` } });
  if (res.status >= 300) throw new Error(`announcing the bench competition → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
  const c = res.body as { id: string; vacancies: { id: string; positionCode: string }[] };
  const vacancyId = c.vacancies.find((v) => v.positionCode === benchVacancy.positionCode)!.id;
  return { competitionId: c.id, vacancyId, demoCitizenToken: await b.demoCitizenToken(0) };
}

const officialFor: Record<string, string> = {
  admin: "admin",
  "it-officer": "it.officer",
  "legal-officer": "legal.officer",
  "selection-officer": "selection.officer",
  "hr-officer": "hr.taxes",
};

async function tokenFor(b: BenchCloud, route: RouteDef, fx: Fixtures): Promise<string | undefined> {
  if (route.access.kind === "public") return undefined;
  if (route.access.kind === "citizen") return fx.demoCitizenToken;
  return b.official(officialFor[route.access.groups[0]] ?? "admin");
}

/** The scripted pass: real requests with real ids (what the load tests also use). */
export async function scriptedPass(b: BenchCloud, fx: Fixtures, citizen: SyntheticCitizen): Promise<void> {
  const token = await b.mintCitizenToken(citizen);
  const it = await b.official("it.officer");
  const hr = await b.official("hr.taxes");
  const calls: [string, string, { token?: string; body?: unknown }][] = [
    ["GET", "/health", {}],
    ["GET", "/state-bodies", {}],
    ["GET", "/competitions", {}],
    ["GET", `/competitions/${fx.competitionId}`, {}],
    ["GET", "/me", { token }],
    ["GET", `/me/applications/${fx.vacancyId}`, { token }],
    ["PUT", `/me/applications/${fx.vacancyId}/draft`, { token, body: { citizen: { firstName: "Bench" } } }],
  ];
  for (const [m, p, o] of calls) await b.api(m, p, o);
  const submitted = await b.api("POST", `/me/applications/${fx.vacancyId}/submit`, { token, body: formOf(citizen) });
  if (submitted.status >= 300) throw new Error(`bench submission → ${submitted.status} ${JSON.stringify(submitted.body).slice(0, 400)}`);
  fx.applicationId = (submitted.body as { id: string }).id;
  const more: [string, string, { token?: string; body?: unknown }][] = [
    ["GET", "/me/requests", { token }],
    ["GET", `/me/applications/${fx.vacancyId}`, { token }],
    ["GET", "/officials/me", { token: it }],
    ["GET", `/officer/applications?competitionId=${fx.competitionId}`, { token: it }],
    ["GET", `/officer/applications/${fx.applicationId}`, { token: it }],
    ["GET", `/officer/competitions/${fx.competitionId}/admitted.csv`, { token: it }],
    ["GET", "/hr/reserve", { token: hr }],
  ];
  for (const [m, p, o] of more) await b.api(m, p, o);
}

/** Every route not reached yet, once, as a caller it admits. */
export async function sweepRoutes(b: BenchCloud, fx: Fixtures): Promise<void> {
  const params: Record<string, string> = { competitionId: fx.competitionId, vacancyId: fx.vacancyId, applicationId: fx.applicationId ?? "bench-none", year: String(new Date().getFullYear()) };
  for (const route of routes) {
    if (b.calls.has(route.id) || !entryFile(route.handler)) continue;
    const token = await tokenFor(b, route, fx);
    const { rawPath } = fillPath(route.path, params);
    const hasBody = ["POST", "PUT", "PATCH"].includes(route.method);
    await b.api(route.method, rawPath, { token, ...(hasBody ? { body: {} } : {}) }).catch(() => undefined);
  }
}

export interface RouteCallsRow {
  id: string;
  budget: RouteDef["budget"];
  requests: number;
  statuses: Record<string, number>;
  max: Partial<Record<string, number>>;
  scans: number;
  over: string[];
  skipped?: string;
}

export function awsCallsTable(b: BenchCloud): { rows: RouteCallsRow[]; violations: string[]; scans: number; skipped: string[] } {
  const rows: RouteCallsRow[] = [];
  for (const route of routes) {
    const entry = b.calls.get(route.id);
    if (!entryFile(route.handler)) {
      rows.push({ id: route.id, budget: route.budget, requests: 0, statuses: {}, max: {}, scans: 0, over: [], skipped: "handler file not written yet" });
      continue;
    }
    if (!entry) {
      rows.push({ id: route.id, budget: route.budget, requests: 0, statuses: {}, max: {}, scans: 0, over: [], skipped: "no request reached the handler (gateway refused it first)" });
      continue;
    }
    const max = maxima(entry.tallies);
    const over = Object.entries(max)
      .filter(([service, n]) => (n ?? 0) > ((route.budget as unknown as Record<string, number | undefined>)[service] ?? 0))
      .map(([service, n]) => `${service} ${n} > ${(route.budget as unknown as Record<string, number | undefined>)[service] ?? 0}`);
    const scans = entry.tallies.reduce((s, t) => s + t.scans, 0);
    rows.push({ id: route.id, budget: route.budget, requests: entry.tallies.length, statuses: entry.statuses, max, scans, over });
  }
  const violations = rows.flatMap((r) => [...r.over.map((o) => `${r.id}: ${o}`), ...(r.scans ? [`${r.id}: ${r.scans} Scan`] : [])]);
  return { rows, violations, scans: rows.reduce((s, r) => s + r.scans, 0), skipped: rows.filter((r) => r.skipped).map((r) => `${r.id} (${r.skipped})`) };
}

export { syntheticCitizen };
