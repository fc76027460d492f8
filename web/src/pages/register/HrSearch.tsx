/**
 * `#/hr/register` — the HR officer finds a current or former civil servant of their own state
 * body by FIN or surname. The search lives in the address, so a result list can be reloaded.
 */
import { searchSchema } from "@exidmet/core/register/model";
import type { PageProps } from "../../lib/pages";
import { useSchemaForm } from "../../forms/kit";
import { pick, useI18n, useTexts } from "../../i18n";
import { formatDate } from "../../lib/format";
import { href, navigate } from "../../lib/router";
import { useApi } from "../../lib/useApi";
import { Button, ButtonGroup, ButtonLink, ErrorSummary, LoadError, Loading, Notice, Page, Table, Tag, TextField } from "../../ui";
import { useBodies } from "./parts";
import { texts } from "./texts";

interface Hit {
  fin: string;
  stateBodyId: string;
  lastName: string;
  firstName: string;
  patronymic: string;
  birthDate: string;
  serving: boolean;
  position: string;
  unitId: string;
  firstStart: string;
  lastEnd?: string;
}

interface SearchForm {
  fin: string;
  name: string;
}

export default function HrSearch({ query }: PageProps) {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  const names = useBodies();
  const fin = query.get("fin") ?? "";
  const name = query.get("name") ?? "";
  const cursor = query.get("cursor") ?? "";
  const params = new URLSearchParams();
  if (fin) params.set("fin", fin);
  if (name) params.set("name", name);
  if (cursor) params.set("cursor", cursor);
  const results = useApi<{ items: Hit[]; cursor?: string }>(fin || name ? `/hr/register/people?${params}` : null, true);
  const { form, kit } = useSchemaForm<SearchForm, typeof searchSchema>(searchSchema, {
    defaultValues: { fin, name },
    prepare: (v) => ({ fin: v.fin.trim() || undefined, name: v.name.trim() || undefined }),
  });
  const submit = kit.onSubmit(async (q: { fin?: string; name?: string }) => navigate("/hr/register", { fin: q.fin, name: q.name }));
  return (
    <Page title={tx.hr.searchTitle} lead={tx.hr.searchLead} caption={tx.serviceName} back={{ href: href("/official"), label: tx.workspace }}>
      <section class="panel" aria-labelledby="hr-search">
        <h2 class="section-title visually-hidden" id="hr-search">
          {tx.hr.search}
        </h2>
        <ErrorSummary {...kit.summary} />
        <form class="form" noValidate onSubmit={submit} role="search">
          <TextField {...kit.field("fin")} label={tx.hr.fin} width="s" autoCapitalize="characters" optional />
          <TextField {...kit.field("name")} label={tx.hr.name} hint={tx.hr.nameHint} optional />
          <ButtonGroup>
            <Button type="submit" busy={form.formState.isSubmitting}>
              {tx.hr.search}
            </Button>
            <ButtonLink href={href("/hr/register/statistics")} variant="secondary">
              {tx.links.hrStats}
            </ButtonLink>
          </ButtonGroup>
        </form>
      </section>
      {results.loading && !results.data ? <Loading /> : null}
      {results.error ? <LoadError message={pick(results.error.text, lang)} onRetry={results.reload} /> : null}
      {results.data ? (
        <section aria-labelledby="hr-results">
          <h2 class="section-title" id="hr-results">
            {tx.hr.results}
          </h2>
          {results.data.items.length ? (
            <Table
              caption={tx.hr.results}
              captionHidden
              rows={results.data.items}
              rowKey={(h) => h.fin}
              columns={[
                {
                  header: tx.person.name,
                  cell: (h) => (
                    <a href={href(`/hr/register/people/${h.fin}`)}>
                      {`${h.lastName} ${h.firstName} ${h.patronymic}`.trim()}
                      <span class="visually-hidden"> — {tx.hr.open}</span>
                    </a>
                  ),
                },
                { header: tx.person.fin, cell: (h) => <span class="code">{h.fin}</span> },
                { header: tx.person.birthDate, cell: (h) => formatDate(h.birthDate) },
                { header: tx.person.position, cell: (h) => (<><span class="block">{h.position}</span><span class="block muted">{names.unit(h.stateBodyId, h.unitId)}</span></>) },
                { header: tx.hr.period, cell: (h) => `${formatDate(h.firstStart)} – ${h.lastEnd ? formatDate(h.lastEnd) : tx.person.current}` },
                { header: tx.person.status, cell: (h) => <Tag tone={h.serving ? "green" : "grey"}>{h.serving ? tx.hr.serving : tx.hr.former}</Tag> },
              ]}
            />
          ) : (
            <Notice>{tx.hr.none}</Notice>
          )}
          {results.data.cursor ? (
            <ButtonLink href={href("/hr/register", { fin, name, cursor: results.data.cursor })} variant="secondary">
              {lang === "az" ? "Növbəti səhifə" : "Next page"}
            </ButtonLink>
          ) : null}
        </section>
      ) : null}
    </Page>
  );
}
