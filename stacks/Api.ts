/**
 * The HTTP API, generated from the one route table (routes.ts). API Gateway checks the JWT of the
 * right pool; the handler's middleware checks the official's group again (defence in depth).
 */
import { Api as HttpApi, use, type ApiRouteProps, type Function, type StackContext } from "sst/constructs";
import { cognitoIssuer } from "../packages/core/src/infra/env.js";
import { apiThrottling, type PoolKind } from "../packages/core/src/infra/resources.js";
import { routeKey, routes, type Access } from "../packages/core/src/http/routes.js";
import { Auth } from "./Auth.js";
import { functionEnvironment, statementsFor } from "./runtime.js";
import { retentionName, webOrigin } from "./settings.js";

/** Which pool's authorizer guards a route; public routes have none. */
const poolFor = (access: Access): PoolKind | undefined =>
  access.kind === "citizen" ? "citizens" : access.kind === "official" ? "officials" : undefined;

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

  const routeProps: Record<string, ApiRouteProps<PoolKind>> = {};
  for (const route of routes) {
    routeProps[routeKey(route)] = {
      authorizer: poolFor(route.access) ?? "none",
      function: { handler: route.handler, permissions: statementsFor(route.budget, stack, app) },
    };
  }

  const api = new HttpApi(stack, "Api", {
    authorizers: { citizens: jwt("citizens"), officials: jwt("officials") },
    routes: routeProps,
    cors: {
      allowOrigins: [webOrigin(app.stage)],
      allowMethods: [...new Set(routes.map((r) => r.method))],
      allowHeaders: ["authorization", "content-type"],
      maxAge: "1 day",
    },
    defaults: { throttle: { burst: apiThrottling.burstLimit, rate: apiThrottling.rateLimit } },
    accessLog: { retention: retentionName() },
  });

  const functions: Record<string, Function> = {};
  for (const route of routes) functions[route.id] = api.getFunction(routeKey(route))!;

  stack.addOutputs({ ApiUrl: api.url });
  return { api, functions };
}
