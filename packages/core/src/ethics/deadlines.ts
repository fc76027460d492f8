/**
 * The timers of service 7: each term's reminder and end (legal/term-deadlines.ts). The deficiency
 * notice runs while the complaint is received; the decision while it is received or registered.
 */
import { type TermDeadlines, termDeadlines } from "../legal/term-deadlines.js";
import { type ComplaintRecord, complaintKey, withIndexes } from "./complaint.js";
import { messages } from "./messages.js";

export { LEGAL_SECTOR_MAILBOX } from "../legal/term-deadlines.js";

export const ETHICS_DEFICIENCY_REMIND = "ethics.deficiencyNotice.remind";
export const ETHICS_DEFICIENCY_DUE = "ethics.deficiencyNotice.due";
export const ETHICS_DECISION_REMIND = "ethics.decision.remind";
export const ETHICS_DECISION_DUE = "ethics.decision.due";

export type ComplaintDeadlines = TermDeadlines;

const deadlines = termDeadlines<ComplaintRecord>({
  kinds: {
    deficiencyNotice: { remind: ETHICS_DEFICIENCY_REMIND, due: ETHICS_DEFICIENCY_DUE },
    decision: { remind: ETHICS_DECISION_REMIND, due: ETHICS_DECISION_DUE },
  },
  key: complaintKey,
  running: (r, kind) => (kind === "deficiencyNotice" ? r.status === "submitted" : r.status === "submitted" || r.status === "registered"),
  messages,
  withIndexes,
});

export const { loadDeadlines, armTerm, cancelTerms } = deadlines;

/** The handlers to join into deadlines/registry.ts. */
export const ethicsDeadlineHandlers = deadlines.handlers;
