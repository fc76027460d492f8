/**
 * `npm start`: the whole product locally. Port block from EXIDMET_PORT_BASE (default 3000),
 * data under .local/ (kept across restarts). Ctrl-C or SIGTERM stops every emulator.
 */
import { startLocalCloud } from "../cloud.js";
import { isLocalCloudError } from "../errors.js";
import { summary } from "./print.js";

const t0 = Date.now();
console.log("Starting the e-Xidmət local cloud…");

// A handler's stray promise must not take the whole local cloud down; say it and carry on.
process.on("unhandledRejection", (e) => {
  console.error(`[local] unhandled rejection: ${(e as Error)?.name ?? "Error"}: ${(e as Error)?.message ?? String(e)}`);
});

let cloud: Awaited<ReturnType<typeof startLocalCloud>>;
try {
  cloud = await startLocalCloud({ accessLog: true });
} catch (e) {
  if (isLocalCloudError(e)) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
console.log(summary(cloud, (Date.now() - t0) / 1000));

let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) {
    // Second Ctrl-C: do not wait any longer (children still die with their stdin pipe).
    process.exit(130);
  }
  stopping = true;
  console.log(`\n${signal}: stopping…`);
  await cloud.stop();
  process.exit(0);
};
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
