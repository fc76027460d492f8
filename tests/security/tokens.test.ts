/**
 * Every protected route of the route table, with every kind of bad token: each answered 401. A
 * control token (valid, forged the same way) proves the one flaw is what is refused. The local
 * gateway does what API Gateway's JWT authorizer does (signature, kid, iss, aud/client_id, exp, nbf);
 * the route wrapper refuses what the authorizer lets through but the API does not use (access tokens).
 */
import { InitiateAuthCommand } from "@aws-sdk/client-cognito-identity-provider";
import { routes, type RouteDef } from "@exidmet/core/http/routes";
import { demoOfficials } from "@exidmet/local/seed/demo-data";
import { generateKeyPair, type JWTPayload } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, localCloud, signInAs } from "../setup/local-cloud.js";
import { cognitoOf, forge, hasBody, newCitizen, pathOf, recordFigures } from "./support.js";

const now = () => Math.floor(Date.now() / 1000);
const protectedRoutes = routes.filter((r) => r.access.kind !== "public");
let requests = 0;

type Kind = "citizens" | "officials";
const poolOf = (r: RouteDef): Kind => (r.access.kind === "citizen" ? "citizens" : "officials");

function validClaims(route: RouteDef): JWTPayload {
  const { env } = localCloud();
  if (poolOf(route) === "citizens") {
    return { iss: env.CITIZENS_ISSUER, aud: env.CITIZENS_CLIENT_ID, token_use: "id", sub: "forged-citizen", email: "forged@example.az", "custom:idCard": "AZE00000000", exp: now() + 600, iat: now() - 5 };
  }
  const group = route.access.kind === "official" ? route.access.groups[0] : "admin";
  return { iss: env.OFFICIALS_ISSUER, aud: env.OFFICIALS_CLIENT_ID, token_use: "id", sub: "forged-official", "cognito:username": `forged.${group}`, "cognito:groups": [group], ...(group === "hr-officer" ? { "custom:stateBody": "justice" } : {}), exp: now() + 600, iat: now() - 5 };
}

const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
let otherKey: CryptoKey;
const real: Partial<Record<`${Kind}:${"id" | "access"}`, string>> = {};

/** Each bad token for a route, by name. */
const badTokens: Record<string, (route: RouteDef) => Promise<string>> = {
  "alg none": async (r) => `${enc({ alg: "none", typ: "JWT", kid: "CognitoLocal" })}.${enc(validClaims(r))}.`,
  "unknown kid": async (r) => forge(validClaims(r), { kid: "not-a-key-of-the-pool" }),
  "wrong signature (another key)": async (r) => forge(validClaims(r), {}, otherKey),
  "tampered payload": async (r) => {
    const [h, , s] = (await forge(validClaims(r))).split(".");
    return `${h}.${enc({ ...validClaims(r), sub: "someone-else" })}.${s}`;
  },
  expired: async (r) => forge({ ...validClaims(r), exp: now() - 60, iat: now() - 3700 }),
  "not yet valid": async (r) => forge({ ...validClaims(r), nbf: now() + 600 }),
  "wrong issuer": async (r) => forge({ ...validClaims(r), iss: `${String(validClaims(r).iss).replace(/\/[^/]+$/, "")}/eu-central-1_Other` }),
  "wrong client": async (r) => forge({ ...validClaims(r), aud: "another-app-client" }),
  "access token where the API uses ID tokens (forged)": async (r) => {
    const { aud, ...claims } = validClaims(r);
    return forge({ ...claims, token_use: "access", client_id: aud as string });
  },
  "access token where the API uses ID tokens (cognito's own)": async (r) => real[`${poolOf(r)}:access`]!,
  "the other user pool's token (forged)": async (r) => {
    const { env } = localCloud();
    const other = poolOf(r) === "citizens" ? { iss: env.OFFICIALS_ISSUER, aud: env.OFFICIALS_CLIENT_ID } : { iss: env.CITIZENS_ISSUER, aud: env.CITIZENS_CLIENT_ID };
    return forge({ ...validClaims(r), ...other });
  },
  "the other user pool's token (real sign-in)": async (r) => real[`${poolOf(r) === "citizens" ? "officials" : "citizens"}:id`]!,
  "not a JWT": async () => "not.a.jwt",
};

beforeAll(async () => {
  otherKey = (await generateKeyPair("RS256")).privateKey as CryptoKey;
  const { env } = localCloud();
  const c = await newCitizen("sec-token");
  const admin = demoOfficials[0];
  const auth = async (clientId: string, username: string, password: string) =>
    (await cognitoOf(env).send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: username, PASSWORD: password } }))).AuthenticationResult!;
  const ct = await auth(env.CITIZENS_CLIENT_ID!, c.email, c.password);
  const ot = await auth(env.OFFICIALS_CLIENT_ID!, admin.username, admin.password);
  real["citizens:id"] = ct.IdToken;
  real["citizens:access"] = ct.AccessToken;
  real["officials:id"] = ot.IdToken;
  real["officials:access"] = ot.AccessToken;
  expect(await signInAs("citizens", c.email, c.password)).toBeTruthy();
});

afterAll(() => recordFigures("tokens", { protectedRoutes: protectedRoutes.length, badTokenKinds: Object.keys(badTokens).length, requests }));

describe("every protected route answers 401 to every kind of bad token", () => {
  for (const route of protectedRoutes) {
    it(`${route.id} (${route.method} ${route.path})`, async () => {
      const send = async (token: string) => {
        requests++;
        return api(route.method, pathOf(route), { token, ...(hasBody(route) ? { body: {} } : {}) });
      };
      const control = await send(await forge(validClaims(route)));
      expect(control.status, `control token refused: ${JSON.stringify(control.body)}`).not.toBe(401);
      expect(control.status).not.toBe(403);
      const accepted: string[] = [];
      for (const [name, make] of Object.entries(badTokens)) {
        const res = await send(await make(route));
        if (res.status !== 401) accepted.push(`${name}: ${res.status} ${JSON.stringify(res.body).slice(0, 120)}`);
      }
      expect(accepted, accepted.join("\n")).toEqual([]);
    });
  }
});
