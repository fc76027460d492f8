/**
 * Runs a non-Node emulator (DynamoDB Local's java) and ends it with the parent: java cannot watch
 * our stdin pipe, this small host does. Usage: guard.ts <command> [args...]
 */
import { spawn } from "node:child_process";
import { exitWithParent } from "./orphan-guard.js";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("guard: no command");
  process.exit(2);
}
const child = spawn(command, args, { stdio: ["ignore", "inherit", "inherit"] });
child.on("error", (e) => {
  console.error(`guard: ${command}: ${e.message}`);
  process.exit(127);
});
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
exitWithParent(
  () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 3000).unref();
    }),
);
