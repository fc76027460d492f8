import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { routes } from "../../packages/core/src/http/routes.js";
import { routeTableMarkdown } from "../../scripts/route-table.js";

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
  it("docs/ROUTES.md is the current table (regenerate with `npm run routes:doc`)", () => {
    expect(readFileSync("docs/ROUTES.md", "utf8")).toBe(routeTableMarkdown());
  });
  it("every non-public route declares who may call it", () => {
    for (const r of routes) {
      if (r.access.kind === "official") expect(r.access.groups.length, r.id).toBeGreaterThan(0);
    }
  });
});
