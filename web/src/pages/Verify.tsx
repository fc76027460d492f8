import { useState } from "preact/hooks";
import type { PageProps } from "../lib/pages";
import { confirmSignUp, resendCode } from "../auth/cognito";
import { cognitoFailure } from "../auth/errors";
import { config } from "../config";
import { useSchemaForm } from "../forms/kit";
import { verifySchema } from "../forms/schemas";
import { useI18n } from "../i18n";
import { navigate } from "../lib/router";
import { Button, ErrorSummary, Notice, Page, Steps, TextField } from "../ui";

/** cognito-local and the SES emulator run on this machine: mail lands in the local mailbox. */
const isLocal = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])[:/]/.test(config.cognitoEndpoint);

export default function Verify({ query }: PageProps) {
  const { t } = useI18n();
  const email = query.get("email") ?? "";
  const [resent, setResent] = useState(false);
  const [resending, setResending] = useState(false);
  const { form, kit } = useSchemaForm<{ email: string; code: string }, typeof verifySchema>(verifySchema, { defaultValues: { email, code: "" } });
  const bind = { CodeMismatchException: "code", ExpiredCodeException: "code", UserNotFoundException: "email" };

  const submit = kit.onSubmit(
    async (v) => {
      await confirmSignUp(v.email, v.code);
      navigate("/sign-in", { email: v.email, verified: "1" });
    },
    (e) => cognitoFailure(e, bind),
  );

  const resend = async () => {
    setResent(false);
    const ok = await form.trigger("email");
    if (!ok) return;
    setResending(true);
    try {
      await resendCode(form.getValues("email").trim().toLowerCase()); // ascii: an e-mail address
      setResent(true);
    } catch (e) {
      kit.fail(cognitoFailure(e, bind));
    } finally {
      setResending(false);
    }
  };

  return (
    <Page title={t.account.verifyTitle} lead={email ? t.account.verifyLead(email) : t.account.verifyLeadNoEmail}>
      <Steps steps={t.account.steps} current={2} />
      {query.get("unconfirmed") ? <Notice tone="warning" title={t.account.notConfirmed} /> : null}
      {isLocal ? (
        <Notice>
          <p>{t.account.verifyLocalNote}</p>
        </Notice>
      ) : null}
      {resent ? <Notice tone="success" title={t.account.resent} /> : null}
      <ErrorSummary {...kit.summary} />
      <form class="form" noValidate onSubmit={submit}>
        <TextField {...kit.field("email")} label={t.account.email} type="email" autoComplete="email" spellcheck={false} autoCapitalize="none" />
        <TextField {...kit.field("code")} label={t.account.code} hint={t.account.codeHint} width="s" inputMode="numeric" autoComplete="one-time-code" spellcheck={false} />
        <div class="btn-group">
          <Button type="submit" busy={form.formState.isSubmitting} busyLabel={t.common.loading}>
            {t.account.verifySubmit}
          </Button>
          <Button variant="secondary" onClick={resend} busy={resending} busyLabel={t.common.loading}>
            {t.account.resend}
          </Button>
        </div>
      </form>
    </Page>
  );
}
