/**
 * The e-mails Cognito would send (sign-up code, password reset, invitation). cognito-local only
 * prints them to its console, so our cognito host composes them here and sends them through the
 * local SES, where they appear in the mailbox like any other mail of the product.
 * A pool's own message templates win, as in Cognito.
 */

export type CognitoMessageSource =
  | "SignUp"
  | "ResendCode"
  | "ForgotPassword"
  | "AdminCreateUser"
  | "UpdateUserAttribute"
  | "VerifyUserAttribute"
  | "Authentication";

export interface PoolMessageOptions {
  VerificationMessageTemplate?: { EmailMessage?: string; EmailSubject?: string };
  EmailVerificationMessage?: string;
  EmailVerificationSubject?: string;
  AdminCreateUserConfig?: { InviteMessageTemplate?: { EmailMessage?: string; EmailSubject?: string } };
}

export interface ComposedMail {
  subject: string;
  text: string;
}

const fill = (template: string, code: string, username: string) =>
  template.replaceAll("{####}", code).replaceAll("{username}", username);

const defaults: Record<CognitoMessageSource, { subject: string; text: string }> = {
  SignUp: {
    subject: "e-Xidmət: e-poçt ünvanının təsdiqi / e-mail verification",
    text: "E-poçt ünvanınızı təsdiq etmək üçün kod: {####}\n\nYour verification code: {####}",
  },
  ResendCode: {
    subject: "e-Xidmət: e-poçt ünvanının təsdiqi / e-mail verification",
    text: "E-poçt ünvanınızı təsdiq etmək üçün kod: {####}\n\nYour verification code: {####}",
  },
  UpdateUserAttribute: {
    subject: "e-Xidmət: e-poçt ünvanının təsdiqi / e-mail verification",
    text: "Yeni e-poçt ünvanınızı təsdiq etmək üçün kod: {####}\n\nCode to verify your new e-mail: {####}",
  },
  VerifyUserAttribute: {
    subject: "e-Xidmət: e-poçt ünvanının təsdiqi / e-mail verification",
    text: "E-poçt ünvanınızı təsdiq etmək üçün kod: {####}\n\nYour verification code: {####}",
  },
  ForgotPassword: {
    subject: "e-Xidmət: şifrənin bərpası / password reset",
    text: "Şifrənin bərpası üçün kod: {####}\n\nYour password reset code: {####}",
  },
  AdminCreateUser: {
    subject: "e-Xidmət: hesabınız yaradıldı / your account",
    text: "İstifadəçi adı: {username}\nMüvəqqəti şifrə: {####}\n\nUsername: {username}\nTemporary password: {####}",
  },
  Authentication: {
    subject: "e-Xidmət: giriş kodu / sign-in code",
    text: "Giriş kodu: {####}\n\nYour sign-in code: {####}",
  },
};

export function composeCognitoMail(
  source: string,
  code: string,
  username: string,
  pool: PoolMessageOptions = {},
): ComposedMail {
  const base = defaults[source as CognitoMessageSource] ?? defaults.SignUp;
  let subject = base.subject;
  let text = base.text;
  if (source === "SignUp" || source === "ResendCode" || source.endsWith("UserAttribute")) {
    const t = pool.VerificationMessageTemplate;
    text = t?.EmailMessage ?? pool.EmailVerificationMessage ?? text;
    subject = t?.EmailSubject ?? pool.EmailVerificationSubject ?? subject;
  } else if (source === "AdminCreateUser") {
    const t = pool.AdminCreateUserConfig?.InviteMessageTemplate;
    text = t?.EmailMessage ?? text;
    subject = t?.EmailSubject ?? subject;
  }
  return { subject, text: fill(text, code, username) };
}
