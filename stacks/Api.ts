/**
 * The HTTP API, generated from the one route table (routes.ts). API Gateway checks the JWT of the
 * right pool; the handler's middleware checks the official's group again (defence in depth).
 * This stack owns the API, its authorizers and the first route group; each further group of
 * routeGroups gets a stack of its own (apiRouteStacks), which adds its routes to this API.
 */
import { Api as HttpApi, use, type ApiRouteProps, type Function, type Stack, type StackContext } from "sst/constructs";
import type { App } from "sst/constructs";
import { cognitoIssuer } from "../packages/core/src/infra/env.js";
import { apiThrottling, type PoolKind } from "../packages/core/src/infra/resources.js";
import { routeGroups, routeKey, routes, type Access, type RouteDef } from "../packages/core/src/http/routes.js";
import { Auth } from "./Auth.js";
import { functionEnvironment, statementsFor } from "./runtime.js";
import { retentionName, webOrigin } from "./settings.js";

/** Which pool's authorizer guards a route; public routes have none. */
const poolFor = (access: Access): PoolKind | undefined =>
  access.kind === "citizen" ? "citizens" : access.kind === "official" ? "officials" : undefined;

function routeProps(group: readonly RouteDef[], stack: Stack, app: App): Record<string, ApiRouteProps<PoolKind>> {
  const props: Record<string, ApiRouteProps<PoolKind>> = {};
  for (const route of group) {
    props[routeKey(route)] = {
      authorizer: poolFor(route.access) ?? "none",
      function: { handler: route.handler, permissions: statementsFor(route.budget, stack, app) },
    };
  }
  return props;
}

const functionsOf = (api: HttpApi<Record<PoolKind, never>>, group: readonly RouteDef[]) => {
  const functions: Record<string, Function> = {};
  for (const route of group) functions[route.id] = api.getFunction(routeKey(route))!;
  return functions;
};

/** Headers the browser may send: the token, JSON, and the key that makes a retried write safe. */
export const corsAllowedHeaders = ["authorization", "content-type", "idempotency-key"];
/** Headers the browser may read: Retry-After of a 429 (rate limit, throttling) or a 503. */
export const corsExposedHeaders = ["retry-after"];

export function Api({ stack, app }: StackContext) {
  stack.addDefaultFunctionEnv(functionEnvironment(stack, app));
  const pools = use(Auth);

  const jwt = (kind: PoolKind) => ({
    type: "jwt" as const,
    jwt: {
      issuer: cognitoIssuer(stack.region, pools[kind].userPool.userPoolId),
      audience: [pools[kind].client.userPoolClientId],
    },
  });

  const first = routeGroups[0].routes;
  const api = new HttpApi(stack, "Api", {
    authorizers: { citizens: jwt("citizens"), officials: jwt("officials") },
    routes: routeProps(first, stack, app),
    cors: {
      allowOrigins: [webOrigin(app.stage)],
      allowMethods: [...new Set(routes.map((r) => r.method))],
      allowHeaders: corsAllowedHeaders,
      exposeHeaders: corsExposedHeaders,
      maxAge: "1 day",
    },
    defaults: { throttle: { burst: apiThrottling.burstLimit, rate: apiThrottling.rateLimit } },
    accessLog: { retention: retentionName() },
  });

  stack.addOutputs({ ApiUrl: api.url });
  return { api, functions: functionsOf(api as never, first) };
}

/** A stack that deploys one further route group's functions and adds its routes to the API. */
function routeGroupStack(name: string, group: readonly RouteDef[]) {
  const fn = ({ stack, app }: StackContext) => {
    stack.addDefaultFunctionEnv(functionEnvironment(stack, app));
    const { api } = use(Api);
    api.addRoutes(stack, routeProps(group, stack, app));
    return { functions: functionsOf(api as never, group) };
  };
  // SST names a stack after its function.
  Object.defineProperty(fn, "name", { value: name });
  return fn;
}

/** Groups without routes yet get no stack (CloudFormation refuses an empty stack). */
export const apiRouteStacks = routeGroups
  .slice(1)
  .filter((g) => g.routes.length > 0)
  .map((g) => routeGroupStack(g.stack, g.routes));

/** Every API function of every route stack, by route id (for alarms and the dashboard). */
export function useApiFunctions(): Record<string, Function> {
  return Object.assign({}, use(Api).functions, ...apiRouteStacks.map((s) => use(s).functions));
}
