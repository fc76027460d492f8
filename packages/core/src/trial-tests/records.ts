/** Service 6: the stored records and their keys. */
import type { Key, StoredRecord } from "../ports/store.js";
import type { RequestSummary } from "../records/history.js";
import type { AttemptResult } from "./views.js";
import type { Registration } from "./schemas.js";
import type { TopicId, TrialTestSettings } from "./topics.js";

/** A question of the bank. Its id is deterministic (given, or derived from topic + text), so imports are idempotent. */
export interface QuestionRecord extends StoredRecord {
  type: "TrialQuestion";
  id: string;
  topic: TopicId;
  text: string;
  options: string[];
  correct: number;
  active: boolean;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
}

export const questionKey = (id: string): Key => ({ pk: `TTQ#${id}`, sk: "TTQ" });
/** Admins list a topic's questions through the queue index (never a scan). */
export const questionListIndex = (q: Pick<QuestionRecord, "topic" | "id">) => ({ byQueuePk: `TTQTOPIC#${q.topic}`, byQueueSk: q.id });

/**
 * One record per topic holding the ids of its ACTIVE questions: a test is drawn from these
 * (one BatchGet for all topics), kept in step with every add, edit, retirement and import.
 */
export interface TopicPoolRecord extends StoredRecord {
  type: "TrialTopicPool";
  topic: TopicId;
  ids: string[];
}
export const poolKey = (topic: TopicId): Key => ({ pk: "TTPOOL", sk: `TOPIC#${topic}` });

export interface SettingsRecord extends StoredRecord, TrialTestSettings {
  type: "TrialSettings";
  updatedAt: string;
  updatedBy: string;
}
export const settingsKey: Key = { pk: "TTSETTINGS", sk: "SETTINGS" };

/** One drawn question, as the citizen sees it (options already in their shuffled order). */
export interface AttemptItem {
  questionId: string;
  topic: TopicId;
  text: string;
  options: string[];
  /** Bank order of the displayed options (displayed i = bank order[i]). */
  order: number[];
}

export interface AttemptRecord extends StoredRecord, RequestSummary {
  type: "TrialAttempt";
  service: 6;
  status: "trial_in_progress" | "completed";
  ownerSub: string;
  registration: Registration;
  items: AttemptItem[];
  /** The answer key (displayed index of the right option per item). Server-side only. */
  key: number[];
  answers: Record<string, number>;
  startedAt: string;
  endsAt: string;
  timeLimitMinutes: number;
  retakeFrom: string;
  /** For links in e-mails the timer sends (the timer has no web origin of its own). */
  webOrigin: string;
  finishedAt?: string;
  finishedBy?: "citizen" | "timer";
  result?: AttemptResult;
  certificateCode?: string;
  certificatePending?: boolean;
}

export const attemptKey = (id: string): Key => ({ pk: `TTA#${id}`, sk: "TTA" });

/**
 * The citizen's one "current attempt" record: every start writes it with a condition on its
 * version, so two parallel starts create one attempt; it also carries the retake date.
 */
export interface CitizenTrialRecord extends StoredRecord {
  type: "TrialCitizen";
  ownerSub: string;
  email: string;
  attemptId: string;
  startedAt: string;
  retakeFrom: string;
  /** The retake day the citizen asked to be e-mailed on. */
  reminderFor?: string;
  past: { id: string; number: string; startedAt: string; status: string; result?: AttemptResult }[];
}
export const citizenKey = (sub: string): Key => ({ pk: `TTCIT#${sub}`, sk: "TTCIT" });

export const EXPIRE_ATTEMPT = "trialTests.expire";
export const RETAKE_REMINDER = "trialTests.retakeReminder";
export const ISSUE_CERTIFICATE = "trialTests.certificate";
