/**
 * Bundles a Lambda exactly as SST v2 deploys it (node_modules/sst/runtime/handlers/node.js with the
 * options of sst.config.ts: ESM, target esnext, mainFields module/main, the createRequire banner,
 * keepNames, only sharp and pg-native external — @aws-sdk/* is bundled — and minify), once minified
 * (the deployed size) and once unminified (the budget's size), with esbuild's metafile.
 */
import path from "node:path";
import * as esbuild from "esbuild";
import type { LambdaFunction } from "./functions.js";

export const sstBanner = [
  `import { createRequire as topLevelCreateRequire } from 'module';`,
  `const require = topLevelCreateRequire(import.meta.url);`,
  `import { fileURLToPath as topLevelFileUrlToPath, URL as topLevelURL } from "url"`,
  `const __dirname = topLevelFileUrlToPath(new topLevelURL(".", import.meta.url))`,
  "",
].join("\n");

export function sstBuildOptions(entry: string, options: { minify: boolean; outfile?: string }): esbuild.BuildOptions {
  return {
    entryPoints: [entry],
    platform: "node",
    external: ["sharp", "pg-native"],
    keepNames: true,
    bundle: true,
    logLevel: "silent",
    metafile: true,
    format: "esm",
    target: "esnext",
    mainFields: ["module", "main"],
    banner: { js: sstBanner },
    minify: options.minify,
    sourcemap: false,
    ...(options.outfile ? { outfile: options.outfile, write: true } : { outfile: "out.mjs", write: false }),
  };
}

export interface ModuleSize {
  /** Input path as esbuild names it (relative to the working directory). */
  path: string;
  bytes: number;
}

export interface BundleReport {
  id: string;
  handler: string;
  /** Unminified bundle bytes (the budget). */
  bytes: number;
  /** Minified bytes, as SST deploys it. */
  minifiedBytes: number;
  /** Largest inputs in the unminified bundle. */
  largest: ModuleSize[];
  /** Grouped by npm package (or workspace package), biggest first. */
  packages: ModuleSize[];
  /** Every input that contributes bytes (for forbidden-module checks). */
  inputs: ModuleSize[];
}

/** `node_modules/@aws-sdk/client-s3/dist-es/x.js` → `@aws-sdk/client-s3`; workspace files → `@exidmet/<pkg>` or `functions`. */
export function packageOf(input: string): string {
  const i = input.lastIndexOf("node_modules/");
  if (i !== -1) {
    const rest = input.slice(i + "node_modules/".length).split("/");
    return rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const m = /(?:^|\/)packages\/([^/]+)\//.exec(input);
  if (m) return `@exidmet/${m[1]}`;
  return input.split("/")[0] ?? input;
}

function summarise(meta: esbuild.Metafile): { bytes: number; inputs: ModuleSize[] } {
  const out = Object.values(meta.outputs)[0];
  const inputs = Object.entries(out.inputs)
    .map(([p, v]) => ({ path: p, bytes: v.bytesInOutput }))
    .filter((x) => x.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
  return { bytes: out.bytes, inputs };
}

function reportOf(fn: LambdaFunction, plain: { bytes: number; inputs: ModuleSize[] }, minifiedBytes: number, top: number): BundleReport {
  const byPackage = new Map<string, number>();
  for (const i of plain.inputs) byPackage.set(packageOf(i.path), (byPackage.get(packageOf(i.path)) ?? 0) + i.bytes);
  return {
    id: fn.id,
    handler: fn.handler,
    bytes: plain.bytes,
    minifiedBytes,
    largest: plain.inputs.slice(0, top),
    packages: [...byPackage].map(([p, b]) => ({ path: p, bytes: b })).sort((a, b) => b.bytes - a.bytes),
    inputs: plain.inputs,
  };
}

/**
 * Bundles many functions in one esbuild run per variant (parsing shared: much faster than one run
 * each; the outputs are the same, as there is no code splitting). `minified: false` skips the
 * deployed-size build (the CI check only needs the unminified one).
 */
export async function bundleAll(fns: LambdaFunction[], options: { outdir?: string; top?: number; minified?: boolean | "transform" } = {}): Promise<BundleReport[]> {
  const entryPoints = Object.fromEntries(fns.map((f) => [f.id, f.file]));
  const build = (minify: boolean, outdir?: string) =>
    esbuild.build({
      ...sstBuildOptions(fns[0].file, { minify }),
      entryPoints,
      outfile: undefined,
      outdir: outdir ?? "/tmp/exidmet-bench-virtual",
      outExtension: { ".js": ".mjs" },
      write: !!outdir,
    });
  const exactMinified = options.minified === undefined || options.minified === true;
  const [plain, minified] = await Promise.all([build(false), exactMinified ? build(true, options.outdir) : undefined]);
  const byEntry = (meta: esbuild.Metafile) => {
    const out = new Map<string, { bytes: number; inputs: ModuleSize[]; output: string }>();
    for (const [output, o] of Object.entries(meta.outputs)) {
      if (!o.entryPoint) continue;
      const inputs = Object.entries(o.inputs)
        .map(([p, v]) => ({ path: p, bytes: v.bytesInOutput }))
        .filter((x) => x.bytes > 0)
        .sort((a, b) => b.bytes - a.bytes);
      out.set(o.entryPoint, { bytes: o.bytes, inputs, output });
    }
    return out;
  };
  const plainBy = byEntry(plain.metafile!);
  const minBy = minified ? byEntry(minified.metafile!) : undefined;
  const rel = (f: string) => path.relative(process.cwd(), f).split(path.sep).join("/");
  // "transform": the deployed size estimated by minifying the unminified bundle (no second link; the CI check).
  const texts = options.minified === "transform" ? new Map(plain.outputFiles!.map((f) => [f.path, f.text])) : undefined;
  return Promise.all(
    fns.map(async (fn) => {
      const p = plainBy.get(rel(fn.file));
      if (!p) throw new Error(`no bundle output for ${fn.id} (${rel(fn.file)})`);
      let minifiedBytes = minBy?.get(rel(fn.file))?.bytes ?? 0;
      if (texts) {
        const code = texts.get(path.resolve(p.output))!;
        minifiedBytes = Buffer.byteLength((await esbuild.transform(code, { minify: true, keepNames: true, format: "esm", target: "esnext" })).code);
      }
      return reportOf(fn, p, minifiedBytes, options.top ?? 10);
    }),
  );
}
