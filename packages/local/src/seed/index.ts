/** Seeds the demo accounts (cognito-local) and the demo data (through the API). Idempotent. */
import type { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import type { PoolsIds } from "../resources/cognito.js";
import { seedThroughApi } from "./api.js";
import { ensureCitizen, ensureOfficial } from "./cognito-users.js";
import { demoCitizens, demoOfficials } from "./demo-data.js";
import { runSeedSteps, seedApi } from "./steps/run.js";

export interface SeedReport {
  officials: { created: number; existing: number };
  citizens: { created: number; existing: number };
  stateBodies: string;
  competition: string;
  /** One line per service seed step. */
  services: string[];
  warnings: string[];
}

export async function seedDemo(apiUrl: string, cognito: CognitoIdentityProviderClient, pools: PoolsIds): Promise<SeedReport> {
  // One at a time: cognito-local rewrites a pool's whole JSON file on each change.
  const officials: string[] = [];
  for (const o of demoOfficials) officials.push(await ensureOfficial(cognito, pools, o));
  const citizens: string[] = [];
  for (const c of demoCitizens) citizens.push(await ensureCitizen(cognito, pools, c));
  const count = (list: string[]) => ({ created: list.filter((r) => r === "created").length, existing: list.filter((r) => r === "exists").length });
  let api: Awaited<ReturnType<typeof seedThroughApi>>;
  try {
    api = await seedThroughApi(apiUrl, cognito, pools);
  } catch (e) {
    api = { stateBodies: "skipped", competition: "skipped", warnings: [`API seeding failed: ${(e as Error).message}`] };
  }
  const steps = await runSeedSteps(seedApi(apiUrl, cognito, pools));
  return { officials: count(officials), citizens: count(citizens), ...api, services: steps.lines, warnings: [...api.warnings, ...steps.warnings] };
}
