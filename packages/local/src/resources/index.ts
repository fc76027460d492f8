/** Creates every resource of resources.ts on the emulators (idempotent) and remembers the generated ids. */
import fs from "node:fs";
import { mainTable, uploadsBucket } from "@exidmet/core/infra/resources";
import type { LocalCloudConfig } from "../config.js";
import { dataPaths } from "../emulators/index.js";
import type { EmulatorClients } from "./clients.js";
import { ensurePools, type PoolsIds } from "./cognito.js";
import { ensureTable } from "./dynamodb.js";
import { ensureBucket } from "./s3.js";

export interface LocalResources {
  tableName: string;
  bucketName: string;
  pools: PoolsIds;
}

export async function createResources(config: LocalCloudConfig, clients: EmulatorClients, webOrigins: string[]): Promise<LocalResources> {
  const [tableName, bucketName, pools] = await Promise.all([
    ensureTable(clients.dynamodb, mainTable.localName),
    ensureBucket(clients.s3, webOrigins, uploadsBucket.localName),
    ensurePools(clients.cognito),
  ]);
  const resources = { tableName, bucketName, pools };
  // For people and tools: the ids cognito-local generated (the pools are found again by name on restart).
  fs.writeFileSync(dataPaths(config).resources, `${JSON.stringify(resources, null, 2)}\n`);
  return resources;
}
