// One cold start: a fresh Node process imports a bundle and serves one event. Prints one JSON line.
// argv: <bundle.mjs> <event.json>. The time is performance.now(): milliseconds since this process began.
import fs from "node:fs";
import { pathToFileURL } from "node:url";

const [bundle, eventFile] = process.argv.slice(2);
const event = JSON.parse(fs.readFileSync(eventFile, "utf8"));
// A caller of its own per run: the per-user rate limits must not answer 429 to the 11th cold start.
const claims = event?.requestContext?.authorizer?.jwt?.claims;
if (claims?.sub) claims.sub = `${claims.sub.slice(0, 24)}${String(process.pid).padStart(12, "0").slice(-12)}`;
const context = {
  functionName: "bench", functionVersion: "$LATEST", invokedFunctionArn: "arn:aws:lambda:eu-central-1:000000000000:function:bench",
  memoryLimitInMB: "512", awsRequestId: "bench-cold", logGroupName: "/aws/lambda/bench", logStreamName: "bench",
  callbackWaitsForEmptyEventLoop: true, getRemainingTimeInMillis: () => 10_000, done() {}, fail() {}, succeed() {},
};
const imported = performance.now();
const mod = await import(pathToFileURL(bundle).href);
const loaded = performance.now();
let status = "error";
try {
  const out = await mod.handler(event, context);
  status = String(out?.statusCode ?? "ok");
} catch (e) {
  status = `threw ${e?.name ?? "Error"}`;
}
const served = performance.now();
process.stdout.write(JSON.stringify({ boot: imported, importMs: loaded - imported, totalMs: served, status }) + "\n");
process.exit(0);
