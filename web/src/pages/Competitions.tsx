import type { Competition, ListOf } from "../api/types";
import { pick, useI18n } from "../i18n";
import { formatDate } from "../lib/format";
import { href } from "../lib/router";
import { useApi } from "../lib/useApi";
import { LoadError, Loading, Notice, Page, SummaryList } from "../ui";
import { bodiesOf, Closing, placesOf, StatusTag } from "./competition-parts";

function CompetitionCard({ c }: { c: Competition }) {
  const { t, lang } = useI18n();
  return (
    <li class="competition">
      <div class="competition__head">
        <h3 class="competition__title">
          <a href={href(`/competitions/${encodeURIComponent(c.id)}`)}>{pick(c.title, lang)}</a>
        </h3>
        <StatusTag c={c} />
      </div>
      <SummaryList
        rows={[
          [t.competitions.announcedOn, formatDate(c.announcedOn)],
          [c.status === "open" ? t.competitions.closesAt : t.competitions.closedAt, <Closing c={c} />],
          [t.competitions.stateBody, bodiesOf(c, lang).join("; ")],
          [t.competitions.vacanciesTitle, `${t.competitions.vacancies(c.vacancies.length)} · ${t.competitions.places(placesOf(c))}`],
        ]}
      />
    </li>
  );
}

export default function Competitions() {
  const { t, lang } = useI18n();
  const { data, error, loading, reload } = useApi<ListOf<Competition>>("/competitions");
  const items = data?.items ?? [];
  const open = items.filter((c) => c.status === "open");
  const closed = items.filter((c) => c.status !== "open");
  return (
    <Page title={t.competitions.title} lead={t.competitions.lead}>
      {loading && !data ? <Loading /> : null}
      {error ? <LoadError message={pick(error.text, lang)} onRetry={reload} /> : null}
      {data ? (
        <>
          <h2 class="section-title">{t.competitions.openTitle}</h2>
          {open.length ? (
            <ul class="competition-list">
              {open.map((c) => (
                <CompetitionCard c={c} key={c.id} />
              ))}
            </ul>
          ) : (
            <Notice>
              <p>{t.competitions.empty}</p>
            </Notice>
          )}
          {closed.length ? (
            <>
              <h2 class="section-title">{t.competitions.closedTitle}</h2>
              <ul class="competition-list">
                {closed.map((c) => (
                  <CompetitionCard c={c} key={c.id} />
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
