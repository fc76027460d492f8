/**
 * A local cloud of a test file's own (another free port block, a fresh data dir), for tests that
 * stop emulators or flood the stack: the shared cloud of the other test files stays healthy.
 * Handlers run in this worker process with this cloud's env.
 */
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { InitiateAuthCommand } from "@aws-sdk/client-cognito-identity-provider";
import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { findFreeBlock, type LocalCloud, portsFrom, startLocalCloud } from "@exidmet/local";
import { call, cognitoOf, tableOf } from "../security/support.js";

export interface OwnCloud {
  cloud: LocalCloud;
  api: (method: string, p: string, o?: Parameters<typeof call>[3]) => ReturnType<typeof call>;
  signIn(pool: "citizens" | "officials", username: string, password: string): Promise<string>;
  mailbox(to?: string): Promise<{ subject: string; destination: { to: string[] }; body: { text?: string; html?: string } }[]>;
  scan(filter?: (item: Record<string, unknown>) => boolean): Promise<Record<string, unknown>[]>;
  stop(): Promise<void>;
}

export async function startOwnCloud(label: string): Promise<OwnCloud> {
  const base = Number(process.env.EXIDMET_TEST_PORT_BASE ?? 3100) + 200 + Math.floor(Math.random() * 20) * 20;
  const portBase = await findFreeBlock(base, "127.0.0.1", portsFrom);
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), `exidmet-${label}-`));
  const cloud = await startLocalCloud({ portBase, dataDir, jobs: false, retryIntervalMs: 10, web: false, log: () => undefined });
  const env = cloud.env;
  return {
    cloud,
    api: (method, p, o = {}) => call(cloud.urls.api, method, p, o),
    async signIn(pool, username, password) {
      const out = await cognitoOf(env).send(
        new InitiateAuthCommand({ ClientId: pool === "citizens" ? env.CITIZENS_CLIENT_ID : env.OFFICIALS_CLIENT_ID, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: username, PASSWORD: password } }),
      );
      return out.AuthenticationResult!.IdToken!;
    },
    async mailbox(to) {
      const res = await fetch(`${cloud.urls.mailbox}store`);
      const { emails } = (await res.json()) as { emails: { subject: string; destination: { to: string[] }; body: { text?: string; html?: string } }[] };
      return to ? emails.filter((m) => m.destination.to.includes(to)) : emails;
    },
    async scan(filter = () => true) {
      const items: Record<string, unknown>[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const out = await tableOf(env).send(new ScanCommand({ TableName: env.TABLE_NAME, ConsistentRead: true, ExclusiveStartKey: start }));
        items.push(...((out.Items ?? []) as Record<string, unknown>[]).filter(filter));
        start = out.LastEvaluatedKey;
      } while (start);
      return items;
    },
    async stop() {
      await cloud.stop();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}
