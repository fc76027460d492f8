/**
 * Executions persisted as one JSON file, so timers survive a restart and names stay taken
 * (AWS keeps a closed execution's name for 90 days; so do we, then forget it).
 */
import fs from "node:fs";
import path from "node:path";

export type ExecutionStatus = "RUNNING" | "SUCCEEDED" | "FAILED" | "ABORTED";

export interface ExecutionRecord {
  name: string;
  executionArn: string;
  stateMachineArn: string;
  /** The input exactly as given (AWS compares it as a string for idempotency). */
  input: string;
  status: ExecutionStatus;
  /** While RUNNING: waiting for `dueAt`, or running the states after it. */
  phase?: "waiting" | "running";
  dueAt?: string;
  startDate: number;
  stopDate?: number;
  output?: string;
  error?: string;
  cause?: string;
}

const RETENTION_MS = 90 * 24 * 3600 * 1000;

export class ExecutionStore {
  private readonly file: string;
  private readonly records = new Map<string, ExecutionRecord>();

  constructor(dir: string) {
    fs.mkdirSync(dir, { recursive: true });
    this.file = path.join(dir, "executions.json");
    if (fs.existsSync(this.file)) {
      const list = JSON.parse(fs.readFileSync(this.file, "utf8")) as ExecutionRecord[];
      const cutoff = Date.now() - RETENTION_MS;
      for (const r of list) if (r.status === "RUNNING" || (r.stopDate ?? r.startDate) > cutoff) this.records.set(r.name, r);
    }
  }

  get(name: string): ExecutionRecord | undefined {
    return this.records.get(name);
  }

  all(): ExecutionRecord[] {
    return [...this.records.values()];
  }

  /** Saves synchronously (small file, and a crash right after StartExecution must not lose the timer). */
  put(record: ExecutionRecord): void {
    this.records.set(record.name, record);
    const tmp = `${this.file}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(this.all(), null, 1));
    fs.renameSync(tmp, this.file);
  }
}
