/** Section 1: every Lambda bundled as SST deploys it; sizes, largest modules, forbidden modules. */
import fs from "node:fs";
import path from "node:path";
import { bundleAll, type BundleReport } from "../lib/bundle.js";
import { budgets, forbiddenModules, type ModuleViolation } from "../lib/budgets.js";
import { lambdaFunctions, repoRoot, type LambdaFunction } from "../lib/functions.js";

export interface BundlesResult {
  functions: (Omit<BundleReport, "inputs"> & { file: string; violations: ModuleViolation[] })[];
  missing: string[];
  hello: { bytes: number; minifiedBytes: number; file: string };
  maxBytes: { id: string; bytes: number };
  maxMinifiedBytes: { id: string; bytes: number };
  overBudget: { id: string; bytes: number }[];
  violations: ModuleViolation[];
}

export async function runBundles(outdir: string, log: (l: string) => void): Promise<{ result: BundlesResult; fns: LambdaFunction[] }> {
  fs.mkdirSync(outdir, { recursive: true });
  const { functions, missing } = lambdaFunctions();
  const helloFn: LambdaFunction = { id: "hello-world", handler: "bench/fixtures/hello.handler", file: path.join(repoRoot, "bench/fixtures/hello.ts") };
  const all = await bundleAll([...functions, helloFn], { outdir, top: 8 });
  const hello = all.pop()!;
  const reports = all.map((r, i) => ({ fn: functions[i], r }));
  const rows = reports.map(({ fn, r }) => {
    const { inputs, ...rest } = r;
    return { ...rest, file: path.join(outdir, `${fn.id}.mjs`), violations: forbiddenModules(fn, r) };
  });
  const byBytes = [...rows].sort((a, b) => b.bytes - a.bytes);
  const byMin = [...rows].sort((a, b) => b.minifiedBytes - a.minifiedBytes);
  log(`bundled ${rows.length} functions (+ hello-world); largest ${byBytes[0]?.id} ${(byBytes[0]?.bytes / 1024).toFixed(0)} KB`);
  return {
    fns: functions,
    result: {
      functions: rows,
      missing,
      hello: { bytes: hello.bytes, minifiedBytes: hello.minifiedBytes, file: path.join(outdir, "hello-world.mjs") },
      maxBytes: { id: byBytes[0]?.id, bytes: byBytes[0]?.bytes },
      maxMinifiedBytes: { id: byMin[0]?.id, bytes: byMin[0]?.minifiedBytes },
      overBudget: rows.filter((r) => r.bytes > budgets.bundleBytes).map((r) => ({ id: r.id, bytes: r.bytes })),
      violations: rows.flatMap((r) => r.violations),
    },
  };
}
