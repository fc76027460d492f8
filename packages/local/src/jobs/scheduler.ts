/**
 * Scheduled jobs of resources.ts (EventBridge rules in AWS) called on their interval, with an
 * EventBridge "Scheduled Event". A run never overlaps the previous one of the same job.
 */
import { randomUUID } from "node:crypto";
import { scheduledJobs } from "@exidmet/core/infra/resources";
import { fakeAws } from "../emulators/index.js";
import { LOCAL_ACCOUNT } from "../env.js";
import { type HandlerLoader, HandlerNotFoundError, invokeHandler } from "../lambda/handlers.js";

export interface JobDef {
  id: string;
  handler: string;
  everyMinutes: number;
}

export interface JobScheduler {
  /** Runs a job now (tests, or `POST /_local/jobs/<id>`), waiting for it to finish. */
  run(id: string): Promise<void>;
  stop(): void;
}

export class UnknownJobError extends Error {
  override name = "UnknownJobError";
}

export function scheduledEvent(job: JobDef, time = new Date()) {
  return {
    version: "0",
    id: randomUUID(),
    "detail-type": "Scheduled Event",
    source: "aws.events",
    account: LOCAL_ACCOUNT,
    time: time.toISOString().replace(/\.\d{3}Z$/, "Z"),
    region: fakeAws.region,
    resources: [`arn:aws:events:${fakeAws.region}:${LOCAL_ACCOUNT}:rule/exidmet-local-${job.id}`],
    detail: {},
  };
}

export function startJobs(
  loader: HandlerLoader,
  log: (line: string) => void,
  options: { jobs?: readonly JobDef[]; enabled?: boolean } = {},
): JobScheduler {
  const jobs = options.jobs ?? scheduledJobs;
  const running = new Map<string, Promise<void>>();
  const missingReported = new Set<string>();
  const timers: NodeJS.Timeout[] = [];

  const run = (id: string): Promise<void> => {
    const job = jobs.find((j) => j.id === id);
    if (!job) return Promise.reject(new UnknownJobError(`unknown job ${id}`));
    const current = running.get(id);
    if (current) return current;
    const p = invokeHandler(loader, job.handler, scheduledEvent(job), { timeoutMs: 5 * 60_000 })
      .then(() => {
        missingReported.delete(id);
      })
      .catch((e: Error) => {
        if (e instanceof HandlerNotFoundError) {
          // Said once: the handler may simply not be written yet.
          if (!missingReported.has(id)) log(`[jobs] ${job.id} skipped: ${e.message}`);
          missingReported.add(id);
        } else {
          log(`[jobs] ${job.id} failed: ${e?.name ?? "Error"}: ${String(e?.message ?? e).slice(0, 300)}`);
        }
      })
      .finally(() => running.delete(id));
    running.set(id, p);
    return p;
  };

  if (options.enabled !== false) {
    for (const job of jobs) {
      const t = setInterval(() => void run(job.id), job.everyMinutes * 60_000);
      t.unref();
      timers.push(t);
    }
  }
  return {
    run,
    stop: () => {
      for (const t of timers) clearInterval(t);
    },
  };
}
