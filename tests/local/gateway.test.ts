/**
 * The local API gateway behaves like API Gateway's HTTP API with JWT authorizers: tested against
 * the running local cloud (real routes, real cognito-local tokens) and against a test-only route
 * table whose handler echoes the event it got.
 */
import { createRequire } from "node:module";
import type { RouteDef } from "@exidmet/core/http/routes";
import { demoAdmin, demoCitizens, demoOfficials } from "@exidmet/local";
import { defaultCors } from "@exidmet/local/gateway/cors";
import { type Gateway, startGateway } from "@exidmet/local/gateway/server";
import type { LambdaHandler } from "@exidmet/local/lambda/handlers";
import { importJWK, type JWTPayload, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, localCloud, signInAs } from "../setup/local-cloud.js";

const require = createRequire(import.meta.url);
// cognito-local signs every pool's tokens with this one published key: with it we can forge
// tokens whose only flaw is the claim under test.
const cognitoKey = require("cognito-local/lib/keys/cognitoLocal.private.json") as { jwk: Record<string, string> };

async function forge(claims: JWTPayload, header: Record<string, string> = {}) {
  const key = await importJWK(cognitoKey.jwk, "RS256");
  return new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid: "CognitoLocal", ...header }).sign(key);
}

const citizen = demoCitizens[0];
const now = () => Math.floor(Date.now() / 1000);

describe("JWT authorizer on the product's routes", () => {
  let citizenToken: string;
  let officialToken: string;
  beforeAll(async () => {
    citizenToken = await signInAs("citizens", citizen.email, citizen.password);
    officialToken = await signInAs("officials", demoAdmin.username, demoAdmin.password);
  });

  const citizenClaims = () => {
    const { env } = localCloud();
    return { iss: env.CITIZENS_ISSUER, aud: env.CITIZENS_CLIENT_ID, token_use: "id", sub: "forged", email: "x@example.az", exp: now() + 600, iat: now() };
  };

  it("answers 401 without a token", async () => {
    const res = await api("GET", "/me");
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ message: "Unauthorized" });
  });

  it("answers 401 for a malformed header or token", async () => {
    expect((await api("GET", "/me", { headers: { authorization: citizenToken } })).status).toBe(401);
    expect((await api("GET", "/me", { token: "not.a.jwt" })).status).toBe(401);
  });

  it("answers 401 for a bad signature", async () => {
    const [h, p, s] = citizenToken.split(".");
    const tamperedPayload = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p!, "base64url").toString()), sub: "someone-else" })).toString("base64url");
    expect((await api("GET", "/me", { token: `${h}.${tamperedPayload}.${s}` })).status).toBe(401);
    const flipped = `${s!.slice(0, -4)}${s!.slice(-4) === "AAAA" ? "BBBB" : "AAAA"}`;
    expect((await api("GET", "/me", { token: `${h}.${p}.${flipped}` })).status).toBe(401);
  });

  it("answers 401 for alg none", async () => {
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const token = `${enc({ alg: "none", typ: "JWT" })}.${enc(citizenClaims())}.`;
    expect((await api("GET", "/me", { token })).status).toBe(401);
  });

  it("answers 401 for a wrong issuer, wrong audience, expired or not-yet-valid token", async () => {
    expect((await api("GET", "/me", { token: await forge(citizenClaims()) })).status).not.toBe(401); // the control: forging works
    expect((await api("GET", "/me", { token: await forge({ ...citizenClaims(), iss: "http://localhost:9229/local_other" }) })).status).toBe(401);
    expect((await api("GET", "/me", { token: await forge({ ...citizenClaims(), aud: "another-client" }) })).status).toBe(401);
    expect((await api("GET", "/me", { token: await forge({ ...citizenClaims(), exp: now() - 60 }) })).status).toBe(401);
    expect((await api("GET", "/me", { token: await forge({ ...citizenClaims(), nbf: now() + 600 }) })).status).toBe(401);
    const { exp: _exp, ...noExp } = citizenClaims();
    expect((await api("GET", "/me", { token: await forge(noExp) })).status).toBe(401);
  });

  it("accepts an access token by client_id, as API Gateway does", async () => {
    const { env } = localCloud();
    const { aud: _aud, ...claims } = citizenClaims();
    expect((await api("GET", "/me", { token: await forge({ ...claims, client_id: env.CITIZENS_CLIENT_ID }) })).status).not.toBe(401);
  });

  it("answers 401 for the other pool's token", async () => {
    expect((await api("GET", "/me", { token: officialToken })).status).toBe(401);
    expect((await api("GET", "/officials/me", { token: citizenToken })).status).toBe(401);
  });

  it("passes a valid citizen token's claims to the handler", async () => {
    const res = await api("GET", "/me", { token: citizenToken });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ email: citizen.email, idCard: citizen.idCard });
  });

  it("passes a valid official token's claims (groups) to the handler", async () => {
    const res = await api("GET", "/officials/me", { token: officialToken });
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).toContain("admin");
  });

  it("answers 404 for unknown routes and methods", async () => {
    expect((await api("GET", "/no-such-route")).status).toBe(404);
    expect((await api("DELETE", "/competitions")).status).toBe(404);
  });
});

describe("API Gateway behaviour with a test-only route table", () => {
  const routes: RouteDef[] = [
    { id: "t.echo", method: "POST", path: "/echo/{id}", handler: "test/echo.handler", access: { kind: "public" }, budget: { dynamodb: 0 }, summary: "" },
    { id: "t.mine", method: "GET", path: "/mine/{proxy+}", handler: "test/echo.handler", access: { kind: "official", groups: ["admin"] }, budget: { dynamodb: 0 }, summary: "" },
    { id: "t.fixed", method: "GET", path: "/mine/fixed", handler: "test/fixed.handler", access: { kind: "public" }, budget: { dynamodb: 0 }, summary: "" },
    { id: "t.boom", method: "GET", path: "/boom", handler: "test/boom.handler", access: { kind: "public" }, budget: { dynamodb: 0 }, summary: "" },
    { id: "t.bare", method: "GET", path: "/bare", handler: "test/bare.handler", access: { kind: "public" }, budget: { dynamodb: 0 }, summary: "" },
  ];
  const handlers: Record<string, LambdaHandler> = {
    "test/echo.handler": async (event, context) => ({
      statusCode: 200,
      headers: { "content-type": "application/json", "access-control-allow-origin": "*" },
      cookies: ["a=1; Path=/", "b=2; Path=/"],
      body: JSON.stringify({ event, functionName: context.functionName, remaining: context.getRemainingTimeInMillis() > 0 }),
    }),
    "test/fixed.handler": async () => ({ statusCode: 204 }),
    "test/boom.handler": async () => {
      throw new Error("kaboom");
    },
    "test/bare.handler": async () => ({ hello: "world" }),
  };
  const logs: string[] = [];
  let gateway: Gateway;
  const origin = "http://localhost:5999";
  let url: string;

  beforeAll(async () => {
    const { env } = localCloud();
    const jwks = (poolId: string) => `${env.AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER}/${poolId}/.well-known/jwks.json`;
    gateway = await startGateway({
      routes,
      loader: async (h) => {
        const fn = handlers[h];
        if (!fn) throw new Error(`no ${h}`);
        return fn;
      },
      pools: {
        citizens: { issuer: env.CITIZENS_ISSUER!, clientId: env.CITIZENS_CLIENT_ID!, jwksUrl: jwks(env.CITIZENS_POOL_ID!) },
        officials: { issuer: env.OFFICIALS_ISSUER!, clientId: env.OFFICIALS_CLIENT_ID!, jwksUrl: jwks(env.OFFICIALS_POOL_ID!) },
      },
      cors: defaultCors([origin], routes),
      port: 0,
      host: "127.0.0.1",
      log: (line) => logs.push(line),
    });
    url = gateway.url;
  });
  afterAll(() => gateway?.close());

  it("builds a payload v2.0 event", async () => {
    const res = await fetch(`${url}/echo/a%20b?x=1&x=2&y=z`, {
      method: "POST",
      headers: { "content-type": "application/json", "X-Custom": "Yes", cookie: "s=1; t=2", "user-agent": "vitest" },
      body: JSON.stringify({ hello: "dünya" }),
    });
    expect(res.status).toBe(200);
    const { event, functionName, remaining } = (await res.json()) as { event: Record<string, any>; functionName: string; remaining: boolean };
    expect(event).toMatchObject({
      version: "2.0",
      routeKey: "POST /echo/{id}",
      rawPath: "/echo/a%20b",
      rawQueryString: "x=1&x=2&y=z",
      cookies: ["s=1", "t=2"],
      queryStringParameters: { x: "1,2", y: "z" },
      pathParameters: { id: "a b" },
      body: JSON.stringify({ hello: "dünya" }),
      isBase64Encoded: false,
      requestContext: { routeKey: "POST /echo/{id}", stage: "$default", http: { method: "POST", path: "/echo/a%20b", userAgent: "vitest" } },
    });
    expect(event.headers["x-custom"]).toBe("Yes");
    expect(event.headers.cookie).toBeUndefined();
    expect(event.requestContext.authorizer).toBeUndefined();
    expect(typeof event.requestContext.requestId).toBe("string");
    expect(typeof event.requestContext.timeEpoch).toBe("number");
    expect(functionName).toContain("test-echo");
    expect(remaining).toBe(true);
    expect(res.headers.get("set-cookie")).toContain("a=1");
  });

  it("base64-encodes binary bodies", async () => {
    const bytes = Buffer.from([0, 1, 2, 250, 255]);
    const res = await fetch(`${url}/echo/bin`, { method: "POST", headers: { "content-type": "application/octet-stream" }, body: bytes });
    const { event } = (await res.json()) as { event: { body: string; isBase64Encoded: boolean } };
    expect(event.isBase64Encoded).toBe(true);
    expect(Buffer.from(event.body, "base64")).toEqual(bytes);
  });

  it("puts stringified claims (groups as \"[a b]\") into requestContext.authorizer.jwt", async () => {
    const token = await signInAs("officials", demoAdmin.username, demoAdmin.password);
    const res = await fetch(`${url}/mine/a/b`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const { event } = (await res.json()) as { event: Record<string, any> };
    const claims = event.requestContext.authorizer.jwt.claims as Record<string, string>;
    expect(claims["cognito:groups"]).toBe("[admin]");
    expect(claims["cognito:username"]).toBe(demoAdmin.username);
    expect(claims.iss).toBe(localCloud().env.OFFICIALS_ISSUER);
    expect(typeof claims.exp).toBe("string");
    expect(event.pathParameters).toEqual({ proxy: "a/b" });
    expect(Array.isArray(event.requestContext.authorizer.jwt.scopes)).toBe(true);

    const hr = demoOfficials.find((o) => o.group === "hr-officer")!;
    const hrToken = await signInAs("officials", hr.username, hr.password);
    const hrRes = await fetch(`${url}/mine/x`, { headers: { authorization: `Bearer ${hrToken}` } });
    const hrClaims = ((await hrRes.json()) as { event: Record<string, any> }).event.requestContext.authorizer.jwt.claims;
    expect(hrClaims["custom:stateBody"]).toBe(hr.stateBody);
  });

  it("prefers the more specific route", async () => {
    expect((await fetch(`${url}/mine/fixed`)).status).toBe(204);
  });

  it("rejects bodies over 1 MB with 413", async () => {
    const res = await fetch(`${url}/echo/big`, { method: "POST", headers: { "content-type": "application/json" }, body: "x".repeat(1024 * 1024 + 1) });
    expect(res.status).toBe(413);
  });

  it("answers 500 when a handler throws, and logs without the body", async () => {
    const res = await fetch(`${url}/boom`);
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ message: "Internal Server Error" });
    expect(logs.some((l) => l.includes("GET /boom") && l.includes("kaboom"))).toBe(true);
  });

  it("turns a result without statusCode into a 200 JSON response", async () => {
    const res = await fetch(`${url}/bare`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(await res.json()).toEqual({ hello: "world" });
  });

  it("answers CORS preflights for the web origin only, and overrides handlers' CORS headers", async () => {
    const pre = await fetch(`${url}/echo/x`, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "authorization,content-type" } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-origin")).toBe(origin);
    expect(pre.headers.get("access-control-allow-headers")).toContain("authorization");
    const other = await fetch(`${url}/echo/x`, { method: "OPTIONS", headers: { origin: "http://evil.example", "access-control-request-method": "POST" } });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();

    const res = await fetch(`${url}/echo/x`, { method: "POST", headers: { origin }, body: "" });
    expect(res.headers.get("access-control-allow-origin")).toBe(origin);
    const foreign = await fetch(`${url}/echo/x`, { method: "POST", headers: { origin: "http://evil.example" }, body: "" });
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
  });
});
