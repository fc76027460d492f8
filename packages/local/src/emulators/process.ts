/**
 * One emulator = one child process. Output goes to `<dataDir>/logs/<name>.log` (never the console:
 * emulators echo request data). Children get a stdin pipe and our hosts exit when it closes, so a
 * killed parent leaves no orphans; `stop()` also signals the child's whole process group.
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { LocalCloudError } from "../errors.js";

export interface EmulatorProcess {
  name: string;
  child: ChildProcess;
  logFile: string;
  stop(): Promise<void>;
}

export interface SpawnSpec {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
  logDir: string;
  /** Resolves true once the emulator answers. */
  ready: () => Promise<boolean>;
  readyTimeoutMs?: number;
}

export async function startEmulator(spec: SpawnSpec): Promise<EmulatorProcess> {
  fs.mkdirSync(spec.logDir, { recursive: true });
  const logFile = path.join(spec.logDir, `${spec.name}.log`);
  const log = fs.openSync(logFile, "w");
  let child: ChildProcess;
  try {
    child = spawn(spec.command, spec.args, {
      cwd: spec.cwd,
      env: spec.env ?? process.env,
      // Own process group: Ctrl-C reaches only us, and we stop the group (the child and anything it spawned).
      detached: true,
      stdio: ["pipe", log, log],
    });
  } finally {
    fs.closeSync(log);
  }

  let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exitPromise = new Promise<void>((resolve) => {
    child.once("exit", (code, signal) => {
      exited = { code, signal };
      resolve();
    });
  });
  let spawnError: Error | undefined;
  child.once("error", (e) => {
    spawnError = e;
  });

  const stop = async () => {
    if (exited || child.pid === undefined) return;
    signalGroup(child, "SIGTERM");
    const timer = setTimeout(() => signalGroup(child, "SIGKILL"), 3000);
    await exitPromise;
    clearTimeout(timer);
  };

  const deadline = Date.now() + (spec.readyTimeoutMs ?? 30_000);
  for (;;) {
    if (spawnError) {
      throw new LocalCloudError(`${spec.name} could not be started (${spec.command}: ${spawnError.message})`);
    }
    if (exited) {
      throw new LocalCloudError(`${spec.name} exited during start-up (code ${exited.code ?? exited.signal}) — see ${logFile}`);
    }
    if (await spec.ready().catch(() => false)) break;
    if (Date.now() > deadline) {
      await stop();
      throw new LocalCloudError(`${spec.name} did not answer within ${(spec.readyTimeoutMs ?? 30_000) / 1000}s — see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { name: spec.name, child, logFile, stop };
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

/** True once anything answers HTTP on the URL (status codes do not matter: the socket is up). */
export async function answersHttp(url: string, okOnly = false): Promise<boolean> {
  const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
  await res.arrayBuffer().catch(() => undefined);
  return okOnly ? res.ok : true;
}
