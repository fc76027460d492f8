/**
 * Emulator hosts run as child processes with a stdin pipe from the local cloud. When that pipe
 * closes, the parent is gone (even if it was SIGKILLed), so the host exits instead of lingering
 * as an orphan holding its port.
 */
export function exitWithParent(cleanup: () => void | Promise<void> = () => {}): void {
  let leaving = false;
  const leave = async () => {
    if (leaving) return;
    leaving = true;
    try {
      await cleanup();
    } finally {
      process.exit(0);
    }
  };
  process.stdin.on("end", leave);
  process.stdin.on("close", leave);
  process.stdin.on("error", leave);
  process.stdin.resume();
  process.on("SIGTERM", leave);
  process.on("SIGINT", leave);
}
