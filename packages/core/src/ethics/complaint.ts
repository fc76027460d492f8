/**
 * Service 7: the complaint record, its keys and indexes, and what each side may see of it.
 * The complainant's identity is only in the owner's view and the legal sector's view; no index
 * reaches a state body (no byBody attributes), so the complained-about servant's body never sees it.
 */
import type { Bilingual } from "../errors.js";
import type { StoredTerm, TermKind } from "../legal/appeal-terms.js";
import type { StoredRecord } from "../ports/store.js";
import type { RequestSummary } from "../records/history.js";
import { draftOf } from "../requests/draft.js";
import type { UploadedFile } from "../uploads/file-types.js";
import { type ComplaintForm, type ComplaintStatus, conductRules, OTHER_BODY, type ResultOutcome, resultOutcomes } from "./form.js";

/** The terms and their stored form are the same for services 5 and 7: see legal/appeal-terms.ts. */
export type { StoredTerm, TermKind };

/** The submitted complaint, with the servant's state body name resolved from the directory. */
export type StoredComplaintForm = Omit<ComplaintForm, "servant"> & {
  servant: ComplaintForm["servant"] & { stateBodyName: Bilingual };
};

export interface ComplaintRecord extends StoredRecord, RequestSummary {
  type: "EthicsComplaint";
  service: 7;
  status: ComplaintStatus;
  ownerSub: string;
  ownerEmail: string;
  /** The unsent form as JSON text (see requests/draft.ts). */
  draftJson?: string;
  draftSavedAt?: string;
  form?: StoredComplaintForm;
  attachments: UploadedFile[];
  /** How many times it was submitted (the first submission and every re-application). */
  submissions: number;
  /** When the current submission was received: the terms count from it. */
  receivedAt?: string;
  firstReceivedAt?: string;
  terms: { deficiencyNotice?: StoredTerm; decision?: StoredTerm & { extended: boolean } };
  /** Set by the timers: a reminder went out, or the term is over. Cleared when a term is re-armed. */
  alerts: Partial<Record<TermKind, "reminded" | "overdue">>;
  deficiencies?: string[];
  refusalReasons?: string[];
  result?: { outcome: ResultOutcome; text: string; recordedBy: string; at: string };
  registeredBy?: string;
  decidedBy?: string;
}

export const complaintKey = (id: string) => ({ pk: `ETHICS#${id}`, sk: "COMPLAINT" });
export const complaintLink = (id: string) => `/ethics/complaints/${id}`;

/** The legal sector's work queue: open ones by due time, waiting and closed ones by last change. */
export type QueuePhase = "open" | "waiting" | "closed";
export const phaseOf = (status: ComplaintStatus): QueuePhase | undefined =>
  status === "submitted" || status === "registered" ? "open" : status === "deficient" ? "waiting" : status === "refused" || status === "completed" ? "closed" : undefined;
export const QUEUE = (phase: QueuePhase) => `ETHICSQ#${phase}`;

/** The term the sector works against now: the deficiency notice while received, then the decision. */
export function currentTerm(r: Pick<ComplaintRecord, "status" | "terms">): { kind: TermKind; term: StoredTerm } | undefined {
  if (r.status === "submitted" && r.terms.deficiencyNotice) return { kind: "deficiencyNotice", term: r.terms.deficiencyNotice };
  if ((r.status === "submitted" || r.status === "registered") && r.terms.decision) return { kind: "decision", term: r.terms.decision };
  return undefined;
}

/** Sets (or removes, for drafts) the queue and "My requests" due attributes from the record's state. */
export function withIndexes(r: ComplaintRecord): ComplaintRecord {
  const { byQueuePk: _p, byQueueSk: _s, dueAt: _d, ...rest } = r;
  const phase = phaseOf(r.status);
  if (!phase) return rest as ComplaintRecord;
  const current = currentTerm(r);
  const sortTime = phase === "open" && current ? current.term.dueAt : r.updatedAt;
  const decision = (r.status === "submitted" || r.status === "registered") && r.terms.decision ? { dueAt: r.terms.decision.dueAt } : {};
  return { ...rest, byQueuePk: QUEUE(phase), byQueueSk: `${sortTime}#${r.id}`, ...decision } as ComplaintRecord;
}

export const stateBodyLabel = (f: StoredComplaintForm | undefined): Bilingual =>
  !f ? { az: "", en: "" } : f.servant.stateBodyId === OTHER_BODY ? { az: f.servant.stateBodyOther ?? "", en: f.servant.stateBodyOther ?? "" } : f.servant.stateBodyName;

export const complaintTitle = (f?: StoredComplaintForm): Bilingual => {
  const body = stateBodyLabel(f);
  return {
    az: `Etik davranış qaydalarının pozulması barədə müraciət${body.az ? ` — ${body.az}` : ""}`,
    en: `Complaint about a breach of the rules of ethical conduct${body.en ? ` — ${body.en}` : ""}`,
  };
};

const fileView = (f: UploadedFile) => ({ uploadId: f.uploadId, fileName: f.fileName, contentType: f.contentType, size: f.size });

/** Flags an officer needs: the current term, whether a reminder is due and whether it is over. */
export function termStatus(r: ComplaintRecord, now: Date) {
  const current = currentTerm(r);
  if (!current) return undefined;
  const at = now.toISOString();
  const alert = r.alerts[current.kind];
  return {
    kind: current.kind,
    lastDay: current.term.lastDay,
    dueAt: current.term.dueAt,
    extended: current.kind === "decision" ? !!r.terms.decision?.extended : false,
    overdue: alert === "overdue" || at >= current.term.dueAt,
    dueSoon: alert === "reminded" || at >= current.term.remindAt,
  };
}

/** What the complainant sees of their own complaint. */
export function ownerView(r: ComplaintRecord) {
  return {
    id: r.id,
    number: r.number,
    status: r.status,
    title: r.title,
    draft: draftOf(r),
    draftSavedAt: r.draftSavedAt,
    form: r.form,
    attachments: r.attachments.map(fileView),
    submissions: r.submissions,
    receivedAt: r.receivedAt,
    terms: r.terms,
    deficiencies: r.deficiencies ?? [],
    refusalReasons: r.refusalReasons ?? [],
    result: r.result ? { outcome: r.result.outcome, outcomeText: resultOutcomes[r.result.outcome], text: r.result.text, at: r.result.at } : undefined,
    history: r.history,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}
export type OwnerComplaintView = ReturnType<typeof ownerView>;

/** The legal sector's full view (identity included: legal-sector officers only, audited). */
export function legalView(r: ComplaintRecord, now: Date) {
  return {
    ...ownerView(r),
    draft: undefined,
    draftSavedAt: undefined,
    complainant: r.form ? { fullName: r.form.contact.fullName, email: r.form.contact.email, phone: r.form.contact.phone, address: r.form.contact.address } : undefined,
    rulesText: (r.form?.rules ?? []).map((id) => conductRules[id]),
    stateBody: stateBodyLabel(r.form),
    firstReceivedAt: r.firstReceivedAt,
    term: termStatus(r, now),
    alerts: r.alerts,
    registeredBy: r.registeredBy,
    decidedBy: r.decidedBy,
    result: r.result ? { ...r.result, outcomeText: resultOutcomes[r.result.outcome] } : undefined,
  };
}
export type LegalComplaintView = ReturnType<typeof legalView>;

/** A row of the legal sector's queue. */
export function queueItem(r: ComplaintRecord, now: Date) {
  return {
    id: r.id,
    number: r.number,
    status: r.status,
    receivedAt: r.receivedAt,
    submissions: r.submissions,
    complainant: r.form?.contact.fullName ?? "",
    servant: r.form?.servant.fullName ?? "",
    stateBodyId: r.form?.servant.stateBodyId,
    stateBody: stateBodyLabel(r.form),
    term: termStatus(r, now),
    updatedAt: r.updatedAt,
  };
}
export type ComplaintQueueItem = ReturnType<typeof queueItem>;
