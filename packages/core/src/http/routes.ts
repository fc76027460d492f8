/**
 * The one route table. `stacks/` builds the API Gateway routes from it and `packages/local` serves
 * the same routes locally; each handler's middleware checks `access` again (defence in depth).
 * Each service keeps its routes in `routes/<area>.ts`; this file only joins them.
 */
import { rateLimitOf } from "../rate-limits/limits.js";
import type { RouteDef } from "./route-def.js";
import { applicationRoutes } from "./routes/applications.js";
import { certificateRoutes } from "./routes/certificates.js";
import { ethicsRoutes } from "./routes/ethics.js";
import { foundationRoutes } from "./routes/foundation.js";
import { registerRoutes } from "./routes/register.js";
import { resultRoutes } from "./routes/results.js";
import { seniorityRoutes } from "./routes/seniority.js";
import { trialTestRoutes } from "./routes/trial-tests.js";
import { uploadRoutes } from "./routes/uploads.js";

export * from "./route-def.js";

/**
 * Routes grouped by the CloudFormation stack that deploys their functions: one stack holds at most
 * 500 resources and each route costs about seven, so each service's routes get a stack of their own.
 * The first group's stack ("Api") also owns the HTTP API and its authorizers.
 */
const groups: readonly { stack: string; routes: readonly RouteDef[] }[] = [
  { stack: "Api", routes: [...foundationRoutes, ...applicationRoutes, ...uploadRoutes, ...certificateRoutes] },
  { stack: "ApiResults", routes: resultRoutes },
  { stack: "ApiRegister", routes: registerRoutes },
  { stack: "ApiSeniority", routes: seniorityRoutes },
  { stack: "ApiTrialTests", routes: trialTestRoutes },
  { stack: "ApiEthics", routes: ethicsRoutes },
];

/**
 * Each route file declares the calls of its use case; the route wrapper's own calls are added
 * here, so budgets (and the IAM they grant) count them too: an official's account-status read
 * (cached, at most one) and the rate-limit counter of a limited route.
 */
export const wrapperCalls = (r: RouteDef) => (r.access.kind === "official" ? 1 : 0) + (rateLimitOf(r) ? 1 : 0);

export const routeGroups = groups.map((g) => ({
  stack: g.stack,
  routes: g.routes.map((r): RouteDef => ({ ...r, budget: { ...r.budget, dynamodb: r.budget.dynamodb + wrapperCalls(r) } })),
}));

export const routes: readonly RouteDef[] = routeGroups.flatMap((g) => g.routes);

export function routeById(id: string): RouteDef {
  const found = routes.find((r) => r.id === id);
  if (!found) throw new Error(`unknown route ${id}`);
  return found;
}

/** `GET /competitions/{competitionId}` as API Gateway names a route key. */
export const routeKey = (r: RouteDef) => `${r.method} ${r.path}`;
