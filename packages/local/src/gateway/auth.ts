/**
 * What API Gateway's JWT authorizer does, with jose: the token's signature must verify against the
 * pool's JWKS (fetched from cognito-local, cached), `iss` must be that pool's issuer, `aud` or
 * `client_id` its app client, `exp`/`nbf` valid; only RS256 (so `alg: none` fails). A citizen
 * route trusts only the citizens' pool, an official route only the officials' pool. Groups are
 * not checked here (the JWT authorizer cannot); handlers check them.
 */
import { createRemoteJWKSet, type JWTPayload, jwtVerify } from "jose";

export interface PoolTrust {
  issuer: string;
  clientId: string;
  /** Where to fetch the keys (cognito-local on loopback; the issuer's host may be a public name). */
  jwksUrl: string;
}

export type Verifier = (token: string) => Promise<JWTPayload | undefined>;

export function poolVerifier(pool: PoolTrust): Verifier {
  const jwks = createRemoteJWKSet(new URL(pool.jwksUrl), { cacheMaxAge: 10 * 60 * 1000, cooldownDuration: 30_000 });
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, jwks, { issuer: pool.issuer, algorithms: ["RS256"], requiredClaims: ["exp", "iss"] });
      const aud = Array.isArray(payload.aud) ? payload.aud : payload.aud ? [payload.aud] : [];
      if (!aud.includes(pool.clientId) && payload.client_id !== pool.clientId) return undefined;
      return payload;
    } catch {
      return undefined;
    }
  };
}

export function bearerToken(authorization: string | undefined): string | undefined {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  return m?.[1];
}

/** API Gateway hands every claim to Lambda as a string; arrays become "[a b]". */
export function stringifyClaims(payload: JWTPayload): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(payload)) {
    if (value === undefined) continue;
    out[key] = Array.isArray(value)
      ? `[${value.map(String).join(" ")}]`
      : value !== null && typeof value === "object"
        ? JSON.stringify(value)
        : String(value);
  }
  return out;
}
