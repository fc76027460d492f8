/**
 * Revoking a disabled official's tokens: Cognito stops new sign-ins at once, but an ID token already
 * issued stays valid up to an hour and API Gateway's JWT authorizer cannot know. The admin's
 * disable/enable use case writes this record; the route wrapper reads it (cached a few seconds) on
 * every official's request and refuses a revoked token with 401.
 */
import type { StoredRecord, Write } from "../ports/store.js";

export const officialStatusKey = (username: string) => ({ pk: `OFFICIAL#${username}`, sk: "STATUS" });

export interface OfficialStatusRecord extends StoredRecord {
  type: "OfficialStatus";
  username: string;
  disabled: boolean;
  /** Tokens issued before this instant are refused (set at every disable and enable: sign in again). */
  revokedBefore: string;
}

/** The write the disable/enable use case adds to its transaction. */
export function officialStatusWrite(username: string, disabled: boolean, now: Date): Write {
  const record: OfficialStatusRecord = { ...officialStatusKey(username), type: "OfficialStatus", version: 1, username, disabled, revokedBefore: now.toISOString() };
  return { op: "put", record };
}

/** A token is refused when the account is disabled, or when it was issued before the last disable or enable. */
export function officialTokenRevoked(status: Pick<OfficialStatusRecord, "disabled" | "revokedBefore"> | undefined, issuedAtSeconds: number | undefined): boolean {
  if (!status) return false;
  if (status.disabled) return true;
  return issuedAtSeconds !== undefined && Number.isFinite(issuedAtSeconds) && issuedAtSeconds * 1000 < Date.parse(status.revokedBefore) - 1000;
}
