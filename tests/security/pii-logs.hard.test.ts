/**
 * Personal data never appears in logs: runs the whole integration suite (tests/integration, on a
 * local cloud of its own) with every log line captured — the handlers' structured logs (Powertools,
 * stdout) and the local cloud's own lines — and searches them for every seeded personal value: the
 * demo citizens' ID-card numbers and FINs, and the application fixtures' birth dates, phones,
 * addresses and document numbers.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { demoCitizens } from "@exidmet/local/seed/demo-data";
import { describe, expect, it } from "vitest";
import { validForm } from "../../packages/core/test/fixtures.js";
import { recordFigures } from "./support.js";

const root = path.resolve(import.meta.dirname, "../..");

function personalValues(): string[] {
  const f = validForm();
  return [
    ...demoCitizens.flatMap((c) => [c.idCard, ...("fin" in c && c.fin ? [c.fin] : [])]),
    f.identity.idCardNumber,
    f.citizen.birthDate,
    f.contact.mobile,
    f.contact.mobile.replace("+994", "0"),
    f.contact.registeredAddress,
    "Azadlıq pr. 10",
    f.employment.labourBookNumber,
    ...f.education.map((e) => e.diplomaNumber),
  ];
}

describe("personal data in logs", () => {
  it("the whole integration suite's logs contain none of the seeded personal values", async () => {
    const lines: string[] = [];
    const exitCode = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, [path.join(root, "node_modules/vitest/vitest.mjs"), "run", "--project", "e2e", "tests/integration", "--silent"], {
        cwd: root,
        env: { ...process.env, EXIDMET_TEST_WEB: "0", EXIDMET_HARD: "", EXIDMET_TEST_PORT_BASE: "3600" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let rest = "";
      const take = (chunk: Buffer) => {
        const text = rest + chunk.toString("utf8");
        const parts = text.split("\n");
        rest = parts.pop() ?? "";
        lines.push(...parts);
      };
      child.stdout.on("data", take);
      child.stderr.on("data", take);
      child.on("close", (code) => {
        if (rest) lines.push(rest);
        resolve(code ?? 1);
      });
    });
    // Product logs: the handlers' JSON lines and the local cloud's own lines (not the test reporter's diffs).
    const logs = lines.filter((l) => l.startsWith('{"level"') || l.includes("[local cloud]") || l.includes("[api]"));
    const values = personalValues();
    const leaks = values.flatMap((v) => logs.filter((l) => l.includes(v)).map((l) => `${v}: ${l.slice(0, 300)}`));
    recordFigures("pii-logs", { integrationSuiteExitCode: exitCode, linesCaptured: lines.length, productLogLines: logs.length, personalValuesSearched: values.length, leaks: leaks.length });
    expect(logs.length).toBeGreaterThan(0);
    expect(leaks.slice(0, 10), leaks.slice(0, 10).join("\n")).toEqual([]);
  }, 1_800_000);
});
