import { remindDraftsOnDeadline } from "../applications/officer-usecases.js";
import { CLOSE_WINDOW, closeWindowOnDeadline, DRAFT_REMINDER } from "../competitions/usecases.js";
import type { DeadlineHandler } from "./fire.js";

/** Every deadline kind of every service, and what it does when due. */
export const deadlineHandlers: Record<string, DeadlineHandler> = {
  [CLOSE_WINDOW]: closeWindowOnDeadline,
  [DRAFT_REMINDER]: remindDraftsOnDeadline,
};
