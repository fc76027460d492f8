import { remindDraftsOnDeadline } from "../applications/officer-usecases.js";
import { CLOSE_WINDOW, closeWindowOnDeadline, DRAFT_REMINDER, NOTIFY_RESERVE } from "../competitions/usecases.js";
import { notifyReserveOnDeadline } from "../reserve/usecases.js";
import { ethicsDeadlineHandlers } from "../ethics/deadlines.js";
import { seniorityDeadlineHandlers } from "../seniority/deadlines.js";
import { trialTestDeadlineHandlers } from "../trial-tests/deadlines.js";
import { registerDeadlineHandlers } from "../register/requests.js";
import type { DeadlineHandler } from "./fire.js";

/** Every deadline kind of every service, and what it does when due. */
export const deadlineHandlers: Record<string, DeadlineHandler> = {
  [CLOSE_WINDOW]: closeWindowOnDeadline,
  [DRAFT_REMINDER]: remindDraftsOnDeadline,
  [NOTIFY_RESERVE]: notifyReserveOnDeadline,
  ...ethicsDeadlineHandlers,
  ...registerDeadlineHandlers,
  ...seniorityDeadlineHandlers,
  ...trialTestDeadlineHandlers,
};
