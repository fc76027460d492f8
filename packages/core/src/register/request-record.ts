/** The 7-day request of service 3 as stored, its keys, queue index and views. */
import type { Bilingual } from "../errors.js";
import type { StoredRecord } from "../ports/store.js";
import type { RequestSummary } from "../records/history.js";
import { statusText } from "../requests/status-text.js";
import type { UploadedFile } from "../uploads/file-types.js";
import { type RegisterRequestForm, type RegisterRequestStatus, requestKindLabels } from "./model.js";

export interface RegisterRequestRecord extends StoredRecord, RequestSummary {
  type: "RegisterRequest";
  service: 3;
  status: RegisterRequestStatus;
  ownerSub: string;
  ownerEmail: string;
  form: RegisterRequestForm;
  dueAt: string;
  remindAt: string;
  files: UploadedFile[];
  documentsRequest?: { message: string; at: string; by: string };
  answer?: { outcome: "answered" | "refused"; text: string; at: string; by: string };
  /** The officer who last acted (reminders go to them; else to the sector's mailbox). */
  officerEmail?: string;
  alerts?: { reminded?: string; overdue?: string };
}

export const requestKey = (id: string) => ({ pk: `REGREQ#${id}`, sk: "REQ" });
export const OPEN_QUEUE = "REGREQ#open";
export const CLOSED_QUEUE = "REGREQ#closed";
export const isOpen = (s: RegisterRequestStatus) => s !== "answered" && s !== "refused";

/** Open requests by due time (the most urgent first); closed ones by when they closed. */
export function withQueueIndex(r: RegisterRequestRecord): RegisterRequestRecord {
  return isOpen(r.status) ? { ...r, byQueuePk: OPEN_QUEUE, byQueueSk: `${r.dueAt}#${r.id}` } : { ...r, byQueuePk: CLOSED_QUEUE, byQueueSk: `${r.updatedAt}#${r.id}` };
}

export const requestLink = (id: string) => `/register/requests/${id}`;

export const requestTitle = (r: Pick<RegisterRequestRecord, "form">): Bilingual => ({
  az: `Reyestrdən məlumat: ${requestKindLabels[r.form.kind].az}`,
  en: `Register information: ${requestKindLabels[r.form.kind].en}`,
});

/** `22.11.2026 09:00` in Baku time (UTC+4). */
export function formatBakuDateTime(iso: string): string {
  const d = new Date(Date.parse(iso) + 4 * 3600_000);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(d.getUTCDate())}.${p(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

/** Past its term: the overdue timer fired, or the due time has passed (should the timer be late). */
export const isOverdue = (r: RegisterRequestRecord, now: Date) => isOpen(r.status) && (!!r.alerts?.overdue || r.dueAt <= now.toISOString());

/** What the owner sees (no officer's e-mail). */
export function ownerView(r: RegisterRequestRecord, now: Date) {
  return {
    id: r.id,
    number: r.number,
    status: r.status,
    statusText: statusText(r.status),
    form: r.form,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    dueAt: r.dueAt,
    overdue: isOverdue(r, now),
    files: r.files.map((f) => ({ uploadId: f.uploadId, fileName: f.fileName, contentType: f.contentType, size: f.size })),
    documentsRequest: r.documentsRequest ? { message: r.documentsRequest.message, at: r.documentsRequest.at } : undefined,
    answer: r.answer ? { outcome: r.answer.outcome, text: r.answer.text, at: r.answer.at } : undefined,
    history: r.history.map((h) => ({ ...h, statusText: statusText(h.status) })),
  };
}

/** What the IT sector sees. */
export function officerView(r: RegisterRequestRecord, now: Date) {
  return { ...ownerView(r, now), ownerEmail: r.ownerEmail, documentsRequest: r.documentsRequest, answer: r.answer, alerts: r.alerts ?? {} };
}
