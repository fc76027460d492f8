/** Foundation: health, directory, competitions, the citizen's profile, officials and admin. */
import { citizen, officials, publicAccess, route, type RouteDef } from "../route-def.js";

export const foundationRoutes: readonly RouteDef[] = [
  route("health.get", "GET", "/health", publicAccess, { dynamodb: 0 }, "liveness"),

  // Directory and competitions, readable by everyone.
  route("stateBodies.list", "GET", "/state-bodies", publicAccess, { dynamodb: 1 }, "state bodies and their units"),
  route("competitions.list", "GET", "/competitions", publicAccess, { dynamodb: 1 }, "announced competitions with their vacancies"),
  route("competitions.get", "GET", "/competitions/{competitionId}", publicAccess, { dynamodb: 1 }, "one competition with its vacancies"),

  // The signed-in citizen.
  route("me.get", "GET", "/me", citizen, { dynamodb: 0 }, "the citizen's own profile from the token"),
  route("me.requests", "GET", "/me/requests", citizen, { dynamodb: 1 }, "My requests: every request of every service"),

  // Officials.
  route("officials.me", "GET", "/officials/me", officials("admin", "it-officer", "legal-officer", "selection-officer", "hr-officer"), { dynamodb: 0 }, "the official's own profile from the token"),

  // Commission admin.
  route("admin.stateBodies.put", "PUT", "/admin/state-bodies/{bodyId}", officials("admin"), { dynamodb: 2 }, "create or update a state body and its units"),
  route("admin.competitions.announce", "POST", "/admin/competitions", officials("admin"), { dynamodb: 3, sfn: 3 }, "announce a competition: opens the 30-day window, arms its closing, the draft reminder and the reserve's vacancy e-mails"),
  route("admin.officials.list", "GET", "/admin/officials", officials("admin"), { dynamodb: 0, cognito: 6 }, "officials' accounts"),
  route("admin.officials.create", "POST", "/admin/officials", officials("admin"), { dynamodb: 2, cognito: 3, ses: 1 }, "issue an official's account and e-mail the sign-in details"),
  route("admin.officials.reset", "POST", "/admin/officials/{username}/reset", officials("admin"), { dynamodb: 2, cognito: 2, ses: 1 }, "reset an official's password"),
  route("admin.officials.disable", "POST", "/admin/officials/{username}/disable", officials("admin"), { dynamodb: 1, cognito: 2 }, "disable an official's account"),
  route("admin.officials.enable", "POST", "/admin/officials/{username}/enable", officials("admin"), { dynamodb: 1, cognito: 2 }, "enable an official's account"),
  route("admin.holidays.get", "GET", "/admin/holidays/{year}", officials("admin"), { dynamodb: 1 }, "the public-holiday calendar of a year"),
  route("admin.holidays.put", "PUT", "/admin/holidays/{year}", officials("admin"), { dynamodb: 1 }, "replace the public-holiday calendar of a year"),
];
