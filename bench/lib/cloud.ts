/**
 * The local cloud for the benchmark, started in this process (handlers run in-process, as in the
 * tests) on a free port block with a fresh data dir, and stopped after. Every handler invocation runs
 * inside the AWS call counter's scope, so each route's calls per request are recorded. Tokens of
 * synthetic citizens are minted with cognito-local's own static signing key (the gateway verifies them
 * against the pool's JWKS exactly as it verifies real ones).
 */
import { createPrivateKey, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { SignJWT } from "jose";
import { countingLoader, type RouteCalls } from "./counting-loader.js";
import { findFreeBlock, portsFrom, startLocalCloud, type LocalCloud, demoAdmin, demoCitizens, demoOfficials, signIn } from "../../packages/local/src/index.js";
import { emulatorClients } from "../../packages/local/src/resources/clients.js";
import { repoRoot } from "./functions.js";

export type { RouteCalls };

export interface BenchCloud {
  cloud: LocalCloud;
  calls: Map<string, RouteCalls>;
  api(method: string, path: string, options?: { token?: string; body?: unknown; headers?: Record<string, string> }): Promise<{ status: number; body: unknown }>;
  official(username: string): Promise<string>;
  demoCitizenToken(index: 0 | 1): Promise<string>;
  mintCitizenToken(c: SyntheticCitizen): Promise<string>;
  stop(): Promise<void>;
}

export interface SyntheticCitizen {
  sub: string;
  email: string;
  idCard: string;
  name: string;
}

export async function startBenchCloud(options: { web: boolean; log: (line: string) => void }): Promise<BenchCloud> {
  const { loader, calls } = countingLoader(repoRoot);
  const portBase = await findFreeBlock(Number(process.env.EXIDMET_BENCH_PORT_BASE ?? 3400), "127.0.0.1", portsFrom);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "exidmet-bench-"));
  const cloud = await startLocalCloud({ portBase, dataDir, jobs: false, web: options.web, loader, log: (l) => options.log(`[local cloud] ${l}`) });
  for (const w of [cloud.web.warning, ...(cloud.seed?.warnings ?? [])]) if (w) options.log(`[local cloud] warning: ${w}`);
  const clients = emulatorClients(cloud.config);

  const key = createPrivateKey(JSON.parse(fs.readFileSync(createRequire(import.meta.url).resolve("cognito-local/lib/keys/cognitoLocal.private.json"), "utf8")).pem);
  const citizensIssuer = cloud.env.CITIZENS_ISSUER;
  const citizensClient = cloud.env.CITIZENS_CLIENT_ID;

  const tokens = new Map<string, Promise<string>>();
  const cached = (k: string, f: () => Promise<string>) => {
    let t = tokens.get(k);
    if (!t) tokens.set(k, (t = f()));
    return t;
  };

  return {
    cloud,
    calls,
    async api(method, p, o = {}) {
      const res = await fetch(`${cloud.urls.api}${p}`, {
        method,
        headers: { ...(o.token ? { authorization: `Bearer ${o.token}` } : {}), ...(o.body !== undefined ? { "content-type": "application/json" } : {}), ...o.headers },
        body: o.body !== undefined ? JSON.stringify(o.body) : undefined,
      });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        /* not JSON */
      }
      return { status: res.status, body };
    },
    official: (username) =>
      cached(`o:${username}`, () => {
        const o = demoOfficials.find((x) => x.username === username) ?? demoAdmin;
        return signIn(clients.cognito, cloud.resources.pools.officials.clientId, o.username, o.password);
      }),
    demoCitizenToken: (index) => cached(`c:${index}`, () => signIn(clients.cognito, cloud.resources.pools.citizens.clientId, demoCitizens[index].email, demoCitizens[index].password)),
    /** The claims cognito-local puts in a citizen's ID token, signed with its static key (kid CognitoLocal). */
    mintCitizenToken: (c) =>
      new SignJWT({
        "cognito:username": c.sub,
        email: c.email,
        email_verified: true,
        event_id: randomUUID(),
        jti: randomUUID(),
        token_use: "id",
        name: c.name,
        "custom:idCard": c.idCard,
        auth_time: Math.floor(Date.now() / 1000),
      })
        .setProtectedHeader({ alg: "RS256", kid: "CognitoLocal", typ: "JWT" })
        .setSubject(c.sub)
        .setIssuer(citizensIssuer)
        .setAudience(citizensClient)
        .setIssuedAt()
        .setExpirationTime("2h")
        .sign(key),
    async stop() {
      await cloud.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Deterministic synthetic citizens: ID card `AA<7 digits>`, e-mail and sub derived from `n`. */
export function syntheticCitizen(n: number, prefix = "bench"): SyntheticCitizen {
  return {
    sub: `${prefix === "bench" ? "b" : "c"}0000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`,
    email: `${prefix}.${n}@bench.exidmet.local`,
    idCard: `AA${String(1_000_000 + n).padStart(7, "0")}`,
    name: `Bench Citizen ${n}`,
  };
}
