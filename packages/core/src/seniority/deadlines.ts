/**
 * The timers of service 5: each term's reminder and end (legal/term-deadlines.ts). Both terms run
 * while the request is submitted.
 */
import { type TermDeadlines, termDeadlines } from "../legal/term-deadlines.js";
import { messages } from "./messages.js";
import { seniorityKey, type SeniorityRequestRecord, withIndexes } from "./request.js";

export { LEGAL_SECTOR_MAILBOX } from "../legal/term-deadlines.js";

export const SENIORITY_DEFICIENCY_REMIND = "seniority.deficiencyNotice.remind";
export const SENIORITY_DEFICIENCY_DUE = "seniority.deficiencyNotice.due";
export const SENIORITY_DECISION_REMIND = "seniority.decision.remind";
export const SENIORITY_DECISION_DUE = "seniority.decision.due";

export type RequestDeadlines = TermDeadlines;

const deadlines = termDeadlines<SeniorityRequestRecord>({
  kinds: {
    deficiencyNotice: { remind: SENIORITY_DEFICIENCY_REMIND, due: SENIORITY_DEFICIENCY_DUE },
    decision: { remind: SENIORITY_DECISION_REMIND, due: SENIORITY_DECISION_DUE },
  },
  key: seniorityKey,
  running: (r) => r.status === "submitted",
  messages,
  withIndexes,
});

export const { loadDeadlines, armTerm, cancelTerms } = deadlines;

/** The handlers joined into deadlines/registry.ts. */
export const seniorityDeadlineHandlers = deadlines.handlers;
