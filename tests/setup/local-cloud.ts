/**
 * What tests get from the local cloud that tests/setup/global.ts starts: URLs, the handlers' env,
 * and small helpers (fast-forward deadline timers, read the mailbox, sign in, call the API).
 * In a test: `const cloud = localCloud();` — or read the EXIDMET_* / handler env vars directly.
 */
import { CognitoIdentityProviderClient, InitiateAuthCommand } from "@aws-sdk/client-cognito-identity-provider";
import { inject } from "vitest";
import type { LocalUrls } from "@exidmet/local";

export interface ProvidedLocalCloud {
  urls: LocalUrls;
  /** The env every handler sees (TABLE_NAME, pool ids, issuers, AWS_ENDPOINT_URL_*, …). */
  env: Record<string, string>;
  /** Base URL of the local controls: POST /_local/advance, GET /_local/executions, POST /_local/jobs/<id>. */
  controlUrl: string;
  dataDir: string;
  portBase: number;
}

declare module "vitest" {
  export interface ProvidedContext {
    localCloud: ProvidedLocalCloud;
  }
}

export const localCloud = (): ProvidedLocalCloud => inject("localCloud");

async function control<T>(path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${localCloud().controlUrl}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path} → ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export interface TimerView {
  name: string;
  status: "RUNNING" | "SUCCEEDED" | "FAILED" | "ABORTED";
  phase?: "waiting" | "running";
  dueAt?: string;
  input: string;
  error?: string;
}

/** Fires every deadline timer due at or before `to` ("all": every waiting one) and resolves when those runs finished. */
export async function advanceTimers(to: Date | string | "all", options: { names?: string[] } = {}): Promise<TimerView[]> {
  const body = { ...(to === "all" ? { all: true } : { to: to instanceof Date ? to.toISOString() : to }), ...(options.names ? { names: options.names } : {}) };
  return (await control<{ fired: TimerView[] }>("/_local/advance", body)).fired;
}

export async function listTimers(): Promise<TimerView[]> {
  return (await control<{ executions: TimerView[] }>("/_local/executions")).executions;
}

/** Runs a scheduled job (resources.ts `scheduledJobs` id, e.g. "OutboxSweeper") now; in tests they do not run on their own. */
export async function runJob(id: string): Promise<void> {
  await control(`/_local/jobs/${id}`, {});
}

export interface SentMail {
  messageId: string;
  from: string;
  destination: { to: string[]; cc: string[]; bcc: string[] };
  subject: string;
  body: { text?: string; html?: string };
  attachments?: { filename: string; contentType: string; size: number; content: string }[];
  at: number;
}

/** Mail sent through the local SES (newest last), optionally only to one address. */
export async function mailbox(to?: string): Promise<SentMail[]> {
  const res = await fetch(`${localCloud().urls.mailbox}store`);
  const { emails } = (await res.json()) as { emails: SentMail[] };
  return to ? emails.filter((m) => m.destination.to.includes(to)) : emails;
}

/** An ID token from cognito-local (USER_PASSWORD_AUTH), for `Authorization: Bearer`. */
export async function signInAs(pool: "citizens" | "officials", username: string, password: string): Promise<string> {
  const { env } = localCloud();
  const client = new CognitoIdentityProviderClient({ endpoint: env.AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER, region: env.AWS_REGION, credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID!, secretAccessKey: env.AWS_SECRET_ACCESS_KEY! } });
  const out = await client.send(
    new InitiateAuthCommand({
      ClientId: pool === "citizens" ? env.CITIZENS_CLIENT_ID : env.OFFICIALS_CLIENT_ID,
      AuthFlow: "USER_PASSWORD_AUTH",
      AuthParameters: { USERNAME: username, PASSWORD: password },
    }),
  );
  const token = out.AuthenticationResult?.IdToken;
  if (!token) throw new Error(`no IdToken for ${username}`);
  return token;
}

/** Calls the local API; JSON in, JSON (or text) out. */
export async function api(method: string, path: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const res = await fetch(`${localCloud().urls.api}${path}`, {
    method,
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body !== undefined ? { "content-type": "application/json" } : {}),
      ...options.headers,
    },
    body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    /* not JSON */
  }
  return { status: res.status, headers: res.headers, body };
}

/**
 * Uploads a file as the browser does: `POST /me/uploads`, the presigned POST to the local S3, then
 * `POST /me/uploads/{id}/confirm`. Returns the confirmation's response (201/200 with the checked
 * file, or the refusal), and the upload id.
 */
export async function uploadFile(token: string, file: { purpose: string; fileName: string; contentType: string; bytes: Uint8Array }) {
  const started = await api("POST", "/me/uploads", {
    token,
    body: { purpose: file.purpose, fileName: file.fileName, contentType: file.contentType, size: file.bytes.length },
  });
  if (started.status !== 201) throw new Error(`POST /me/uploads → ${started.status} ${JSON.stringify(started.body)}`);
  const { uploadId, upload } = started.body as { uploadId: string; upload: { url: string; fields: Record<string, string> } };
  const form = new FormData();
  for (const [k, v] of Object.entries(upload.fields)) form.append(k, v);
  form.append("file", new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.contentType }), file.fileName);
  // Like the web app (ui/FileUpload.tsx): S3's 5xx answers are retried twice.
  let stored = await fetch(upload.url, { method: "POST", body: form });
  for (const wait of [500, 1500]) {
    if (stored.status < 500) break;
    await new Promise((r) => setTimeout(r, wait));
    stored = await fetch(upload.url, { method: "POST", body: form });
  }
  if (!stored.ok) throw new Error(`presigned POST → ${stored.status} ${await stored.text()}`);
  const confirmed = await api("POST", `/me/uploads/${uploadId}/confirm`, { token, body: {} });
  return { uploadId, ...confirmed };
}

export const testFiles = {
  pdf: () => new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"),
  png: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
  fakePdf: () => new TextEncoder().encode("MZ\u0090 not a PDF at all, an executable in disguise"),
};
