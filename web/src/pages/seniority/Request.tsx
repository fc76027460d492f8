/**
 * `#/seniority/requests/:id` — the citizen's own request: its state, terms, figures and history;
 * after a deficiency notice, the re-application with corrected periods and new scans; once approved,
 * the certificate's code and where to download and check it.
 */
import { useMemo } from "preact/hooks";
import { reapplySchema } from "@exidmet/core/seniority/form";
import type { PageProps } from "../../lib/pages";
import { api } from "../../api/client";
import { useSchemaForm } from "../../forms/kit";
import { pick, useI18n, useTexts } from "../../i18n";
import { formatDate, formatDateTime, todayInBaku } from "../../lib/format";
import { href } from "../../lib/router";
import { useApi } from "../../lib/useApi";
import { Button, ButtonGroup, ButtonLink, ErrorSummary, FileUpload, ListNotice, LoadError, Loading, Notice, Page, SummaryList, TextField } from "../../ui";
import { type BracketsView, Corrections, Figures, fromPeriod, History, liveResult, PeriodsEditor, type PeriodForm, type RequestView, StatusTag, toPeriod } from "./parts";
import { texts } from "./texts";

interface ReapplyForm {
  periods: PeriodForm[];
  scans: string[];
  note: string;
}

function Reapply({ r, brackets, onDone }: { r: RequestView; brackets: BracketsView; onDone: (next: RequestView) => void }) {
  const tx = useTexts(texts);
  const schema = useMemo(() => reapplySchema(todayInBaku()), []);
  const { form, kit } = useSchemaForm<ReapplyForm, typeof schema>(schema, {
    defaultValues: { periods: r.periods.map(fromPeriod), scans: [], note: "" },
    prepare: (v) => ({ periods: v.periods.map(toPeriod), scans: v.scans ?? [], ...(v.note.trim() ? { note: v.note } : {}) }),
  });
  const live = liveResult(form.watch("periods"), brackets);
  return (
    <section class="panel" aria-labelledby="reapply-title">
      <h2 class="section-title" id="reapply-title">
        {tx.reapplyTitle}
      </h2>
      <ErrorSummary {...kit.summary} />
      <form class="form form--wide" noValidate onSubmit={kit.onSubmit(async (body) => onDone(await api.post<RequestView>(`/me/seniority/${r.id}/reapply`, body)))}>
        <PeriodsEditor form={form} kit={kit} />
        <Figures result={live} live />
        <FileUpload name="scans" label={tx.scans} hint={tx.scansHint} purpose="labour-book" multiple error={kit.errorOf("scans")} onChange={(files) => form.setValue("scans", files.map((f) => f.uploadId))} />
        <TextField {...kit.field("note")} label={tx.note} optional />
        <ButtonGroup>
          <Button type="submit" busy={form.formState.isSubmitting} busyLabel={tx.submitting}>
            {tx.reapply}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

export default function SeniorityRequest({ params }: PageProps) {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  const res = useApi<RequestView>(`/me/seniority/${encodeURIComponent(params.id)}`, true);
  const brackets = useApi<BracketsView>("/seniority/brackets");
  const back = { href: href("/my-requests"), label: tx.myRequests };
  if (res.loading && !res.data) return <Loading />;
  if (res.error || !res.data) {
    return (
      <Page title={tx.requestTitle} back={back}>
        {res.error ? <LoadError message={pick(res.error.text, lang)} onRetry={res.reload} /> : null}
      </Page>
    );
  }
  const r = res.data;
  const decision = r.terms.decision;
  return (
    <Page title={tx.requestTitle} caption={r.number} back={back}>
      {r.status === "submitted" && decision ? (
        <Notice tone="success" title={tx.receivedNotice}>
          <p>{tx.receivedText(formatDate(decision.lastDay))}</p>
        </Notice>
      ) : null}
      {r.status === "deficient" ? (
        <Notice tone="warning" title={tx.deficientNotice}>
          <p>{tx.deficientText}</p>
          <ul>
            {r.deficiencies.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {r.status === "approved" && r.certificate ? (
        <Notice tone="success" title={tx.approvedNotice}>
          <p>{tx.approvedText}</p>
          <p>
            {tx.code}: <strong class="code" id="certificate-code">{r.certificate.code}</strong>
          </p>
          <ButtonGroup>
            <ButtonLink href={href("/my-requests")}>{tx.myRequests}</ButtonLink>
            <ButtonLink href={href(`/certificate/${r.certificate.code}`)} variant="secondary">
              {tx.checkPage}
            </ButtonLink>
          </ButtonGroup>
        </Notice>
      ) : null}
      {r.status === "refused" ? (
        <ListNotice tone="warning" title={tx.refusedNotice} items={r.refusalReasons} />
      ) : null}
      <SummaryList
        rows={[
          [tx.number, <span class="code">{r.number}</span>],
          [tx.status, <StatusTag status={r.status} />],
          [tx.receivedAt, formatDateTime(r.receivedAt)],
          ...(r.status === "submitted" && decision ? ([[tx.decisionBy, `${formatDate(decision.lastDay)} ${decision.extended ? tx.extended : ""}`]] as [string, string][]) : []),
          [tx.scansList, r.scans.map((s) => s.fileName).join(", ")],
        ]}
      />
      <Figures result={r.computed} />
      <Corrections corrections={r.corrections} />
      {r.status === "deficient" && brackets.data ? <Reapply r={r} brackets={brackets.data} onDone={() => res.reload()} /> : null}
      <h2 class="section-title">{tx.history}</h2>
      <History history={r.history} />
      <ButtonGroup>
        <ButtonLink href={href("/seniority")} variant="secondary">
          {tx.back}
        </ButtonLink>
      </ButtonGroup>
    </Page>
  );
}
