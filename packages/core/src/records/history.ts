import type { Bilingual } from "../errors.js";

/** One step of a request's life, visible to its owner. */
export interface HistoryEntry {
  at: string;
  status: string;
  /** `citizen`, `system`, `timer`, or an official's username. */
  actor: string;
  reason?: Bilingual;
  reasons?: Bilingual[];
}

/** Fields every request of every service has, so "My requests" lists them all from one index. */
export interface RequestSummary {
  id: string;
  service: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  number: string;
  title: Bilingual;
  status: string;
  createdAt: string;
  updatedAt: string;
  dueAt?: string;
  history: HistoryEntry[];
  /** The web app's page of this request (hash path, e.g. `/seniority/requests/abc`), if it has one. */
  link?: string;
  /** Short facts the owner needs at a glance: a candidate code, a score, a certificate code… */
  facts?: { label: Bilingual; value: string }[];
  /** A document the owner may download (e.g. a certificate), through an API route of the service. */
  download?: { label: Bilingual; path: string };
}

/** Index attributes that put a request into its owner's "My requests". */
export const ownerIndex = (ownerSub: string, createdAt: string, id: string) => ({
  byOwnerPk: `OWNER#${ownerSub}`,
  byOwnerSk: `${createdAt}#${id}`,
});
