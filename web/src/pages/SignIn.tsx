import { useEffect } from "preact/hooks";
import type { PageProps } from "../lib/pages";
import { CognitoError, resendCode, signIn } from "../auth/cognito";
import { cognitoFailure } from "../auth/errors";
import { startSession, useSession } from "../auth/session";
import { useSchemaForm } from "../forms/kit";
import { signInSchema } from "../forms/schemas";
import { both, useI18n } from "../i18n";
import { href, navigate, navigateToTarget } from "../lib/router";
import { Button, ErrorSummary, Notice, Page, PasswordField, Steps, TextField } from "../ui";

export default function SignIn({ query }: PageProps) {
  const { t } = useI18n();
  const session = useSession();
  const verified = !!query.get("verified");
  const next = query.get("next");
  const { form, kit } = useSchemaForm<{ email: string; password: string }, typeof signInSchema>(signInSchema, { defaultValues: { email: query.get("email") ?? "", password: "" } });

  useEffect(() => {
    if (session?.kind === "citizen") navigateToTarget(next, "/my-requests");
  }, []);

  const submit = kit.onSubmit(
    async (v) => {
      const outcome = await signIn("citizen", v.email, v.password);
      if (outcome.kind !== "signedIn") return { message: both((d) => d.cognito.default) };
      startSession("citizen", outcome.result);
      navigateToTarget(next, "/my-requests");
    },
    (e) => {
      if (e instanceof CognitoError && e.type === "UserNotConfirmedException") {
        const email = form.getValues("email").trim().toLowerCase(); // ascii: an e-mail address
        void resendCode(email).catch(() => undefined);
        navigate("/verify", { email, unconfirmed: "1" });
        return null;
      }
      return cognitoFailure(e);
    },
  );

  return (
    <Page title={t.account.signInTitle} lead={t.account.signInLead}>
      {verified ? <Steps steps={t.account.steps} current={3} /> : null}
      {verified ? <Notice tone="success" title={t.account.verified} /> : null}
      {query.get("signedOut") ? <Notice tone="success" title={t.account.signedOut} /> : null}
      {next && !session ? <Notice tone="warning" title={t.account.signInRequired} /> : null}
      <ErrorSummary {...kit.summary} />
      <form class="form" noValidate onSubmit={submit}>
        <TextField {...kit.field("email")} label={t.account.email} type="email" autoComplete="username" spellcheck={false} autoCapitalize="none" />
        <PasswordField {...kit.field("password")} label={t.account.password} autoComplete="current-password" />
        <Button type="submit" busy={form.formState.isSubmitting} busyLabel={t.common.loading}>
          {t.account.signInSubmit}
        </Button>
      </form>
      <p>
        {t.account.noAccount} <a href={href("/sign-up")}>{t.nav.signUp}</a>
      </p>
      <p>
        <a href={href("/official/sign-in")}>{t.account.officialsLink}</a>
      </p>
    </Page>
  );
}
