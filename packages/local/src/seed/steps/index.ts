/**
 * Demo data of each service, seeded through the API after the foundation's (state bodies, the demo
 * competition). Each step lives in its own file, is idempotent (a second `npm start` changes
 * nothing) and reports one line; a failure becomes a warning, never a crash.
 */
import type { SeedApi } from "./seed-api.js";
import { resultsSeed } from "./results.js";
import { registerSeed } from "./register.js";
import { ethicsSeed } from "./ethics.js";
import { trialTestsSeed } from "./trial-tests.js";
import { senioritySeed } from "./seniority.js";

export interface SeedStep {
  name: string;
  run(api: SeedApi): Promise<string>;
}

export const seedSteps: SeedStep[] = [
  resultsSeed,
  registerSeed,
  ethicsSeed,
  trialTestsSeed,
  senioritySeed,
];
