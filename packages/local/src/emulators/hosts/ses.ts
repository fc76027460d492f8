/** aws-ses-v2-local in its own process (mail is kept in memory: the mailbox empties on restart). Usage: ses.ts <host> <port> */
import { createRequire } from "node:module";
import { exitWithParent } from "./orphan-guard.js";

const require = createRequire(import.meta.url);
const startSes = require("aws-ses-v2-local").default as (config: { host: string; port: number }) => Promise<import("node:http").Server>;

const [host, port] = process.argv.slice(2);
await startSes({ host: host!, port: Number(port) });
console.log(`aws-ses-v2-local listening on ${host}:${port}`);
exitWithParent();
