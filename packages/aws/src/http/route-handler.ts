import middy from "@middy/core";
import httpHeaderNormalizer from "@middy/http-header-normalizer";
import httpJsonBodyParser from "@middy/http-json-body-parser";
import httpSecurityHeaders from "@middy/http-security-headers";
import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import { AppError, ConditionFailed, errors, principalFromClaims, routeById, type Principal, type RouteDef } from "@exidmet/core";
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from "aws-lambda";
import { logger } from "./logger.js";

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
        const idempotencyKey = event.headers?.["idempotency-key"];
        if (idempotencyKey !== undefined && !/^[A-Za-z0-9_-]{8,64}$/.test(idempotencyKey)) {
          throw errors.badRequest("invalid_idempotency_key", { az: "Idempotency-Key başlığı 8–64 simvol olmalıdır.", en: "The Idempotency-Key header must be 8–64 characters." });
        }
        const result = await fn(
          {
            principal,
            body: hasBody ? event.body : undefined,
            query: event.queryStringParameters ?? {},
            params: event.pathParameters ?? {},
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
