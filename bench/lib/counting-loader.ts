/**
 * A handler loader for the local cloud (`startLocalCloud({ loader })`) that runs every invocation
 * inside the AWS call counter's scope and keeps, per route, each request's tally and answer.
 * Used by the benchmark; the e2e global setup can use it too, and fail the run at teardown when
 * `budgetViolations()` is not empty (a route over its declared budget, or any Scan).
 */
import { countCalls, installCallCounter, maxima, type CallTally } from "../../packages/aws/src/adapters/call-counter.js";
import { routes } from "../../packages/core/src/http/routes.js";
import { createHandlerLoader, type HandlerLoader, type LambdaContext } from "../../packages/local/src/lambda/handlers.js";

export interface RouteCalls {
  /** One tally per handled request. */
  tallies: CallTally[];
  statuses: Record<string, number>;
}

export function countingLoader(rootDir: string): { loader: HandlerLoader; calls: Map<string, RouteCalls> } {
  installCallCounter();
  const routeIdOfHandler = new Map(routes.map((r) => [r.handler, r.id]));
  const calls = new Map<string, RouteCalls>();
  const base = createHandlerLoader(rootDir);
  const loader: HandlerLoader = async (handler) => {
    const fn = await base(handler);
    const id = routeIdOfHandler.get(handler) ?? handler;
    return async (event: unknown, context: LambdaContext) => {
      const { result, calls: tally } = await countCalls(async () => fn(event, context));
      let entry = calls.get(id);
      if (!entry) calls.set(id, (entry = { tallies: [], statuses: {} }));
      entry.tallies.push(tally);
      const status = String((result as { statusCode?: number })?.statusCode ?? "?");
      entry.statuses[status] = (entry.statuses[status] ?? 0) + 1;
      return result;
    };
  };
  return { loader, calls };
}

/** Routes whose most expensive request exceeded the declared budget, and every Scan. */
export function budgetViolations(calls: Map<string, RouteCalls>): string[] {
  const out: string[] = [];
  for (const route of routes) {
    const entry = calls.get(route.id);
    if (!entry) continue;
    const budget = route.budget as unknown as Record<string, number | undefined>;
    for (const [service, n] of Object.entries(maxima(entry.tallies))) if ((n ?? 0) > (budget[service] ?? 0)) out.push(`${route.id}: ${service} ${n} calls > budget ${budget[service] ?? 0}`);
    const scans = entry.tallies.reduce((s, t) => s + t.scans, 0);
    if (scans) out.push(`${route.id}: ${scans} DynamoDB Scan`);
  }
  return out;
}
