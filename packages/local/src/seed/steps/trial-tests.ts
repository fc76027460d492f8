/**
 * Service 6: the seeded question bank, imported as the Commission admin through the same import
 * route an admin uses (fixed ids: a second `npm start` changes nothing). No demo attempts are
 * seeded, so every demo citizen can take a trial test at once.
 */
import { seedQuestions } from "@exidmet/core/trial-tests/question-bank/seed-bank";
import { questionsToCsv } from "@exidmet/core/trial-tests/question-bank/to-csv";
import { demoAdmin } from "../demo-data.js";
import type { SeedStep } from "./index.js";

export const trialTestsSeed: SeedStep = {
  name: "trial tests",
  async run(api) {
    const res = await api.call(demoAdmin.username, "POST", "/admin/questions/import", { csv: questionsToCsv(seedQuestions) });
    if (!res.ok) throw new Error(`question bank import → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
    const r = res.body as { rows: number; created: number; updated: number; unchanged: number };
    return `question bank: ${r.rows} questions (${r.created} new, ${r.updated} updated, ${r.unchanged} unchanged)`;
  },
};
