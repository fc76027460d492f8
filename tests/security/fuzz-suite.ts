import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api } from "../setup/local-cloud.js";
import { type FuzzContext, type FuzzStats, fuzzContext, fuzzRoute, routes } from "./fuzz-cases.js";
import { recordFigures } from "./support.js";

/** One test per route of the route table: `runs` bodies and `runs` path/query combinations each. */
export function defineFuzzSuite(name: string, runs: number) {
  const stats: FuzzStats = { requests: 0, byStatus: {}, failures: [], citizenWrites: 0 };
  let ctx: Awaited<ReturnType<typeof fuzzContext>>;

  beforeAll(async () => {
    ctx = await fuzzContext();
  }, 60_000);

  afterAll(() => recordFigures(name, { routes: routes.length, runsPerRouteAndPart: runs, requests: stats.requests, byStatus: stats.byStatus, failures: stats.failures.length }));

  describe("fuzzing every route: never a 5xx, always a clear 4xx", () => {
    for (const route of routes) {
      it(`${route.id} (${route.method} ${route.path})`, async () => {
        const before = stats.failures.length;
        await fuzzRoute(route, ctx as FuzzContext, runs, stats);
        const mine = stats.failures.slice(before);
        expect(mine.slice(0, 5), mine.slice(0, 5).join("\n")).toEqual([]);
      }, 1_800_000);
    }

    it("no partial records: the fuzz citizens own no more requests than their accepted writes", async () => {
      let owned = 0;
      for (const c of ctx.citizens) {
        const mine = await api("GET", "/me/requests", { token: c.token });
        expect(mine.status).toBe(200);
        owned += (mine.body as { items: unknown[] }).items.length;
      }
      expect(owned).toBeLessThanOrEqual(stats.citizenWrites);
    });
  });
}
