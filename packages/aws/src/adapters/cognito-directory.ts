import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  AdminSetUserPasswordCommand,
  AdminUserGlobalSignOutCommand,
  ListUsersCommand,
  ListUsersInGroupCommand,
  type AttributeType,
} from "@aws-sdk/client-cognito-identity-provider";
import { officialGroups } from "@exidmet/core/infra/resources";
import type { NewOfficial, OfficialAccount, OfficialsDirectory } from "@exidmet/core";
import { cognitoClient } from "./clients.js";

const attr = (attrs: AttributeType[] | undefined, name: string) => attrs?.find((a) => a.Name === name)?.Value;

/** The officials' user pool. Accounts are created here only by the admin's use cases. */
export class CognitoOfficialsDirectory implements OfficialsDirectory {
  constructor(private readonly poolId = process.env.OFFICIALS_POOL_ID ?? "") {}

  async create(o: NewOfficial): Promise<void> {
    const c = cognitoClient();
    await c.send(
      new AdminCreateUserCommand({
        UserPoolId: this.poolId,
        Username: o.username,
        TemporaryPassword: o.temporaryPassword,
        // We send the sign-in details ourselves (SES template, outbox), not Cognito.
        MessageAction: "SUPPRESS",
        UserAttributes: [
          { Name: "email", Value: o.email },
          { Name: "email_verified", Value: "true" },
          { Name: "name", Value: o.fullName },
          ...(o.stateBody ? [{ Name: "custom:stateBody", Value: o.stateBody }] : []),
        ],
      }),
    );
    await c.send(new AdminAddUserToGroupCommand({ UserPoolId: this.poolId, Username: o.username, GroupName: o.group }));
  }

  async setTemporaryPassword(username: string, password: string): Promise<void> {
    await cognitoClient().send(new AdminSetUserPasswordCommand({ UserPoolId: this.poolId, Username: username, Password: password, Permanent: false }));
  }

  async disable(username: string): Promise<void> {
    await cognitoClient().send(new AdminDisableUserCommand({ UserPoolId: this.poolId, Username: username }));
    await cognitoClient()
      .send(new AdminUserGlobalSignOutCommand({ UserPoolId: this.poolId, Username: username }))
      .catch(() => undefined); // not every emulator supports it; disabling is what counts
  }

  async enable(username: string): Promise<void> {
    await cognitoClient().send(new AdminEnableUserCommand({ UserPoolId: this.poolId, Username: username }));
  }

  async get(username: string): Promise<OfficialAccount | undefined> {
    try {
      const user = await cognitoClient().send(new AdminGetUserCommand({ UserPoolId: this.poolId, Username: username }));
      const groups = await cognitoClient().send(new AdminListGroupsForUserCommand({ UserPoolId: this.poolId, Username: username }));
      return {
        username: user.Username ?? username,
        email: attr(user.UserAttributes, "email") ?? username,
        fullName: attr(user.UserAttributes, "name") ?? "",
        groups: (groups.Groups ?? []).map((g) => g.GroupName ?? ""),
        stateBody: attr(user.UserAttributes, "custom:stateBody"),
        enabled: user.Enabled ?? true,
        status: user.UserStatus ?? "UNKNOWN",
        createdAt: user.UserCreateDate?.toISOString(),
      };
    } catch (err) {
      if ((err as { name?: string }).name === "UserNotFoundException") return undefined;
      throw err;
    }
  }

  /** All officials with their groups: one call per group plus the user listing (no per-user calls). */
  async list(): Promise<OfficialAccount[]> {
    const c = cognitoClient();
    const groupsOf = new Map<string, string[]>();
    for (const group of officialGroups) {
      let token: string | undefined;
      do {
        const out = await c.send(new ListUsersInGroupCommand({ UserPoolId: this.poolId, GroupName: group, NextToken: token }));
        for (const u of out.Users ?? []) groupsOf.set(u.Username!, [...(groupsOf.get(u.Username!) ?? []), group]);
        token = out.NextToken;
      } while (token);
    }
    const accounts: OfficialAccount[] = [];
    let token: string | undefined;
    do {
      const out = await c.send(new ListUsersCommand({ UserPoolId: this.poolId, PaginationToken: token }));
      for (const u of out.Users ?? []) {
        accounts.push({
          username: u.Username!,
          email: attr(u.Attributes, "email") ?? u.Username!,
          fullName: attr(u.Attributes, "name") ?? "",
          groups: groupsOf.get(u.Username!) ?? [],
          stateBody: attr(u.Attributes, "custom:stateBody"),
          enabled: u.Enabled ?? true,
          status: u.UserStatus ?? "UNKNOWN",
          createdAt: u.UserCreateDate?.toISOString(),
        });
      }
      token = out.PaginationToken;
    } while (token);
    return accounts;
  }
}

let directory: CognitoOfficialsDirectory | undefined;
export const cognitoDirectory = () => (directory ??= new CognitoOfficialsDirectory());
