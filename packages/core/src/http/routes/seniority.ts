/** Service 5: the civil-service seniority calculator and its certificates. */
import { citizen, officials, publicAccess, route, type RouteDef } from "../route-def.js";

export const seniorityRoutes: readonly RouteDef[] = [
  // The calculation: public, nothing stored (the browser runs the same function as the citizen types).
  route("seniority.brackets", "GET", "/seniority/brackets", publicAccess, { dynamodb: 1 }, "the seniority-bonus brackets in force today and every version"),
  route("seniority.calculate", "POST", "/seniority/calculate", publicAccess, { dynamodb: 1 }, "compute the seniority and bracket of the given periods (nothing is stored)"),

  // The citizen's request for the certificate.
  route("me.seniority.submit", "POST", "/me/seniority", citizen, { dynamodb: 10, ses: 1, sfn: 4 }, "request the certificate: periods and labour-book scans; registered, terms armed, e-mailed at once"),
  route("me.seniority.get", "GET", "/me/seniority/{requestId}", citizen, { dynamodb: 1 }, "the citizen's own seniority request"),
  route("me.seniority.reapply", "POST", "/me/seniority/{requestId}/reapply", citizen, { dynamodb: 11, ses: 1, sfn: 4 }, "re-apply after a deficiency notice with corrected periods and scans"),

  // The legal sector's queue and decisions (admins may look).
  route("legal.seniority.list", "GET", "/legal/seniority", officials("legal-officer", "admin"), { dynamodb: 1 }, "the legal sector's queue of seniority requests by phase, soonest term first, paged"),
  route("legal.seniority.get", "GET", "/legal/seniority/{requestId}", officials("legal-officer", "admin"), { dynamodb: 2, s3: 20 }, "one request in full with short-lived links to the scans (audited read)"),
  route("legal.seniority.deficiencies", "POST", "/legal/seniority/{requestId}/deficiencies", officials("legal-officer"), { dynamodb: 7, ses: 1 }, "send the citizen the remediable deficiencies (within 5 days)"),
  route("legal.seniority.extend", "POST", "/legal/seniority/{requestId}/extend", officials("legal-officer"), { dynamodb: 8, ses: 1, sfn: 2 }, "extend the decision term to 30 working days, telling the citizen why"),
  route("legal.seniority.approve", "POST", "/legal/seniority/{requestId}/approve", officials("legal-officer"), { dynamodb: 8, s3: 2, ses: 1 }, "approve (possibly with corrected periods): issue the PDF certificate and e-mail it (attached)"),
  route("legal.seniority.refuse", "POST", "/legal/seniority/{requestId}/refuse", officials("legal-officer"), { dynamodb: 7, ses: 1 }, "refuse with reasons"),

  // The brackets as data, versioned by the date they took effect.
  route("admin.seniority.brackets.add", "POST", "/admin/seniority/brackets", officials("admin"), { dynamodb: 1 }, "add a version of the seniority-bonus brackets, in force from a date"),
];
