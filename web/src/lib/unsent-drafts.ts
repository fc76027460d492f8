/**
 * What the citizen typed that the server has not confirmed yet, kept in this tab's sessionStorage
 * (like the session itself: gone when the tab closes or the user signs out), so that a reload or a
 * lost connection loses nothing. Scoped to the signed-in user and the form.
 */
import { sessionStore } from "../auth/session";

/** auth/session.ts signOut() removes every key with this prefix. */
const PREFIX = "exidmet.unsent.";

export interface UnsentDraft {
  /** When it was typed (ISO). */
  at: string;
  draft: Record<string, unknown>;
}

function key(form: string): string | null {
  const sub = sessionStore.get()?.claims.sub;
  return typeof sub === "string" ? `${PREFIX}${sub}.${form}` : null;
}

export function keepUnsent(form: string, draft: Record<string, unknown>): void {
  const k = key(form);
  if (!k) return;
  try {
    window.sessionStorage.setItem(k, JSON.stringify({ at: new Date().toISOString(), draft } satisfies UnsentDraft));
  } catch {
    /* storage full or unavailable: the server copy is all there is */
  }
}

export function readUnsent(form: string): UnsentDraft | null {
  const k = key(form);
  if (!k) return null;
  try {
    const raw = window.sessionStorage.getItem(k);
    const parsed = raw ? (JSON.parse(raw) as UnsentDraft) : null;
    return parsed && typeof parsed.at === "string" && parsed.draft && typeof parsed.draft === "object" ? parsed : null;
  } catch {
    return null;
  }
}

export function clearUnsent(form: string): void {
  const k = key(form);
  if (!k) return;
  try {
    window.sessionStorage.removeItem(k);
  } catch {
    /* nothing kept */
  }
}
