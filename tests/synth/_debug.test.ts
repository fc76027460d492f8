import { it } from "vitest";
import fs from "node:fs";
import { synthesize, stackNames } from "./synth.js";
it("dump", async () => {
  const t0 = Date.now();
  const s = await synthesize();
  for (const n of stackNames) fs.writeFileSync(`/tmp/synthdbg/${n}.json`, JSON.stringify(s.json[n], null, 2));
  console.log("synth ms", Date.now() - t0, [...s.builtFunctions.keys()]);
}, 600_000);
