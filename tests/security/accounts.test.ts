/**
 * Officials' accounts: only the Commission admin issues them (no self sign-up), a group change
 * takes effect with the next token, and a disabled account is refused at once: at sign-in by
 * Cognito, and its still-valid tokens by the route wrapper (within its status cache, 10 s).
 */
import { AdminAddUserToGroupCommand, AdminRemoveUserFromGroupCommand, SignUpCommand } from "@aws-sdk/client-cognito-identity-provider";
import { demoAdmin } from "@exidmet/local/seed/demo-data";
import { beforeAll, describe, expect, it } from "vitest";
import { api, localCloud, signInAs } from "../setup/local-cloud.js";
import { cognitoOf, newCitizen, newOfficial } from "./support.js";

let adminToken: string;
beforeAll(async () => {
  adminToken = await signInAs("officials", demoAdmin.username, demoAdmin.password);
});

const poll = async (fn: () => Promise<boolean>, ms: number) => {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await fn()) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return fn();
};

describe("officials' accounts", () => {
  it("are created only by the admin: officers and citizens are refused, and the officials' pool has no sign-up", async () => {
    const body = { email: "intruder@example.az", fullName: "Kənar Şəxs", group: "admin" };
    const it = await signInAs("officials", "it.officer", "Texnologiya2025");
    const citizen = await newCitizen("sec-acct");
    const citizenToken = await signInAs("citizens", citizen.email, citizen.password);
    expect((await api("POST", "/admin/officials", { body })).status).toBe(401);
    expect((await api("POST", "/admin/officials", { token: citizenToken, body })).status).toBe(401);
    expect((await api("POST", "/admin/officials", { token: it, body })).status).toBe(403);
    const { env } = localCloud();
    const signUp = cognitoOf(env).send(
      new SignUpCommand({ ClientId: env.OFFICIALS_CLIENT_ID, Username: "self.made", Password: "Sinaq12345a", UserAttributes: [{ Name: "email", Value: "self@example.az" }] }),
    );
    // cognito-local does not enforce AllowAdminCreateUserOnly; the stack sets it (tests/synth). Either way no token follows.
    await signUp.catch(() => undefined);
    await expect(signInAs("officials", "self.made", "Sinaq12345a")).rejects.toThrow();
  });

  it("a group change takes effect with the next token", async () => {
    const o = await newOfficial("sec-grp", "it-officer");
    const before = await signInAs("officials", o.username, o.password);
    expect((await api("GET", "/officer/applications?competitionId=x", { token: before })).status).not.toBe(403);
    const { env } = localCloud();
    await cognitoOf(env).send(new AdminRemoveUserFromGroupCommand({ UserPoolId: env.OFFICIALS_POOL_ID, Username: o.username, GroupName: "it-officer" }));
    await cognitoOf(env).send(new AdminAddUserToGroupCommand({ UserPoolId: env.OFFICIALS_POOL_ID, Username: o.username, GroupName: "hr-officer" }));
    const after = await signInAs("officials", o.username, o.password);
    expect((await api("GET", "/officer/applications?competitionId=x", { token: after })).status).toBe(403);
    const me = await api("GET", "/officials/me", { token: after });
    expect(JSON.stringify(me.body)).toContain("hr-officer");
    expect(JSON.stringify(me.body)).not.toContain("it-officer");
  });

  it("a disabled account cannot sign in and its tokens are refused within seconds; enabling needs a new sign-in", async () => {
    const o = await newOfficial("sec-dis", "it-officer");
    const token = await signInAs("officials", o.username, o.password);
    expect((await api("GET", "/officials/me", { token })).status).toBe(200);

    const disabled = await api("POST", `/admin/officials/${encodeURIComponent(o.username)}/disable`, { token: adminToken, body: {} });
    expect(disabled.status, JSON.stringify(disabled.body)).toBe(200);
    const t0 = Date.now();
    // Real Cognito refuses the sign-in; cognito-local still issues a token, which the API must refuse too.
    const afterDisable = await signInAs("officials", o.username, o.password).catch(() => undefined);
    const refused = await poll(async () => (await api("GET", "/officials/me", { token })).status === 401, 15_000);
    expect(refused).toBe(true);
    expect(Date.now() - t0).toBeLessThan(15_000);
    if (afterDisable) expect((await api("GET", "/officials/me", { token: afterDisable })).status).toBe(401);
    const body = (await api("GET", "/officer/applications?competitionId=x", { token })).body as { error: { code: string } };
    expect(body.error.code).toBe("token_revoked");

    expect((await api("POST", `/admin/officials/${encodeURIComponent(o.username)}/enable`, { token: adminToken, body: {} })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1100)); // a token issued in a later second than the change
    const fresh = await signInAs("officials", o.username, o.password);
    expect(await poll(async () => (await api("GET", "/officials/me", { token: fresh })).status === 200, 15_000)).toBe(true);
    expect((await api("GET", "/officials/me", { token })).status).toBe(401);
  });
});
