/**
 * Counts AWS SDK calls per request (the benchmark and the budget checks). Install once per process
 * with `installCallCounter()` BEFORE the first client is created (clients.ts applies plugins at
 * creation), then run each request inside `countCalls(label, fn)`. A DynamoDB Scan inside a counted
 * request is refused: the middleware throws `ScanOnRequestPath` (and records it), so a test or the
 * benchmark fails where it happens. Calls outside any counted scope are tallied under "(outside)".
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { addClientPlugin } from "./clients.js";

export type AwsService = "dynamodb" | "s3" | "ses" | "cognito" | "sfn" | "other";

export interface CallTally {
  /** Calls per service (each SDK `send`, retries included: a retry is a call AWS bills). */
  byService: Partial<Record<AwsService, number>>;
  /** Calls per `Service.Operation`, e.g. `dynamodb.TransactWriteItems`. */
  byOperation: Record<string, number>;
  scans: number;
  /** Each call's input, in order, when recording is on (`recordCallInputs(true)`): the benchmark replays them. */
  ops?: { service: AwsService; operation: string; input: unknown }[];
}

let recording = false;
/** While on, new tallies keep each call's input (a deep copy). */
export const recordCallInputs = (on: boolean) => {
  recording = on;
};

const newTally = (): CallTally => ({ byService: {}, byOperation: {}, scans: 0, ...(recording ? { ops: [] } : {}) });

function serviceOf(clientName: string | undefined): AwsService {
  const n = (clientName ?? "").toLowerCase();
  if (n.startsWith("dynamodb")) return "dynamodb";
  if (n.startsWith("s3")) return "s3";
  if (n.startsWith("sesv2") || n.startsWith("ses")) return "ses";
  if (n.startsWith("cognito")) return "cognito";
  if (n.startsWith("sfn")) return "sfn";
  return "other";
}

export class ScanOnRequestPath extends Error {
  override name = "ScanOnRequestPath";
}

const scope = new AsyncLocalStorage<CallTally>();
const outside = newTally();
let installed = false;

function record(tally: CallTally, service: AwsService, operation: string) {
  tally.byService[service] = (tally.byService[service] ?? 0) + 1;
  const key = `${service}.${operation}`;
  tally.byOperation[key] = (tally.byOperation[key] ?? 0) + 1;
}

/** The SDK middleware: once per `send` (before retries: a budget counts the calls the code makes). */
export const callCounterPlugin = {
  applyToStack(stack: { add: (mw: unknown, options: unknown) => void }) {
    stack.add(
      (next: (args: unknown) => Promise<unknown>, context: { clientName?: string; commandName?: string }) => async (args: unknown) => {
        const tally = scope.getStore() ?? outside;
        const service = serviceOf(context.clientName);
        const operation = (context.commandName ?? "Unknown").replace(/Command$/, "");
        record(tally, service, operation);
        if (tally.ops) tally.ops.push({ service, operation, input: structuredClone((args as { input?: unknown }).input) });
        if (service === "dynamodb" && operation === "Scan" && scope.getStore()) {
          tally.scans++;
          throw new ScanOnRequestPath("DynamoDB Scan on a request path");
        }
        return next(args);
      },
      { step: "initialize", name: "exidmetCallCounter", priority: "high" },
    );
  },
};

/** Adds the counter to every AWS client created from now on (idempotent). */
export function installCallCounter(): void {
  if (installed) return;
  installed = true;
  addClientPlugin(callCounterPlugin as never);
}

export const isCallCounterInstalled = () => installed;

/** Runs `fn` with its own tally; resolves to the result and the calls it made. */
export async function countCalls<T>(fn: () => Promise<T>): Promise<{ result: T; calls: CallTally }> {
  const tally = newTally();
  const result = await scope.run(tally, fn);
  return { result, calls: tally };
}

/** Calls made outside any counted request (start-up, seeding). */
export const callsOutsideRequests = (): CallTally => outside;

/** The per-service maxima over many tallies. */
export function maxima(tallies: CallTally[]): Partial<Record<AwsService, number>> {
  const out: Partial<Record<AwsService, number>> = {};
  for (const t of tallies) for (const [s, n] of Object.entries(t.byService)) out[s as AwsService] = Math.max(out[s as AwsService] ?? 0, n ?? 0);
  return out;
}
