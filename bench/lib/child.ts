/** Runs a helper script in a fresh Node process and returns its last JSON line. */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export async function runChild<T>(script: string, args: string[], options: { env?: Record<string, string>; timeoutMs?: number } = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    const timer = options.timeoutMs ? setTimeout(() => child.kill("SIGKILL"), options.timeoutMs) : undefined;
    child.on("close", (code) => {
      clearTimeout(timer);
      const line = out.trim().split("\n").reverse().find((l) => l.startsWith("{"));
      if (!line) return reject(new Error(`${path.basename(script)} exited ${code} without a result: ${err.slice(-500)}`));
      try {
        resolve(JSON.parse(line) as T);
      } catch (e) {
        reject(e);
      }
    });
  });
}

let configDir: string | undefined;
let configs = 0;

/** Writes a JSON config to a temp file for a child (the directory is removed when this process exits). */
export function configFile(name: string, value: unknown): string {
  if (!configDir) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "exidmet-bench-cfg-"));
    configDir = dir;
    process.once("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
  }
  const file = path.join(configDir, `${name}-${++configs}.json`);
  fs.writeFileSync(file, JSON.stringify(value));
  return file;
}
