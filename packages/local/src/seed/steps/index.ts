/**
 * Demo data of each service, seeded through the API after the foundation's (state bodies, the demo
 * competition). Each step lives in its own file, is idempotent (a second `npm start` changes
 * nothing) and reports one line; a failure becomes a warning, never a crash.
 */
import type { SeedApi } from "./seed-api.js";

export interface SeedStep {
  name: string;
  run(api: SeedApi): Promise<string>;
}

export const seedSteps: SeedStep[] = [];
