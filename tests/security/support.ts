/**
 * What the security and reliability suites share: the callers of the access matrix, fresh accounts
 * (so these suites never disturb the demo accounts other test files use), forged tokens, paths built
 * from the route table, and the figures each suite records for the README.
 */
import { randomInt } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { OfficialGroup } from "@exidmet/core/infra/resources";
import type { RouteDef } from "@exidmet/core/http/routes";
import { demoOfficials } from "@exidmet/local/seed/demo-data";
import { ensureCitizen, ensureOfficial } from "@exidmet/local/seed/cognito-users";
import { importJWK, type JWTPayload, SignJWT } from "jose";
import { localCloud, signInAs } from "../setup/local-cloud.js";

const require = createRequire(import.meta.url);

export const awsConfig = (env: Record<string, string>) => ({
  region: env.AWS_REGION!,
  credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID!, secretAccessKey: env.AWS_SECRET_ACCESS_KEY! },
});
export const cognitoOf = (env: Record<string, string>) => new CognitoIdentityProviderClient({ endpoint: env.AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER, ...awsConfig(env) });
export const tableOf = (env: Record<string, string>) =>
  DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: env.AWS_ENDPOINT_URL_DYNAMODB, ...awsConfig(env) }));
export const poolsOf = (env: Record<string, string>) => ({
  citizens: { poolId: env.CITIZENS_POOL_ID!, clientId: env.CITIZENS_CLIENT_ID! },
  officials: { poolId: env.OFFICIALS_POOL_ID!, clientId: env.OFFICIALS_CLIENT_ID! },
});

const runId = `${Date.now().toString(36)}${randomInt(1000)}`;
export const uniqueIdCard = () => `AZE${String(randomInt(10_000_000, 99_999_999))}`;

export interface TestCitizen {
  email: string;
  password: string;
  idCard: string;
  fin?: string;
  name: string;
}

/** A fresh citizen in the citizens' pool of the given cloud (default: the shared test cloud). */
export async function newCitizen(label: string, env: Record<string, string> = localCloud().env): Promise<TestCitizen> {
  const c: TestCitizen = { email: `${label}.${runId}.${randomInt(1e6)}@example.az`, password: "Sinaq12345a", idCard: uniqueIdCard(), name: "Sınaq Vətəndaş" };
  await ensureCitizen(cognitoOf(env), poolsOf(env) as never, c);
  return c;
}

/** A fresh official (created directly in the pool, as the seed does for demo accounts). */
export async function newOfficial(label: string, group: OfficialGroup, stateBody?: string, env: Record<string, string> = localCloud().env) {
  const o = { username: `${label}.${runId}.${randomInt(1e6)}`, password: "Sinaq12345a", email: `${label}.${runId}@csc.exidmet.local`, name: "Sınaq Məmur", group, stateBody, role: "test" };
  await ensureOfficial(cognitoOf(env), poolsOf(env) as never, o as never);
  return o;
}

// ---- callers of the access matrix -------------------------------------------------------------

export type CallerName = "anonymous" | "citizenA" | "citizenB" | "civilServant" | "admin" | "itOfficer" | "legalOfficer" | "selectionOfficer" | "hrX" | "hrY";
export interface Caller {
  name: CallerName;
  pool?: "citizens" | "officials";
  group?: OfficialGroup;
  stateBody?: string;
  token?: string;
  /** Citizens only: who they are (for record-level checks). */
  citizen?: TestCitizen;
}

const demo = (username: string) => demoOfficials.find((o) => o.username === username)!;

/** Every caller, signed in. Citizens are fresh accounts; officials are the demo ones (read-only use). */
export async function signInCallers(): Promise<Record<CallerName, Caller>> {
  const [a, b, cs] = await Promise.all([newCitizen("sec-a"), newCitizen("sec-b"), newCitizen("sec-civil")]);
  const citizen = async (name: CallerName, c: TestCitizen): Promise<Caller> => ({ name, pool: "citizens", citizen: c, token: await signInAs("citizens", c.email, c.password) });
  const official = async (name: CallerName, username: string): Promise<Caller> => {
    const o = demo(username) as { username: string; password: string; group: OfficialGroup; stateBody?: string };
    return { name, pool: "officials", group: o.group, stateBody: o.stateBody, token: await signInAs("officials", o.username, o.password) };
  };
  const list = await Promise.all([
    Promise.resolve<Caller>({ name: "anonymous" }),
    citizen("citizenA", a),
    citizen("citizenB", b),
    citizen("civilServant", cs),
    official("admin", "admin"),
    official("itOfficer", "it.officer"),
    official("legalOfficer", "legal.officer"),
    official("selectionOfficer", "selection.officer"),
    official("hrX", "hr.justice"),
    official("hrY", "hr.taxes"),
  ]);
  return Object.fromEntries(list.map((c) => [c.name, c])) as Record<CallerName, Caller>;
}

// ---- expectations derived from the route table -------------------------------------------------

export type Outcome = "allowed" | 401 | 403;

/**
 * The route-level outcome, declared once by the route's `access`: no token → 401 on every
 * non-public route; a token of the other pool → 401 (the route's authorizer trusts one pool
 * only); an official outside the route's groups → 403; everyone else is let through to the use
 * case (which may still answer 400/404/409/422 for the record or body).
 */
export function expectedOutcome(route: RouteDef, caller: Caller): Outcome {
  const access = route.access;
  if (access.kind === "public") return "allowed";
  if (!caller.pool) return 401;
  if (access.kind === "citizen") return caller.pool === "citizens" ? "allowed" : 401;
  if (caller.pool !== "officials") return 401;
  return access.groups.includes(caller.group!) ? "allowed" : 403;
}

export const pathParamsOf = (route: RouteDef) => [...route.path.matchAll(/\{([A-Za-z0-9_]+)\+?\}/g)].map((m) => m[1]!);

/** A plausible value for a path parameter that names no existing record. */
export function placeholderParam(name: string): string {
  if (/year/i.test(name)) return "2031";
  if (/username/i.test(name)) return "no.such.official";
  if (/code/i.test(name)) return "XX-0000-0000";
  return "zz0nonexistent0001";
}

export function pathOf(route: RouteDef, values: Record<string, string> = {}): string {
  return route.path.replace(/\{([A-Za-z0-9_]+)\+?\}/g, (_, name: string) => encodeURIComponent(values[name] ?? placeholderParam(name)));
}

export const hasBody = (route: RouteDef) => ["POST", "PUT", "PATCH"].includes(route.method);

/** Forged tokens, signed with cognito-local's published key: each differs from a valid token in one claim. */
const cognitoKey = require("cognito-local/lib/keys/cognitoLocal.private.json") as { jwk: Record<string, string> };
export async function forge(claims: JWTPayload, header: Record<string, string> = {}, key?: CryptoKey) {
  const signingKey = key ?? ((await importJWK(cognitoKey.jwk, "RS256")) as CryptoKey);
  return new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid: "CognitoLocal", ...header }).sign(signingKey);
}

// ---- figures for the README --------------------------------------------------------------------

export const figuresDir = path.join(os.tmpdir(), "exidmet-figures");

/** Records what a suite proved (counts), in `$TMPDIR/exidmet-figures/<suite>.json`, and prints it. */
export function recordFigures(suite: string, figures: Record<string, unknown>) {
  fs.mkdirSync(figuresDir, { recursive: true });
  const file = path.join(figuresDir, `${suite}.json`);
  fs.writeFileSync(file, `${JSON.stringify({ suite, at: new Date().toISOString(), ...figures }, null, 2)}\n`);
  console.log(`[figures] ${suite}: ${JSON.stringify(figures)}`);
}

/** Calls any API base URL (the shared cloud's by default); JSON in, JSON or text out. */
export async function call(base: string, method: string, urlPath: string, options: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {}) {
  const res = await fetch(`${base}${urlPath}`, {
    method,
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body !== undefined || options.rawBody !== undefined ? { "content-type": "application/json" } : {}),
      ...options.headers,
    },
    body: options.rawBody ?? (options.body !== undefined ? JSON.stringify(options.body) : undefined),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    /* not JSON */
  }
  return { status: res.status, headers: res.headers, body, text };
}

/** A clear refusal: our bilingual error body, or API Gateway's own `{ message }` (401, 404 of no route, 413). */
export function isClearRefusal(body: unknown): boolean {
  const b = body as { error?: { code?: unknown; message?: { az?: unknown; en?: unknown } }; message?: unknown };
  if (b && typeof b === "object" && b.error && typeof b.error.code === "string" && typeof b.error.message?.az === "string" && typeof b.error.message?.en === "string") return true;
  return !!b && typeof b === "object" && typeof b.message === "string";
}
