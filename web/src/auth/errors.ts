import type { Failure } from "../forms/kit";
import { both, dictionaries, type Dict } from "../i18n";
import { CognitoError } from "./cognito";

type CognitoKey = keyof Dict["cognito"];

/**
 * A Cognito error as a form failure in both languages. `fields` binds error types to the field
 * they concern (e.g. a wrong code to the code field); the rest go to the error summary.
 */
export function cognitoFailure(e: unknown, fields: Partial<Record<string, string>> = {}): Failure {
  if (!(e instanceof CognitoError)) {
    console.error(e);
    return { message: both((d) => d.errors.unexpected) };
  }
  if (e.type === "NetworkError") return { message: both((d) => d.errors.network) };
  if (e.type === "ConfigurationError") return { message: both((d) => d.errors.configMissing("VITE_COGNITO_ENDPOINT")) };
  let key: CognitoKey = "default";
  if (e.type === "NotAuthorizedException" && /disabled/i.test(e.message)) key = "disabled";
  else if (e.type === "NotAuthorizedException" && /attempts exceeded/i.test(e.message)) key = "TooManyFailedAttemptsException";
  else if (e.type in dictionaries.az.cognito) key = e.type as CognitoKey;
  const text = both((d) => d.cognito[key]);
  const field = fields[e.type];
  return field ? { issues: [{ path: field, code: e.type, ...text }] } : { message: text };
}
