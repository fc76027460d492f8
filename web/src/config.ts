/**
 * Configuration baked in at build time from VITE_* variables (see web/README.md).
 * Nothing here is secret: pool and client ids are public identifiers of web clients.
 */
const env = import.meta.env;

const trimSlash = (s: string) => s.replace(/\/+$/, "");
const withSlash = (s: string) => (s && !s.endsWith("/") ? `${s}/` : s);

export const config = {
  apiUrl: trimSlash(env.VITE_API_URL ?? ""),
  region: env.VITE_REGION ?? "",
  cognitoEndpoint: withSlash(env.VITE_COGNITO_ENDPOINT || (env.VITE_REGION ? `https://cognito-idp.${env.VITE_REGION}.amazonaws.com/` : "")),
  pools: {
    citizen: { poolId: env.VITE_CITIZENS_POOL_ID ?? "", clientId: env.VITE_CITIZENS_CLIENT_ID ?? "" },
    official: { poolId: env.VITE_OFFICIALS_POOL_ID ?? "", clientId: env.VITE_OFFICIALS_CLIENT_ID ?? "" },
  },
} as const;

export type PoolKind = keyof typeof config.pools;

/** Names of the variables a build lacks (shown to the user and in the console instead of failing obscurely). */
export function missingConfig(): string[] {
  const missing: string[] = [];
  if (!config.apiUrl) missing.push("VITE_API_URL");
  if (!config.cognitoEndpoint) missing.push("VITE_COGNITO_ENDPOINT");
  if (!config.pools.citizen.clientId) missing.push("VITE_CITIZENS_CLIENT_ID");
  if (!config.pools.official.clientId) missing.push("VITE_OFFICIALS_CLIENT_ID");
  return missing;
}
