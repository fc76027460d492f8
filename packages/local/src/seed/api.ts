/**
 * Demo data that belongs to the product (state bodies, a competition) goes in through the API,
 * signed in as the demo admin, so it passes the same validation as real data. The routes may not
 * be implemented yet: every failure becomes a warning, never a crash.
 */
import { type CognitoIdentityProviderClient, InitiateAuthCommand } from "@aws-sdk/client-cognito-identity-provider";
import type { PoolsIds } from "../resources/cognito.js";
import { type DemoStateBody, demoAdmin, demoCompetition, demoStateBodies } from "./demo-data.js";

export async function signIn(client: CognitoIdentityProviderClient, clientId: string, username: string, password: string): Promise<string> {
  const out = await client.send(
    new InitiateAuthCommand({ ClientId: clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: username, PASSWORD: password } }),
  );
  const token = out.AuthenticationResult?.IdToken;
  if (!token) throw new Error(`no IdToken for ${username} (challenge ${out.ChallengeName ?? "none"})`);
  return token;
}

/** The list inside a list response, whatever the envelope (`[...]`, `{items}`, `{competitions}`…). */
function listOf(body: unknown): unknown[] | undefined {
  if (Array.isArray(body)) return body;
  if (body && typeof body === "object") {
    for (const value of Object.values(body)) if (Array.isArray(value)) return value;
  }
  return undefined;
}

/** JSON with sorted keys: DynamoDB (and schema parsers) do not keep key order. */
const canonical = (v: unknown): string =>
  Array.isArray(v)
    ? `[${v.map(canonical).join(",")}]`
    : v && typeof v === "object"
      ? `{${Object.keys(v)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
          .join(",")}}`
      : JSON.stringify(v);

const sameBody = (found: unknown, wanted: DemoStateBody) => {
  if (!found || typeof found !== "object") return false;
  const f = found as Record<string, unknown>;
  return canonical(f.name) === canonical(wanted.name) && canonical(f.units) === canonical(wanted.units);
};

export interface ApiSeedResult {
  stateBodies: string;
  competition: string;
  warnings: string[];
}

export async function seedThroughApi(apiUrl: string, cognito: CognitoIdentityProviderClient, pools: PoolsIds): Promise<ApiSeedResult> {
  const warnings: string[] = [];
  const result: ApiSeedResult = { stateBodies: "skipped", competition: "skipped", warnings };
  const token = await signIn(cognito, pools.officials.clientId, demoAdmin.username, demoAdmin.password);

  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${apiUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = text;
    }
    return { status: res.status, ok: res.ok, body: parsed };
  };
  const explain = (status: number) => (status === 404 || status === 500 ? " (route not implemented yet?)" : "");

  const existing = await call("GET", "/state-bodies");
  const existingList = existing.ok ? (listOf(existing.body) ?? []) : [];
  let put = 0;
  let unchanged = 0;
  for (const body of demoStateBodies) {
    const found = existingList.find((b) => (b as { id?: string })?.id === body.id);
    if (sameBody(found, body)) {
      unchanged++;
      continue;
    }
    const res = await call("PUT", `/admin/state-bodies/${encodeURIComponent(body.id)}`, { name: body.name, units: body.units });
    if (res.ok) put++;
    else warnings.push(`PUT /admin/state-bodies/${body.id} → ${res.status}${explain(res.status)}`);
  }
  result.stateBodies = `${put} written, ${unchanged} unchanged`;

  const competitions = await call("GET", "/competitions");
  if (!competitions.ok) {
    warnings.push(`GET /competitions → ${competitions.status}${explain(competitions.status)}; no competition seeded`);
  } else if ((listOf(competitions.body) ?? []).length > 0) {
    result.competition = "exists";
  } else {
    const res = await call("POST", "/admin/competitions", demoCompetition());
    if (res.ok) result.competition = "announced";
    else warnings.push(`POST /admin/competitions → ${res.status}${explain(res.status)}`);
  }
  return result;
}
