/** The public check of a certificate by its code (the QR code on every certificate opens it). */
import type { CertificateCheck } from "@exidmet/core/certificates/certificate";
import { certificateCodeSchema } from "@exidmet/core/certificates/certificate";
import * as z from "zod";
import { useSchemaForm } from "../../forms/kit";
import { useI18n, useTexts } from "../../i18n";
import { formatDate } from "../../lib/format";
import type { PageProps } from "../../lib/pages";
import { navigate } from "../../lib/router";
import { useApi } from "../../lib/useApi";
import { Button, ErrorSummary, LoadError, Loading, Notice, Page, SummaryList, TextField } from "../../ui";
import { texts } from "./texts";

const formSchema = z.object({ code: certificateCodeSchema });

export default function VerifyCertificate({ params }: PageProps) {
  const tx = useTexts(texts);
  const { lang } = useI18n();
  const code = params.code ? certificateCodeSchema.safeParse(params.code) : undefined;
  const path = code?.success ? `/certificates/${encodeURIComponent(code.data)}` : null;
  const result = useApi<CertificateCheck>(path);
  const { form, kit } = useSchemaForm<{ code: string }, typeof formSchema>(formSchema, { defaultValues: { code: params.code ?? "" } });
  const submit = kit.onSubmit(async (v) => navigate(`/certificate/${v.code}`));

  const checkForm = (
    <>
      <ErrorSummary {...kit.summary} />
      <form class="form" noValidate onSubmit={submit}>
        <TextField {...kit.field("code")} label={tx.code} hint={tx.codeHint} width="m" spellcheck={false} autoCapitalize="characters" autoComplete="off" />
        <Button type="submit" busy={form.formState.isSubmitting}>
          {tx.check}
        </Button>
      </form>
    </>
  );

  let outcome = null;
  if (path && result.loading) outcome = <Loading />;
  else if (path && result.data) {
    const c = result.data;
    outcome = (
      <Notice tone="success" title={tx.genuine}>
        <p>{tx.genuineLead}</p>
        <SummaryList
          rows={[
            [tx.document, c.title[lang]],
            [tx.holder, c.holderName],
            [c.headline.label[lang], c.headline.value[lang]],
            [tx.issuedOn, formatDate(c.issuedOn)],
            [tx.code, <code>{c.code}</code>],
          ]}
        />
      </Notice>
    );
  } else if ((path && result.error?.status === 404) || (params.code && !code?.success)) {
    outcome = (
      <Notice tone="warning" title={tx.notGenuine}>
        <p>{tx.notGenuineLead}</p>
      </Notice>
    );
  } else if (path && result.error) outcome = <LoadError message={result.error.text[lang]} onRetry={result.reload} />;

  return (
    <Page title={tx.title} lead={tx.lead}>
      {outcome}
      {params.code ? <h2>{tx.another}</h2> : null}
      {checkForm}
    </Page>
  );
}
