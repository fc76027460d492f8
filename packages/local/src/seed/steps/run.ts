/** Runs every service's seed step with a SeedApi that signs in as demo accounts (tokens cached). */
import type { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import type { PoolsIds } from "../../resources/cognito.js";
import { signIn } from "../api.js";
import { demoCitizens, demoOfficials } from "../demo-data.js";
import { seedSteps } from "./index.js";
import type { SeedApi } from "./seed-api.js";

export function seedApi(apiUrl: string, cognito: CognitoIdentityProviderClient, pools: PoolsIds): SeedApi {
  const tokens = new Map<string, Promise<string>>();
  const token = (as: string) => {
    let t = tokens.get(as);
    if (!t) {
      const official = demoOfficials.find((o) => o.username === as);
      const citizen = demoCitizens.find((c) => c.email === as);
      if (!official && !citizen) throw new Error(`no demo account ${as}`);
      t = official
        ? signIn(cognito, pools.officials.clientId, official.username, official.password)
        : signIn(cognito, pools.citizens.clientId, citizen!.email, citizen!.password);
      tokens.set(as, t);
    }
    return t;
  };
  return {
    apiUrl,
    token,
    async call(as, method, path, body, headers = {}) {
      const res = await fetch(`${apiUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${await token(as)}`, ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
        body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
      });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        /* not JSON: keep the text */
      }
      return { status: res.status, ok: res.ok, body: parsed };
    },
  };
}

export async function runSeedSteps(api: SeedApi): Promise<{ lines: string[]; warnings: string[] }> {
  const lines: string[] = [];
  const warnings: string[] = [];
  for (const step of seedSteps) {
    try {
      lines.push(`${step.name}: ${await step.run(api)}`);
    } catch (e) {
      warnings.push(`seeding ${step.name} failed: ${(e as Error).message}`);
    }
  }
  return { lines, warnings };
}
