/**
 * Local Step Functions for the deadline state machine.
 *
 * The first Wait state is kept by OUR scheduler, not by aws-local-stepfunctions: its sleep is one
 * setTimeout, which Node fires after 1 ms when the delay exceeds ~24.8 days (a 30-day competition
 * window would close at once), and an in-memory sleep cannot survive a restart. So an execution
 * is "waiting" (persisted with its dueAt) until due, then the ASL runs in aws-local-stepfunctions
 * with that Wait overridden to 0 ms — every other state (Task, Retry, …) is the engine's.
 * `advance()` simply makes due now whatever is due by a given time, for tests.
 */
import { randomUUID } from "node:crypto";
import { StateMachine } from "aws-local-stepfunctions";
import { dueTimeOf, InvalidTimestampError, type LocalDefinition } from "./definition.js";
import { type ExecutionRecord, ExecutionStore } from "./store.js";

// Node 22 has it; older runtimes (and some test runners' realms) may not.
if (typeof (Promise as { withResolvers?: unknown }).withResolvers !== "function") {
  Object.defineProperty(Promise, "withResolvers", {
    configurable: true,
    writable: true,
    value<T>() {
      let resolve!: (v: T) => void;
      let reject!: (e: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}

/** An AWS JSON error: `type` becomes `__type` in the response. */
export class SfnError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = type;
  }
}

export interface StepFunctionsOptions {
  definition: LocalDefinition;
  stateMachineArn: string;
  dataDir: string;
  /** Runs a Task's handler with the state input (a Lambda invocation). */
  invoke: (handler: string, input: unknown) => Promise<unknown>;
  /** Overrides the ASL's Retry intervals (ms), so failing handlers do not stall tests. */
  retryIntervalMs?: number;
  log: (line: string) => void;
}

export interface AdvanceRequest {
  /** Fire every execution due at or before this ISO time (and those they start, if also due). */
  to?: string;
  /** Fire every waiting execution now, whatever its due time (one round). */
  all?: boolean;
  /** Only these executions (tests fast-forward one case without touching the others). */
  names?: string[];
}

const MAX_TIMER_MS = 24 * 3600 * 1000;
const NAME = /^[A-Za-z0-9_-]{1,80}$/;

export class LocalStepFunctions {
  private readonly store: ExecutionStore;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly runs = new Map<string, { abort: () => void; done: Promise<void> }>();
  private readonly machine: StateMachine;
  private closing = false;

  constructor(private readonly options: StepFunctionsOptions) {
    this.store = new ExecutionStore(options.dataDir);
    // Validates the ASL once, at start-up.
    this.machine = new StateMachine(options.definition.definition);
  }

  private executionArn(name: string): string {
    const [prefix, machineName] = this.options.stateMachineArn.split(":stateMachine:");
    return `${prefix}:execution:${machineName}:${name}`;
  }

  private byArn(executionArn: string): ExecutionRecord {
    const name = executionArn.split(":").pop() ?? "";
    const record = this.store.get(name);
    if (!record || record.executionArn !== executionArn) throw new SfnError("ExecutionDoesNotExist", `Execution Does Not Exist: '${executionArn}'`);
    return record;
  }

  start(request: { stateMachineArn?: string; name?: string; input?: string }): ExecutionRecord {
    if (request.stateMachineArn !== this.options.stateMachineArn) {
      throw new SfnError("StateMachineDoesNotExist", `State Machine Does Not Exist: '${request.stateMachineArn}'`);
    }
    const name = request.name ?? randomUUID();
    if (!NAME.test(name)) throw new SfnError("InvalidName", `Invalid Name: '${name}'`);
    const input = request.input ?? "{}";
    let parsed: unknown;
    try {
      parsed = JSON.parse(input);
    } catch {
      throw new SfnError("InvalidExecutionInput", "Invalid State Machine Execution Input: not JSON");
    }
    const existing = this.store.get(name);
    if (existing) {
      // AWS: same name + same input while running is idempotent; anything else is a conflict.
      if (existing.status === "RUNNING" && existing.input === input) return existing;
      throw new SfnError("ExecutionAlreadyExists", `Execution Already Exists: '${existing.executionArn}'`);
    }
    const startDate = Date.now();
    let due: number;
    try {
      due = dueTimeOf(this.options.definition, parsed, startDate);
    } catch (e) {
      if (e instanceof InvalidTimestampError) throw new SfnError("InvalidExecutionInput", e.message);
      throw e;
    }
    const record: ExecutionRecord = {
      name,
      executionArn: this.executionArn(name),
      stateMachineArn: this.options.stateMachineArn,
      input,
      status: "RUNNING",
      phase: "waiting",
      dueAt: new Date(due).toISOString(),
      startDate,
    };
    this.store.put(record);
    this.schedule(record);
    return record;
  }

  describe(executionArn: string): ExecutionRecord {
    return this.byArn(executionArn);
  }

  list(): ExecutionRecord[] {
    return this.store.all().sort((a, b) => a.startDate - b.startDate);
  }

  stop(executionArn: string, error?: string, cause?: string): ExecutionRecord {
    const record = this.byArn(executionArn);
    if (record.status !== "RUNNING") return record;
    this.clearTimer(record.name);
    const stopped: ExecutionRecord = { ...record, status: "ABORTED", phase: undefined, stopDate: Date.now(), error, cause };
    this.store.put(stopped);
    this.runs.get(record.name)?.abort();
    return stopped;
  }

  /** After a restart: waiting executions get their timers back; ones cut off mid-run run again (handlers are idempotent). */
  rearm(): number {
    let count = 0;
    for (const record of this.store.all()) {
      if (record.status !== "RUNNING") continue;
      count++;
      if (record.phase === "running") void this.fire(record.name);
      else this.schedule(record);
    }
    return count;
  }

  pending(): ExecutionRecord[] {
    return this.store.all().filter((r) => r.status === "RUNNING");
  }

  async advance(request: AdvanceRequest): Promise<ExecutionRecord[]> {
    const limit = request.all ? Number.POSITIVE_INFINITY : Date.parse(request.to ?? "");
    if (Number.isNaN(limit)) throw new SfnError("ValidationException", "advance needs { to: ISO timestamp } or { all: true }");
    const touched = new Set<string>();
    for (let round = 0; round < 100; round++) {
      const due = this.pending().filter((r) => (!request.names || request.names.includes(r.name)) && (Date.parse(r.dueAt ?? "") <= limit || this.runs.has(r.name)));
      if (!due.length) break;
      for (const r of due) touched.add(r.name);
      await Promise.all(due.map((r) => this.fire(r.name)));
      if (request.all) break;
    }
    return [...touched].map((name) => this.store.get(name)).filter((r): r is ExecutionRecord => !!r);
  }

  close(): void {
    this.closing = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    // Interrupted runs stay RUNNING on disk and run again after a restart.
    for (const run of this.runs.values()) run.abort();
  }

  private clearTimer(name: string) {
    const t = this.timers.get(name);
    if (t) clearTimeout(t);
    this.timers.delete(name);
  }

  private schedule(record: ExecutionRecord) {
    if (this.closing) return;
    this.clearTimer(record.name);
    const delay = Date.parse(record.dueAt ?? "") - Date.now();
    if (!(delay > 0)) {
      void this.fire(record.name);
      return;
    }
    // Long waits re-check at most daily (setTimeout cannot wait longer than ~24.8 days).
    const timer = setTimeout(() => {
      this.timers.delete(record.name);
      const current = this.store.get(record.name);
      if (current?.status === "RUNNING" && current.phase === "waiting") this.schedule(current);
    }, Math.min(delay, MAX_TIMER_MS));
    timer.unref();
    this.timers.set(record.name, timer);
  }

  /** Runs the ASL for a due execution; resolves when it has finished (or at once if it already finished). */
  private fire(name: string): Promise<void> {
    const inFlight = this.runs.get(name);
    if (inFlight) return inFlight.done;
    const record = this.store.get(name);
    if (!record || record.status !== "RUNNING" || this.closing) return Promise.resolve();
    this.clearTimer(name);
    this.store.put({ ...record, phase: "running" });

    const { definition, invoke, retryIntervalMs } = this.options;
    const taskStates = Object.keys(definition.taskHandlers);
    const execution = this.machine.run(JSON.parse(record.input), {
      noThrowOnAbort: true,
      overrides: {
        taskResourceLocalHandlers: Object.fromEntries(
          Object.entries(definition.taskHandlers).map(([state, handler]) => [state, async (input: unknown) => (await invoke(handler, input)) as never]),
        ),
        waitTimeOverrides: definition.firstWait ? { [definition.firstWait.state]: 0 } : {},
        ...(retryIntervalMs !== undefined ? { retryIntervalOverrides: Object.fromEntries(taskStates.map((s) => [s, retryIntervalMs])) } : {}),
      },
      context: {
        Execution: { Id: record.executionArn, Name: record.name, Input: JSON.parse(record.input), StartTime: new Date(record.startDate).toISOString() },
        StateMachine: { Id: record.stateMachineArn, Name: record.stateMachineArn.split(":").pop() },
      },
    });

    const finish = (patch: Partial<ExecutionRecord>) => {
      const current = this.store.get(name);
      // A StopExecution during the run already wrote ABORTED; a shutdown leaves it RUNNING.
      if (!current || current.status !== "RUNNING" || this.closing) return;
      this.store.put({ ...current, phase: undefined, stopDate: Date.now(), ...patch });
    };
    const done = execution.result.then(
      (output) => finish({ status: "SUCCEEDED", output: JSON.stringify(output ?? null) }),
      (e: unknown) => {
        const inner = (e instanceof Error && e.cause instanceof Error ? e.cause : e) as Error;
        const error = inner?.name ?? "Error";
        this.options.log(`[sfn] execution ${name} failed: ${error}`);
        finish({ status: "FAILED", error, cause: JSON.stringify({ errorType: error, errorMessage: inner?.message ?? String(e) }) });
      },
    );
    const tracked = done.finally(() => this.runs.delete(name));
    this.runs.set(name, { abort: execution.abort, done: tracked });
    return tracked;
  }
}
