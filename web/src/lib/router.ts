import { createStore, useStore } from "./store";

/**
 * A tiny hash router (`#/competitions/42?x=1`): works from any static host and CDN without
 * rewrite rules. Hashes that do not start with `#/` (in-page anchors) leave the route alone.
 */
export interface Location {
  path: string;
  query: URLSearchParams;
  /** Increments on every navigation; pages use it to move focus to the new heading. */
  seq: number;
}

function parse(hash: string, seq: number): Location | null {
  if (hash === "" || hash === "#") return { path: "/", query: new URLSearchParams(), seq };
  if (!hash.startsWith("#/")) return null;
  const raw = hash.slice(1);
  const q = raw.indexOf("?");
  const path = decodeURI(q < 0 ? raw : raw.slice(0, q)).replace(/\/+$/, "") || "/";
  return { path, query: new URLSearchParams(q < 0 ? "" : raw.slice(q + 1)), seq };
}

export const locationStore = createStore<Location>(parse(window.location.hash, 0) ?? { path: "/", query: new URLSearchParams(), seq: 0 });

function sync() {
  const next = parse(window.location.hash, locationStore.get().seq + 1);
  if (next) locationStore.set(next);
}
window.addEventListener("hashchange", sync);

export const useLocation = () => useStore(locationStore);

/** `href` for a route path, e.g. `href("/competitions/1")` → `#/competitions/1`. */
export const href = (path: string, query?: Record<string, string | undefined>) => {
  const q = query ? new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => !!e[1])).toString() : "";
  return `#${path}${q ? `?${q}` : ""}`;
};

export function navigate(path: string, query?: Record<string, string | undefined>, options: { replace?: boolean } = {}) {
  const target = href(path, query);
  // pushState/replaceState fire no hashchange: the route store changes now, synchronously, so
  // state changed right after (e.g. dropping the session on sign-out) is seen on the new route.
  if (options.replace) window.history.replaceState(null, "", target);
  else if (window.location.hash !== target) window.history.pushState(null, "", target);
  sync();
}

/** The current location as a `next` parameter for sign-in redirects. */
export const currentTarget = () => {
  const { path, query } = locationStore.get();
  const q = query.toString();
  return q ? `${path}?${q}` : path;
};

/** Matches `/competitions/:id` against a path; returns the parameters or null. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split("/");
  const s = path.split("/");
  if (p.length !== s.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    if (p[i].startsWith(":")) params[p[i].slice(1)] = decodeURIComponent(s[i]);
    else if (p[i] !== s[i]) return null;
  }
  return params;
}

/** Navigates to a `next` value produced by `currentTarget`, only inside this app. */
export function navigateToTarget(target: string | null | undefined, fallback: string) {
  const safe = target && target.startsWith("/") && !target.startsWith("//") ? target : fallback;
  const q = safe.indexOf("?");
  const path = q < 0 ? safe : safe.slice(0, q);
  const query = q < 0 ? undefined : Object.fromEntries(new URLSearchParams(safe.slice(q + 1)));
  navigate(path, query, { replace: true });
}
