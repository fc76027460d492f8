import { signUp } from "../auth/cognito";
import { cognitoFailure } from "../auth/errors";
import { useSchemaForm } from "../forms/kit";
import { signUpSchema, type SignUpForm } from "../forms/schemas";
import { useI18n } from "../i18n";
import { href, navigate } from "../lib/router";
import { Button, ErrorSummary, Page, PasswordField, Steps, TextField } from "../ui";

export default function SignUp() {
  const { t } = useI18n();
  const { form, kit } = useSchemaForm<SignUpForm, typeof signUpSchema>(signUpSchema, { defaultValues: { email: "", password: "", idCard: "", fin: "", name: "" } });
  const submit = kit.onSubmit(
    async (v) => {
      await signUp(v);
      navigate("/verify", { email: v.email });
    },
    (e) => cognitoFailure(e, { UsernameExistsException: "email", InvalidPasswordException: "password" }),
  );

  return (
    <Page title={t.account.signUpTitle} lead={t.account.signUpLead}>
      <Steps steps={t.account.steps} current={1} />
      <ErrorSummary {...kit.summary} />
      <form class="form" noValidate onSubmit={submit}>
        <TextField {...kit.field("email")} label={t.account.email} hint={t.account.emailHint} type="email" autoComplete="email" spellcheck={false} autoCapitalize="none" />
        <PasswordField {...kit.field("password")} label={t.account.password} hint={t.account.passwordHint} autoComplete="new-password" />
        <TextField {...kit.field("idCard")} label={t.account.idCard} hint={t.account.idCardHint} width="m" autoComplete="off" spellcheck={false} autoCapitalize="characters" />
        <TextField {...kit.field("fin")} label={t.account.fin} hint={t.account.finHint} optional width="s" autoComplete="off" spellcheck={false} autoCapitalize="characters" />
        <TextField {...kit.field("name")} label={t.account.name} autoComplete="name" />
        <Button type="submit" busy={form.formState.isSubmitting} busyLabel={t.common.loading}>
          {t.account.signUpSubmit}
        </Button>
      </form>
      <p>
        {t.account.haveAccount} <a href={href("/sign-in")}>{t.nav.signIn}</a>
      </p>
    </Page>
  );
}
