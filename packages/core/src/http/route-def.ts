/**
 * The shape of the route table (see routes.ts). `stacks/` builds the API Gateway routes from it and `packages/local` serves
 * the same routes locally; each handler's middleware checks `access` again (defence in depth).
 */
import type { OfficialGroup } from "../infra/resources.js";

export type Access =
  | { kind: "public" }
  | { kind: "citizen" }
  | { kind: "official"; groups: readonly OfficialGroup[] };

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** How many calls one request may make to each AWS service (checked by the benchmark's counter). */
export interface AwsCallBudget {
  dynamodb: number;
  s3?: number;
  ses?: number;
  cognito?: number;
  sfn?: number;
}

export interface RouteDef {
  id: string;
  method: HttpMethod;
  /** API Gateway syntax: `/competitions/{competitionId}`. */
  path: string;
  /** Handler as SST names it: file path without extension + export. */
  handler: string;
  access: Access;
  budget: AwsCallBudget;
  summary: string;
  /** Per-user limit (requests per minute) enforced by the route wrapper; see rate-limits/limits.ts for defaults. */
  rateLimit?: { perMinute: number };
}

export const publicAccess: Access = { kind: "public" };
export const citizen: Access = { kind: "citizen" };
export const officials = (...groups: OfficialGroup[]): Access => ({ kind: "official", groups });

export const route = (
  id: string,
  method: HttpMethod,
  path: string,
  access: Access,
  budget: AwsCallBudget,
  summary: string,
): RouteDef => ({ id, method, path, access, budget, summary, handler: `functions/${id.replace(/\./g, "/")}.handler` });

