/**
 * Services 2 and 4: competition and interview results, and the reserve list.
 *
 * Who (SPEC actors; Decision 134-Q): results are recorded by the IT & software sector (regulation 2,
 * 3.4.1: "İnformasiya texnologiyaları və proqram təminatı sektoru tərəfindən icra edilir"); the
 * personnel-selection department reads them (it forms the reserve) and so does the admin. A
 * candidate reads only their own; an HR officer only their own state body's (custom:stateBody).
 * The reserve is kept by the personnel-selection department (service 4) and searched by HR officers
 * of every state body (it serves all of them) and by the two Commission units that control the
 * service (regulation 4, 3.5.2: selection department, IT sector); each search is recorded.
 */
import { citizen, officials, route, type RouteDef } from "../route-def.js";

export const resultRoutes: readonly RouteDef[] = [
  // Service 2 — the Commission's side.
  route("officer.results.list", "GET", "/officer/results", officials("it-officer", "selection-officer", "admin"), { dynamodb: 2 }, "a competition's admitted candidates with their test and interview results, paged"),
  route("officer.results.recordTest", "PUT", "/officer/results/{applicationId}/test", officials("it-officer"), { dynamodb: 6, ses: 1 }, "record a candidate's test result (score, pass mark, date); the candidate is e-mailed"),
  route("officer.results.recordInterview", "PUT", "/officer/results/{applicationId}/interview", officials("it-officer"), { dynamodb: 6, ses: 1 }, "record a candidate's interview result (passed, not passed, absent; date; the board's note)"),
  route("officer.results.import", "POST", "/officer/results/import", officials("it-officer"), { dynamodb: 40 }, "import test or interview results from CSV (≤ 500 rows): all rows valid or nothing written; resumable"),

  // Service 2 — the candidate and the HR officer.
  route("me.results.list", "GET", "/me/results", citizen, { dynamodb: 1 }, "the candidate's own results, every application"),
  route("me.results.get", "GET", "/me/results/{applicationId}", citizen, { dynamodb: 1 }, "one of the candidate's own results"),
  route("hr.results.list", "GET", "/hr/results", officials("hr-officer"), { dynamodb: 2 }, "results of the HR officer's own state body's competitions, filtered and paged (audited)"),
  route("hr.results.export", "GET", "/hr/results.csv", officials("hr-officer"), { dynamodb: 21 }, "the same results as a CSV file (audited)"),

  // Service 4 — the reserve list.
  route("hr.reserve.search", "GET", "/hr/reserve", officials("hr-officer", "selection-officer", "it-officer"), { dynamodb: 5 }, "search the reserve by any fields combined, sorted and paged; the search is recorded"),
  route("officer.reserve.enter", "POST", "/officer/reserve/entries", officials("selection-officer"), { dynamodb: 8, ses: 1 }, "put a candidate who passed the interview (or a person of an earlier competition) into the reserve"),
  route("officer.reserve.leave", "POST", "/officer/reserve/entries/{entryId}/leave", officials("selection-officer"), { dynamodb: 6, ses: 1 }, "record that a person left the reserve (appointed elsewhere, expiry, withdrawal)"),
  route("officer.reserve.appointments", "POST", "/officer/reserve/competitions/{competitionId}/appointments", officials("selection-officer"), { dynamodb: 100 }, "record a competition's appointments: the others who passed the interview enter the reserve"),
  route("officer.reserve.searches", "GET", "/officer/reserve/searches", officials("selection-officer", "it-officer"), { dynamodb: 1 }, "the reserve's search log: who, when, the criteria, how many results"),
  route("me.reserve.list", "GET", "/me/reserve", citizen, { dynamodb: 2 }, "the citizen's own reserve entries"),
  route("me.reserve.consent", "PUT", "/me/reserve/{entryId}/consent", citizen, { dynamodb: 2 }, "turn the e-mails about matching vacancies on or off"),
];
