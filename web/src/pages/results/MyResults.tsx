import { useState } from "preact/hooks";
import { ApiError, api } from "../../api/client";
import { both, pick, useI18n, useTexts, type Bilingual } from "../../i18n";
import { formatDate } from "../../lib/format";
import { href } from "../../lib/router";
import { useApi } from "../../lib/useApi";
import { Button, LoadError, Loading, Notice, Page, SummaryList, Tag } from "../../ui";
import { Education, InterviewCell, Position, TestCell, type Paged, type ReserveRow, type ResultView } from "./parts";
import { texts } from "./texts";

/** The candidate's own results (service 2) and reserve entries (service 4). */
export default function MyResults() {
  const { t, lang } = useI18n();
  const tx = useTexts(texts);
  const results = useApi<Paged<ResultView>>("/me/results?limit=50", true);
  const reserve = useApi<{ items: ReserveRow[] }>("/me/reserve", true);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<Bilingual | null>(null);

  const toggle = async (row: ReserveRow) => {
    setBusy(row.id);
    setNotice(null);
    try {
      await api.put(`/me/reserve/${row.id}/consent`, { notify: !row.notify });
      reserve.reload();
    } catch (e) {
      setNotice(e instanceof ApiError ? e.text : both((d) => d.errors.unexpected));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Page title={tx.mine.title} lead={tx.mine.lead} caption={tx.s2} back={{ href: href("/my-requests"), label: t.nav.myRequests }}>
      {notice ? <Notice tone="warning" title={pick(notice, lang)} /> : null}
      {results.loading && !results.data ? <Loading /> : null}
      {results.error ? <LoadError message={pick(results.error.text, lang)} onRetry={results.reload} /> : null}
      {results.data && !results.data.items.length ? <Notice>{tx.mine.none}</Notice> : null}
      {results.data?.items.map((r) => (
        <section class="panel result" key={r.applicationId} aria-labelledby={`r-${r.applicationId}`}>
          <h2 class="section-title" id={`r-${r.applicationId}`}>
            {pick(r.vacancy.positionName, lang)} — {pick(r.vacancy.stateBodyName, lang)}
          </h2>
          <SummaryList
            rows={[
              [tx.col.position, <Position r={r} />],
              [tx.col.code, <span class="code">{r.candidateCode}</span>],
              [tx.col.test, <TestCell r={r} />],
              [tx.col.interview, <InterviewCell r={r} />],
              ...(r.appointed ? ([[tx.col.status, <Tag tone="green">{tx.appointed}</Tag>]] as [string, preact.ComponentChildren][]) : []),
              ...(r.inReserve || r.reserveLeftOn ? ([[tx.col.status, <Tag tone={r.inReserve ? "blue" : "grey"}>{r.inReserve ? tx.inReserve : tx.leftReserve}</Tag>]] as [string, preact.ComponentChildren][]) : []),
            ]}
          />
        </section>
      ))}

      <h2 class="section-title">{tx.mine.reserveTitle}</h2>
      <p class="muted">{tx.s4}</p>
      {reserve.error ? <LoadError message={pick(reserve.error.text, lang)} onRetry={reserve.reload} /> : null}
      {reserve.data && !reserve.data.items.length ? <p>{tx.mine.reserveNone}</p> : null}
      {reserve.data?.items.map((row) => (
        <section class="panel reserve-entry" key={row.id} aria-label={tx.mine.reserveTitle}>
          <SummaryList
            rows={[
              [tx.col.status, <Tag tone={row.status === "in_reserve" ? "green" : "grey"}>{row.status === "in_reserve" ? tx.inReserve : tx.leftReserve}</Tag>],
              [tx.col.classification, String(row.classification)],
              [tx.col.entered, formatDate(row.enteredOn)],
              [tx.col.education, <Education row={row} />],
              [tx.mine.notify, row.notify ? tx.mine.notifyOn : tx.mine.notifyOff],
            ]}
          />
          {row.status === "in_reserve" ? (
            <Button variant="secondary" busy={busy === row.id} busyLabel={t.common.saving} onClick={() => toggle(row)}>
              {row.notify ? tx.mine.turnOff : tx.mine.turnOn}
            </Button>
          ) : null}
        </section>
      ))}
    </Page>
  );
}
