/**
 * The two Cognito user pools (resources.ts): citizens sign themselves up, officials are created
 * by a Commission admin. Both are used by the web app directly (USER_PASSWORD_AUTH, no secret).
 */
import { Duration } from "aws-cdk-lib";
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  type UserPoolClient,
} from "aws-cdk-lib/aws-cognito";
import type { StackContext } from "sst/constructs";
import type { Construct } from "constructs";
import { passwordPolicy, userPools, type PoolKind } from "../packages/core/src/infra/resources.js";
import { isProd } from "./settings.js";

export interface Pool {
  userPool: UserPool;
  client: UserPoolClient;
}

function createPool(scope: Construct, kind: PoolKind, stage: string): Pool {
  const def = userPools[kind];
  const customAttributes = Object.fromEntries(
    Object.entries(def.customAttributes).map(([name, { maxLen }]) => [name, new StringAttribute({ maxLen, mutable: true })]),
  );
  const userPool = new UserPool(scope, def.id, {
    userPoolName: `${stage}-e-xidmet-${def.localName.replace(/^exidmet-/, "")}`,
    selfSignUpEnabled: def.selfSignUp,
    // Citizens sign in with their e-mail; officials with the username the Commission issues.
    signInAliases: def.selfSignUp ? { email: true } : { username: true },
    autoVerify: { email: true },
    standardAttributes: { email: { required: true, mutable: true } },
    customAttributes,
    passwordPolicy: {
      minLength: passwordPolicy.minLength,
      requireLowercase: passwordPolicy.requireLowercase,
      requireUppercase: passwordPolicy.requireUppercase,
      requireDigits: passwordPolicy.requireDigits,
      requireSymbols: passwordPolicy.requireSymbols,
      tempPasswordValidity: Duration.days(passwordPolicy.tempPasswordValidityDays),
    },
    accountRecovery: AccountRecovery.EMAIL_ONLY,
    // Threat protection ("advanced security") is a paid Plus feature we do not use.
    featurePlan: FeaturePlan.ESSENTIALS,
    standardThreatProtectionMode: StandardThreatProtectionMode.NO_ENFORCEMENT,
    // Removal policy: CDK's default RETAIN, made DESTROY outside prod by sst.config.ts.
    deletionProtection: isProd(stage),
  });

  for (const group of def.groups) userPool.addGroup(group, { groupName: group });

  // Users may change their own e-mail; citizens also enter their ID card and FIN. An official must
  // never change `stateBody` (it scopes what they see), so officials may write standard e-mail only.
  const writeAttributes = new ClientAttributes()
    .withStandardAttributes({ email: true })
    .withCustomAttributes(...(def.selfSignUp ? Object.keys(def.customAttributes) : []));

  const client = userPool.addClient(def.clientName, {
    userPoolClientName: def.clientName,
    generateSecret: false,
    // The web app signs in through the Cognito API, not the hosted UI: no OAuth flows or callback URLs.
    disableOAuth: true,
    authFlows: { userPassword: true }, // CDK adds ALLOW_REFRESH_TOKEN_AUTH
    preventUserExistenceErrors: true,
    enableTokenRevocation: true,
    writeAttributes,
  });
  return { userPool, client };
}

export function Auth({ stack, app }: StackContext) {
  const citizens = createPool(stack, "citizens", app.stage);
  const officials = createPool(stack, "officials", app.stage);
  stack.addOutputs({
    CitizensPoolId: citizens.userPool.userPoolId,
    CitizensClientId: citizens.client.userPoolClientId,
    OfficialsPoolId: officials.userPool.userPoolId,
    OfficialsClientId: officials.client.userPoolClientId,
  });
  return { citizens, officials } satisfies Record<PoolKind, Pool>;
}
