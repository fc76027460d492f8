/**
 * Vitest global setup of the e2e project: ONE local cloud for all its test files, on a free port
 * block (from EXIDMET_TEST_PORT_BASE, default 3100, so it never collides with `npm start`) with a
 * fresh temporary data dir, seeded with the demo data. Tests get URLs/env through
 * `inject("localCloud")` (see local-cloud.ts) and through env vars (the handler env plus
 * EXIDMET_API_URL, EXIDMET_WEB_URL, EXIDMET_MAILBOX_URL, EXIDMET_CONTROL_URL).
 * Scheduled jobs do not tick on their own here (tests call runJob()); failing deadline handlers
 * retry after 10 ms instead of the ASL's seconds. EXIDMET_TEST_WEB=0 skips the web build.
 */
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { DEFAULT_TEST_PORT_BASE, findFreeBlock, portsFrom, startLocalCloud } from "@exidmet/local";
import type { ProvidedLocalCloud } from "./local-cloud.js";

export default async function setup(project: TestProject) {
  const start = Number(process.env.EXIDMET_TEST_PORT_BASE ?? DEFAULT_TEST_PORT_BASE);
  // A free block, so two test runs (or a run next to `npm start`) do not fight over ports.
  const portBase = await findFreeBlock(start, "127.0.0.1", portsFrom);
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "exidmet-test-"));
  const cloud = await startLocalCloud({
    portBase,
    dataDir,
    jobs: false,
    retryIntervalMs: 10,
    web: process.env.EXIDMET_TEST_WEB !== "0",
    log: (line) => console.log(`[local cloud] ${line}`),
  });
  for (const warning of [cloud.web.warning, ...(cloud.seed?.warnings ?? [])]) if (warning) console.warn(`[local cloud] ${warning}`);

  const provided: ProvidedLocalCloud = { urls: cloud.urls, env: cloud.env, controlUrl: cloud.urls.sfn, dataDir, portBase };
  project.provide("localCloud", provided);
  // startLocalCloud already put the handler env into process.env; test workers inherit it.
  Object.assign(process.env, {
    EXIDMET_API_URL: cloud.urls.api,
    EXIDMET_WEB_URL: cloud.urls.web,
    EXIDMET_MAILBOX_URL: cloud.urls.mailbox,
    EXIDMET_CONTROL_URL: cloud.urls.sfn,
  });

  return async () => {
    await cloud.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  };
}
