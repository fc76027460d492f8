/**
 * Service 3: the register of civil servants and the 7-day request.
 *
 * Who (Decision 134-Q, regulation 3, and SPEC): Commission admins keep the register (single edits,
 * CSV import); an HR officer reads only their own state body's current and former servants and its
 * statistics (custom:stateBody); a civil servant reads only their own record and its read log; the
 * IT & software sector handles the 7-day requests (3.4.1) and may look a person up while answering.
 * Every other caller is refused (403), and another body's person is "not found" (404).
 */
import { citizen, officials, route, type RouteDef } from "../route-def.js";

const admin = officials("admin");
const hr = officials("hr-officer");
const it = officials("it-officer");

export const registerRoutes: readonly RouteDef[] = [
  // The Commission admin keeps the register.
  route("admin.register.import", "POST", "/admin/register/import", admin, { dynamodb: 80 }, "import register rows from CSV (≤ 300 rows): every bad row reported with line and reason, nothing written; else written in ≤100-item transactions, resumable"),
  route("admin.register.put", "PUT", "/admin/register/people/{fin}", admin, { dynamodb: 4 }, "create or replace one person's record (optimistic version); the change, index items and statistics commit together"),
  route("admin.register.get", "GET", "/admin/register/people/{fin}", officials("admin", "it-officer"), { dynamodb: 3 }, "one person's record with its change history (read logged for the servant)"),

  // The HR officer: only their own state body.
  route("hr.register.search", "GET", "/hr/register/people", hr, { dynamodb: 2 }, "find a current or former servant of the officer's body by FIN or surname (audited)"),
  route("hr.register.get", "GET", "/hr/register/people/{fin}", hr, { dynamodb: 2 }, "one servant's record if they serve or served in the officer's body (read logged for the servant)"),
  route("hr.register.stats", "GET", "/hr/register/statistics", hr, { dynamodb: 3 }, "the body's statistics from counters: headcounts by dimension, joiners and leavers over a period"),

  // The civil servant: only themself.
  route("me.register.get", "GET", "/me/register", citizen, { dynamodb: 2 }, "the caller's own register record (by the account's FIN) and who among officials read it"),
  route("me.register.createRequest", "POST", "/me/register/requests", citizen, { dynamodb: 7, ses: 1, sfn: 2 }, "register a 7-day request (not found / disputed); e-mailed; reminder and overdue timers armed (Idempotency-Key)"),
  route("me.register.getRequest", "GET", "/me/register/requests/{requestId}", citizen, { dynamodb: 1 }, "the caller's own 7-day request with its history and answer"),
  route("me.register.labourBook", "POST", "/me/register/requests/{requestId}/labour-book", citizen, { dynamodb: 8, ses: 1 }, "attach the checked copy of the labour book the officer asked for; e-mailed"),

  // The IT & software sector handles the 7-day requests.
  route("officer.registerRequests.list", "GET", "/officer/register-requests", it, { dynamodb: 1 }, "open requests by due time (overdue first; overdue only on demand) or closed ones, paged"),
  route("officer.registerRequests.get", "GET", "/officer/register-requests/{requestId}", it, { dynamodb: 2 }, "one request in full (audited read)"),
  route("officer.registerRequests.file", "GET", "/officer/register-requests/{requestId}/files/{uploadId}", it, { dynamodb: 2, s3: 1 }, "a short-lived link to one uploaded labour-book file (audited)"),
  route("officer.registerRequests.askLabourBook", "POST", "/officer/register-requests/{requestId}/ask-labour-book", it, { dynamodb: 7, ses: 1 }, "ask the user for a copy of the labour book; e-mailed"),
  route("officer.registerRequests.answer", "POST", "/officer/register-requests/{requestId}/answer", it, { dynamodb: 8, ses: 1 }, "answer (the data) or refuse with the reason; timers cancelled; e-mailed"),
];
