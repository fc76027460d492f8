import type { Write } from "../ports/store.js";
import { newId } from "../records/ids.js";

/**
 * Audit entries are append-only (written with notExists; no route updates or deletes them):
 * every official's action and every read of another person's data — who, whose, when, why.
 */
export function auditEntry(input: {
  actor: string;
  action: string;
  /** Whose data or which record, e.g. `OWNER#<sub>` or `OFFICIAL#<username>`. */
  subject: string;
  at: Date;
  detail?: Record<string, unknown>;
}): Write {
  const at = input.at.toISOString();
  const id = newId();
  return {
    op: "put",
    record: {
      pk: `AUDIT#${input.subject}`,
      sk: `${at}#${id}`,
      type: "Audit",
      version: 1,
      actor: input.actor,
      action: input.action,
      subject: input.subject,
      at,
      ...(input.detail ? { detail: input.detail } : {}),
    },
    condition: { kind: "notExists" },
  };
}
