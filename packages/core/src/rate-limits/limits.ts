/**
 * Per-user rate limits of the write routes that cost the most (submissions, test starts, uploads):
 * a fixed one-minute window per user and route, counted in the one table (a counter item with a
 * TTL, incremented with a condition). Declared on the route (`rateLimit` in route-def.ts) or, for
 * routes whose file does not set it, here by id; citizen routes named like a submission or a start
 * get a default, so a new service's submit route is limited without anyone remembering to.
 * No AWS imports: the DynamoDB counter lives in packages/aws/src/http/rate-limiter.ts.
 */
import type { Principal } from "../principal.js";
import type { RouteDef } from "../http/route-def.js";

export interface RateLimit {
  /** Requests one user may make to this route within one minute. */
  perMinute: number;
}

export const WINDOW_SECONDS = 60;

/** Route ids limited here because their route file does not say it (one place, read by the wrapper). */
export const rateLimitsById: Readonly<Record<string, RateLimit>> = {
  "me.applications.submit": { perMinute: 30 },
  "me.uploads.start": { perMinute: 30 },
};

/** Citizen POSTs whose id ends like these are submissions or starts: limited unless the route says otherwise. */
const defaultLimited = /\.(submit|start|begin|file|complain|complaint|apply)$/;
export const defaultSubmissionLimit: RateLimit = { perMinute: 10 };

export type LimitedRoute = Pick<RouteDef, "id" | "method" | "access"> & { rateLimit?: RateLimit };

export function rateLimitOf(route: LimitedRoute): RateLimit | undefined {
  if (route.rateLimit) return route.rateLimit;
  if (rateLimitsById[route.id]) return rateLimitsById[route.id];
  if (route.access.kind === "citizen" && route.method === "POST" && defaultLimited.test(route.id)) return defaultSubmissionLimit;
  return undefined;
}

/** Who is counted: the user's stable id (`sub`); anonymous callers are not limited here (API Gateway throttles them). */
export function rateLimitSubject(principal: Principal): string | undefined {
  return principal.kind === "anonymous" ? undefined : principal.sub || undefined;
}

export interface WindowCount {
  /** The counter's key: one item per route, user and minute. */
  key: { pk: string; sk: string };
  windowStart: number;
  /** Seconds until the window ends: what Retry-After says when the limit is reached. */
  retryAfterSeconds: number;
  /** Epoch seconds after which DynamoDB's TTL removes the counter. */
  expiresAt: number;
}

export function windowFor(routeId: string, subject: string, now: Date): WindowCount {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const windowStart = nowSeconds - (nowSeconds % WINDOW_SECONDS);
  return {
    key: { pk: `RATE#${routeId}#${subject}`, sk: String(windowStart) },
    windowStart,
    retryAfterSeconds: Math.max(1, windowStart + WINDOW_SECONDS - nowSeconds),
    expiresAt: windowStart + WINDOW_SECONDS * 5,
  };
}

/** Counts one request; says whether it is within the limit. */
export interface RateLimiter {
  hit(routeId: string, subject: string, limit: RateLimit, now: Date): Promise<{ allowed: boolean; retryAfterSeconds: number }>;
}

/** In memory, for unit tests. */
export class MemoryRateLimiter implements RateLimiter {
  private readonly counts = new Map<string, number>();
  async hit(routeId: string, subject: string, limit: RateLimit, now: Date) {
    const w = windowFor(routeId, subject, now);
    const id = `${w.key.pk}|${w.key.sk}`;
    const count = this.counts.get(id) ?? 0;
    if (count >= limit.perMinute) return { allowed: false, retryAfterSeconds: w.retryAfterSeconds };
    this.counts.set(id, count + 1);
    return { allowed: true, retryAfterSeconds: 0 };
  }
}
