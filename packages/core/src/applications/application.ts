import type { Bilingual } from "../errors.js";
import type { StoredRecord } from "../ports/store.js";
import { stableHash } from "../records/ids.js";
import type { RequestSummary } from "../records/history.js";
import type { ApplicationForm } from "./form.js";
import { fieldLabels } from "./labels.js";

export type ApplicationStatus = "draft" | "in_review" | "refused" | "admitted" | "excluded";

/** Part 8 of the form: copied from the vacancy when the application starts, never typed. */
export interface VacancySnapshot {
  competitionId: string;
  vacancyId: string;
  announcedOn: string;
  positionCode: string;
  stateBodyId: string;
  stateBodyName: Bilingual;
  unitName: Bilingual;
  positionName: Bilingual;
  classification: number;
}

export interface ApplicationRecord extends StoredRecord, RequestSummary {
  type: "Application";
  service: 1;
  status: ApplicationStatus;
  ownerSub: string;
  ownerEmail: string;
  vacancy: VacancySnapshot;
  /** The unsent form as JSON text (see requests/draft.ts). */
  draftJson?: string;
  draftSavedAt?: string;
  form?: ApplicationForm;
  filledOn?: string;
  submittedAt?: string;
  /** How many times it was submitted: each submission's e-mails are distinct events. */
  submissions: number;
  reasons?: Bilingual[];
  candidateCode?: string;
  decidedBy?: string;
}

/** One application per citizen per vacancy: the id is derived from both, so a second one cannot exist. */
export const applicationId = (ownerSub: string, vacancyId: string) => stableHash(`application|${ownerSub}|${vacancyId}`, 24);
export const applicationKey = (id: string) => ({ pk: `APP#${id}`, sk: "APP" });

/** Officers' queue: per competition, by status then submission time. */
export const applicationQueueIndex = (r: Pick<ApplicationRecord, "vacancy" | "status" | "submittedAt" | "updatedAt" | "id">) => ({
  byQueuePk: `APPQ#${r.vacancy.competitionId}`,
  byQueueSk: `${r.status}#${r.submittedAt ?? r.updatedAt}#${r.id}`,
});

/** HR officers of the vacancy's state body reach their body's applications (service 2). */
export const applicationBodyIndex = (r: Pick<ApplicationRecord, "vacancy" | "id">) => ({
  byBodyPk: `BODYAPP#${r.vacancy.stateBodyId}`,
  byBodySk: `${r.vacancy.competitionId}#${r.vacancy.vacancyId}#${r.id}`,
});

export const candidateCodeKey = (code: string) => ({ pk: `CANDCODE#${code}`, sk: "CANDCODE" });

/** The web page of a citizen's application ("My requests" links to it). */
export const applicationLink = (vacancyId: string) => `/apply/${vacancyId}`;

/** "My requests" shows the candidate's personal code at a glance. */
export const candidateCodeFacts = (code: string) => [{ label: { ...fieldLabels.candidateCode }, value: code }];
