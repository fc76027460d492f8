// A load step in its own process (so the load generator does not share the gateway's event loop):
// autocannon against one route. argv[2]: a JSON file {url, connections, duration?, amount?, overallRate?,
// timeout, requests: [{method, path, headers, body}]} — requests are used in turn, each at most once
// when `amount` is set (distinct citizens). Prints one JSON line with the result.
import fs from "node:fs";
import autocannon from "autocannon";

const cfg = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
let i = 0;
const reqs = cfg.requests;
const started = Date.now();
const result = await autocannon({
  url: cfg.url,
  connections: cfg.connections,
  ...(cfg.duration ? { duration: cfg.duration } : {}),
  ...(cfg.amount ? { amount: cfg.amount } : {}),
  ...(cfg.overallRate ? { overallRate: cfg.overallRate } : {}),
  timeout: cfg.timeout ?? 10,
  pipelining: 1,
  requests: [
    {
      setupRequest: (req) => {
        const r = reqs[i++ % reqs.length];
        return { ...req, method: r.method, path: r.path, headers: { ...(r.headers ?? {}) }, ...(r.body !== undefined ? { body: r.body } : {}) };
      },
    },
  ],
});
const codes = {};
for (const k of Object.keys(result)) if (/^\dxx$/.test(k)) codes[k] = result[k];
process.stdout.write(
  JSON.stringify({
    requests: result.requests.total,
    rps: result.requests.total / ((Date.now() - started) / 1000),
    rpsAverage: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes: result.statusCodeStats,
    codes,
    durationMs: Date.now() - started,
  }) + "\n",
);
