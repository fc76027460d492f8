import type { SSTConfig } from "sst";
import { Api, apiRouteStacks } from "./stacks/Api.js";
import { Auth } from "./stacks/Auth.js";
import { Monitoring } from "./stacks/Monitoring.js";
import { retentionName, isProd, SERVICE_NAME } from "./stacks/settings.js";
import { Storage } from "./stacks/Storage.js";
import { Web } from "./stacks/Web.js";
import { Workflows } from "./stacks/Workflows.js";

export default {
  config() {
    return { name: "e-xidmet", region: "eu-central-1" };
  },
  stacks(app) {
    // Non-prod stages are disposable: removing them deletes their data too.
    if (!isProd(app.stage)) app.setDefaultRemovalPolicy("destroy");

    app.setDefaultFunctionProps({
      runtime: "nodejs22.x",
      architecture: "arm_64",
      memorySize: 512,
      timeout: 10,
      tracing: "active",
      logRetention: retentionName(),
      nodejs: {
        format: "esm",
        // Bundle @aws-sdk/* (pinned in package.json) instead of using the runtime's copy: the
        // versions we test are the versions we run, and cold starts load one file.
        install: [],
        esbuild: { external: [] },
        // Smaller bundles load faster on cold start; source maps are uploaded separately by SST.
        minify: true,
      },
      environment: {
        POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
        POWERTOOLS_METRICS_NAMESPACE: SERVICE_NAME,
      },
      // The resource variables of env.ts are added per stack (stacks/runtime.ts): they need the resources.
    });

    app.stack(Storage).stack(Auth).stack(Workflows).stack(Api);
    for (const routeStack of apiRouteStacks) app.stack(routeStack);
    app.stack(Web).stack(Monitoring);
  },
} satisfies SSTConfig;
