/**
 * Service 7: complaints about breaches of the rules of ethical conduct. The complainant (any
 * citizen, own complaints only) and the legal sector; nobody else — HR officers of the servant's
 * state body, admins and the other sectors are refused (403) on every route.
 */
import { citizen, officials, route, type RouteDef } from "../route-def.js";

const legal = officials("legal-officer");

export const ethicsRoutes: readonly RouteDef[] = [
  // The complainant.
  route("me.complaints.create", "POST", "/me/complaints", citizen, { dynamodb: 2 }, "start a complaint as a draft (Idempotency-Key: one draft per key)"),
  route("me.complaints.get", "GET", "/me/complaints/{complaintId}", citizen, { dynamodb: 1 }, "the citizen's own complaint: draft, terms, deficiencies, result, history"),
  route("me.complaints.saveDraft", "PUT", "/me/complaints/{complaintId}/draft", citizen, { dynamodb: 3 }, "save the draft (or the corrections after a deficiency notice) as the citizen types"),
  route("me.complaints.submit", "POST", "/me/complaints/{complaintId}/submit", citizen, { dynamodb: 12, ses: 1, sfn: 4 }, "submit or re-apply: numbered, e-mailed at once, the 5-day and article-10 terms armed"),

  // The legal sector.
  route("legal.complaints.list", "GET", "/legal/complaints", legal, { dynamodb: 1 }, "queue of complaints by due date (overdue first), filtered by status, state body, due date; paged"),
  route("legal.complaints.get", "GET", "/legal/complaints/{complaintId}", legal, { dynamodb: 2 }, "one complaint in full with the complainant's identity (audited read)"),
  route("legal.complaints.attachment", "GET", "/legal/complaints/{complaintId}/attachments/{uploadId}", legal, { dynamodb: 2, s3: 1 }, "a short-lived link to one evidence file (audited)"),
  route("legal.complaints.register", "POST", "/legal/complaints/{complaintId}/register", legal, { dynamodb: 7, ses: 1 }, "register for investigation (no deficiencies); e-mailed"),
  route("legal.complaints.deficiency", "POST", "/legal/complaints/{complaintId}/deficiency", legal, { dynamodb: 7, ses: 1 }, "tell the complainant the remediable deficiencies (within 5 days); e-mailed"),
  route("legal.complaints.refuse", "POST", "/legal/complaints/{complaintId}/refuse", legal, { dynamodb: 7, ses: 1 }, "refuse with written reasons; e-mailed"),
  route("legal.complaints.extend", "POST", "/legal/complaints/{complaintId}/extend", legal, { dynamodb: 9, ses: 1, sfn: 2 }, "extend the article-10 term to 30 working days, with notice to the complainant"),
  route("legal.complaints.result", "POST", "/legal/complaints/{complaintId}/result", legal, { dynamodb: 7, ses: 1 }, "record the investigation's result; e-mailed"),
];
