/**
 * Builds the API Gateway HTTP API payload v2.0 event and turns a handler's result into an HTTP
 * response, following API Gateway's rules (see the "Lambda proxy integrations for HTTP APIs" page).
 */
import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { LOCAL_ACCOUNT } from "../env.js";

/** Bodies API Gateway passes as text; everything else (and no content-type) arrives base64-encoded. */
const TEXT_TYPES = /^(text\/|application\/(json|xml|javascript|x-javascript)\b|application\/[^;]*\+(json|xml)\b)/i;

export const apiRequestId = () => randomBytes(10).toString("base64");

function clfTime(d: Date): string {
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(d.getUTCDate())}/${months[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

export interface EventInput {
  req: IncomingMessage;
  routeKey: string;
  rawPath: string;
  rawQueryString: string;
  pathParameters: Record<string, string>;
  body: Buffer;
  requestId: string;
  claims?: Record<string, string>;
  scopes?: string[];
}

export function buildEvent(input: EventInput): APIGatewayProxyEventV2WithJWTAuthorizer {
  const { req } = input;
  const now = new Date();
  const headers: Record<string, string> = {};
  let cookies: string[] | undefined;
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (name === "cookie") {
      cookies = String(value).split(/;\s*/).filter(Boolean);
      continue;
    }
    headers[name] = Array.isArray(value) ? value.join(",") : value;
  }
  headers["x-forwarded-for"] ??= req.socket.remoteAddress ?? "127.0.0.1";
  headers["x-forwarded-proto"] ??= "http";
  headers["x-forwarded-port"] ??= String(req.socket.localPort ?? "");

  const query = new URLSearchParams(input.rawQueryString);
  const queryStringParameters: Record<string, string> = {};
  for (const key of new Set(query.keys())) queryStringParameters[key] = query.getAll(key).join(",");

  const contentType = headers["content-type"] ?? "";
  const isText = TEXT_TYPES.test(contentType);
  const hasBody = input.body.length > 0;
  const host = headers.host ?? "localhost";

  const event = {
    version: "2.0",
    routeKey: input.routeKey,
    rawPath: input.rawPath,
    rawQueryString: input.rawQueryString,
    ...(cookies ? { cookies } : {}),
    headers,
    ...(Object.keys(queryStringParameters).length ? { queryStringParameters } : {}),
    requestContext: {
      accountId: LOCAL_ACCOUNT,
      apiId: "local",
      ...(input.claims ? { authorizer: { principalId: "", integrationLatency: 0, jwt: { claims: input.claims, scopes: input.scopes ?? [] } } } : {}),
      domainName: host,
      domainPrefix: host.split(".")[0]!.split(":")[0]!,
      http: {
        method: req.method ?? "GET",
        path: input.rawPath,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: (req.socket.remoteAddress ?? "127.0.0.1").replace(/^::ffff:/, ""),
        userAgent: headers["user-agent"] ?? "",
      },
      requestId: input.requestId,
      routeKey: input.routeKey,
      stage: "$default",
      time: clfTime(now),
      timeEpoch: now.getTime(),
    },
    ...(Object.keys(input.pathParameters).length ? { pathParameters: input.pathParameters } : {}),
    ...(hasBody ? { body: isText ? input.body.toString("utf8") : input.body.toString("base64") } : {}),
    isBase64Encoded: hasBody && !isText,
  };
  return event as APIGatewayProxyEventV2WithJWTAuthorizer;
}

export interface HttpResult {
  statusCode: number;
  headers: Record<string, string>;
  cookies: string[];
  body: Buffer;
}

export class InvalidLambdaResponse extends Error {
  override name = "InvalidLambdaResponse";
}

/** API Gateway's v2 rules: an object with `statusCode` is a response; anything else becomes a 200 JSON body. */
export function toHttpResult(result: unknown): HttpResult {
  if (result !== null && typeof result === "object" && "statusCode" in result) {
    const r = result as APIGatewayProxyStructuredResultV2;
    if (typeof r.statusCode !== "number" || !Number.isInteger(r.statusCode) || r.statusCode < 100 || r.statusCode > 599) {
      throw new InvalidLambdaResponse(`statusCode ${String(r.statusCode)} is not an HTTP status`);
    }
    if (r.body !== undefined && typeof r.body !== "string") throw new InvalidLambdaResponse("body must be a string");
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(r.headers ?? {})) headers[k.toLowerCase()] = String(v);
    const body = r.body === undefined ? Buffer.alloc(0) : r.isBase64Encoded ? Buffer.from(r.body, "base64") : Buffer.from(r.body, "utf8");
    return { statusCode: r.statusCode, headers, cookies: r.cookies ?? [], body };
  }
  const text = typeof result === "string" ? result : JSON.stringify(result ?? null);
  return { statusCode: 200, headers: { "content-type": "application/json" }, cookies: [], body: Buffer.from(text, "utf8") };
}
