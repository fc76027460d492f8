/**
 * What every Lambda gets from the infrastructure: its environment (env.ts) and the IAM statements
 * the stacks hand out per need. Call from inside a stack function (uses `use()`).
 */
import { ArnFormat, type Stack } from "aws-cdk-lib";
import { Effect, PolicyStatement } from "aws-cdk-lib/aws-iam";
import { use, type App } from "sst/constructs";
import { cognitoIssuer, type RuntimeConfig } from "../packages/core/src/infra/env.js";
import { deadlineStateMachine } from "../packages/core/src/infra/resources.js";
import { Auth } from "./Auth.js";
import { Storage } from "./Storage.js";
import { mailFrom, webOrigin } from "./settings.js";

/**
 * The deadline machine has a fixed name so its ARN is known without a reference to it: the fired
 * function is in the machine's definition and also needs the ARN (to arm follow-up deadlines), and
 * a reference both ways would be a CloudFormation cycle.
 */
export const deadlinesStateMachineName = (app: App) => app.logicalPrefixedName(deadlineStateMachine.id);

export const deadlinesStateMachineArn = (stack: Stack, app: App) =>
  stack.formatArn({
    service: "states",
    resource: "stateMachine",
    resourceName: deadlinesStateMachineName(app),
    arnFormat: ArnFormat.COLON_RESOURCE_NAME,
  });

/** The env.ts variables, from the real resources. Typed as RuntimeConfig so none can be missed. */
export function functionEnvironment(stack: Stack, app: App): RuntimeConfig {
  const { table, bucket } = use(Storage);
  const { citizens, officials } = use(Auth);
  return {
    STAGE: app.stage,
    TABLE_NAME: table.tableName,
    BUCKET_NAME: bucket.bucketName,
    CITIZENS_POOL_ID: citizens.userPool.userPoolId,
    CITIZENS_CLIENT_ID: citizens.client.userPoolClientId,
    CITIZENS_ISSUER: cognitoIssuer(stack.region, citizens.userPool.userPoolId),
    OFFICIALS_POOL_ID: officials.userPool.userPoolId,
    OFFICIALS_CLIENT_ID: officials.client.userPoolClientId,
    OFFICIALS_ISSUER: cognitoIssuer(stack.region, officials.userPool.userPoolId),
    DEADLINES_STATE_MACHINE_ARN: deadlinesStateMachineArn(stack, app),
    MAIL_FROM: mailFrom(),
    WEB_ORIGIN: webOrigin(app.stage),
  };
}

/** What a function touches, in the shape of the route table's call budget. */
export interface Needs {
  dynamodb?: number;
  s3?: number;
  ses?: number;
  cognito?: number;
  sfn?: number;
}

/** Least-privilege statements for the services a function calls. */
export function statementsFor(needs: Needs, stack: Stack, app: App): PolicyStatement[] {
  const { table, bucket } = use(Storage);
  const { officials } = use(Auth);
  const allow = (actions: string[], resources: string[]) => new PolicyStatement({ effect: Effect.ALLOW, actions, resources });
  const statements: PolicyStatement[] = [];
  if (needs.dynamodb) {
    statements.push(
      allow(
        [
          "dynamodb:GetItem",
          "dynamodb:BatchGetItem",
          "dynamodb:Query",
          "dynamodb:PutItem",
          "dynamodb:UpdateItem",
          "dynamodb:DeleteItem",
          "dynamodb:BatchWriteItem",
          "dynamodb:ConditionCheckItem",
        ],
        [table.tableArn, `${table.tableArn}/index/*`],
      ),
    );
  }
  if (needs.s3) {
    // ListBucket makes HeadObject answer 404 (not 403) for a missing upload.
    statements.push(allow(["s3:GetObject", "s3:PutObject", "s3:DeleteObject"], [bucket.bucketArn + "/*"]));
    statements.push(allow(["s3:ListBucket"], [bucket.bucketArn]));
  }
  if (needs.ses) {
    // Any identity: in the SES sandbox the recipients' identities are authorised too.
    statements.push(allow(["ses:SendEmail", "ses:SendRawEmail"], [stack.formatArn({ service: "ses", resource: "identity", resourceName: "*" })]));
  }
  if (needs.cognito) {
    statements.push(
      allow(
        [
          "cognito-idp:AdminCreateUser",
          "cognito-idp:AdminAddUserToGroup",
          "cognito-idp:AdminSetUserPassword",
          "cognito-idp:AdminDisableUser",
          "cognito-idp:AdminEnableUser",
          "cognito-idp:AdminUserGlobalSignOut",
          "cognito-idp:AdminGetUser",
          "cognito-idp:AdminListGroupsForUser",
          "cognito-idp:ListUsers",
          "cognito-idp:ListUsersInGroup",
        ],
        [officials.userPool.userPoolArn],
      ),
    );
  }
  if (needs.sfn) {
    statements.push(allow(["states:StartExecution"], [deadlinesStateMachineArn(stack, app)]));
  }
  return statements;
}
