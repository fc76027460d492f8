/**
 * The deterministic budgets of issue 9, shared by `npm run bench` and the CI check
 * (tests/unit/bench-budgets.test.ts): bundle sizes and modules a function must not carry.
 */
import type { AwsCallBudget } from "../../packages/core/src/http/routes.js";
import { scheduledJobs } from "../../packages/core/src/infra/resources.js";
import type { BundleReport } from "./bundle.js";
import { packageOf } from "./bundle.js";
import type { LambdaFunction } from "./functions.js";

export const KB = 1024;
export const budgets = {
  /** Each function's unminified bundle. */
  bundleBytes: 500 * KB,
  /** No function's deployed (minified, as SST ships it) bundle over this. */
  bundleHardBytes: 1024 * KB,
  coldStartRatio: 2,
  validationP99Ms: 2,
  middlewareP99Ms: 1,
  rateFraction: 0.5,
  readP99Ms: 150,
  submitP99Ms: 300,
  firstPageGzipJs: 100 * KB,
  lcpMs: 2500,
} as const;

type Service = keyof AwsCallBudget;

/** SDK packages by the AWS service they call. */
export const sdkPackages: Record<string, Service> = {
  "@aws-sdk/client-dynamodb": "dynamodb",
  "@aws-sdk/lib-dynamodb": "dynamodb",
  "@aws-sdk/client-s3": "s3",
  "@aws-sdk/s3-presigned-post": "s3",
  "@aws-sdk/s3-request-presigner": "s3",
  "@aws-sdk/client-sesv2": "ses",
  "@aws-sdk/client-cognito-identity-provider": "cognito",
  "@aws-sdk/client-sfn": "sfn",
};

/** What the functions that are not routes may call: the scheduled jobs' `needs` and the deadline function's grants (stacks/Workflows.ts). */
export const nonRouteBudgets: Record<string, AwsCallBudget> = {
  "deadlines.fired": { dynamodb: 1, s3: 1, ses: 1, sfn: 1 },
  ...Object.fromEntries(scheduledJobs.map((j) => [`job.${j.id}`, { dynamodb: 0, ...(j as { needs?: Partial<AwsCallBudget> }).needs } as AwsCallBudget])),
};

/**
 * Functions that render certificate PDFs (pdf-lib, fontkit, qrcode): the deadline handler and the
 * deadline sweeper (trial-test certificates) and the legal sector's approval of a seniority request. No other function may bundle them.
 */
export const pdfRenderers = new Set<string>(["deadlines.fired", "job.DeadlineSweeper", "legal.seniority.approve"]);
const pdfPackages = new Set(["pdf-lib", "@pdf-lib/fontkit", "@pdf-lib/standard-fonts", "@pdf-lib/upng", "pako", "qrcode", "fontkit"]);

export interface ModuleViolation {
  function: string;
  module: string;
  why: string;
}

export function budgetOf(fn: Pick<LambdaFunction, "id" | "route">): AwsCallBudget | undefined {
  return fn.route?.budget ?? nonRouteBudgets[fn.id];
}

/**
 * Modules a function must not carry: SDK clients of services outside its budget, Ajv, zod's whole
 * namespace, PDF code. (Scan cannot be checked here: the SDK's aggregated client always bundles every
 * command; see scanSources() and the call counter.)
 */
export function forbiddenModules(fn: Pick<LambdaFunction, "id" | "route">, report: Pick<BundleReport, "inputs">): ModuleViolation[] {
  const out: ModuleViolation[] = [];
  const budget = budgetOf(fn);
  const seen = new Set<string>();
  const add = (module: string, why: string) => {
    const key = `${module}|${why}`;
    if (!seen.has(key)) out.push({ function: fn.id, module, why }), seen.add(key);
  };
  let localeBytes = 0;
  for (const { path: input, bytes } of report.inputs) {
    const pkg = packageOf(input);
    const service = sdkPackages[pkg];
    // DynamoDB is exempt: the shared middleware (rate limits, officials' status) may call it on any route.
    if (service && service !== "dynamodb" && budget && !budget[service]) add(pkg, `an SDK client for ${service}, which the route's budget never calls`);
    if (pkg === "ajv" || pkg.startsWith("ajv-")) add(pkg, "Ajv (validation is zod's)");
    if (input.includes("node_modules/zod/") && input.includes("/locales/") && !input.endsWith("/locales/en.js")) localeBytes += bytes;
    if (pdfPackages.has(pkg) && !pdfRenderers.has(fn.id)) add(pkg, "PDF rendering, which this function never does");
  }
  if (localeBytes > 10 * KB) add("zod/v4/locales", 'zod\'s whole namespace (every locale): a file in the bundle has `import { z } from "zod"` — write `import * as z from "zod"`');
  return out;
}

/** Packages that are the AWS SDK or only its internals. */
export const isSdkPackage = (pkg: string) =>
  /^@(aws-sdk|smithy|aws-crypto)\//.test(pkg) || ["mnemonist", "obliterator", "fast-xml-parser", "strnum", "bowser", "tslib"].includes(pkg);

/** Unminified bytes of the AWS SDK and of everything else (the product's own code and its libraries). */
export function sdkShare(report: Pick<BundleReport, "packages">): { sdk: number; rest: number } {
  let sdk = 0;
  let rest = 0;
  for (const p of report.packages) (isSdkPackage(p.path) ? (sdk += p.bytes) : (rest += p.bytes));
  return { sdk, rest };
}

/** Source files on request paths that mention a DynamoDB Scan (zero Scan on any request path). */
export const scanPattern = /\b(ScanCommand|paginateScan|ScanInput)\b|\.scan\(/;
