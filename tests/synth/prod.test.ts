/**
 * What differs in the prod stage: data is retained and deletion-protected, the sender's SES identity
 * is declared, and the web origin must be given explicitly.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { uploadsBucket, userPools, type PoolKind } from "../../packages/core/src/infra/resources.js";
import { mailFrom, webOrigin } from "../../stacks/settings.js";
import { only, resources, type Synth, synthesize } from "./synth.js";

const ORIGIN = "https://e-xidmet.example.az";
let s: Synth;
beforeAll(async () => {
  s = await synthesize("prod", { WEB_ORIGIN: ORIGIN });
}, 300_000);

describe("prod stage", () => {
  it("protects the table and keeps it, and the uploads, on stack removal", () => {
    const [, table] = only(s.json.Storage, "AWS::DynamoDB::Table");
    expect(table.Properties.DeletionProtectionEnabled).toBe(true);
    expect(table.DeletionPolicy).toBe("Retain");
    const [, bucket] = only(s.json.Storage, "AWS::S3::Bucket", (_, id) => id.startsWith(uploadsBucket.id));
    expect(bucket.DeletionPolicy).toBe("Retain");
  });

  it("turns on deletion protection for both user pools and keeps them", () => {
    for (const kind of Object.keys(userPools) as PoolKind[]) {
      const [, pool] = only(s.json.Auth, "AWS::Cognito::UserPool", (_, id) => id.startsWith(userPools[kind].id));
      expect(pool.Properties.DeletionProtection).toBe("ACTIVE");
      expect(pool.DeletionPolicy).toBe("Retain");
    }
  });

  it("declares the SES identity of the sender's domain", () => {
    const [, identity] = only(s.json.Workflows, "AWS::SES::EmailIdentity");
    expect(identity.Properties.EmailIdentity).toBe(mailFrom().split("@")[1]);
  });

  it("allows CORS from WEB_ORIGIN only", () => {
    const [, api] = only(s.json.Api, "AWS::ApiGatewayV2::Api");
    expect(api.Properties.CorsConfiguration.AllowOrigins).toEqual([ORIGIN]);
    const [, bucket] = only(s.json.Storage, "AWS::S3::Bucket", (_, id) => id.startsWith(uploadsBucket.id));
    expect(bucket.Properties.CorsConfiguration.CorsRules.map((r: { AllowedOrigins: string[] }) => r.AllowedOrigins)).toEqual([[ORIGIN]]);
    expect(resources(s.json.Storage, "Custom::S3AutoDeleteObjects")).toHaveLength(0);
  });

  it("refuses to synthesize prod without WEB_ORIGIN, or with something that is not an origin", () => {
    const saved = process.env.WEB_ORIGIN;
    try {
      delete process.env.WEB_ORIGIN;
      expect(() => webOrigin("prod")).toThrow(/WEB_ORIGIN/);
      process.env.WEB_ORIGIN = `${ORIGIN}/app`;
      expect(() => webOrigin("prod")).toThrow(/origin/);
    } finally {
      process.env.WEB_ORIGIN = saved;
    }
  });
});
