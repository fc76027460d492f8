/**
 * The one route table. `stacks/` builds the API Gateway routes from it and `packages/local` serves
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
}

const publicAccess: Access = { kind: "public" };
const citizen: Access = { kind: "citizen" };
const officials = (...groups: OfficialGroup[]): Access => ({ kind: "official", groups });

const route = (
  id: string,
  method: HttpMethod,
  path: string,
  access: Access,
  budget: AwsCallBudget,
  summary: string,
): RouteDef => ({ id, method, path, access, budget, summary, handler: `functions/${id.replace(/\./g, "/")}.handler` });

export const routes: readonly RouteDef[] = [
  route("health.get", "GET", "/health", publicAccess, { dynamodb: 0 }, "liveness"),

  // Directory and competitions, readable by everyone.
  route("stateBodies.list", "GET", "/state-bodies", publicAccess, { dynamodb: 1 }, "state bodies and their units"),
  route("competitions.list", "GET", "/competitions", publicAccess, { dynamodb: 1 }, "announced competitions with their vacancies"),
  route("competitions.get", "GET", "/competitions/{competitionId}", publicAccess, { dynamodb: 1 }, "one competition with its vacancies"),

  // The signed-in citizen.
  route("me.get", "GET", "/me", citizen, { dynamodb: 0 }, "the citizen's own profile from the token"),
  route("me.requests", "GET", "/me/requests", citizen, { dynamodb: 1 }, "My requests: every request of every service"),

  // Service 1: applications to competitions — the citizen's side.
  route("me.applications.get", "GET", "/me/applications/{vacancyId}", citizen, { dynamodb: 2 }, "the citizen's application (or draft) for a vacancy, with the vacancy's part 8"),
  route("me.applications.saveDraft", "PUT", "/me/applications/{vacancyId}/draft", citizen, { dynamodb: 3 }, "save the draft as the citizen types"),
  route("me.applications.submit", "POST", "/me/applications/{vacancyId}/submit", citizen, { dynamodb: 8, ses: 2 }, "submit the application: registered, examined, e-mailed"),

  // Service 1 — the IT-sector officer's side.
  route("officer.applications.list", "GET", "/officer/applications", officials("it-officer", "admin"), { dynamodb: 1 }, "queue of applications of a competition, filtered and paged"),
  route("officer.applications.get", "GET", "/officer/applications/{applicationId}", officials("it-officer", "admin"), { dynamodb: 2 }, "one application in full (audited read)"),
  route("officer.applications.admit", "POST", "/officer/applications/{applicationId}/admit", officials("it-officer"), { dynamodb: 6, ses: 1 }, "admit to the test stage with a candidate code"),
  route("officer.applications.refuse", "POST", "/officer/applications/{applicationId}/refuse", officials("it-officer"), { dynamodb: 6, ses: 1 }, "refuse with written reasons"),
  route("officer.applications.exclude", "POST", "/officer/applications/{applicationId}/exclude", officials("it-officer"), { dynamodb: 6, ses: 1 }, "exclude a candidate who knowingly gave false data (note 8)"),
  route("officer.applications.admittedCsv", "GET", "/officer/competitions/{competitionId}/admitted.csv", officials("it-officer", "admin"), { dynamodb: 2 }, "admitted candidates per vacancy for the test stage (CSV)"),

  // Officials.
  route("officials.me", "GET", "/officials/me", officials("admin", "it-officer", "legal-officer", "selection-officer", "hr-officer"), { dynamodb: 0 }, "the official's own profile from the token"),

  // Commission admin.
  route("admin.stateBodies.put", "PUT", "/admin/state-bodies/{bodyId}", officials("admin"), { dynamodb: 2 }, "create or update a state body and its units"),
  route("admin.competitions.announce", "POST", "/admin/competitions", officials("admin"), { dynamodb: 3, sfn: 1 }, "announce a competition: opens the 30-day window and arms its closing"),
  route("admin.officials.list", "GET", "/admin/officials", officials("admin"), { dynamodb: 0, cognito: 6 }, "officials' accounts"),
  route("admin.officials.create", "POST", "/admin/officials", officials("admin"), { dynamodb: 2, cognito: 3, ses: 1 }, "issue an official's account and e-mail the sign-in details"),
  route("admin.officials.reset", "POST", "/admin/officials/{username}/reset", officials("admin"), { dynamodb: 2, cognito: 2, ses: 1 }, "reset an official's password"),
  route("admin.officials.disable", "POST", "/admin/officials/{username}/disable", officials("admin"), { dynamodb: 1, cognito: 2 }, "disable an official's account"),
  route("admin.officials.enable", "POST", "/admin/officials/{username}/enable", officials("admin"), { dynamodb: 1, cognito: 2 }, "enable an official's account"),
  route("admin.holidays.get", "GET", "/admin/holidays/{year}", officials("admin"), { dynamodb: 1 }, "the public-holiday calendar of a year"),
  route("admin.holidays.put", "PUT", "/admin/holidays/{year}", officials("admin"), { dynamodb: 1 }, "replace the public-holiday calendar of a year"),
];

export function routeById(id: string): RouteDef {
  const found = routes.find((r) => r.id === id);
  if (!found) throw new Error(`unknown route ${id}`);
  return found;
}

/** `GET /competitions/{competitionId}` as API Gateway names a route key. */
export const routeKey = (r: RouteDef) => `${r.method} ${r.path}`;
