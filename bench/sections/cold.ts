/**
 * Section 2: cold starts. For each function, a fresh Node 22 process imports the deployed bundle
 * (minified, as SST ships it) and serves one request against the local emulators; the hello-world
 * handler, bundled the same way, runs in the same loop (rounds interleave every function, so noise
 * hits all alike). Time = performance.now() at the answer: milliseconds since the process began.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { routeGroups, routes } from "../../packages/core/src/http/routes.js";
import { budgets } from "../lib/budgets.js";
import { runChild } from "../lib/child.js";
import { httpEvent, type EventIdentity } from "../lib/events.js";
import { round, summary } from "../lib/stats.js";
import type { BundlesResult } from "./bundles.js";
import type { Fixtures } from "./exercise.js";

const here = path.dirname(new URL(import.meta.url).pathname);
const coldChild = path.join(here, "../lib/cold-child.mjs");

export interface ColdRow {
  id: string;
  runs: number;
  p50Ms: number;
  p95Ms: number;
  importP50Ms: number;
  ratio: number;
  statuses: Record<string, number>;
}

export interface ColdResult {
  runs: number;
  hello: { p50Ms: number; p95Ms: number };
  functions: ColdRow[];
  worst?: ColdRow;
  over: string[];
  node: string;
}

/**
 * Unless BENCH_COLD_ALL=1: the measured routes, the smallest, and the largest deployed bundle of each
 * route group and of the non-route functions (every function × 20 runs takes too long for one run).
 */
export function representative(bundles: BundlesResult): Set<string> {
  const ids = new Set(["competitions.list", "me.requests", "me.applications.submit", "hr.reserve.search", "health.get"]);
  const size = new Map(bundles.functions.map((f) => [f.id, f.minifiedBytes]));
  const groups = [...routeGroups.map((g) => g.routes.map((r) => r.id)), bundles.functions.map((f) => f.id).filter((id) => !routes.some((r) => r.id === id))];
  for (const g of groups) {
    const present = g.filter((id) => size.has(id)).sort((a, b) => size.get(b)! - size.get(a)!);
    if (present[0]) ids.add(present[0]);
  }
  return ids;
}

export async function runCold(bundles: BundlesResult, fx: Fixtures, env: Record<string, string>, log: (l: string) => void): Promise<ColdResult> {
  const runs = Number(process.env.BENCH_COLD_RUNS ?? 20);
  const only = process.env.BENCH_COLD_ONLY ? new RegExp(process.env.BENCH_COLD_ONLY) : undefined;
  const ids: EventIdentity = { citizensIssuer: env.CITIZENS_ISSUER, officialsIssuer: env.OFFICIALS_ISSUER };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "exidmet-bench-cold-"));
  const params = { competitionId: fx.competitionId, vacancyId: fx.vacancyId, applicationId: fx.applicationId ?? "bench-none" };
  const byId = new Map(routes.map((r) => [r.id, r]));
  const chosen = representative(bundles);
  const targets = bundles.functions
    .filter((f) => (only ? only.test(f.id) : process.env.BENCH_COLD_ALL === "1" || chosen.has(f.id)))
    .map((f) => {
      const route = byId.get(f.id);
      // Non-route functions: a deadline that no longer exists (fired: "missing"), the sweeper's scheduled event.
      const event = route ? httpEvent(route, ids, params, route.method === "GET" ? undefined : {}) : f.id === "deadlines.fired" ? { deadlineKey: { pk: "BENCH#cold", sk: "KIND#bench" }, dueAt: new Date().toISOString() } : {};
      const file = path.join(dir, `${f.id}.json`);
      fs.writeFileSync(file, JSON.stringify(event));
      return { id: f.id, bundle: f.file, event: file };
    });
  const helloEvent = path.join(dir, "hello.json");
  fs.writeFileSync(helloEvent, "{}");
  const childEnv = { ...env, LOG_LEVEL: "ERROR", POWERTOOLS_LOG_LEVEL: "ERROR", NODE_OPTIONS: "" };
  const samples = new Map<string, { total: number[]; imp: number[]; statuses: Record<string, number> }>();
  const add = (id: string, r: { totalMs: number; importMs: number; status: string }) => {
    let s = samples.get(id);
    if (!s) samples.set(id, (s = { total: [], imp: [], statuses: {} }));
    s.total.push(r.totalMs);
    s.imp.push(r.importMs);
    s.statuses[r.status] = (s.statuses[r.status] ?? 0) + 1;
  };
  const t0 = Date.now();
  for (let round_ = 0; round_ < runs; round_++) {
    add("hello-world", await runChild(coldChild, [bundles.hello.file, helloEvent], { env: childEnv, timeoutMs: 30_000 }));
    for (const t of targets) {
      const r = await runChild<{ totalMs: number; importMs: number; status: string }>(coldChild, [t.bundle, t.event], { env: childEnv, timeoutMs: 30_000 }).catch((e) => ({ totalMs: NaN, importMs: NaN, status: `failed: ${(e as Error).message.slice(0, 80)}` }));
      add(t.id, r);
    }
    if (round_ === 0) log(`cold starts: round 1 of ${runs} took ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
  const hello = summary(samples.get("hello-world")!.total);
  const rows: ColdRow[] = targets.map((t) => {
    const s = samples.get(t.id)!;
    const total = summary(s.total.filter(Number.isFinite));
    return { id: t.id, runs: s.total.length, p50Ms: round(total.p50, 1), p95Ms: round(total.p95, 1), importP50Ms: round(summary(s.imp.filter(Number.isFinite)).p50, 1), ratio: round(total.p50 / hello.p50, 2), statuses: s.statuses };
  });
  const worst = [...rows].sort((a, b) => b.ratio - a.ratio)[0];
  log(`cold starts: hello-world p50 ${round(hello.p50, 1)} ms; worst ${worst?.id} p50 ${worst?.p50Ms} ms (×${worst?.ratio})`);
  fs.rmSync(dir, { recursive: true, force: true });
  return {
    runs,
    hello: { p50Ms: round(hello.p50, 1), p95Ms: round(hello.p95, 1) },
    functions: rows,
    worst,
    over: rows.filter((r) => r.ratio > budgets.coldStartRatio).map((r) => r.id),
    node: process.version,
  };
}
