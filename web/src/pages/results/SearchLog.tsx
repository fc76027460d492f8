/**
 * `#/officer/reserve/searches` — the reserve list's search log (service 4: every search is
 * recorded): who searched, when, with which criteria, and how many people were found; newest first.
 */
import { useState } from "preact/hooks";
import type { ListOf, StateBody } from "../../api/types";
import { ApiError, request } from "../../api/client";
import { pick, useI18n, useTexts } from "../../i18n";
import { formatDate, formatDateTime } from "../../lib/format";
import { href } from "../../lib/router";
import { useApi } from "../../lib/useApi";
import { Button, ListTable, Notice, Page } from "../../ui";
import type { Paged } from "./parts";
import { texts } from "./texts";

interface LogEntry {
  actor: string;
  stateBody: string | null;
  at: string;
  criteria: Record<string, unknown>;
  count: number;
}

/** The order criteria are shown in (the search form's). */
const order = ["name", "classification", "specialty", "level", "minSeniority", "minScore", "enteredFrom", "enteredTo", "status", "sort"] as const;

export default function SearchLog() {
  const { t, lang } = useI18n();
  const tx = useTexts(texts);
  const first = useApi<Paged<LogEntry>>("/officer/reserve/searches?limit=50", true);
  const bodies = useApi<ListOf<StateBody>>("/state-bodies");
  const [more, setMore] = useState<{ items: LogEntry[]; cursor?: string; loading?: boolean; error?: string }>({ items: [] });
  const cursor = more.cursor ?? (more.items.length ? undefined : first.data?.cursor);

  const labels: Record<(typeof order)[number], string> = {
    name: tx.reserve.name,
    classification: tx.reserve.classification,
    specialty: tx.reserve.specialty,
    level: tx.reserve.level,
    minSeniority: tx.reserve.minSeniority,
    minScore: tx.reserve.minScore,
    enteredFrom: tx.reserve.enteredFrom,
    enteredTo: tx.reserve.enteredTo,
    status: tx.reserve.status,
    sort: tx.reserve.sort,
  };
  const value = (key: (typeof order)[number], v: unknown): string => {
    const s = String(v);
    if (key === "level") return tx.levels[s] ?? s;
    if (key === "enteredFrom" || key === "enteredTo") return formatDate(s);
    if (key === "status") return s === "left_reserve" ? tx.reserve.statusLeft : tx.reserve.statusIn;
    if (key === "sort") return tx.reserve.sorts[s] ?? s;
    return s;
  };
  const criteria = (c: Record<string, unknown>) => {
    const shown = order.filter((k) => c[k] !== undefined && c[k] !== null && c[k] !== "");
    const filters = shown.filter((k) => k !== "status" && k !== "sort");
    return (
      <>
        {!filters.length ? <span class="block muted">{tx.log.all}</span> : null}
        {shown.map((k) => (
          <span class="block" key={k}>
            {labels[k]}: {value(k, c[k])}
          </span>
        ))}
      </>
    );
  };
  const bodyName = (id: string | null) => (id ? pick(bodies.data?.items.find((b) => b.id === id)?.name ?? { az: id, en: id }, lang) : tx.log.commission);

  const loadMore = async () => {
    if (!cursor) return;
    setMore((m) => ({ ...m, loading: true }));
    try {
      const page = await request<Paged<LogEntry>>("GET", `/officer/reserve/searches?limit=50&cursor=${encodeURIComponent(cursor)}`, { auth: true });
      setMore((m) => ({ items: [...m.items, ...page.items], cursor: page.cursor, loading: false }));
    } catch (e) {
      setMore((m) => ({ ...m, loading: false, error: e instanceof ApiError ? pick(e.text, lang) : String(e) }));
    }
  };

  return (
    <Page title={tx.log.title} lead={tx.log.lead} caption={tx.s4} back={{ href: href("/officer/reserve"), label: tx.keep.title }}>
      {more.error ? <Notice tone="warning" title={more.error} /> : null}
      <ListTable
        list={{ ...first, data: first.data ? { items: [...first.data.items, ...more.items] } : undefined }}
        empty={tx.log.empty}
        caption={tx.log.caption}
        rowKey={(r) => `${r.at}-${r.actor}-${r.count}-${JSON.stringify(r.criteria)}`}
        columns={[
          { header: tx.log.when, cell: (r) => formatDateTime(r.at) },
          { header: tx.log.who, cell: (r) => (<><strong class="block">{r.actor}</strong><span class="block muted">{bodyName(r.stateBody)}</span></>) },
          { header: tx.log.criteria, cell: (r) => criteria(r.criteria) },
          { header: tx.log.count, cell: (r) => String(r.count), numeric: true },
        ]}
      />
      {cursor ? (
        <Button variant="secondary" busy={more.loading} busyLabel={t.common.loading} onClick={loadMore}>
          {tx.log.more}
        </Button>
      ) : null}
    </Page>
  );
}
