/**
 * `#/hr/register/statistics` — the HR officer's statistics of their own state body: headcounts by
 * classification, status, position, gender, education, age band and length of service (today),
 * and joiners and leavers per month over a chosen period (the last 12 months by default).
 */
import { ageBands, labels, serviceBands, statsQuerySchema } from "@exidmet/core/register/model";
import type { PageProps } from "../../lib/pages";
import { useSchemaForm } from "../../forms/kit";
import { pick, useI18n, useTexts } from "../../i18n";
import { formatDate } from "../../lib/format";
import { href, navigate } from "../../lib/router";
import { useApi } from "../../lib/useApi";
import { Button, ButtonGroup, ButtonLink, ErrorSummary, LoadError, Loading, Page, SummaryList, Table, TextField } from "../../ui";
import { useBodies } from "./parts";
import { texts } from "./texts";

type Row = { key: string; count: number };
interface Stats {
  stateBodyId: string;
  asOf: string;
  current: number;
  former: number;
  everServed: number;
  byClassification: Row[];
  byStatus: Row[];
  byPosition: Row[];
  byGender: Row[];
  byEducation: Row[];
  byAgeBand: Row[];
  byServiceBand: Row[];
  flow: { from: string; to: string; joiners: number; leavers: number; months: { month: string; joiners: number; leavers: number }[] };
}

function CountTable({ id, title, rows, label }: { id: string; title: string; rows: Row[]; label: (key: string) => string }) {
  const tx = useTexts(texts);
  const total = rows.reduce((s, r) => s + r.count, 0);
  return (
    <section class="stats-block" aria-labelledby={id}>
      <h2 class="section-title" id={id}>
        {title}
      </h2>
      <Table
        caption={title}
        captionHidden
        rows={rows}
        rowKey={(r) => r.key}
        columns={[
          { header: title, cell: (r) => label(r.key) },
          { header: tx.hr.count, cell: (r) => String(r.count), numeric: true },
          { header: "%", cell: (r) => (total ? `${Math.round((r.count / total) * 1000) / 10}` : "0"), numeric: true },
        ]}
      />
    </section>
  );
}

export default function HrStats({ query }: PageProps) {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  const names = useBodies();
  const from = query.get("from") ?? "";
  const to = query.get("to") ?? "";
  const params = new URLSearchParams();
  if (from) params.set("from", from);
  if (to) params.set("to", to);
  const stats = useApi<Stats>(`/hr/register/statistics${params.size ? `?${params}` : ""}`, true);
  const { form, kit } = useSchemaForm<{ from: string; to: string }, typeof statsQuerySchema>(statsQuerySchema, {
    defaultValues: { from, to },
    prepare: (v) => ({ from: v.from.trim() || undefined, to: v.to.trim() || undefined }),
  });
  const submit = kit.onSubmit(async (q: { from?: string; to?: string }) => navigate("/hr/register/statistics", { from: q.from, to: q.to }));
  const s = stats.data;
  const band = (list: readonly { id: string; label: { az: string; en: string } }[]) => (k: string) => pick(list.find((b) => b.id === k)?.label, lang) || k;
  return (
    <Page title={tx.hr.statsTitle} lead={tx.hr.statsLead} caption={s ? names.body(s.stateBodyId) : tx.serviceName} back={{ href: href("/hr/register"), label: tx.hr.searchTitle }}>
      {stats.loading && !s ? <Loading /> : null}
      {stats.error ? <LoadError message={pick(stats.error.text, lang)} onRetry={stats.reload} /> : null}
      {s ? (
        <>
          <SummaryList
            rows={[
              [tx.hr.current, <strong>{s.current}</strong>],
              [tx.hr.former2, String(s.former)],
              [tx.hr.ever, String(s.everServed)],
            ]}
          />
          <p class="muted">{formatDate(s.asOf)}</p>
          <div class="stats-grid">
            <CountTable id="st-class" title={tx.hr.byClassification} rows={s.byClassification} label={tx.hr.classification} />
            <CountTable id="st-status" title={tx.hr.byStatus} rows={s.byStatus} label={(k) => pick(labels.status[k as keyof typeof labels.status], lang) || k} />
            <CountTable id="st-gender" title={tx.hr.byGender} rows={s.byGender} label={(k) => pick(labels.gender[k as keyof typeof labels.gender], lang) || k} />
            <CountTable id="st-edu" title={tx.hr.byEducation} rows={s.byEducation} label={(k) => pick(labels.education[k as keyof typeof labels.education], lang) || k} />
            <CountTable id="st-age" title={tx.hr.byAge} rows={s.byAgeBand} label={band(ageBands)} />
            <CountTable id="st-service" title={tx.hr.byService} rows={s.byServiceBand} label={band(serviceBands)} />
            <CountTable id="st-position" title={tx.hr.byPosition} rows={s.byPosition} label={(k) => k} />
          </div>
          <section class="panel" aria-labelledby="st-flow">
            <h2 class="section-title" id="st-flow">
              {tx.hr.flow}
            </h2>
            <ErrorSummary {...kit.summary} />
            <form class="form form--wide" noValidate onSubmit={submit}>
              <div class="row">
                <TextField {...kit.field("from")} label={tx.hr.from} hint={tx.hr.monthHint} width="s" inputMode="numeric" optional />
                <TextField {...kit.field("to")} label={tx.hr.to} hint={tx.hr.monthHint} width="s" inputMode="numeric" optional />
              </div>
              <ButtonGroup>
                <Button type="submit" busy={form.formState.isSubmitting}>
                  {tx.hr.show}
                </Button>
                <ButtonLink href={href("/hr/register/statistics")} variant="secondary">
                  {lang === "az" ? "Son 12 ay" : "Last 12 months"}
                </ButtonLink>
              </ButtonGroup>
            </form>
            <SummaryList
              rows={[
                [tx.hr.period, `${s.flow.from} – ${s.flow.to}`],
                [tx.hr.joiners, <strong data-testid="joiners">{s.flow.joiners}</strong>],
                [tx.hr.leavers, <strong data-testid="leavers">{s.flow.leavers}</strong>],
              ]}
            />
            <Table
              caption={tx.hr.flow}
              captionHidden
              rows={s.flow.months}
              rowKey={(m) => m.month}
              columns={[
                { header: tx.hr.month, cell: (m) => m.month },
                { header: tx.hr.joiners, cell: (m) => String(m.joiners), numeric: true },
                { header: tx.hr.leavers, cell: (m) => String(m.leavers), numeric: true },
              ]}
            />
          </section>
        </>
      ) : null}
    </Page>
  );
}
