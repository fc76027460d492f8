import { useEffect, useState } from "preact/hooks";
import type { PageProps } from "../lib/pages";
import { CognitoError, completeNewPassword, signIn, type SignInOutcome } from "../auth/cognito";
import { cognitoFailure } from "../auth/errors";
import { startSession, useSession } from "../auth/session";
import { useSchemaForm } from "../forms/kit";
import { newPasswordSchema, officialSignInSchema } from "../forms/schemas";
import { useI18n } from "../i18n";
import { href, navigateToTarget } from "../lib/router";
import { Button, ErrorSummary, Notice, Page, PasswordField, TextField } from "../ui";

interface Challenge {
  username: string;
  session: string;
}

function NewPassword({ challenge, onDone, onRestart }: { challenge: Challenge; onDone: (o: SignInOutcome) => void; onRestart: () => void }) {
  const { t } = useI18n();
  const { form, kit } = useSchemaForm<{ newPassword: string }, typeof newPasswordSchema>(newPasswordSchema, { defaultValues: { newPassword: "" } });
  const submit = kit.onSubmit(
    async (v) => onDone(await completeNewPassword("official", challenge.username, v.newPassword, challenge.session)),
    (e) => {
      // The challenge session lives a few minutes; after that the user signs in again.
      if (e instanceof CognitoError && e.type === "NotAuthorizedException") {
        onRestart();
        return null;
      }
      return cognitoFailure(e, { InvalidPasswordException: "newPassword" });
    },
  );
  return (
    <Page title={t.official.newPasswordTitle} lead={t.official.newPasswordLead}>
      <ErrorSummary {...kit.summary} />
      <form class="form" noValidate onSubmit={submit}>
        <input type="hidden" name="username" autoComplete="username" value={challenge.username} />
        <PasswordField {...kit.field("newPassword")} label={t.official.newPassword} hint={t.account.passwordHint} autoComplete="new-password" />
        <Button type="submit" busy={form.formState.isSubmitting} busyLabel={t.common.loading}>
          {t.official.newPasswordSubmit}
        </Button>
      </form>
    </Page>
  );
}

export default function OfficialSignIn({ query }: PageProps) {
  const { t } = useI18n();
  const session = useSession();
  const next = query.get("next");
  const [challenge, setChallenge] = useState<Challenge | null>(null);
  const [expired, setExpired] = useState(false);
  const { form, kit } = useSchemaForm<{ username: string; password: string }, typeof officialSignInSchema>(officialSignInSchema, { defaultValues: { username: "", password: "" } });

  useEffect(() => {
    if (session?.kind === "official") navigateToTarget(next, "/official");
  }, []);

  const finish = (o: SignInOutcome) => {
    if (o.kind === "newPasswordRequired") {
      setChallenge({ username: o.username, session: o.session });
      return;
    }
    startSession("official", o.result);
    navigateToTarget(next, "/official");
  };

  const submit = kit.onSubmit(
    async (v) => {
      setExpired(false);
      finish(await signIn("official", v.username, v.password));
    },
    (e) => cognitoFailure(e),
  );

  if (challenge) {
    return (
      <NewPassword
        challenge={challenge}
        onDone={finish}
        onRestart={() => {
          setChallenge(null);
          setExpired(true);
          form.resetField("password");
        }}
      />
    );
  }

  return (
    <Page title={t.official.signInTitle} lead={t.official.signInLead}>
      {query.get("signedOut") ? <Notice tone="success" title={t.account.signedOut} /> : null}
      {expired ? <Notice tone="warning" title={t.errors.sessionExpired} /> : null}
      {next && !session ? <Notice tone="warning" title={t.account.signInRequired} /> : null}
      <ErrorSummary {...kit.summary} />
      <form class="form" noValidate onSubmit={submit}>
        <TextField {...kit.field("username")} label={t.official.username} hint={t.official.usernameHint} autoComplete="username" spellcheck={false} autoCapitalize="none" />
        <PasswordField {...kit.field("password")} label={t.account.password} autoComplete="current-password" />
        <Button type="submit" busy={form.formState.isSubmitting} busyLabel={t.common.loading}>
          {t.account.signInSubmit}
        </Button>
      </form>
      <p>
        <a href={href("/sign-in")}>{t.official.citizenLink}</a>
      </p>
    </Page>
  );
}
