import type { OfficialGroup } from "./infra/resources.js";
import { officialGroups } from "./infra/resources.js";

/** Who is calling, derived only from verified JWT claims (API Gateway's authorizer, or the local gateway's). */
export type Principal =
  | { kind: "anonymous" }
  | { kind: "citizen"; sub: string; email: string; idCard: string; fin?: string; name?: string }
  | { kind: "official"; sub: string; username: string; email: string; groups: OfficialGroup[]; stateBody?: string };

export type Claims = Record<string, unknown>;

/**
 * The two pools are told apart by issuer; the issuers are configuration (env), never hard-coded,
 * so the deployed API uses the real Cognito ones.
 */
export function principalFromClaims(claims: Claims | undefined, issuers: { citizens: string; officials: string }): Principal {
  if (!claims || typeof claims.iss !== "string") return { kind: "anonymous" };
  if (claims.token_use !== undefined && claims.token_use !== "id") return { kind: "anonymous" };
  const sub = String(claims.sub ?? "");
  const email = String(claims.email ?? "");
  if (claims.iss === issuers.citizens) {
    return {
      kind: "citizen",
      sub,
      email,
      idCard: String(claims["custom:idCard"] ?? ""),
      fin: claims["custom:fin"] ? String(claims["custom:fin"]) : undefined,
      name: claims.name ? String(claims.name) : undefined,
    };
  }
  if (claims.iss === issuers.officials) {
    return {
      kind: "official",
      sub,
      username: String(claims["cognito:username"] ?? sub),
      email,
      groups: parseGroups(claims["cognito:groups"]),
      stateBody: claims["custom:stateBody"] ? String(claims["custom:stateBody"]) : undefined,
    };
  }
  return { kind: "anonymous" };
}

/** API Gateway hands array claims to Lambda as the string "[a b]"; locally they arrive as arrays. */
function parseGroups(raw: unknown): OfficialGroup[] {
  const list = Array.isArray(raw)
    ? raw.map(String)
    : typeof raw === "string"
      ? raw.replace(/^\[|\]$/g, "").split(/[\s,]+/).filter(Boolean)
      : [];
  return list.filter((g): g is OfficialGroup => (officialGroups as readonly string[]).includes(g));
}
