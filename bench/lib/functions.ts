/**
 * Every Lambda the stacks deploy: one per route of the route table, the deadline-fired function and
 * the scheduled jobs. `budget` is the route's declared AWS call budget (undefined for non-route functions).
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { routes, type RouteDef } from "../../packages/core/src/http/routes.js";
import { deadlineStateMachine, scheduledJobs } from "../../packages/core/src/infra/resources.js";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface LambdaFunction {
  /** Route id, or the handler's path for non-route functions. */
  id: string;
  /** SST handler string: `functions/x/y.handler`. */
  handler: string;
  /** Absolute path of the entry file. */
  file: string;
  route?: RouteDef;
}

export function entryFile(handler: string): string | undefined {
  const base = path.join(repoRoot, handler.slice(0, handler.lastIndexOf(".")));
  return [".ts", ".tsx", ".mts", ".js", ".mjs"].map((e) => base + e).find((f) => fs.existsSync(f));
}

/** `functions/deadlines/fired.handler` → `deadlines.fired` */
const idOf = (handler: string) => handler.replace(/^functions\//, "").replace(/\.[^.]+$/, "").replace(/\//g, ".");

/** Every function whose file exists; `missing` lists routes whose handler is not written yet. */
export function lambdaFunctions(): { functions: LambdaFunction[]; missing: string[] } {
  const functions: LambdaFunction[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (id: string, handler: string, route?: RouteDef) => {
    if (seen.has(handler)) return;
    seen.add(handler);
    const file = entryFile(handler);
    if (!file) missing.push(id);
    else functions.push({ id, handler, file, route });
  };
  for (const r of routes) add(r.id, r.handler, r);
  add(idOf(deadlineStateMachine.firedFunctionHandler), deadlineStateMachine.firedFunctionHandler);
  for (const job of scheduledJobs) add(`job.${job.id}`, job.handler);
  return { functions, missing };
}
