/**
 * Service 6: what the API answers (types shared with the web app). Browser-safe.
 * Before an attempt finishes its view holds questions and options only — never the answer key.
 */
import type { Bilingual } from "../errors.js";
import type { TopicId, TrialTestSettings } from "./topics.js";

export interface QuestionView {
  index: number;
  topic: TopicId;
  text: string;
  options: string[];
}

export interface TopicScore {
  topic: TopicId;
  name: Bilingual;
  right: number;
  total: number;
}

export interface AttemptResult {
  right: number;
  total: number;
  percent: number;
  byTopic: TopicScore[];
}

/** After the end only: each question with the citizen's choice and the right option. */
export interface ReviewItem extends QuestionView {
  chosen: number | null;
  rightOption: number;
}

export interface AttemptView {
  id: string;
  number: string;
  status: "in_progress" | "finished";
  startedAt: string;
  endsAt: string;
  /** Seconds left on the server's clock when this answer was made (0 once time is up). */
  secondsLeft: number;
  timeLimitMinutes: number;
  holderName: string;
  questions: QuestionView[];
  /** Question index → chosen option (as displayed). */
  answers: Record<string, number>;
  answeredCount: number;
  /** From this instant a new attempt may start (00:00 Baku, the 10th calendar day after this one began). */
  retakeFrom: string;
  finishedAt?: string;
  finishedBy?: "citizen" | "timer";
  result?: AttemptResult;
  review?: ReviewItem[];
  certificate?: { code: string; verifyPath: string; downloadPath: string };
  /** The certificate is being issued (the timer finished the attempt); it appears on the next look. */
  certificatePending?: boolean;
}

export interface OverviewView {
  settings: TrialTestSettings & { totalQuestions: number };
  topics: { topic: TopicId; name: Bilingual; questions: number }[];
  /** The attempt in progress, if any (resume it). */
  current: AttemptView | null;
  /** The previous attempts, newest first (short). */
  previous: { id: string; number: string; startedAt: string; status: string; result?: AttemptResult }[];
  /** When a new attempt is possible (absent: now). */
  retakeFrom?: string;
  /** The citizen asked to be e-mailed on the day a retake becomes possible. */
  reminderRequested: boolean;
  /** What the form is pre-filled with, from the account. */
  account: { email: string; idCard: string };
}

export interface QuestionAdminView {
  id: string;
  topic: TopicId;
  text: string;
  options: string[];
  correct: number;
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
}
