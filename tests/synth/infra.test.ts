/**
 * Offline synth of the whole app (see synth.ts), checked against the contract files: resources.ts,
 * env.ts, routes.ts and deadlines.asl.json. Expectations are derived from them, never copied.
 */
import fs from "node:fs";
import { Match } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { cognitoIssuer, envNames } from "../../packages/core/src/infra/env.js";
import {
  apiThrottling,
  deadlineStateMachine,
  logRetentionDays,
  mainTable,
  officialGroups,
  passwordPolicy,
  scheduledJobs,
  uploadsBucket,
  userPools,
  type PoolKind,
} from "../../packages/core/src/infra/resources.js";
import { routeGroups, routeKey, routes } from "../../packages/core/src/http/routes.js";
import { overdueDeadlinesMetric } from "../../stacks/Monitoring.js";
import { webOrigin } from "../../stacks/settings.js";
import { apiStackNames, getAtt, isAppFunction, only, ref, REGION, resources, STAGE, stackNames, type Resource, type StackName, type Synth, synthesize } from "./synth.js";

const asl = JSON.parse(fs.readFileSync("packages/core/src/infra/deadlines.asl.json", "utf8"));

let s: Synth;
beforeAll(async () => {
  s = await synthesize();
}, 300_000);

/** [stack, logicalId, resource] of every function built from functions/, across stacks. */
const appFunctions = () =>
  ["Workflows", ...apiStackNames].flatMap((stack) => resources(s.json[stack], "AWS::Lambda::Function", isAppFunction).map(([id, r]) => [stack, id, r] as const));

/** The stack that deploys a route's function. */
const stackOf = (route: (typeof routes)[number]) => routeGroups.find((g) => g.routes.includes(route))!.stack;

const functionByHandler = (stack: StackName, handler: string) =>
  only(s.json[stack], "AWS::Lambda::Function", (r) => r.Properties.Handler === handler);

/** The IAM statements attached to a function's role. */
function statementsOf(stack: StackName, fn: Resource) {
  const roleId = fn.Properties.Role["Fn::GetAtt"][0];
  return resources(s.json[stack], "AWS::IAM::Policy", (p) => p.Properties.Roles.some((r: { Ref: string }) => r.Ref === roleId)).flatMap(
    ([, p]) => p.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[],
  );
}
const actionsOf = (stack: StackName, fn: Resource) => statementsOf(stack, fn).flatMap((st) => [st.Action].flat());

const poolId = (kind: PoolKind) => only(s.json.Auth, "AWS::Cognito::UserPool", (_, id) => id.startsWith(userPools[kind].id))[0];
const clientId = (kind: PoolKind) =>
  only(s.json.Auth, "AWS::Cognito::UserPoolClient", (r) => r.Properties.UserPoolId.Ref === poolId(kind))[0];

describe("Storage: table", () => {
  const table = () => only(s.json.Storage, "AWS::DynamoDB::Table")[1].Properties;

  it("is on-demand, point-in-time recoverable, encrypted, with TTL and a NEW_IMAGE stream", () => {
    expect(table().BillingMode).toBe("PAY_PER_REQUEST");
    expect(table().PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(table().SSESpecification.SSEEnabled).toBe(true);
    expect(table().TimeToLiveSpecification).toEqual({ AttributeName: mainTable.timeToLiveAttribute, Enabled: true });
    expect(table().StreamSpecification).toEqual({ StreamViewType: "NEW_IMAGE" });
  });

  it("has the primary key of resources.ts", () => {
    expect(table().KeySchema).toEqual([
      { AttributeName: mainTable.partitionKey, KeyType: "HASH" },
      { AttributeName: mainTable.sortKey, KeyType: "RANGE" },
    ]);
  });

  it("has exactly the GSIs of resources.ts", () => {
    const gsis = table().GlobalSecondaryIndexes as { IndexName: string; KeySchema: unknown; Projection: unknown }[];
    expect(gsis.map((g) => g.IndexName).sort()).toEqual(mainTable.indexes.map((i) => i.name).sort());
    for (const index of mainTable.indexes) {
      const gsi = gsis.find((g) => g.IndexName === index.name)!;
      expect(gsi.KeySchema).toEqual([
        { AttributeName: index.partitionKey, KeyType: "HASH" },
        { AttributeName: index.sortKey, KeyType: "RANGE" },
      ]);
      expect(gsi.Projection).toEqual({ ProjectionType: "ALL" });
    }
  });

  it("is not deletion-protected outside prod (disposable stage)", () => {
    expect(table().DeletionProtectionEnabled).toBe(false);
  });
});

describe("Storage: uploads bucket", () => {
  const bucket = () => only(s.json.Storage, "AWS::S3::Bucket", (_, id) => id.startsWith(uploadsBucket.id));

  it("blocks all public access", () => {
    expect(bucket()[1].Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(bucket()[1].Properties.OwnershipControls.Rules).toEqual([{ ObjectOwnership: "BucketOwnerEnforced" }]);
  });

  it("denies non-TLS access", () => {
    s.templates.Storage.hasResourceProperties("AWS::S3::BucketPolicy", {
      Bucket: { Ref: bucket()[0] },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: "Deny", Action: "s3:*", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
        ]),
      },
    });
  });

  it("is encrypted with S3-managed keys", () => {
    expect(bucket()[1].Properties.BucketEncryption.ServerSideEncryptionConfiguration).toEqual([
      { ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } },
    ]);
  });

  it("expires abandoned pending uploads and aborts incomplete multipart uploads", () => {
    const rules = bucket()[1].Properties.LifecycleConfiguration.Rules as Record<string, any>[];
    expect(rules).toContainEqual(
      expect.objectContaining({ Prefix: uploadsBucket.pendingPrefix, ExpirationInDays: uploadsBucket.abandonedUploadDays, Status: "Enabled" }),
    );
    const abort = rules.find((r) => r.AbortIncompleteMultipartUpload);
    expect(abort?.Status).toBe("Enabled");
    expect(abort?.AbortIncompleteMultipartUpload.DaysAfterInitiation).toBeGreaterThan(0);
    // Only pending/ expires: certificates and attached uploads are kept.
    expect(rules.filter((r) => r.ExpirationInDays !== undefined).every((r) => r.Prefix === uploadsBucket.pendingPrefix)).toBe(true);
  });

  it("allows presigned POST/PUT from the web origin only", () => {
    const cors = bucket()[1].Properties.CorsConfiguration.CorsRules as Record<string, string[]>[];
    expect(cors).toHaveLength(1);
    expect(cors[0]!.AllowedOrigins).toEqual([webOrigin(STAGE)]);
    expect(cors[0]!.AllowedMethods).toEqual(expect.arrayContaining(["POST", "PUT"]));
  });
});

describe("Auth: user pools", () => {
  const pool = (kind: PoolKind) => s.json.Auth.Resources[poolId(kind)]!.Properties;

  it("citizens sign themselves up with e-mail; officials are created by an admin only", () => {
    for (const kind of Object.keys(userPools) as PoolKind[]) {
      expect(pool(kind).AdminCreateUserConfig.AllowAdminCreateUserOnly).toBe(!userPools[kind].selfSignUp);
    }
    expect(pool("citizens").UsernameAttributes).toEqual(["email"]);
    expect(pool("citizens").AutoVerifiedAttributes).toEqual(["email"]);
  });

  it("has the custom attributes of resources.ts, mutable, with their max length", () => {
    for (const kind of Object.keys(userPools) as PoolKind[]) {
      const schema = pool(kind).Schema as Record<string, any>[];
      const custom = schema.filter((a) => a.AttributeDataType === "String" && a.Name !== "email");
      expect(custom.map((a) => a.Name).sort()).toEqual(Object.keys(userPools[kind].customAttributes).sort());
      for (const [name, { maxLen }] of Object.entries(userPools[kind].customAttributes)) {
        expect(schema).toContainEqual(
          expect.objectContaining({ Name: name, Mutable: true, StringAttributeConstraints: { MaxLength: String(maxLen) } }),
        );
      }
    }
  });

  it("enforces the password policy of resources.ts", () => {
    for (const kind of Object.keys(userPools) as PoolKind[]) {
      expect(pool(kind).Policies.PasswordPolicy).toEqual({
        MinimumLength: passwordPolicy.minLength,
        RequireLowercase: passwordPolicy.requireLowercase,
        RequireUppercase: passwordPolicy.requireUppercase,
        RequireNumbers: passwordPolicy.requireDigits,
        RequireSymbols: passwordPolicy.requireSymbols,
        TemporaryPasswordValidityDays: passwordPolicy.tempPasswordValidityDays,
      });
    }
  });

  it("has advanced security off and no deletion protection outside prod", () => {
    for (const kind of Object.keys(userPools) as PoolKind[]) {
      expect(pool(kind).UserPoolAddOns).toEqual({ AdvancedSecurityMode: "OFF" });
      expect(pool(kind).DeletionProtection).not.toBe("ACTIVE");
    }
  });

  it("has the official groups on the officials' pool only", () => {
    const groups = resources(s.json.Auth, "AWS::Cognito::UserPoolGroup");
    expect(groups.map(([, g]) => g.Properties.GroupName).sort()).toEqual([...officialGroups].sort());
    expect(groups.every(([, g]) => g.Properties.UserPoolId.Ref === poolId("officials"))).toBe(true);
    expect(userPools.citizens.groups).toHaveLength(0);
  });

  it("has one public web client per pool with USER_PASSWORD_AUTH and refresh tokens", () => {
    for (const kind of Object.keys(userPools) as PoolKind[]) {
      const client = s.json.Auth.Resources[clientId(kind)]!.Properties;
      expect(client.ClientName).toBe(userPools[kind].clientName);
      expect(client.GenerateSecret).toBe(false);
      expect([...client.ExplicitAuthFlows].sort()).toEqual(["ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_PASSWORD_AUTH"]);
      expect(client.AllowedOAuthFlows).toBeUndefined();
    }
  });

  it("does not let an official rewrite their own state body", () => {
    const client = s.json.Auth.Resources[clientId("officials")]!.Properties;
    expect(client.WriteAttributes).not.toContain("custom:stateBody");
  });
});

describe("Workflows: deadline state machine and jobs", () => {
  const machine = () => only(s.json.Workflows, "AWS::StepFunctions::StateMachine");

  it("uses the one ASL definition with the fired-deadline function substituted", () => {
    const props = machine()[1].Properties;
    expect(JSON.parse(props.DefinitionString)).toEqual(asl);
    const [firedId] = functionByHandler("Workflows", deadlineStateMachine.firedFunctionHandler);
    expect(props.DefinitionSubstitutions).toEqual({ [deadlineStateMachine.firedFunctionSubstitution]: { "Fn::GetAtt": [firedId, "Arn"] } });
    // Every ${...} placeholder of the ASL is substituted.
    const placeholders = [...JSON.stringify(asl).matchAll(/\$\{(\w+)\}/g)].map((m) => m[1]);
    expect(Object.keys(props.DefinitionSubstitutions).sort()).toEqual([...new Set(placeholders)].sort());
    expect(props.StateMachineType).toBe("STANDARD");
  });

  it("may invoke the fired-deadline function", () => {
    const [firedId] = functionByHandler("Workflows", deadlineStateMachine.firedFunctionHandler);
    const roleId = machine()[1].Properties.RoleArn["Fn::GetAtt"][0];
    const statements = resources(s.json.Workflows, "AWS::IAM::Policy", (p) => p.Properties.Roles.some((r: { Ref: string }) => r.Ref === roleId)).flatMap(
      ([, p]) => p.Properties.PolicyDocument.Statement,
    );
    expect(statements).toContainEqual(
      expect.objectContaining({ Action: "lambda:InvokeFunction", Resource: expect.arrayContaining([{ "Fn::GetAtt": [firedId, "Arn"] }]) }),
    );
  });

  it("logs errors to a log group with the contract's retention, without execution data", () => {
    const logging = machine()[1].Properties.LoggingConfiguration;
    expect(logging.IncludeExecutionData).toBe(false);
    const groupId = logging.Destinations[0].CloudWatchLogsLogGroup.LogGroupArn["Fn::GetAtt"][0];
    expect(s.json.Workflows.Resources[groupId]!.Properties.RetentionInDays).toBe(logRetentionDays);
  });

  it("runs every scheduled job on its schedule", () => {
    for (const job of scheduledJobs) {
      const [fnId] = functionByHandler("Workflows", job.handler);
      const rule = only(s.json.Workflows, "AWS::Events::Rule", (r) =>
        r.Properties.Targets.some((t: { Arn: unknown }) => JSON.stringify(t.Arn) === JSON.stringify({ "Fn::GetAtt": [fnId, "Arn"] })),
      )[1];
      const n = job.everyMinutes;
      expect(rule.Properties.ScheduleExpression).toBe(`rate(${n} ${n === 1 ? "minute" : "minutes"})`);
    }
  });
});

describe("Api: routes from the route table", () => {
  const authorizers = () => resources(s.json.Api, "AWS::ApiGatewayV2::Authorizer");
  const authorizerFor = (kind: PoolKind) =>
    only(s.json.Api, "AWS::ApiGatewayV2::Authorizer", (r) => s.resolve("Api", r.Properties.JwtConfiguration.Audience)[0] === ref("Auth", clientId(kind)));

  it("has one JWT authorizer per pool: that pool's issuer and client", () => {
    expect(authorizers()).toHaveLength(2);
    for (const kind of Object.keys(userPools) as PoolKind[]) {
      const [, authorizer] = authorizerFor(kind);
      expect(authorizer.Properties.AuthorizerType).toBe("JWT");
      expect(s.resolve("Api", authorizer.Properties.JwtConfiguration)).toEqual({
        Issuer: cognitoIssuer(REGION, ref("Auth", poolId(kind))),
        Audience: [ref("Auth", clientId(kind))],
      });
    }
  });

  it("has exactly the routes of routes.ts, each group in its own stack", () => {
    const keys = apiStackNames.flatMap((stack) => resources(s.json[stack], "AWS::ApiGatewayV2::Route").map(([, r]) => r.Properties.RouteKey));
    expect(keys.sort()).toEqual(routes.map(routeKey).sort());
    for (const group of routeGroups) {
      if (!group.routes.length) continue;
      const inStack = resources(s.json[group.stack], "AWS::ApiGatewayV2::Route").map(([, r]) => r.Properties.RouteKey);
      expect(inStack.sort()).toEqual(group.routes.map(routeKey).sort());
    }
  });

  it("keeps every stack well under CloudFormation's 500 resources", () => {
    for (const stack of stackNames) expect(Object.keys(s.json[stack].Resources).length, stack).toBeLessThan(450);
  });

  for (const route of routes) {
    const stack = stackOf(route);
    it(`${routeKey(route)} → ${route.handler} (${route.access.kind})`, () => {
      const [, r] = only(s.json[stack], "AWS::ApiGatewayV2::Route", (x) => x.Properties.RouteKey === routeKey(route));
      if (route.access.kind === "public") {
        expect(r.Properties.AuthorizationType).toBe("NONE");
        expect(r.Properties.AuthorizerId).toBeUndefined();
      } else {
        expect(r.Properties.AuthorizationType).toBe("JWT");
        const kind: PoolKind = route.access.kind === "citizen" ? "citizens" : "officials";
        expect(s.resolve(stack, r.Properties.AuthorizerId)).toEqual(ref("Api", authorizerFor(kind)[0]));
      }
      const integrationId = r.Properties.Target["Fn::Join"][1][1].Ref;
      const integration = s.json[stack].Resources[integrationId]!;
      const [fnId, fn] = functionByHandler(stack, route.handler);
      expect(integration.Properties.IntegrationUri).toEqual({ "Fn::GetAtt": [fnId, "Arn"] });

      // Permissions follow the route's AWS call budget.
      const actions = actionsOf(stack, fn);
      const has = (prefix: string) => actions.some((a) => a.startsWith(prefix));
      expect(has("dynamodb:")).toBe(route.budget.dynamodb > 0);
      expect(has("s3:")).toBe((route.budget.s3 ?? 0) > 0);
      expect(has("ses:")).toBe((route.budget.ses ?? 0) > 0);
      expect(has("cognito-idp:")).toBe((route.budget.cognito ?? 0) > 0);
      expect(has("states:")).toBe((route.budget.sfn ?? 0) > 0);
    });
  }

  it("scopes Cognito admin rights to the officials' pool and StartExecution to the deadline machine", () => {
    for (const route of routes) {
      const stack = stackOf(route);
      const [, fn] = functionByHandler(stack, route.handler);
      for (const st of statementsOf(stack, fn)) {
        const actions = [st.Action].flat();
        if (actions.some((a) => a.startsWith("cognito-idp:"))) {
          expect([s.resolve(stack, st.Resource)].flat()).toEqual([getAtt("Auth", poolId("officials"), "Arn")]);
        }
        if (actions.some((a) => a.startsWith("states:"))) {
          const name = only(s.json.Workflows, "AWS::StepFunctions::StateMachine")[1].Properties.StateMachineName;
          expect(s.resolve(stack, st.Resource)).toBe(`arn:aws:states:${REGION}:123456789012:stateMachine:${name}`);
        }
      }
    }
  });

  it("throttles the default stage as apiThrottling says and logs access with the contract's retention", () => {
    const [, stage] = only(s.json.Api, "AWS::ApiGatewayV2::Stage");
    expect(stage.Properties.StageName).toBe("$default");
    expect(stage.Properties.DefaultRouteSettings).toEqual(
      expect.objectContaining({ ThrottlingBurstLimit: apiThrottling.burstLimit, ThrottlingRateLimit: apiThrottling.rateLimit }),
    );
    const groupId = stage.Properties.AccessLogSettings.DestinationArn["Fn::GetAtt"][0];
    expect(s.json.Api.Resources[groupId]!.Properties.RetentionInDays).toBe(logRetentionDays);
  });

  it("allows CORS from the web origin only", () => {
    const [, api] = only(s.json.Api, "AWS::ApiGatewayV2::Api");
    expect(api.Properties.CorsConfiguration.AllowOrigins).toEqual([webOrigin(STAGE)]);
    expect(api.Properties.CorsConfiguration.AllowMethods).toEqual(expect.arrayContaining([...new Set(routes.map((r) => r.method))]));
    expect(api.Properties.CorsConfiguration.AllowHeaders).toEqual(expect.arrayContaining(["authorization", "content-type", "idempotency-key"]));
  });
});

describe("Functions", () => {
  it("are one per route plus the fired-deadline function and each scheduled job", () => {
    const handlers = appFunctions().map(([, , r]) => r.Properties.Handler as string);
    const expected = [...routes.map((r) => r.handler), deadlineStateMachine.firedFunctionHandler, ...scheduledJobs.map((j) => j.handler)];
    expect(handlers.sort()).toEqual(expected.sort());
  });

  it("run Node.js 22 on arm64 with 512 MB, 10 s and active tracing", () => {
    for (const [, , fn] of appFunctions()) {
      expect(fn.Properties).toEqual(
        expect.objectContaining({ Runtime: "nodejs22.x", Architectures: ["arm64"], MemorySize: 512, Timeout: 10, TracingConfig: { Mode: "Active" } }),
      );
    }
  });

  it("are bundled as ESM with @aws-sdk/* inside the bundle", () => {
    expect(s.builtFunctions.size).toBe(appFunctions().length);
    for (const props of s.builtFunctions.values()) {
      expect(props.nodejs?.format).toBe("esm");
      expect(props.nodejs?.install ?? []).toEqual([]);
      expect(props.nodejs?.esbuild?.external ?? []).toEqual([]);
    }
  });

  it("get every env.ts variable, from the real resources", () => {
    const machineName = only(s.json.Workflows, "AWS::StepFunctions::StateMachine")[1].Properties.StateMachineName;
    const [tableId] = only(s.json.Storage, "AWS::DynamoDB::Table");
    const [bucketId] = only(s.json.Storage, "AWS::S3::Bucket", (_, id) => id.startsWith(uploadsBucket.id));
    const expected: Record<string, string> = {
      STAGE,
      TABLE_NAME: ref("Storage", tableId),
      BUCKET_NAME: ref("Storage", bucketId),
      CITIZENS_POOL_ID: ref("Auth", poolId("citizens")),
      CITIZENS_CLIENT_ID: ref("Auth", clientId("citizens")),
      CITIZENS_ISSUER: cognitoIssuer(REGION, ref("Auth", poolId("citizens"))),
      OFFICIALS_POOL_ID: ref("Auth", poolId("officials")),
      OFFICIALS_CLIENT_ID: ref("Auth", clientId("officials")),
      OFFICIALS_ISSUER: cognitoIssuer(REGION, ref("Auth", poolId("officials"))),
      DEADLINES_STATE_MACHINE_ARN: `arn:aws:states:${REGION}:123456789012:stateMachine:${machineName}`,
      WEB_ORIGIN: webOrigin(STAGE),
    };
    expect(Object.keys(expected).sort()).toEqual(envNames.filter((n) => n !== "MAIL_FROM").sort());
    for (const [stack, , fn] of appFunctions()) {
      const vars = s.resolve(stack, fn.Properties.Environment.Variables);
      expect(vars).toEqual(expect.objectContaining(expected));
      expect(vars.MAIL_FROM).toMatch(/^[^@\s]+@[^@\s]+\.[^@\s]+$/);
      expect(vars.POWERTOOLS_SERVICE_NAME).toBe("e-xidmet");
    }
  });

  it("keep their logs for logRetentionDays", () => {
    for (const [stack, id] of appFunctions()) {
      const retention = only(s.json[stack], "Custom::LogRetention", (r) => JSON.stringify(r.Properties.LogGroupName).includes(`"Ref":"${id}"`))[1];
      expect(retention.Properties.RetentionInDays).toBe(logRetentionDays);
    }
  });

  it("the scheduled job and fired-deadline function can use the table and SES only as needed", () => {
    const [, fired] = functionByHandler("Workflows", deadlineStateMachine.firedFunctionHandler);
    expect(actionsOf("Workflows", fired)).toEqual(expect.arrayContaining(["dynamodb:PutItem", "ses:SendEmail", "states:StartExecution"]));
    for (const job of scheduledJobs) {
      const actions = actionsOf("Workflows", functionByHandler("Workflows", job.handler)[1]);
      expect(actions).toEqual(expect.arrayContaining(["dynamodb:Query", "ses:SendEmail"]));
      expect(actions.some((a) => a.startsWith("cognito-idp:"))).toBe(false);
    }
  });
});

describe("Web", () => {
  it("builds web/ with npm run build into dist, with the VITE_* configuration", () => {
    expect(s.builtSites).toHaveLength(1);
    const site = s.builtSites[0]!;
    expect(site.path).toBe("web");
    expect(site.buildCommand).toBe("npm run build");
    expect(site.buildOutput).toBe("dist");
    expect(Object.keys(site.environment ?? {}).sort()).toEqual(
      [
        "VITE_API_URL",
        "VITE_CITIZENS_POOL_ID",
        "VITE_CITIZENS_CLIENT_ID",
        "VITE_OFFICIALS_POOL_ID",
        "VITE_OFFICIALS_CLIENT_ID",
        "VITE_COGNITO_ENDPOINT",
        "VITE_REGION",
        "VITE_UPLOADS_ORIGIN",
      ].sort(),
    );
    expect(site.environment!.VITE_COGNITO_ENDPOINT).toBe(`https://cognito-idp.${REGION}.amazonaws.com/`);
    expect(site.environment!.VITE_REGION).toBe(REGION);
  });

  it("fills the resource ids into the built files at deploy", () => {
    const [, uploader] = only(s.json.Web, "Custom::S3Uploader");
    const replaced = Object.fromEntries(
      (s.resolve("Web", uploader.Properties.replaceValues) as { search: string; replace: string }[]).map((r) => [r.search, r.replace]),
    );
    expect(replaced["{{ VITE_CITIZENS_POOL_ID }}"]).toBe(ref("Auth", poolId("citizens")));
    expect(replaced["{{ VITE_CITIZENS_CLIENT_ID }}"]).toBe(ref("Auth", clientId("citizens")));
    expect(replaced["{{ VITE_OFFICIALS_POOL_ID }}"]).toBe(ref("Auth", poolId("officials")));
    expect(replaced["{{ VITE_OFFICIALS_CLIENT_ID }}"]).toBe(ref("Auth", clientId("officials")));
    const apiId = only(s.json.Api, "AWS::ApiGatewayV2::Api")[0];
    expect(replaced["{{ VITE_API_URL }}"]).toBe(getAtt("Api", apiId, "ApiEndpoint"));
  });

  it("serves strict security headers", () => {
    const [policyId, policy] = only(s.json.Web, "AWS::CloudFront::ResponseHeadersPolicy");
    const headers = s.resolve("Web", policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig);
    const csp: string = headers.ContentSecurityPolicy.ContentSecurityPolicy;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain(getAtt("Api", only(s.json.Api, "AWS::ApiGatewayV2::Api")[0], "ApiEndpoint"));
    expect(headers.FrameOptions).toEqual({ FrameOption: "DENY", Override: true });
    expect(headers.ContentTypeOptions).toEqual({ Override: true });
    expect(headers.StrictTransportSecurity.AccessControlMaxAgeSec).toBeGreaterThanOrEqual(31_536_000);
    expect(headers.ReferrerPolicy.ReferrerPolicy).toBeDefined();
    const [, distribution] = only(s.json.Web, "AWS::CloudFront::Distribution");
    expect(distribution.Properties.DistributionConfig.DefaultCacheBehavior.ResponseHeadersPolicyId).toEqual({ Ref: policyId });
  });
});

describe("Monitoring", () => {
  const alarms = () => resources(s.json.Monitoring, "AWS::CloudWatch::Alarm").map(([, a]) => s.resolve("Monitoring", a.Properties));
  const dimension = (alarm: any, name: string) => alarm.Dimensions?.find((d: { Name: string }) => d.Name === name)?.Value;

  it("sends every alarm to the alarm topic", () => {
    const [topicId] = only(s.json.Monitoring, "AWS::SNS::Topic");
    for (const alarm of alarms()) expect(alarm.AlarmActions).toEqual([ref("Monitoring", topicId)]);
  });

  it("alarms on API 5xx", () => {
    const apiId = only(s.json.Api, "AWS::ApiGatewayV2::Api")[0];
    expect(alarms()).toContainEqual(
      expect.objectContaining({ Namespace: "AWS/ApiGateway", MetricName: "5xx", Dimensions: [{ Name: "ApiId", Value: ref("Api", apiId) }] }),
    );
  });

  it("alarms on every function's errors and throttles", () => {
    for (const [stack, id] of appFunctions()) {
      for (const metric of ["Errors", "Throttles"]) {
        const found = alarms().filter((a) => a.Namespace === "AWS/Lambda" && a.MetricName === metric && dimension(a, "FunctionName") === ref(stack, id));
        expect(found, `${metric} alarm of ${id}`).toHaveLength(1);
      }
    }
  });

  it("alarms on failed deadline executions", () => {
    const [machineId] = only(s.json.Workflows, "AWS::StepFunctions::StateMachine");
    expect(alarms()).toContainEqual(
      expect.objectContaining({ Namespace: "AWS/States", MetricName: "ExecutionsFailed", Dimensions: [{ Name: "StateMachineArn", Value: ref("Workflows", machineId) }] }),
    );
  });

  it("alarms when any deadline is overdue", () => {
    const alarm = alarms().find((a) => a.MetricName === "OverdueDeadlines");
    expect(alarm).toEqual(
      expect.objectContaining({
        Namespace: "e-xidmet",
        ComparisonOperator: "GreaterThanThreshold",
        Threshold: 0,
        Dimensions: Object.entries(overdueDeadlinesMetric.dimensions).map(([Name, Value]) => ({ Name, Value })),
      }),
    );
  });

  it("has a dashboard with API latency and 5xx, Lambda errors, executions and overdue deadlines", () => {
    const [, dashboard] = only(s.json.Monitoring, "AWS::CloudWatch::Dashboard");
    const body = String(s.resolve("Monitoring", dashboard.Properties.DashboardBody));
    for (const metric of ["Latency", "5xx", "Errors", "ExecutionsStarted", "ExecutionsFailed", "OverdueDeadlines"]) expect(body).toContain(metric);
  });
});
