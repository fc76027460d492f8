/**
 * Environment variables every Lambda receives. `stacks/` sets them from the real resources;
 * `packages/local` sets them to the emulators (plus AWS_ENDPOINT_URL_* for each service,
 * which the AWS SDK v3 reads by itself, and S3_FORCE_PATH_STYLE=1 for s3rver).
 */
export const envNames = [
  "STAGE",
  "TABLE_NAME",
  "BUCKET_NAME",
  "CITIZENS_POOL_ID",
  "CITIZENS_CLIENT_ID",
  "CITIZENS_ISSUER",
  "OFFICIALS_POOL_ID",
  "OFFICIALS_CLIENT_ID",
  "OFFICIALS_ISSUER",
  "DEADLINES_STATE_MACHINE_ARN",
  "MAIL_FROM",
  "WEB_ORIGIN",
] as const;

export type EnvName = (typeof envNames)[number];
export type RuntimeConfig = Record<EnvName, string>;

export function readConfig(env: Record<string, string | undefined> = process.env): RuntimeConfig {
  const config = {} as RuntimeConfig;
  for (const name of envNames) config[name] = env[name] ?? "";
  return config;
}

/** Cognito's issuer for a pool: `https://cognito-idp.<region>.amazonaws.com/<poolId>`. */
export const cognitoIssuer = (region: string, poolId: string) => `https://cognito-idp.${region}.amazonaws.com/${poolId}`;
