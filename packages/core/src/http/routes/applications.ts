/** Service 1: applications to civil-service competitions. */
import { citizen, officials, route, type RouteDef } from "../route-def.js";

export const applicationRoutes: readonly RouteDef[] = [
  // Service 1: applications to competitions — the citizen's side.
  route("me.applications.get", "GET", "/me/applications/{vacancyId}", citizen, { dynamodb: 2 }, "the citizen's application (or draft) for a vacancy, with the vacancy's part 8"),
  route("me.applications.saveDraft", "PUT", "/me/applications/{vacancyId}/draft", citizen, { dynamodb: 3 }, "save the draft as the citizen types"),
  route("me.applications.submit", "POST", "/me/applications/{vacancyId}/submit", citizen, { dynamodb: 9, ses: 2 }, "submit the application: registered, examined, e-mailed"),

  // Service 1 — the IT-sector officer's side.
  route("officer.applications.list", "GET", "/officer/applications", officials("it-officer", "admin"), { dynamodb: 1 }, "queue of applications of a competition, filtered and paged"),
  route("officer.applications.get", "GET", "/officer/applications/{applicationId}", officials("it-officer", "admin"), { dynamodb: 2 }, "one application in full (audited read)"),
  route("officer.applications.admit", "POST", "/officer/applications/{applicationId}/admit", officials("it-officer"), { dynamodb: 6, ses: 1 }, "admit to the test stage with a candidate code"),
  route("officer.applications.refuse", "POST", "/officer/applications/{applicationId}/refuse", officials("it-officer"), { dynamodb: 6, ses: 1 }, "refuse with written reasons"),
  route("officer.applications.exclude", "POST", "/officer/applications/{applicationId}/exclude", officials("it-officer"), { dynamodb: 6, ses: 1 }, "exclude a candidate who knowingly gave false data (note 8)"),
  route("officer.applications.admittedCsv", "GET", "/officer/competitions/{competitionId}/admitted.csv", officials("it-officer", "admin"), { dynamodb: 2 }, "admitted candidates per vacancy for the test stage (CSV)"),
];
