/**
 * Section 3: the warm path, in this process. (a) The middleware chain's own cost: `httpRoute` around
 * a handler that does nothing, called with a gateway event, minus nothing (the bare function costs
 * microseconds); (b) validating the largest payload: the full application form with three education
 * entries, through the same schema the submission uses, built per call as the use case builds it and
 * built once; (c) schema constructions per request of that validation.
 */
import { httpRoute } from "../../packages/aws/src/http/route-handler.js";
import { applicationFormSchema, parseApplicationForm } from "../../packages/core/src/applications/form.js";
import { routeById } from "../../packages/core/src/http/routes.js";
import { parseOrThrow } from "../../packages/core/src/validation/parse.js";
import { validForm } from "../../packages/core/test/fixtures.js";
import { httpEvent, lambdaContext } from "../lib/events.js";
import { countSchemaBuilds, round, summary } from "../lib/stats.js";

export interface WarmResult {
  middleware: { route: string; p50Ms: number; p99Ms: number; n: number }[];
  validation: {
    /** What the submission does: parseApplicationForm (shape built once, cross-field rules after). */
    server: { p50Ms: number; p99Ms: number };
    /** applicationFormSchema(context) built per call (what the browser does once per page). */
    perCall: { p50Ms: number; p99Ms: number };
    n: number;
    payloadBytes: number;
    schemaBuildsPerValidation: number;
  };
}

/** The largest payload: the full form with three education entries. */
export function largestForm() {
  const f = validForm();
  f.education.push({ level: "doctorate", institution: "AMEA Hüquq İnstitutu", entryYear: 2019, specialtyCode: "060401", specialtyName: "Hüquqşünaslıq", diplomaNumber: "AMEA-2023", diplomaDate: "2023-06-30", foreign: false } as never);
  return f;
}

async function timeLoop(n: number, fn: () => unknown): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

export async function runWarm(ids: { citizensIssuer: string; officialsIssuer: string }, log: (l: string) => void): Promise<WarmResult> {
  const N = Number(process.env.BENCH_WARM_N ?? 20_000);
  const middleware: WarmResult["middleware"] = [];
  // Routes whose middleware makes no AWS call (no rate limit, not an official's status check).
  for (const id of ["health.get", "me.get"]) {
    const route = routeById(id);
    const wrapped = httpRoute(id, async () => ({ body: { ok: true } }));
    const event = httpEvent(route, ids);
    const context = lambdaContext("bench");
    await timeLoop(2_000, () => wrapped(event as never, context as never)); // warm up (JIT)
    const s = summary(await timeLoop(N, () => wrapped(event as never, context as never)));
    middleware.push({ route: id, p50Ms: round(s.p50, 4), p99Ms: round(s.p99, 4), n: N });
  }

  const form = largestForm();
  const context = { today: new Date().toISOString().slice(0, 10), accountIdCard: form.identity.idCardNumber, seniorityRequired: { totalYears: 1 } };
  const M = Math.max(2_000, Math.floor(N / 4));
  await timeLoop(1_000, () => parseApplicationForm(form, context));
  await timeLoop(500, () => parseOrThrow(applicationFormSchema(context), form));
  const server = summary(await timeLoop(M, () => parseApplicationForm(form, context)));
  const perCall = summary(await timeLoop(M, () => parseOrThrow(applicationFormSchema(context), form)));
  const { builds } = await countSchemaBuilds(async () => {
    for (let i = 0; i < 100; i++) parseApplicationForm(form, context);
  });
  log(`warm: middleware p99 ${middleware.map((m) => `${m.route} ${m.p99Ms} ms`).join(", ")}; validation p99 ${round(server.p99)} ms (${builds / 100} schema objects built per validation)`);
  return {
    middleware,
    validation: {
      server: { p50Ms: round(server.p50, 4), p99Ms: round(server.p99, 4) },
      perCall: { p50Ms: round(perCall.p50, 4), p99Ms: round(perCall.p99, 4) },
      n: M,
      payloadBytes: Buffer.byteLength(JSON.stringify(form)),
      schemaBuildsPerValidation: builds / 100,
    },
  };
}
