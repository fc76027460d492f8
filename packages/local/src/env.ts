/**
 * The one place that turns ports and resource ids into URLs and environment variables, so the
 * gateway, the handlers, the web build, seeding and tests all see the same values.
 */
import { deadlineStateMachine } from "@exidmet/core/infra/resources";
import type { LocalCloudConfig } from "./config.js";
import { fakeAws } from "./emulators/index.js";
import type { LocalResources } from "./resources/index.js";

export const MAIL_FROM = "noreply@exidmet.local";
export const LOCAL_ACCOUNT = "000000000000";

export interface LocalUrls {
  web: string;
  api: string;
  /** aws-ses-v2-local's web mailbox; `GET <mailbox>store` lists sent mail as JSON. */
  mailbox: string;
  dynamodb: string;
  /** cognito-local base URL, with trailing slash (what the web's Cognito client wants). */
  cognito: string;
  s3: string;
  sfn: string;
}

export function localUrls(config: LocalCloudConfig): LocalUrls {
  const pub = (port: number) => `http://${config.publicHost}:${port}`;
  const bound = (port: number) => `http://${config.bindHost}:${port}`;
  const p = config.ports;
  return {
    web: pub(p.web),
    api: pub(p.api),
    mailbox: `${pub(p.ses)}/`,
    dynamodb: bound(p.dynamodb),
    cognito: `${pub(p.cognito)}/`,
    // Public host: presigned upload URLs built from it are opened by the browser.
    s3: pub(p.s3),
    sfn: bound(p.sfn),
  };
}

/** The origins a browser may use for the local web app (localhost and 127.0.0.1 are different origins). */
export function webOrigins(config: LocalCloudConfig): string[] {
  const origins = new Set([`http://${config.publicHost}:${config.ports.web}`, `http://localhost:${config.ports.web}`, `http://127.0.0.1:${config.ports.web}`]);
  return [...origins];
}

export const stateMachineArn = () =>
  `arn:aws:states:${fakeAws.region}:${LOCAL_ACCOUNT}:stateMachine:${deadlineStateMachine.localName}`;

export const issuerOf = (config: LocalCloudConfig, poolId: string) => `http://${config.publicHost}:${config.ports.cognito}/${poolId}`;

/** Every variable of core's env.ts plus the AWS SDK's own endpoint variables. */
export function handlerEnv(config: LocalCloudConfig, resources: LocalResources): Record<string, string> {
  const urls = localUrls(config);
  const bound = (port: number) => `http://${config.bindHost}:${port}`;
  return {
    STAGE: "local",
    TABLE_NAME: resources.tableName,
    BUCKET_NAME: resources.bucketName,
    CITIZENS_POOL_ID: resources.pools.citizens.poolId,
    CITIZENS_CLIENT_ID: resources.pools.citizens.clientId,
    CITIZENS_ISSUER: issuerOf(config, resources.pools.citizens.poolId),
    OFFICIALS_POOL_ID: resources.pools.officials.poolId,
    OFFICIALS_CLIENT_ID: resources.pools.officials.clientId,
    OFFICIALS_ISSUER: issuerOf(config, resources.pools.officials.poolId),
    DEADLINES_STATE_MACHINE_ARN: stateMachineArn(),
    MAIL_FROM,
    WEB_ORIGIN: urls.web,
    AWS_REGION: fakeAws.region,
    AWS_DEFAULT_REGION: fakeAws.region,
    AWS_ACCESS_KEY_ID: fakeAws.accessKeyId,
    AWS_SECRET_ACCESS_KEY: fakeAws.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: bound(config.ports.dynamodb),
    AWS_ENDPOINT_URL_S3: urls.s3,
    AWS_ENDPOINT_URL_SESV2: bound(config.ports.ses),
    AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: bound(config.ports.cognito),
    AWS_ENDPOINT_URL_SFN: bound(config.ports.sfn),
    S3_FORCE_PATH_STYLE: "1",
  };
}

/** What the web build needs (Vite inlines VITE_* at build time). */
export function webBuildEnv(config: LocalCloudConfig, resources: LocalResources): Record<string, string> {
  const urls = localUrls(config);
  return {
    VITE_API_URL: urls.api,
    VITE_CITIZENS_POOL_ID: resources.pools.citizens.poolId,
    VITE_CITIZENS_CLIENT_ID: resources.pools.citizens.clientId,
    VITE_OFFICIALS_POOL_ID: resources.pools.officials.poolId,
    VITE_OFFICIALS_CLIENT_ID: resources.pools.officials.clientId,
    VITE_COGNITO_ENDPOINT: urls.cognito,
    VITE_REGION: fakeAws.region,
    VITE_UPLOADS_ORIGIN: new URL(urls.s3).origin,
  };
}
