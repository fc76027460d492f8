import type { PageProps } from "../lib/pages";
import type { Competition as CompetitionT, Vacancy } from "../api/types";
import { pick, useI18n } from "../i18n";
import { useFlash } from "../lib/flash";
import { formatDate } from "../lib/format";
import { href } from "../lib/router";
import { useApi } from "../lib/useApi";
import { ButtonLink, LoadError, Loading, Notice, Page, SummaryList, Table, type Column } from "../ui";
import { useSession } from "../auth/session";
import { useTexts } from "../i18n";
import { texts as applicationTexts } from "./applications/texts";
import { Closing, Education, placesOf, Seniority, StatusTag } from "./competition-parts";

export default function Competition({ params }: PageProps) {
  const { t, lang } = useI18n();
  const tx = useTexts(applicationTexts);
  const session = useSession();
  const announced = useFlash();
  const { data: c, error, loading, reload } = useApi<CompetitionT>(`/competitions/${encodeURIComponent(params.id)}`);
  const back = { href: href("/competitions"), label: t.competitions.backToList };

  if (loading && !c) return <Loading />;
  if (error || !c) {
    return (
      <Page title={error?.status === 404 ? t.competitions.notFound : t.competitions.title} back={back}>
        {error && error.status !== 404 ? <LoadError message={pick(error.text, lang)} onRetry={reload} /> : null}
      </Page>
    );
  }

  const columns: Column<Vacancy>[] = [
    { header: t.competitions.positionCode, cell: (v) => <span class="code">{v.positionCode}</span> },
    {
      header: t.competitions.positionName,
      cell: (v) => (
        <>
          <strong class="block">{pick(v.positionName, lang)}</strong>
          <span class="block">{pick(v.unitName, lang)}</span>
          <span class="block muted">{pick(v.stateBodyName, lang)}</span>
        </>
      ),
    },
    { header: t.competitions.classification, cell: (v) => t.competitions.classificationValue(v.classification) },
    { header: t.competitions.placesLabel, cell: (v) => v.places, numeric: true },
    { header: t.competitions.education, cell: (v) => <Education v={v} /> },
    { header: t.competitions.seniority, cell: (v) => <Seniority v={v} /> },
    ...(c.status === "open" && session?.kind !== "official"
      ? [
          {
            header: t.common.actions,
            // Signed out, the application page sends the visitor to sign in and back here.
            cell: (v: Vacancy) => (
              <ButtonLink href={href(`/apply/${encodeURIComponent(v.id)}`)} small>
                {tx.apply.apply}
                <span class="visually-hidden">: {v.positionCode}</span>
              </ButtonLink>
            ),
          },
        ]
      : []),
  ];

  return (
    <Page title={pick(c.title, lang)} back={back} lead={t.competitions.detailLead}>
      {announced ? <Notice tone="success" title={announced[lang]} /> : null}
      <SummaryList
        rows={[
          [t.requests.status, <StatusTag c={c} />],
          [t.competitions.announcedOn, formatDate(c.announcedOn)],
          [c.status === "open" ? t.competitions.closesAt : t.competitions.closedAt, <Closing c={c} />],
          [t.competitions.vacanciesTitle, `${t.competitions.vacancies(c.vacancies.length)} · ${t.competitions.places(placesOf(c))}`],
        ]}
      />
      {c.status === "open" ? (
        <Notice>
          <p>{tx.apply.applyHint}</p>
          {!session ? <p>{tx.apply.signInToApply}</p> : null}
        </Notice>
      ) : null}
      <h2 class="section-title">{t.competitions.vacanciesTitle}</h2>
      <Table caption={t.competitions.vacanciesTitle} captionHidden columns={columns} rows={c.vacancies} rowKey={(v) => v.id} />
    </Page>
  );
}
