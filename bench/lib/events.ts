/** API Gateway (HTTP API, payload 2.0) events as the gateway builds them, for calling handlers directly. */
import type { RouteDef } from "../../packages/core/src/http/routes.js";

export interface EventIdentity {
  citizensIssuer: string;
  officialsIssuer: string;
}

/** Claims of a caller the route admits: a demo citizen, or an official of the route's first group. */
export function claimsFor(route: RouteDef, ids: EventIdentity): Record<string, string> | undefined {
  const now = Math.floor(Date.now() / 1000);
  if (route.access.kind === "public") return undefined;
  if (route.access.kind === "citizen")
    return { iss: ids.citizensIssuer, sub: "b0000000-0000-4000-8000-00000000c01d", email: "cold@bench.exidmet.local", "custom:idCard": "AA1999999", token_use: "id", exp: String(now + 3600) };
  const group = route.access.groups[0];
  return {
    iss: ids.officialsIssuer,
    sub: "b0000000-0000-4000-8000-0000000off1c",
    "cognito:username": "bench.official",
    email: "bench.official@bench.exidmet.local",
    "cognito:groups": `[${group}]`,
    ...(group === "hr-officer" ? { "custom:stateBody": "taxes" } : {}),
    token_use: "id",
    exp: String(now + 3600),
  };
}

/** `/competitions/{competitionId}` with the given (or placeholder) values. */
export function fillPath(path: string, params: Record<string, string>): { rawPath: string; pathParameters: Record<string, string> } {
  const pathParameters: Record<string, string> = {};
  const rawPath = path.replace(/\{([^}+]+)\+?\}/g, (_, name: string) => {
    const value = params[name] ?? "bench-none";
    pathParameters[name] = value;
    return encodeURIComponent(value);
  });
  return { rawPath, pathParameters };
}

export function httpEvent(route: RouteDef, ids: EventIdentity, params: Record<string, string> = {}, body?: unknown, query?: Record<string, string>) {
  const { rawPath, pathParameters } = fillPath(route.path, params);
  const claims = claimsFor(route, ids);
  const now = new Date();
  const routeKey = `${route.method} ${route.path}`;
  const hasBody = ["POST", "PUT", "PATCH"].includes(route.method);
  return {
    version: "2.0",
    routeKey,
    rawPath,
    rawQueryString: query ? new URLSearchParams(query).toString() : "",
    headers: { host: "localhost", "content-type": "application/json", "user-agent": "bench", "x-forwarded-for": "127.0.0.1", "x-forwarded-proto": "http" },
    ...(query ? { queryStringParameters: query } : {}),
    requestContext: {
      accountId: "000000000000",
      apiId: "local",
      ...(claims ? { authorizer: { principalId: "", integrationLatency: 0, jwt: { claims, scopes: [] } } } : {}),
      domainName: "localhost",
      domainPrefix: "localhost",
      http: { method: route.method, path: rawPath, protocol: "HTTP/1.1", sourceIp: "127.0.0.1", userAgent: "bench" },
      requestId: "bench-request",
      routeKey,
      stage: "$default",
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    ...(Object.keys(pathParameters).length ? { pathParameters } : {}),
    ...(hasBody ? { body: JSON.stringify(body ?? {}) } : {}),
    isBase64Encoded: false,
  };
}

export const lambdaContext = (name: string) => ({
  functionName: name,
  functionVersion: "$LATEST",
  invokedFunctionArn: `arn:aws:lambda:eu-central-1:000000000000:function:${name}`,
  memoryLimitInMB: "512",
  awsRequestId: "bench-request",
  logGroupName: `/aws/lambda/${name}`,
  logStreamName: "bench",
  callbackWaitsForEmptyEventLoop: true,
  getRemainingTimeInMillis: () => 10_000,
  done() {},
  fail() {},
  succeed() {},
});
