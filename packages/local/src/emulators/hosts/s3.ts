/** s3rver in its own process. Usage: s3.ts <host> <port> <directory> */
import { createRequire } from "node:module";
import { exitWithParent } from "./orphan-guard.js";

const require = createRequire(import.meta.url);
const S3rver = require("s3rver");

const [host, port, directory] = process.argv.slice(2);
// s3rver checks signatures against its one account: access key and secret "S3RVER" (set in the handlers' env).
const server = new S3rver({ address: host, port: Number(port), directory, silent: true });
await server.run();
console.log(`s3rver listening on ${host}:${port}`);
exitWithParent();
