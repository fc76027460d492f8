/**
 * Where the local cloud listens and keeps its data. One port block (base + fixed offsets) so that
 * `npm start` and the test run use disjoint blocks and one env var moves everything.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root: packages/local/src → ../../.. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

export const portOffsets = {
  web: 0,
  api: 1,
  dynamodb: 2,
  cognito: 3,
  s3: 4,
  ses: 5,
  sfn: 6,
} as const;
export type Service = keyof typeof portOffsets;
export type Ports = Record<Service, number>;

/** Human names used in messages (e.g. "Port 3002 (DynamoDB Local) is in use"). */
export const serviceNames: Record<Service, string> = {
  web: "web app",
  api: "API gateway",
  dynamodb: "DynamoDB Local",
  cognito: "cognito-local",
  s3: "s3rver",
  ses: "aws-ses-v2-local",
  sfn: "Step Functions",
};

export const DEFAULT_PORT_BASE = 3000;
export const DEFAULT_TEST_PORT_BASE = 3100;

export interface LocalCloudOptions {
  /** First port of the block; default EXIDMET_PORT_BASE or 3000. */
  portBase?: number;
  /** Persistent state (DynamoDB files, pools, objects, timers, logs); default `<repo>/.local`. */
  dataDir?: string;
  /** Host name in every URL a browser sees (issuers, web origin, S3 presigned URLs). */
  publicHost?: string;
  rootDir?: string;
  /** Build and serve the web app (default true). */
  web?: boolean;
  /** Seed demo data (default true). */
  seed?: boolean;
  /** Run scheduled jobs on their interval (default true). */
  jobs?: boolean;
  /** Retry waits of state-machine Task retries in ms instead of the ASL's seconds (tests). */
  retryIntervalMs?: number;
  /** Progress lines; default console.log. Never receives personal data. */
  log?: (line: string) => void;
}

export interface LocalCloudConfig {
  rootDir: string;
  dataDir: string;
  bindHost: string;
  publicHost: string;
  ports: Ports;
  web: boolean;
  seed: boolean;
  jobs: boolean;
  retryIntervalMs?: number;
  log: (line: string) => void;
}

export function portsFrom(base: number): Ports {
  const ports = {} as Ports;
  for (const [service, offset] of Object.entries(portOffsets)) ports[service as Service] = base + offset;
  return ports;
}

export function resolveConfig(options: LocalCloudOptions = {}): LocalCloudConfig {
  const rootDir = options.rootDir ?? repoRoot;
  const envBase = process.env.EXIDMET_PORT_BASE ? Number(process.env.EXIDMET_PORT_BASE) : undefined;
  const base = options.portBase ?? envBase ?? DEFAULT_PORT_BASE;
  if (!Number.isInteger(base) || base < 1024 || base > 65500) throw new Error(`invalid port base ${base}`);
  return {
    rootDir,
    dataDir: path.resolve(options.dataDir ?? path.join(rootDir, ".local")),
    // Emulators listen on loopback only: they have no authentication.
    bindHost: "127.0.0.1",
    publicHost: options.publicHost ?? "localhost",
    ports: portsFrom(base),
    web: options.web ?? true,
    seed: options.seed ?? true,
    jobs: options.jobs ?? true,
    retryIntervalMs: options.retryIntervalMs,
    log: options.log ?? ((line) => console.log(line)),
  };
}
