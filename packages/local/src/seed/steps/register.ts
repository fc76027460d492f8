/**
 * Demo data of service 3: the demo register (register-data.ts: a few hundred people of the Ministry
 * of Justice and the Ministry of Taxes, current and former, Elvin Hüseynov among them), imported
 * as the Commission admin through the CSV import, in files of at most 250 rows. Idempotent: a file
 * imported before is answered at once (`alreadyImported`), and people already equal to the file
 * are skipped. So that Elvin's own view shows the read log from the start, the Ministry of
 * Justice's HR officer reads his record once — only if nobody has yet.
 */
import { registerCsv } from "@exidmet/core/register/csv";
import { demoCitizens } from "../demo-data.js";
import { chunkPeople, demoRegister, demoServantFin } from "../register-data.js";
import type { SeedStep } from "./index.js";

export const registerSeed: SeedStep = {
  name: "register of civil servants (service 3)",
  async run(api) {
    const people = demoRegister();
    let created = 0;
    let updated = 0;
    let already = 0;
    for (const chunk of chunkPeople(people, 250)) {
      const res = await api.call("admin", "POST", "/admin/register/import", { csv: registerCsv(chunk) });
      if (!res.ok) throw new Error(`POST /admin/register/import → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
      const body = res.body as { created: number; updated: number; alreadyImported: boolean };
      created += body.created;
      updated += body.updated;
      if (body.alreadyImported) already++;
    }
    const elvin = demoCitizens[1].email;
    const mine = await api.call(elvin, "GET", "/me/register");
    const reads = (mine.body as { reads?: unknown[] } | undefined)?.reads ?? [];
    if (mine.ok && reads.length === 0) await api.call("hr.justice", "GET", `/hr/register/people/${demoServantFin}`);
    return `${people.length} people (${created} added, ${updated} updated${already ? `, ${already} file(s) already imported` : ""})`;
  },
};
