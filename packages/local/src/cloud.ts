/**
 * The local cloud as one call, used by `npm start` and by the tests' global setup:
 * emulators → resources → env → Step Functions, API gateway, jobs → web build + seed.
 */
import fs from "node:fs";
import { routes as productRoutes, type RouteDef } from "@exidmet/core/http/routes";
import { type LocalCloudConfig, type LocalCloudOptions, resolveConfig } from "./config.js";
import { assertJava, dataPaths, startCognito, startDynamo, startS3, startSes } from "./emulators/index.js";
import { assertPortsFree } from "./emulators/ports.js";
import type { EmulatorProcess } from "./emulators/process.js";
import { handlerEnv, issuerOf, localUrls, type LocalUrls, MAIL_FROM, stateMachineArn, webBuildEnv, webOrigins } from "./env.js";
import { defaultCors } from "./gateway/cors.js";
import { startGateway } from "./gateway/server.js";
import { startJobs } from "./jobs/scheduler.js";
import { createHandlerLoader, type HandlerLoader, invokeHandler } from "./lambda/handlers.js";
import { emulatorClients } from "./resources/clients.js";
import { createResources, type LocalResources } from "./resources/index.js";
import { type SeedReport, seedDemo } from "./seed/index.js";
import { loadDeadlineDefinition } from "./stepfunctions/definition.js";
import { LocalStepFunctions } from "./stepfunctions/executions.js";
import { executionView, startStepFunctionsServer } from "./stepfunctions/server.js";
import { buildWeb, type WebBuildResult } from "./web-server/build.js";
import { startWebServer } from "./web-server/server.js";

export interface StartOptions extends LocalCloudOptions {
  /** Route table to serve (tests may inject one); default core's. */
  routes?: readonly RouteDef[];
  /** How handlers are loaded (tests may inject fakes); default imports `<root>/functions/...`. */
  loader?: HandlerLoader;
  /** Copy the handler env into this process's env (default true: handlers run in-process). */
  setProcessEnv?: boolean;
  /** Log one line per API request (default false). */
  accessLog?: boolean;
}

export interface LocalCloud {
  config: LocalCloudConfig;
  /** What every handler reads (core's env.ts names + AWS SDK endpoint variables). */
  env: Record<string, string>;
  /** VITE_* values the web app was built with. */
  webEnv: Record<string, string>;
  urls: LocalUrls;
  resources: LocalResources;
  web: WebBuildResult;
  seed?: SeedReport;
  /** Deadline timers found pending on disk and re-armed at start. */
  rearmed: number;
  /** Fires every deadline timer due at or before `to` ("all": every waiting one) and waits for the runs. */
  advanceTimers(to: Date | string | "all"): Promise<ReturnType<typeof executionView>[]>;
  /** Runs a scheduled job now and waits for it. */
  runJob(id: string): Promise<void>;
  /**
   * Fault injection for the reliability tests: stops one emulator (its port refuses connections,
   * as a dependency that is down) and starts it again on the same port and data (DynamoDB Local
   * keeps its tables on disk).
   */
  emulators: { stop(name: RestartableEmulator): Promise<void>; start(name: RestartableEmulator): Promise<void> };
  stop(): Promise<void>;
}

export type RestartableEmulator = "dynamodb" | "ses";

export async function startLocalCloud(options: StartOptions = {}): Promise<LocalCloud> {
  const config = resolveConfig(options);
  const log = config.log;
  const paths = dataPaths(config);
  assertJava();
  await assertPortsFree(config.ports, config.bindHost);
  fs.mkdirSync(config.dataDir, { recursive: true });

  const stops: (() => Promise<void> | void)[] = [];
  const children: EmulatorProcess[] = [];
  // Last resort if this process dies without stop(): signal the emulators' process groups.
  const killChildren = () => {
    for (const c of children) if (c.child.pid && c.child.exitCode === null) try { process.kill(-c.child.pid, "SIGTERM"); } catch { /* gone */ }
  };
  process.once("exit", killChildren);
  const stop = async () => {
    for (const s of stops.reverse()) await Promise.resolve(s()).catch(() => undefined);
    stops.length = 0;
    await Promise.all(children.map((c) => c.stop()));
    process.removeListener("exit", killChildren);
  };

  try {
    const t0 = Date.now();
    const started = await Promise.allSettled([startDynamo(config), startCognito(config, MAIL_FROM), startS3(config), startSes(config)]);
    for (const s of started) if (s.status === "fulfilled") children.push(s.value);
    const failed = started.find((s) => s.status === "rejected");
    if (failed) throw (failed as PromiseRejectedResult).reason;
    log(`Emulators ready in ${((Date.now() - t0) / 1000).toFixed(1)} s (logs: ${paths.logs})`);

    const clients = emulatorClients(config);
    const resources = await createResources(config, clients, webOrigins(config));
    const env = handlerEnv(config, resources);
    if (options.setProcessEnv !== false) Object.assign(process.env, env);
    const urls = localUrls(config);

    const loader = options.loader ?? createHandlerLoader(config.rootDir);
    const jobs = startJobs(loader, log, { enabled: config.jobs });
    stops.push(() => jobs.stop());

    const sfn = new LocalStepFunctions({
      definition: loadDeadlineDefinition(config.rootDir),
      stateMachineArn: stateMachineArn(),
      dataDir: paths.stepfunctions,
      invoke: (handler, input) => invokeHandler(loader, handler, input, { timeoutMs: 60_000 }),
      retryIntervalMs: config.retryIntervalMs,
      log,
    });
    stops.push(() => sfn.close());
    const sfnServer = await startStepFunctionsServer(sfn, config.ports.sfn, config.bindHost, jobs);
    stops.push(() => sfnServer.close());

    const jwks = (poolId: string) => `http://${config.bindHost}:${config.ports.cognito}/${poolId}/.well-known/jwks.json`;
    const routes = options.routes ?? productRoutes;
    const gateway = await startGateway({
      routes,
      loader,
      pools: {
        citizens: { issuer: issuerOf(config, resources.pools.citizens.poolId), clientId: resources.pools.citizens.clientId, jwksUrl: jwks(resources.pools.citizens.poolId) },
        officials: { issuer: issuerOf(config, resources.pools.officials.poolId), clientId: resources.pools.officials.clientId, jwksUrl: jwks(resources.pools.officials.poolId) },
      },
      cors: defaultCors(webOrigins(config), routes),
      port: config.ports.api,
      host: config.bindHost,
      log,
      accessLog: options.accessLog,
    });
    stops.push(() => gateway.close());

    const origin = (u: string) => new URL(u).origin;
    const webEnv = webBuildEnv(config, resources);
    const webServer = await startWebServer({
      dir: undefined,
      port: config.ports.web,
      host: config.bindHost,
      connectSources: [origin(urls.api), origin(urls.cognito), origin(urls.s3)],
    });
    stops.push(() => webServer.close());

    const rearmed = sfn.rearm();

    const [web, seed] = await Promise.all([
      config.web ? buildWeb(config.rootDir, paths.web, webEnv, paths.logs) : Promise.resolve<WebBuildResult>({ built: false, warning: "web app disabled" }),
      config.seed ? seedDemo(urls.api, clients.cognito, resources.pools) : Promise.resolve(undefined),
    ]);
    webServer.setDir(web.dir);

    return {
      config,
      env,
      webEnv,
      urls,
      resources,
      web,
      seed,
      rearmed,
      advanceTimers: async (to) => {
        const request = to === "all" ? { all: true } : { to: to instanceof Date ? to.toISOString() : to };
        return (await sfn.advance(request)).map(executionView);
      },
      runJob: (id) => jobs.run(id),
      emulators: {
        stop: async (name) => {
          const index = children.findIndex((c) => c.name === name);
          if (index === -1) return;
          const [child] = children.splice(index, 1);
          await child!.stop();
        },
        start: async (name) => {
          if (children.some((c) => c.name === name)) return;
          children.push(await (name === "dynamodb" ? startDynamo(config) : startSes(config)));
        },
      },
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}
