/**
 * The local cloud as a whole: resources as resources.ts describes them, demo logins, idempotent
 * seeding, the web server's headers.
 */
import { DescribeTableCommand, DescribeTimeToLiveCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { mainTable } from "@exidmet/core/infra/resources";
import { demoCitizens, demoOfficials } from "@exidmet/local";
import { emulatorClients } from "@exidmet/local/resources/clients";
import { resolveConfig } from "@exidmet/local/config";
import { seedDemo } from "@exidmet/local/seed/index";
import { describe, expect, it } from "vitest";
import { api, localCloud, signInAs } from "../setup/local-cloud.js";

describe("local cloud", () => {
  it("creates the table with its GSIs and TTL", async () => {
    const { env } = localCloud();
    const ddb = new DynamoDBClient({});
    const { Table } = await ddb.send(new DescribeTableCommand({ TableName: env.TABLE_NAME }));
    expect(Table?.KeySchema?.map((k) => k.AttributeName)).toEqual([mainTable.partitionKey, mainTable.sortKey]);
    expect(Table?.GlobalSecondaryIndexes?.map((i) => i.IndexName).sort()).toEqual(mainTable.indexes.map((i) => i.name).sort());
    const ttl = await ddb.send(new DescribeTimeToLiveCommand({ TableName: env.TABLE_NAME }));
    expect(ttl.TimeToLiveDescription?.AttributeName).toBe(mainTable.timeToLiveAttribute);
  });

  it("lets every demo account sign in", async () => {
    for (const o of demoOfficials) expect(await signInAs("officials", o.username, o.password)).toBeTruthy();
    for (const c of demoCitizens) expect(await signInAs("citizens", c.email, c.password)).toBeTruthy();
  });

  it("seeds idempotently: a second run changes nothing", async () => {
    const { env, portBase, dataDir, urls } = localCloud();
    const clients = emulatorClients(resolveConfig({ portBase, dataDir }));
    const pools = {
      citizens: { poolId: env.CITIZENS_POOL_ID!, clientId: env.CITIZENS_CLIENT_ID! },
      officials: { poolId: env.OFFICIALS_POOL_ID!, clientId: env.OFFICIALS_CLIENT_ID! },
    };
    const report = await seedDemo(urls.api, clients.cognito, pools);
    expect(report.warnings).toEqual([]);
    expect(report.officials.created).toBe(0);
    expect(report.citizens.created).toBe(0);
    expect(report.stateBodies).toMatch(/^0 written/);
    expect(report.competition).toBe("exists");
  });

  it("serves the seeded data through the API", async () => {
    const bodies = await api("GET", "/state-bodies");
    expect(bodies.status).toBe(200);
    expect(JSON.stringify(bodies.body)).toContain("Ədliyyə Nazirliyi");
  });

  it("serves the web app with security headers", async () => {
    const { urls } = localCloud();
    const res = await fetch(`${urls.web}/some/spa/route`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain(`connect-src 'self' ${new URL(urls.api).origin}`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBeTruthy();
    expect((await fetch(`${urls.web}/assets/missing.js`)).status).toBe(404);
  });
});
