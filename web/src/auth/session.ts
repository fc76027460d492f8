import type { PoolKind } from "../config";
import { createStore, useStore } from "../lib/store";
import { refresh, revokeToken, type AuthenticationResult } from "./cognito";

/** The signed-in user's tokens, kept in sessionStorage (gone when the tab closes). */
export interface Session {
  kind: PoolKind;
  idToken: string;
  accessToken: string;
  refreshToken?: string;
  /** Epoch ms when the ID token expires. */
  expiresAt: number;
  claims: Record<string, unknown>;
}

const KEY = "exidmet.session";

export function decodeJwt(token: string): Record<string, unknown> {
  try {
    const part = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    const json = decodeURIComponent(
      Array.from(atob(part.padEnd(part.length + ((4 - (part.length % 4)) % 4), "=")), (c) => `%${c.charCodeAt(0).toString(16).padStart(2, "0")}`).join(""),
    );
    return JSON.parse(json);
  } catch {
    return {};
  }
}

function load(): Session | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Session;
    return s && s.idToken ? s : null;
  } catch {
    return null;
  }
}

export const sessionStore = createStore<Session | null>(load());
export const useSession = () => useStore(sessionStore);

function persist(session: Session | null) {
  try {
    if (session) window.sessionStorage.setItem(KEY, JSON.stringify(session));
    else window.sessionStorage.removeItem(KEY);
  } catch {
    /* storage unavailable: keep the session in memory */
  }
  sessionStore.set(session);
}

export function startSession(kind: PoolKind, result: AuthenticationResult, previousRefresh?: string): Session {
  const claims = decodeJwt(result.IdToken);
  const exp = typeof claims.exp === "number" ? claims.exp * 1000 : Date.now() + result.ExpiresIn * 1000;
  const session: Session = {
    kind,
    idToken: result.IdToken,
    accessToken: result.AccessToken,
    refreshToken: result.RefreshToken ?? previousRefresh,
    expiresAt: exp,
    claims,
  };
  persist(session);
  return session;
}

/** Drops the tokens and revokes the refresh token at Cognito (best effort: sign-out never fails). */
export async function signOut() {
  const s = sessionStore.get();
  persist(null);
  // Unsent drafts (lib/unsent-drafts.ts) hold personal data: none stays in the tab.
  try {
    for (const k of Object.keys(window.sessionStorage)) if (k.startsWith("exidmet.unsent.")) window.sessionStorage.removeItem(k);
  } catch {
    /* storage unavailable */
  }
  if (s?.refreshToken) await revokeToken(s.kind, s.refreshToken).catch(() => undefined);
}

export const endSession = () => persist(null);

let refreshing: Promise<Session | null> | null = null;

/** A valid ID token for the API, refreshed shortly before it expires; null when signed out. */
export async function idToken(): Promise<string | null> {
  const s = sessionStore.get();
  if (!s) return null;
  if (s.expiresAt - Date.now() > 60_000) return s.idToken;
  if (!s.refreshToken) {
    persist(null);
    return null;
  }
  refreshing ??= refresh(s.kind, s.refreshToken)
    .then((r) => startSession(s.kind, r, s.refreshToken))
    .catch(() => {
      persist(null);
      return null;
    })
    .finally(() => {
      refreshing = null;
    });
  return (await refreshing)?.idToken ?? null;
}

export function groupsOf(session: Session | null): string[] {
  const raw = session?.claims["cognito:groups"];
  if (Array.isArray(raw)) return raw.map(String);
  if (typeof raw === "string") return raw.replace(/^\[|\]$/g, "").split(/[\s,]+/).filter(Boolean);
  return [];
}

export const emailOf = (session: Session | null) => String(session?.claims.email ?? session?.claims["cognito:username"] ?? "");
