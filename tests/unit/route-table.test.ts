import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { routes } from "../../packages/core/src/http/routes.js";

describe("the route table", () => {
  it("every route has its handler file, exporting `handler`", async () => {
    for (const r of routes) {
      const file = `${r.handler.replace(/\.handler$/, "")}.ts`;
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file, "utf8"), file).toMatch(/export const handler\b/);
      expect(readFileSync(file, "utf8"), file).toContain(`"${r.id}"`);
    }
  });
  it("ids and method+path pairs are unique", () => {
    expect(new Set(routes.map((r) => r.id)).size).toBe(routes.length);
    expect(new Set(routes.map((r) => `${r.method} ${r.path}`)).size).toBe(routes.length);
  });
  it("docs/ARCHITECTURE.md lists every route (regenerate with `npx tsx scripts/route-table.ts`)", () => {
    const doc = readFileSync("docs/ARCHITECTURE.md", "utf8");
    for (const r of routes) expect(doc, r.id).toContain(`| ${r.id} | \`${r.method} ${r.path}\``);
  });
  it("every non-public route declares who may call it", () => {
    for (const r of routes) {
      if (r.access.kind === "official") expect(r.access.groups.length, r.id).toBeGreaterThan(0);
    }
  });
});
