/**
 * Service 5: the request for a seniority certificate, its keys and indexes.
 * Lifecycle: submitted (received; the 5-day deficiency-notice term and article 10's decision term
 * run) → deficient (the citizen corrects and re-applies → submitted again, terms re-armed) →
 * approved (certificate) | refused (reasons). The decision term may be extended to 30 working days.
 */
import type { StoredTerm, TermKind } from "../legal/appeal-terms.js";
import type { StoredRecord } from "../ports/store.js";
import type { RequestSummary } from "../records/history.js";
import type { UploadedFile } from "../uploads/file-types.js";
import type { SeniorityResult } from "./compute.js";
import type { Period } from "./form.js";

export type SeniorityStatus = "submitted" | "deficient" | "approved" | "refused";
/** The terms and their stored form are the same for services 5 and 7: see legal/appeal-terms.ts. */
export type { StoredTerm, TermKind };

export interface PeriodCorrection {
  at: string;
  by: string;
  /** Position in the list (the submitted list before, the corrected one after). */
  index: number;
  before: Period | null;
  after: Period | null;
  note: string;
}

export interface SeniorityRequestRecord extends StoredRecord, RequestSummary {
  type: "SeniorityRequest";
  service: 5;
  status: SeniorityStatus;
  ownerSub: string;
  /** The applicant as they identified themselves (e-mail and ID card checked against the account). */
  applicant: {
    email: string;
    idCard: string;
    fin: string;
    fullName: string;
    /** "account": the FIN is the account's; "typed": the account has none, the citizen typed it (to be checked on the scan). */
    finSource: "account" | "typed";
  };
  periods: Period[];
  scans: UploadedFile[];
  /** The server's own figures of the current periods (never the browser's). */
  computed: SeniorityResult;
  submissions: number;
  requestKey: string;
  receivedAt: string;
  firstReceivedAt: string;
  terms: { deficiencyNotice?: StoredTerm; decision?: StoredTerm & { extended: boolean } };
  /** Set by the timers (a reminder went out, or the term is over); cleared when the terms are re-armed. */
  alerts: Partial<Record<TermKind, "reminded" | "overdue">>;
  deficiencies?: string[];
  refusalReasons?: string[];
  citizenNote?: string;
  corrections: PeriodCorrection[];
  certificate?: { code: string; issuedOn: string };
  decidedBy?: string;
}

export const seniorityKey = (id: string) => ({ pk: `SEN#${id}`, sk: "SEN" });
export const seniorityLink = (id: string) => `/seniority/requests/${id}`;

export type QueuePhase = "open" | "waiting" | "closed";
export const phaseOf = (status: SeniorityStatus): QueuePhase => (status === "submitted" ? "open" : status === "deficient" ? "waiting" : "closed");
export const QUEUE = (phase: QueuePhase) => `SENQ#${phase}`;

/** The term the sector works against now: the deficiency notice first, then the decision. */
export function currentTerm(r: Pick<SeniorityRequestRecord, "status" | "terms" | "alerts">): { kind: TermKind; term: StoredTerm } | undefined {
  if (r.status !== "submitted") return undefined;
  if (r.terms.deficiencyNotice && r.alerts.deficiencyNotice !== "overdue") return { kind: "deficiencyNotice", term: r.terms.deficiencyNotice };
  if (r.terms.decision) return { kind: "decision", term: r.terms.decision };
  return undefined;
}

/** Sets the queue and "My requests" attributes from the record's state: open requests sorted by the decision's due time. */
export function withIndexes(r: SeniorityRequestRecord): SeniorityRequestRecord {
  const { byQueuePk: _p, byQueueSk: _s, dueAt: _d, ...rest } = r;
  const phase = phaseOf(r.status);
  const due = r.status === "submitted" ? r.terms.decision?.dueAt : undefined;
  return { ...rest, byQueuePk: QUEUE(phase), byQueueSk: `${due ?? r.updatedAt}#${r.id}`, ...(due ? { dueAt: due } : {}) } as SeniorityRequestRecord;
}
