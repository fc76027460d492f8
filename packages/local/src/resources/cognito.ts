/**
 * The two user pools of resources.ts on cognito-local. cognito-local assigns random ids, so pools
 * and clients are found again by name (idempotent: create only what is missing).
 */
import {
  AddCustomAttributesCommand,
  type CognitoIdentityProviderClient,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DescribeUserPoolCommand,
  ListGroupsCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  type SchemaAttributeType,
} from "@aws-sdk/client-cognito-identity-provider";
import { type PoolKind, passwordPolicy, userPools } from "@exidmet/core/infra/resources";

export interface PoolIds {
  poolId: string;
  clientId: string;
}
export type PoolsIds = Record<PoolKind, PoolIds>;

function customSchema(kind: PoolKind): SchemaAttributeType[] {
  return Object.entries(userPools[kind].customAttributes).map(([name, def]) => ({
    Name: name,
    AttributeDataType: "String",
    Mutable: true,
    StringAttributeConstraints: { MinLength: "0", MaxLength: String(def.maxLen) },
  }));
}

async function findPoolId(client: CognitoIdentityProviderClient, name: string): Promise<string | undefined> {
  const out = await client.send(new ListUserPoolsCommand({ MaxResults: 60 }));
  return out.UserPools?.find((p) => p.Name === name)?.Id;
}

async function ensurePool(client: CognitoIdentityProviderClient, kind: PoolKind): Promise<string> {
  const def = userPools[kind];
  const existing = await findPoolId(client, def.localName);
  if (existing) {
    // A custom attribute added to resources.ts after the pool was created is added here.
    const pool = await client.send(new DescribeUserPoolCommand({ UserPoolId: existing }));
    const have = new Set(pool.UserPool?.SchemaAttributes?.map((a) => a.Name));
    const missing = customSchema(kind).filter((a) => !have.has(`custom:${a.Name}`));
    if (missing.length) await client.send(new AddCustomAttributesCommand({ UserPoolId: existing, CustomAttributes: missing }));
    return existing;
  }
  const created = await client.send(
    new CreateUserPoolCommand({
      PoolName: def.localName,
      Policies: {
        PasswordPolicy: {
          MinimumLength: passwordPolicy.minLength,
          RequireLowercase: passwordPolicy.requireLowercase,
          RequireUppercase: passwordPolicy.requireUppercase,
          RequireNumbers: passwordPolicy.requireDigits,
          RequireSymbols: passwordPolicy.requireSymbols,
          TemporaryPasswordValidityDays: passwordPolicy.tempPasswordValidityDays,
        },
      },
      Schema: [{ Name: "email", AttributeDataType: "String", Required: true, Mutable: true }, ...customSchema(kind)],
      // As stacks/Auth.ts: citizens sign in with their e-mail, officials with the username the Commission issues.
      ...(def.selfSignUp ? { UsernameAttributes: ["email"] } : { AdminCreateUserConfig: { AllowAdminCreateUserOnly: true } }),
      AutoVerifiedAttributes: ["email"],
      AccountRecoverySetting: { RecoveryMechanisms: [{ Name: "verified_email", Priority: 1 }] },
    }),
  );
  const id = created.UserPool?.Id;
  if (!id) throw new Error(`cognito-local did not return an id for ${def.localName}`);
  return id;
}

async function ensureClient(client: CognitoIdentityProviderClient, poolId: string, kind: PoolKind): Promise<string> {
  const name = userPools[kind].clientName;
  const list = await client.send(new ListUserPoolClientsCommand({ UserPoolId: poolId, MaxResults: 60 }));
  const found = list.UserPoolClients?.find((c) => c.ClientName === name)?.ClientId;
  if (found) return found;
  const created = await client.send(
    new CreateUserPoolClientCommand({
      UserPoolId: poolId,
      ClientName: name,
      GenerateSecret: false,
      ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
      PreventUserExistenceErrors: "ENABLED",
      EnableTokenRevocation: true,
      // An official must never change custom:stateBody (it scopes what they see); citizens enter their ID card and FIN.
      WriteAttributes: ["email", ...(userPools[kind].selfSignUp ? Object.keys(userPools[kind].customAttributes).map((a) => `custom:${a}`) : [])],
      // Cognito's defaults (cognito-local would otherwise issue 24-hour tokens).
      IdTokenValidity: 60,
      AccessTokenValidity: 60,
      RefreshTokenValidity: 30,
      TokenValidityUnits: { IdToken: "minutes", AccessToken: "minutes", RefreshToken: "days" },
    }),
  );
  const id = created.UserPoolClient?.ClientId;
  if (!id) throw new Error(`cognito-local did not return a client id for ${poolId}`);
  return id;
}

async function ensureGroups(client: CognitoIdentityProviderClient, poolId: string, groups: readonly string[]): Promise<void> {
  if (!groups.length) return;
  const list = await client.send(new ListGroupsCommand({ UserPoolId: poolId, Limit: 60 }));
  const have = new Set(list.Groups?.map((g) => g.GroupName));
  for (const group of groups) {
    if (!have.has(group)) await client.send(new CreateGroupCommand({ UserPoolId: poolId, GroupName: group }));
  }
}

export async function ensurePools(client: CognitoIdentityProviderClient): Promise<PoolsIds> {
  const result = {} as PoolsIds;
  // Sequential on purpose: cognito-local keeps its pool list in one file.
  for (const kind of Object.keys(userPools) as PoolKind[]) {
    const poolId = await ensurePool(client, kind);
    const clientId = await ensureClient(client, poolId, kind);
    await ensureGroups(client, poolId, userPools[kind].groups);
    result[kind] = { poolId, clientId };
  }
  return result;
}
