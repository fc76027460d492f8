import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { S3Client } from "@aws-sdk/client-s3";
import { SESv2Client } from "@aws-sdk/client-sesv2";
import { SFNClient } from "@aws-sdk/client-sfn";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

/**
 * One client per process, created on first use (a warm Lambda reuses it). Endpoints come from the
 * SDK's own AWS_ENDPOINT_URL_<SERVICE> variables, so the same code talks to the emulators locally.
 * Short timeouts and few retries: a request should fail fast with 503 rather than hang.
 */
const requestHandler = { requestTimeout: 3_000, connectionTimeout: 1_000 };
let ddb: DynamoDBDocumentClient | undefined;
let s3: S3Client | undefined;
let ses: SESv2Client | undefined;
let sfn: SFNClient | undefined;
let cognito: CognitoIdentityProviderClient | undefined;

/** Extra SDK middleware (the benchmark's call counter) added to every client created after this call. */
const plugins: { applyToStack: (stack: never) => void }[] = [];
export const addClientPlugin = (plugin: { applyToStack: (stack: never) => void }) => plugins.push(plugin);
const withPlugins = <C extends { middlewareStack: { use: (p: never) => void } }>(client: C): C => {
  for (const p of plugins) client.middlewareStack.use(p as never);
  return client;
};

export function dynamo(): DynamoDBDocumentClient {
  ddb ??= DynamoDBDocumentClient.from(withPlugins(new DynamoDBClient({ maxAttempts: 2, requestHandler })), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
  return ddb;
}

export function s3Client(): S3Client {
  s3 ??= withPlugins(new S3Client({ forcePathStyle: process.env.S3_FORCE_PATH_STYLE === "1", maxAttempts: 2 }));
  return s3;
}

export function sesClient(): SESv2Client {
  ses ??= withPlugins(new SESv2Client({ maxAttempts: 2, requestHandler }));
  return ses;
}

export function sfnClient(): SFNClient {
  sfn ??= withPlugins(new SFNClient({ maxAttempts: 3, requestHandler }));
  return sfn;
}

export function cognitoClient(): CognitoIdentityProviderClient {
  cognito ??= withPlugins(new CognitoIdentityProviderClient({ maxAttempts: 2, requestHandler }));
  return cognito;
}
