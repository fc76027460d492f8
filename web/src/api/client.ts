import type { Bilingual, FieldIssue } from "@exidmet/core/errors";
import { endSession, idToken } from "../auth/session";
import { config } from "../config";
import { both } from "../i18n";

/** An error answer of the API: `{ error: { code, message: {az,en}, issues? } }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: Bilingual,
    readonly issues: FieldIssue[] = [],
  ) {
    super(text.en);
    this.name = "ApiError";
  }
}

type Method = "GET" | "POST" | "PUT" | "DELETE";

export async function request<T>(method: Method, path: string, options: { body?: unknown; auth?: boolean; headers?: Record<string, string> } = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json", ...options.headers };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  if (options.auth) {
    const token = await idToken();
    if (!token) throw new ApiError(401, "unauthorized", both((d) => d.errors.sessionExpired));
    headers.Authorization = `Bearer ${token}`;
  }
  let res: Response;
  try {
    res = await fetch(`${config.apiUrl}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, "network", both((d) => d.errors.network));
  }
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (res.ok) return json as T;
  const err = (json as { error?: { code?: string; message?: Bilingual; issues?: FieldIssue[] } } | undefined)?.error;
  if (res.status === 401 && options.auth) {
    endSession();
    throw new ApiError(401, err?.code ?? "unauthorized", both((d) => d.errors.sessionExpired));
  }
  throw new ApiError(
    res.status,
    err?.code ?? `http_${res.status}`,
    err?.message?.az ? err.message : both((d) => d.errors.unexpected),
    Array.isArray(err?.issues) ? err.issues : [],
  );
}

export const api = {
  get: <T>(path: string, auth = false) => request<T>("GET", path, { auth }),
  /** `idempotencyKey`: the same key for every retry of one action, so the server does it once. */
  post: <T>(path: string, body?: unknown, idempotencyKey?: string) =>
    request<T>("POST", path, { body: body ?? {}, auth: true, ...(idempotencyKey ? { headers: { "Idempotency-Key": idempotencyKey } } : {}) }),
  put: <T>(path: string, body: unknown) => request<T>("PUT", path, { body, auth: true }),
};
