import middy from "@middy/core";
import httpHeaderNormalizer from "@middy/http-header-normalizer";
import httpJsonBodyParser from "@middy/http-json-body-parser";
import httpSecurityHeaders from "@middy/http-security-headers";
import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
// Deep imports: the core's index would pull every area's schemas into every function's bundle.
import { AppError, errors } from "@exidmet/core/errors";
import { routeById, type RouteDef } from "@exidmet/core/http/routes";
import { ConditionFailed } from "@exidmet/core/ports/store";
import { principalFromClaims, type Principal } from "@exidmet/core/principal";
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from "aws-lambda";
import { rateLimitOf, rateLimitSubject } from "@exidmet/core/rate-limits/limits";
import { logger } from "./logger.js";
import { officialRevoked } from "./official-status.js";
import { rateLimiter } from "./rate-limiter.js";

export type HttpEvent = APIGatewayProxyEventV2WithJWTAuthorizer;
export type CitizenPrincipal = Extract<Principal, { kind: "citizen" }>;
export type OfficialPrincipal = Extract<Principal, { kind: "official" }>;

export interface HttpRequest {
  principal: Principal;
  body: unknown;
  query: Record<string, string | undefined>;
  params: Record<string, string | undefined>;
  headers: Record<string, string | undefined>;
  /** `Idempotency-Key` header: a retried or doubled write returns the first result. */
  idempotencyKey?: string;
  requestId: string;
}

export interface HttpResult {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A non-JSON body (CSV, PDF). */
  raw?: { body: string; contentType: string; base64?: boolean };
}

export const MAX_BODY_BYTES = 256 * 1024;
/** Deepest JSON nesting any route accepts (DynamoDB stores at most 32 levels; no form needs more than a few). */
export const MAX_BODY_DEPTH = 16;
/** Longest path parameter and query value: ids, codes and filters are short; anything longer is an attack or a mistake. */
export const MAX_PARAM_CHARS = 200;
export const MAX_QUERY_CHARS = 1000;
export const MAX_QUERY_KEYS = 30;
const jsonHeaders = { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" };

/** Narrowing helpers: the access middleware has already checked the kind. */
export const citizenOf = (req: HttpRequest) => req.principal as CitizenPrincipal;
export const officialOf = (req: HttpRequest) => req.principal as OfficialPrincipal;

function isAllowed(route: RouteDef, principal: Principal): boolean {
  switch (route.access.kind) {
    case "public":
      return true;
    case "citizen":
      return principal.kind === "citizen" && !!principal.sub;
    case "official":
      return principal.kind === "official" && principal.groups.some((g) => (route.access as { groups: readonly string[] }).groups.includes(g));
  }
}

const bilingualBad = (code: string, az: string, en: string, path: string) =>
  new AppError(400, code, { az, en }, [{ path, code, az, en }]);

/**
 * One pass over a parsed JSON body, without recursion (a hostile body must not blow the stack):
 * its nesting depth, and the first value no route can mean — a number DynamoDB cannot store
 * exactly (beyond 2^53, or below 1e-100), an empty or overlong field name.
 */
export function inspectBody(value: unknown): { depth: number; problem?: { path: string; what: "number" | "fieldName" } } {
  let depth = 0;
  const stack: [unknown, number, string][] = [[value, 0, ""]];
  while (stack.length) {
    const [v, d, path] = stack.pop()!;
    if (typeof v === "number") {
      if (!Number.isFinite(v) || Math.abs(v) > Number.MAX_SAFE_INTEGER || (v !== 0 && Math.abs(v) < 1e-100)) return { depth, problem: { path: path || "body", what: "number" } };
      continue;
    }
    if (v === null || typeof v !== "object") continue;
    if (d + 1 > depth) depth = d + 1;
    if (depth > MAX_BODY_DEPTH) return { depth };
    if (Array.isArray(v)) v.forEach((child, i) => stack.push([child, d + 1, path ? `${path}.${i}` : String(i)]));
    else
      for (const [key, child] of Object.entries(v)) {
        if (key.length === 0 || key.length > 100 || badChars.test(key)) return { depth, problem: { path: path || "body", what: "fieldName" } };
        stack.push([child, d + 1, path ? `${path}.${key}` : key]);
      }
  }
  return { depth };
}

// Control characters (C0 except tab, DEL, C1) and unpaired surrogates: never part of an id, code or filter.
const badChars = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The cross-cutting input limits every route gets before its own schema: sizes, depth, control characters. */
export function checkInputLimits(input: { params: Record<string, string | undefined>; query: Record<string, string | undefined>; body: unknown }): void {
  for (const [name, value] of Object.entries(input.params)) {
    if (value === undefined) continue;
    if (value.length === 0 || value.length > MAX_PARAM_CHARS || badChars.test(value)) {
      throw bilingualBad("invalid_path_parameter", `Ünvandakı "${name}" dəyəri yanlışdır.`, `The "${name}" value in the address is not valid.`, name);
    }
  }
  const keys = Object.keys(input.query);
  if (keys.length > MAX_QUERY_KEYS) throw bilingualBad("too_many_query_parameters", "Sorğuda çox sayda parametr var.", "The request has too many query parameters.", "query");
  for (const name of keys) {
    const value = input.query[name] ?? "";
    if (name.length > 64 || value.length > MAX_QUERY_CHARS || badChars.test(name) || badChars.test(value)) {
      const label = name.length > 64 || badChars.test(name) ? "query" : name;
      throw bilingualBad("invalid_query_parameter", `"${label}" sorğu parametri yanlışdır.`, `The "${label}" query parameter is not valid.`, label);
    }
  }
  if (input.body === null || typeof input.body !== "object") return;
  const { depth, problem } = inspectBody(input.body);
  if (depth > MAX_BODY_DEPTH) {
    throw bilingualBad("body_too_deep", `Sorğunun məzmunu çox dərin iç-içədir (ən çox ${MAX_BODY_DEPTH} səviyyə).`, `The request body is nested too deeply (at most ${MAX_BODY_DEPTH} levels).`, "body");
  }
  if (problem?.what === "number") throw bilingualBad("invalid_number", "Rəqəm icazə verilən hədlərdən kənardadır.", "A number is outside the allowed range.", problem.path);
  if (problem?.what === "fieldName") throw bilingualBad("invalid_field_name", "Sahənin adı yanlışdır.", "A field name is empty, too long or contains control characters.", problem.path);
}

/** AWS SDK errors that mean "a dependency is down or overloaded": answer 503 and ask to retry. */
function isTransient(err: unknown): boolean {
  const e = err as { name?: string; code?: string; $metadata?: unknown; $retryable?: unknown };
  const name = e?.name ?? "";
  return (
    ["TimeoutError", "ECONNREFUSED", "ECONNRESET", "EPIPE", "ProvisionedThroughputExceededException", "ThrottlingException", "RequestLimitExceeded", "ServiceUnavailable", "InternalServerError", "TransactionConflictException", "TooManyRequestsException"].includes(name) ||
    ["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE"].includes(e?.code ?? "") ||
    /ECONNREFUSED|socket hang up|timed out/i.test(String((err as Error)?.message ?? ""))
  );
}

export function toErrorResult(err: unknown, route: RouteDef): APIGatewayProxyStructuredResultV2 {
  let appError: AppError;
  const status = (err as { statusCode?: number }).statusCode;
  if (err instanceof AppError) appError = err;
  else if (err instanceof ConditionFailed)
    appError = errors.conflict("concurrent_change", { az: "Məlumat eyni vaxtda dəyişdirildi. Yenidən cəhd edin.", en: "The record changed at the same time. Try again." });
  else if (status === 415)
    appError = new AppError(415, "unsupported_media_type", { az: "Sorğu JSON formatında göndərilməlidir.", en: "The request body must be JSON (Content-Type: application/json)." });
  else if (status === 422 || status === 400)
    appError = errors.badRequest("invalid_json", { az: "Sorğunun məzmunu düzgün JSON deyil.", en: "The request body is not valid JSON." });
  else if (isTransient(err)) {
    logger.warn("dependency unavailable", { route: route.id, error: (err as Error).name });
    appError = errors.unavailable();
  } else {
    logger.error("unhandled error", { route: route.id, error: (err as Error).name, message: (err as Error).message?.slice(0, 200) });
    appError = new AppError(500, "internal_error", { az: "Gözlənilməz xəta baş verdi. Bir azdan yenidən cəhd edin.", en: "An unexpected error occurred. Try again shortly." });
  }
  return { statusCode: appError.status, headers: { ...jsonHeaders, ...(appError.headers ?? {}) }, body: JSON.stringify(appError.toBody()) };
}

/**
 * Wraps a thin route handler: normalises headers, parses JSON, derives the caller from the
 * verified JWT claims and enforces the route's access (again, after API Gateway), maps every
 * error to a bilingual JSON body, and never logs the event.
 */
export function httpRoute(routeId: string, fn: (req: HttpRequest, context: Context) => Promise<HttpResult>) {
  const route = routeById(routeId);
  const hasBody = ["POST", "PUT", "PATCH"].includes(route.method);
  const jsonParser = httpJsonBodyParser();
  const issuers = { citizens: process.env.CITIZENS_ISSUER ?? "", officials: process.env.OFFICIALS_ISSUER ?? "" };

  return middy<HttpEvent, APIGatewayProxyStructuredResultV2>()
    .use(injectLambdaContext(logger, { logEvent: false, resetKeys: true }))
    .use(httpHeaderNormalizer())
    .use({
      before: async (request) => {
        const event = request.event;
        if (!hasBody) return;
        const raw = event.body ?? "";
        const size = event.isBase64Encoded ? Math.floor((raw.length * 3) / 4) : Buffer.byteLength(raw);
        if (size > MAX_BODY_BYTES) {
          throw new AppError(413, "payload_too_large", { az: "Sorğunun həcmi çox böyükdür.", en: "The request body is too large." });
        }
        if (raw === "") return; // no body: the schema names what is missing
        await jsonParser.before!(request as never);
      },
    })
    .use(httpSecurityHeaders())
    .handler(async (event, context) => {
      try {
        const principal = principalFromClaims(event.requestContext?.authorizer?.jwt?.claims as Record<string, unknown> | undefined, issuers);
        if (route.access.kind !== "public" && principal.kind === "anonymous") throw errors.unauthorized();
        if (!isAllowed(route, principal)) throw errors.forbidden();
        logger.appendKeys({ route: route.id, caller: principal.kind });
        if (principal.kind === "official") {
          const iat = Number(event.requestContext?.authorizer?.jwt?.claims?.iat);
          if (await officialRevoked(principal.username, Number.isFinite(iat) ? iat : undefined)) {
            throw new AppError(401, "token_revoked", { az: "Hesabınız deaktiv edilib və ya dəyişdirilib. Yenidən daxil olun.", en: "Your account was disabled or changed. Sign in again." });
          }
        }
        const params = event.pathParameters ?? {};
        const query = event.queryStringParameters ?? {};
        checkInputLimits({ params, query, body: hasBody ? event.body : undefined });
        const limit = rateLimitOf(route);
        const subject = limit ? rateLimitSubject(principal) : undefined;
        if (limit && subject) {
          const verdict = await rateLimiter().hit(route.id, subject, limit, new Date());
          if (!verdict.allowed) throw errors.tooMany(verdict.retryAfterSeconds);
        }
        const idempotencyKey = event.headers?.["idempotency-key"];
        if (idempotencyKey !== undefined && !/^[A-Za-z0-9_-]{8,64}$/.test(idempotencyKey)) {
          throw errors.badRequest("invalid_idempotency_key", { az: "Idempotency-Key başlığı 8–64 simvol olmalıdır.", en: "The Idempotency-Key header must be 8–64 characters." });
        }
        const result = await fn(
          {
            principal,
            body: hasBody ? event.body : undefined,
            query,
            params,
            headers: event.headers ?? {},
            idempotencyKey,
            requestId: event.requestContext?.requestId ?? context.awsRequestId,
          },
          context,
        );
        if (result.raw) {
          return { statusCode: result.status ?? 200, headers: { "content-type": result.raw.contentType, "cache-control": "no-store", ...(result.headers ?? {}) }, body: result.raw.body, isBase64Encoded: !!result.raw.base64 };
        }
        return {
          statusCode: result.status ?? 200,
          headers: { ...jsonHeaders, ...(result.headers ?? {}) },
          body: result.body === undefined ? "" : JSON.stringify(result.body),
        };
      } catch (err) {
        return toErrorResult(err, route);
      }
    })
    .onError(async (request) => {
      // Errors thrown by middlewares before the handler (body size, JSON parsing).
      request.response = toErrorResult(request.error, route);
    });
}
