/** AWS SDK v3 clients pointed at the emulators, for resource creation and seeding (not for handlers: they read env). */
import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { S3Client } from "@aws-sdk/client-s3";
import type { LocalCloudConfig } from "../config.js";
import { fakeAws } from "../emulators/index.js";

const credentials = { accessKeyId: fakeAws.accessKeyId, secretAccessKey: fakeAws.secretAccessKey };

export interface EmulatorClients {
  dynamodb: DynamoDBClient;
  s3: S3Client;
  cognito: CognitoIdentityProviderClient;
}

export function emulatorClients(config: LocalCloudConfig): EmulatorClients {
  const url = (port: number) => `http://${config.bindHost}:${port}`;
  const common = { region: fakeAws.region, credentials };
  return {
    dynamodb: new DynamoDBClient({ ...common, endpoint: url(config.ports.dynamodb) }),
    s3: new S3Client({ ...common, endpoint: url(config.ports.s3), forcePathStyle: true }),
    cognito: new CognitoIdentityProviderClient({ ...common, endpoint: url(config.ports.cognito) }),
  };
}
