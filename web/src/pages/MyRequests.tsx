import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import { ApiError, request } from "../api/client";
import type { Bilingual, CitizenProfile, ListOf, RequestItem } from "../api/types";
import { pick, useI18n, useTexts } from "../i18n";
import { DownloadButton } from "./applications/download";
import { formatDateTime } from "../lib/format";
import { href } from "../lib/router";
import { useApi } from "../lib/useApi";
import { Button, LoadError, Loading, Page, SummaryList, Tag, type TagTone } from "../ui";
import { citizenServices } from "./services";

const tone = (status: string): TagTone =>
  /refus|reject|exclud|overdue/i.test(status) ? "red" : /admit|accept|done|issued|complet|answer/i.test(status) ? "green" : /defici|wait|draft/i.test(status) ? "yellow" : "blue";

/** A request as every service writes it (RequestSummary): its page, short facts, a document. */
interface Item extends Omit<RequestItem, "history"> {
  history: (RequestItem["history"][number] & { reasons?: Bilingual[] })[];
  link?: string;
  facts?: { label: Bilingual; value: string }[];
  download?: { label: Bilingual; path: string };
}

const texts = {
  az: {
    open: "Müraciətə keç",
    by: "İcraçı",
    actor: (a: string): string => (a === "citizen" ? "siz" : a === "system" ? "avtomatik yoxlama" : a === "timer" ? "müddətin bitməsi" : "Komissiyanın əməkdaşı"),
    reasons: "Səbəblər",
    downloadFailed: "Sənədi yükləmək mümkün olmadı.",
    overdue: "Müddət keçib",
    dueSoon: "Müddət yaxınlaşır",
  },
  en: {
    open: "Open the request",
    by: "By",
    actor: (a: string): string => (a === "citizen" ? "you" : a === "system" ? "automatic check" : a === "timer" ? "the deadline" : "a Commission officer"),
    reasons: "Reasons",
    downloadFailed: "The document could not be downloaded.",
    overdue: "Overdue",
    dueSoon: "Due soon",
  },
};

function Download({ d, number }: { d: NonNullable<Item["download"]>; number: string }) {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  const [state, setState] = useState<{ busy: boolean; error?: ApiError }>({ busy: false });
  return (
    <>
      {state.error ? (
        <p class="field__error">
          {tx.downloadFailed} {pick(state.error.text, lang)}
        </p>
      ) : null}
      <DownloadButton path={d.path} fileName={`${number}.pdf`} busy={state.busy} onStart={() => setState({ busy: true })} onDone={(error) => setState({ busy: false, error })}>
        {pick(d.label, lang)}
      </DownloadButton>
    </>
  );
}

/** The request's deadline; while it is still open, overdue (red) or due within two days (yellow) at a glance. */
function Due({ r }: { r: Item }) {
  const tx = useTexts(texts);
  const open = !["green", "red"].includes(tone(r.status));
  const left = Date.parse(r.dueAt!) - Date.now();
  return (
    <>
      {formatDateTime(r.dueAt)}{" "}
      {open && left < 0 ? <Tag tone="red">{tx.overdue}</Tag> : open && left < 2 * 86_400_000 ? <Tag tone="yellow">{tx.dueSoon}</Tag> : null}
    </>
  );
}

function RequestCard({ r }: { r: Item }) {
  const { t, lang } = useI18n();
  const tx = useTexts(texts);
  return (
    <li class="request">
      <div class="request__head">
        <h3 class="request__title">{pick(r.title, lang)}</h3>
        <Tag tone={tone(r.status)}>{pick(r.statusText, lang)}</Tag>
      </div>
      <SummaryList
        rows={[
          [t.requests.number, <span class="code">{r.number}</span>],
          [t.requests.service, t.services.names[r.service]],
          [t.requests.createdAt, formatDateTime(r.createdAt)],
          [t.requests.updatedAt, formatDateTime(r.updatedAt)],
          ...(r.dueAt ? ([[t.requests.dueAt, <Due r={r} />]] as [string, ComponentChildren][]) : []),
          ...(r.facts ?? []).map((f) => [pick(f.label, lang), <strong class="code">{f.value}</strong>] as [string, ComponentChildren]),
        ]}
      />
      {r.link || r.download ? (
        <div class="btn-group">
          {r.link ? (
            <a class="btn btn--secondary" href={href(r.link)}>
              {tx.open}
              <span class="visually-hidden"> {r.number}</span>
            </a>
          ) : null}
          {r.download ? <Download d={r.download} number={r.number} /> : null}
        </div>
      ) : null}
      {r.history.length ? (
        <details class="details">
          <summary class="details__summary">
            {t.requests.history} ({r.history.length})
          </summary>
          <ol class="timeline">
            {r.history.map((h, i) => (
              <li class="timeline__item" key={i}>
                <span class="timeline__date">{formatDateTime(h.at)}</span> <strong>{pick(h.statusText, lang)}</strong>
                <span class="muted">
                  {" "}
                  · {tx.by}: {tx.actor(h.actor)}
                </span>
                {h.reason ? (
                  <p class="timeline__reason">
                    {t.requests.reason}: {pick(h.reason, lang)}
                  </p>
                ) : null}
                {h.reasons?.length ? (
                  <div class="timeline__reason">
                    {tx.reasons}:
                    <ul>
                      {h.reasons.map((x, j) => (
                        <li key={j}>{pick(x, lang)}</li>
                      ))}
                    </ul>
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </li>
  );
}

function EmptyState() {
  const { t } = useI18n();
  return (
    <div class="empty">
      <h2 class="empty__title">{t.requests.emptyTitle}</h2>
      <p>{t.requests.emptyText}</p>
      <ul class="link-list">
        {citizenServices.map((n) => (
          <li key={n}>
            <a href={href(`/services/${n}`)}>{t.services.names[n]}</a>
          </li>
        ))}
      </ul>
      <p class="muted">{t.requests.emptyHint}</p>
    </div>
  );
}

export default function MyRequests() {
  const { t, lang } = useI18n();
  const me = useApi<CitizenProfile>("/me", true);
  const list = useApi<ListOf<Item>>("/me/requests", true);
  const [more, setMore] = useState<{ items: Item[]; cursor?: string; loading: boolean; error?: ApiError }>({ items: [], loading: false });
  const cursor = more.items.length ? more.cursor : list.data?.cursor;
  const items = [...(list.data?.items ?? []), ...more.items];

  const loadMore = async () => {
    if (!cursor) return;
    setMore((m) => ({ ...m, loading: true, error: undefined }));
    try {
      const page = await request<ListOf<Item>>("GET", `/me/requests?cursor=${encodeURIComponent(cursor)}`, { auth: true });
      setMore((m) => ({ items: [...m.items, ...page.items], cursor: page.cursor, loading: false }));
    } catch (e) {
      setMore((m) => ({ ...m, loading: false, error: e as ApiError }));
    }
  };

  return (
    <Page title={t.requests.title} lead={t.requests.lead}>
      {me.data ? (
        <section aria-labelledby="profile-title" class="panel">
          <h2 class="section-title" id="profile-title">
            {t.requests.profile}
          </h2>
          <SummaryList
            rows={[
              [t.account.name, me.data.name || t.common.none],
              [t.account.email, me.data.email],
              [t.account.idCard, me.data.idCard],
              [t.account.fin, me.data.fin || t.common.none],
            ]}
          />
        </section>
      ) : null}
      {me.error ? <LoadError message={pick(me.error.text, lang)} onRetry={me.reload} /> : null}

      {list.loading && !list.data ? <Loading /> : null}
      {list.error ? <LoadError message={pick(list.error.text, lang)} onRetry={list.reload} /> : null}
      {list.data && items.length === 0 ? <EmptyState /> : null}
      {items.length ? (
        <ul class="request-list">
          {items.map((r) => (
            <RequestCard r={r} key={`${r.service}:${r.id}`} />
          ))}
        </ul>
      ) : null}
      {more.error ? <LoadError message={pick(more.error.text, lang)} /> : null}
      {cursor ? (
        <Button variant="secondary" onClick={loadMore} busy={more.loading} busyLabel={t.common.loading}>
          {t.requests.more}
        </Button>
      ) : null}
    </Page>
  );
}
