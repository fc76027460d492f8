/**
 * Demo accounts created directly in cognito-local with the admin API, as a Commission admin
 * would (officials) or as sign-up + confirmation would (citizens). Existing accounts are left
 * alone, so seeding twice changes nothing.
 */
import {
  AdminAddUserToGroupCommand,
  AdminConfirmSignUpCommand,
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  AdminSetUserPasswordCommand,
  AdminUpdateUserAttributesCommand,
  type CognitoIdentityProviderClient,
  SignUpCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import type { PoolsIds } from "../resources/cognito.js";
import type { DemoCitizen, DemoOfficial } from "./demo-data.js";

async function userExists(client: CognitoIdentityProviderClient, poolId: string, username: string): Promise<boolean> {
  return client.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: username })).then(
    () => true,
    (e: Error) => {
      if (e.name === "UserNotFoundException" || e.name === "NotAuthorizedException") return false;
      throw e;
    },
  );
}

export async function ensureOfficial(client: CognitoIdentityProviderClient, pools: PoolsIds, o: DemoOfficial): Promise<"created" | "exists"> {
  const UserPoolId = pools.officials.poolId;
  let result: "created" | "exists" = "exists";
  if (!(await userExists(client, UserPoolId, o.username))) {
    await client.send(
      new AdminCreateUserCommand({
        UserPoolId,
        Username: o.username,
        MessageAction: "SUPPRESS",
        UserAttributes: [
          { Name: "email", Value: o.email },
          { Name: "email_verified", Value: "true" },
          { Name: "name", Value: o.name },
          ...(o.stateBody ? [{ Name: "custom:stateBody", Value: o.stateBody }] : []),
        ],
      }),
    );
    await client.send(new AdminSetUserPasswordCommand({ UserPoolId, Username: o.username, Password: o.password, Permanent: true }));
    result = "created";
  }
  const groups = await client.send(new AdminListGroupsForUserCommand({ UserPoolId, Username: o.username }));
  if (!groups.Groups?.some((g) => g.GroupName === o.group)) {
    await client.send(new AdminAddUserToGroupCommand({ UserPoolId, Username: o.username, GroupName: o.group }));
  }
  return result;
}

export async function ensureCitizen(client: CognitoIdentityProviderClient, pools: PoolsIds, c: DemoCitizen): Promise<"created" | "exists"> {
  const UserPoolId = pools.citizens.poolId;
  // The citizens' pool uses e-mail usernames; cognito-local finds users by that alias.
  const existing = await client.send(new AdminGetUserCommand({ UserPoolId, Username: c.email })).catch((e: Error) => {
    if (e.name === "UserNotFoundException" || e.name === "NotAuthorizedException") return undefined;
    throw e;
  });
  if (!existing) {
    await client.send(
      new SignUpCommand({
        ClientId: pools.citizens.clientId,
        Username: c.email,
        Password: c.password,
        UserAttributes: [
          { Name: "email", Value: c.email },
          { Name: "name", Value: c.name },
          { Name: "custom:idCard", Value: c.idCard },
          ...(c.fin ? [{ Name: "custom:fin", Value: c.fin }] : []),
        ],
      }),
    );
  }
  // Also completes an account a previous, interrupted seeding left half-done.
  if (!existing || existing.UserStatus === "UNCONFIRMED") {
    await client.send(new AdminConfirmSignUpCommand({ UserPoolId, Username: c.email }));
  }
  const verified = existing?.UserAttributes?.find((a) => a.Name === "email_verified")?.Value === "true";
  if (!verified) {
    await client.send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId,
        Username: c.email,
        UserAttributes: [
          { Name: "email", Value: c.email },
          { Name: "email_verified", Value: "true" },
        ],
      }),
    );
  }
  return existing ? "exists" : "created";
}
