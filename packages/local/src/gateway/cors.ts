/**
 * CORS as API Gateway's HTTP API CORS configuration applies it: preflights are answered by the
 * gateway itself, allowed origins get the headers on every response, and CORS headers returned
 * by handlers are ignored. Same settings as stacks/Api.ts.
 */
import type { RouteDef } from "@exidmet/core/http/routes";

export interface CorsConfig {
  allowOrigins: string[];
  allowMethods: string[];
  allowHeaders: string[];
  exposeHeaders: string[];
  maxAgeSeconds: number;
}

export function defaultCors(allowOrigins: string[], routes: readonly RouteDef[]): CorsConfig {
  return {
    allowOrigins,
    allowMethods: [...new Set(routes.map((r) => r.method))],
    // Same lists as stacks/Api.ts (corsAllowedHeaders, corsExposedHeaders): the key that makes a
    // retried write safe, and Retry-After so the web app can wait after a 429 or 503.
    allowHeaders: ["authorization", "content-type", "idempotency-key"],
    exposeHeaders: ["retry-after"],
    maxAgeSeconds: 86_400,
  };
}

export function corsHeaders(cors: CorsConfig, origin: string | undefined): Record<string, string> {
  if (!origin || !cors.allowOrigins.includes(origin)) return {};
  return {
    "access-control-allow-origin": origin,
    ...(cors.exposeHeaders.length ? { "access-control-expose-headers": cors.exposeHeaders.join(",") } : {}),
    vary: "origin",
  };
}

export function preflightHeaders(cors: CorsConfig, origin: string | undefined): Record<string, string> {
  if (!origin || !cors.allowOrigins.includes(origin)) return {};
  return {
    "access-control-allow-origin": origin,
    "access-control-allow-methods": cors.allowMethods.join(","),
    "access-control-allow-headers": cors.allowHeaders.join(","),
    "access-control-max-age": String(cors.maxAgeSeconds),
    vary: "origin",
  };
}

export const stripCors = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).filter(([k]) => !k.toLowerCase().startsWith("access-control-")));
