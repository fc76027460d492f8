import { useState } from "preact/hooks";
import { useForm } from "react-hook-form";
import type { Competition, ListOf } from "../../api/types";
import { pick, useI18n, useTexts } from "../../i18n";
import { href } from "../../lib/router";
import { useApi } from "../../lib/useApi";
import { ApiError, request } from "../../api/client";
import { Button, ButtonGroup, LoadError, Loading, Notice, Page, SelectField, Table } from "../../ui";
import { download, queryOf, useResultColumns, type Paged, type ResultView } from "./parts";
import { texts } from "./texts";
import { formatDate } from "../../lib/format";

type Filters = { competitionId: string; test: string; interview: string };

/** An HR officer: every candidate's results in their own state body's competitions. */
export default function HrResults() {
  const { t, lang } = useI18n();
  const tx = useTexts(texts);
  const resultColumns = useResultColumns();
  const competitions = useApi<ListOf<Competition>>("/competitions");
  const form = useForm<Filters>({ defaultValues: { competitionId: "", test: "", interview: "" } });
  const [filters, setFilters] = useState<Filters>({ competitionId: "", test: "", interview: "" });
  const first = useApi<Paged<ResultView>>(`/hr/results?${queryOf({ ...filters, limit: "25" })}`, true);
  const [more, setMore] = useState<{ items: ResultView[]; cursor?: string; loading?: boolean; error?: string }>({ items: [] });
  const items = [...(first.data?.items ?? []), ...more.items];
  const cursor = more.cursor ?? (more.items.length ? undefined : first.data?.cursor);

  const apply = form.handleSubmit((v) => {
    setMore({ items: [] });
    setFilters(v);
  });
  const loadMore = async () => {
    if (!cursor) return;
    setMore((m) => ({ ...m, loading: true }));
    try {
      const page = await request<Paged<ResultView>>("GET", `/hr/results?${queryOf({ ...filters, limit: "25", cursor })}`, { auth: true });
      setMore((m) => ({ items: [...m.items, ...page.items], cursor: page.cursor, loading: false }));
    } catch (e) {
      setMore((m) => ({ ...m, loading: false, error: e instanceof ApiError ? pick(e.text, lang) : String(e) }));
    }
  };
  const exportCsv = () => download(`/hr/results.csv?${queryOf(filters)}`, "results.csv").catch((e) => setMore((m) => ({ ...m, error: String(e) })));
  const field = (name: keyof Filters) => ({ name, registration: form.register(name) });

  return (
    <Page title={tx.hr.title} lead={tx.hr.lead} caption={tx.s2} back={{ href: href("/official"), label: t.nav.workspace }}>
      <form class="form filters" noValidate onSubmit={apply} role="search" aria-label={tx.hr.title}>
        <SelectField
          {...field("competitionId")}
          label={tx.hr.competition}
          placeholder={tx.hr.allCompetitions}
          options={(competitions.data?.items ?? []).map((c) => ({ value: c.id, label: `${pick(c.title, lang)} (${formatDate(c.announcedOn)})` }))}
        />
        <SelectField {...field("test")} label={tx.hr.test} placeholder={tx.hr.any} options={[{ value: "passed", label: tx.hr.testPassed }, { value: "failed", label: tx.hr.testFailed }, { value: "none", label: tx.hr.none }]} />
        <SelectField
          {...field("interview")}
          label={tx.hr.interview}
          placeholder={tx.hr.any}
          options={[...["passed", "not_passed", "absent"].map((o) => ({ value: o, label: tx.outcome[o] })), { value: "none", label: tx.hr.none }]}
        />
        <ButtonGroup>
          <Button type="submit">{tx.hr.show}</Button>
          <Button variant="secondary" onClick={exportCsv}>
            {tx.hr.export}
          </Button>
        </ButtonGroup>
      </form>
      {first.loading && !first.data ? <Loading /> : null}
      {first.error ? <LoadError message={pick(first.error.text, lang)} onRetry={first.reload} /> : null}
      {more.error ? <Notice tone="warning" title={more.error} /> : null}
      {first.data && !items.length ? <Notice>{tx.hr.empty}</Notice> : null}
      {items.length ? (
        <Table
          caption={tx.hr.caption}
          rows={items}
          rowKey={(r) => r.applicationId}
          columns={[
            ...resultColumns,
            { header: tx.col.status, cell: (r) => (r.appointed ? tx.appointed : r.inReserve ? tx.inReserve : r.reserveLeftOn ? tx.leftReserve : "") },
          ]}
        />
      ) : null}
      {cursor ? (
        <Button variant="secondary" busy={more.loading} busyLabel={t.common.loading} onClick={loadMore}>
          {tx.hr.more}
        </Button>
      ) : null}
    </Page>
  );
}
