import { config, type PoolKind } from "../config";

/**
 * The Cognito user-pool JSON API called with `fetch` (no AWS SDK in the browser). The same calls
 * work against AWS and against cognito-local, which differ only in VITE_COGNITO_ENDPOINT.
 */
export class CognitoError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message || type);
    this.name = "CognitoError";
  }
}

export interface AuthenticationResult {
  IdToken: string;
  AccessToken: string;
  RefreshToken?: string;
  ExpiresIn: number;
}

interface InitiateAuthResponse {
  AuthenticationResult?: AuthenticationResult;
  ChallengeName?: string;
  Session?: string;
  ChallengeParameters?: Record<string, string>;
}

async function call<T>(operation: string, body: Record<string, unknown>): Promise<T> {
  if (!config.cognitoEndpoint) throw new CognitoError("ConfigurationError", "VITE_COGNITO_ENDPOINT is not set");
  let res: Response;
  try {
    res = await fetch(config.cognitoEndpoint, {
      method: "POST",
      headers: {
        "Content-Type": "application/x-amz-json-1.1",
        "X-Amz-Target": `AWSCognitoIdentityProviderService.${operation}`,
      },
      body: JSON.stringify(body),
    });
  } catch {
    throw new CognitoError("NetworkError", "network");
  }
  const text = await res.text();
  let json: Record<string, unknown> = {};
  try {
    json = text ? JSON.parse(text) : {};
  } catch {
    /* not JSON */
  }
  if (!res.ok) {
    const rawType = String(json.__type ?? json.code ?? res.headers.get("x-amzn-errortype") ?? "UnknownError");
    const type = rawType.split("#").pop()!.split(":")[0];
    throw new CognitoError(type, String(json.message ?? json.Message ?? ""));
  }
  return json as T;
}

const clientId = (kind: PoolKind) => config.pools[kind].clientId;

export interface SignUpInput {
  email: string;
  password: string;
  idCard: string;
  fin?: string;
  name: string;
}

export function signUp(input: SignUpInput) {
  const attributes = [
    { Name: "email", Value: input.email },
    { Name: "name", Value: input.name },
    { Name: "custom:idCard", Value: input.idCard },
    ...(input.fin ? [{ Name: "custom:fin", Value: input.fin }] : []),
  ];
  return call<{ UserConfirmed: boolean; UserSub: string }>("SignUp", {
    ClientId: clientId("citizen"),
    Username: input.email,
    Password: input.password,
    UserAttributes: attributes,
  });
}

export const confirmSignUp = (email: string, code: string) =>
  call("ConfirmSignUp", { ClientId: clientId("citizen"), Username: email, ConfirmationCode: code });

export const resendCode = (email: string) => call("ResendConfirmationCode", { ClientId: clientId("citizen"), Username: email });

export type SignInOutcome =
  | { kind: "signedIn"; result: AuthenticationResult }
  | { kind: "newPasswordRequired"; session: string; username: string };

export async function signIn(kind: PoolKind, username: string, password: string): Promise<SignInOutcome> {
  const res = await call<InitiateAuthResponse>("InitiateAuth", {
    ClientId: clientId(kind),
    AuthFlow: "USER_PASSWORD_AUTH",
    AuthParameters: { USERNAME: username, PASSWORD: password },
  });
  return outcome(res, username);
}

export async function completeNewPassword(kind: PoolKind, username: string, newPassword: string, session: string): Promise<SignInOutcome> {
  const res = await call<InitiateAuthResponse>("RespondToAuthChallenge", {
    ClientId: clientId(kind),
    ChallengeName: "NEW_PASSWORD_REQUIRED",
    Session: session,
    ChallengeResponses: { USERNAME: username, NEW_PASSWORD: newPassword },
  });
  return outcome(res, username);
}

function outcome(res: InitiateAuthResponse, username: string): SignInOutcome {
  if (res.AuthenticationResult) return { kind: "signedIn", result: res.AuthenticationResult };
  if (res.ChallengeName === "NEW_PASSWORD_REQUIRED" && res.Session) {
    return { kind: "newPasswordRequired", session: res.Session, username: res.ChallengeParameters?.USER_ID_FOR_SRP || username };
  }
  throw new CognitoError("UnsupportedChallenge", res.ChallengeName ?? "no result");
}

export async function refresh(kind: PoolKind, refreshToken: string): Promise<AuthenticationResult> {
  const res = await call<InitiateAuthResponse>("InitiateAuth", {
    ClientId: clientId(kind),
    AuthFlow: "REFRESH_TOKEN_AUTH",
    AuthParameters: { REFRESH_TOKEN: refreshToken },
  });
  if (!res.AuthenticationResult) throw new CognitoError("NotAuthorizedException", "refresh failed");
  return res.AuthenticationResult;
}

/**
 * Revokes the refresh token and the access tokens issued with it (sign-out). RevokeToken rather
 * than GlobalSignOut: it ends only this browser's session and cognito-local implements it too.
 */
export const revokeToken = (kind: PoolKind, refreshToken: string) => call("RevokeToken", { ClientId: clientId(kind), Token: refreshToken });
