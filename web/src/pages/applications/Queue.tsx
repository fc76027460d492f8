/**
 * `#/officer/applications` — the IT sector's queue: one competition's applications, filtered by
 * vacancy, state body, status and submission date, paged by cursor; the CSV of admitted candidates.
 * The filter lives in the address, so a page of the queue can be reloaded or shared.
 */
import * as z from "zod";
import { useState } from "preact/hooks";
import { isoDate, slug } from "@exidmet/core/validation/fields";
import type { VacancySnapshot } from "@exidmet/core/applications/application";
import type { Bilingual } from "@exidmet/core/errors";
import type { PageProps } from "../../lib/pages";
import { ApiError } from "../../api/client";
import type { Competition, ListOf } from "../../api/types";
import { useSchemaForm } from "../../forms/kit";
import { pick, useI18n, useTexts } from "../../i18n";
import { formatDate, formatDateTime, parseDate } from "../../lib/format";
import { href, navigate } from "../../lib/router";
import { useApi } from "../../lib/useApi";
import { Button, ButtonGroup, ButtonLink, DateField, ErrorSummary, ListTable, numberColumn, LoadError, Loading, Notice, Page, SelectField } from "../../ui";
import { DownloadButton, StatusTag } from "./parts";
import { texts } from "./texts";
import { byLabel } from "../../lib/text";

interface QueueItem {
  id: string;
  number: string;
  status: string;
  submittedAt?: string;
  applicant: string | null;
  vacancy: VacancySnapshot;
  reasons: Bilingual[];
  candidateCode?: string;
}

const statuses = ["in_review", "refused", "admitted", "excluded"] as const;

const filterSchema = z
  .object({
    competitionId: slug,
    vacancyId: slug.optional(),
    stateBodyId: slug.optional(),
    status: z.enum(statuses).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .strict();

interface FilterForm {
  competitionId: string;
  vacancyId: string;
  stateBodyId: string;
  status: string;
  from: string;
  to: string;
}

const blank = (s: string) => (s && s.trim() ? s.trim() : undefined);
const prepare = (v: FilterForm) => ({
  competitionId: v.competitionId,
  vacancyId: blank(v.vacancyId),
  stateBodyId: blank(v.stateBodyId),
  status: blank(v.status),
  from: blank(v.from) ? parseDate(v.from) : undefined,
  to: blank(v.to) ? parseDate(v.to) : undefined,
});

function Filters({ competitions, initial }: { competitions: Competition[]; initial: FilterForm }) {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  const { form, kit } = useSchemaForm<FilterForm, typeof filterSchema>(filterSchema, { defaultValues: initial, prepare });
  const competitionId = form.watch("competitionId");
  const competition = competitions.find((c) => c.id === competitionId);
  const vacancies = competition?.vacancies ?? [];
  const bodies = [...new Map(vacancies.map((v) => [v.stateBodyId, v.stateBodyName])).entries()];
  const submit = kit.onSubmit(async (q: z.output<typeof filterSchema>) => {
    navigate("/officer/applications", { competitionId: q.competitionId, vacancyId: q.vacancyId, stateBodyId: q.stateBodyId, status: q.status, from: q.from, to: q.to });
  });
  return (
    <section class="panel" aria-labelledby="queue-filters">
      <h2 class="section-title" id="queue-filters">
        {tx.officer.filters}
      </h2>
      <ErrorSummary {...kit.summary} />
      <form class="form form--wide" noValidate onSubmit={submit}>
        <SelectField
          {...kit.field("competitionId", {
            onChange: () => {
              form.setValue("vacancyId", "");
              form.setValue("stateBodyId", "");
            },
          })}
          label={tx.officer.competition}
          placeholder={tx.officer.chooseCompetition}
          options={competitions.map((c) => ({ value: c.id, label: `${pick(c.title, lang)} (${formatDate(c.announcedOn)})` }))}
        />
        <div class="row">
          <SelectField
            {...kit.field("vacancyId")}
            label={tx.officer.vacancy}
            placeholder={tx.officer.any}
            options={vacancies.map((v) => ({ value: v.id, label: `${v.positionCode} — ${pick(v.positionName, lang)}` }))}
          />
          <SelectField {...kit.field("stateBodyId")} label={tx.officer.stateBody} placeholder={tx.officer.any} options={byLabel(bodies.map(([id, name]) => ({ value: id, label: pick(name, lang) })), lang)} />
          <SelectField {...kit.field("status")} label={tx.officer.status} placeholder={tx.officer.any} options={statuses.map((s) => ({ value: s, label: tx.officer.statusNames[s] }))} />
        </div>
        <div class="row">
          <DateField {...kit.field("from")} label={tx.officer.from} />
          <DateField {...kit.field("to")} label={tx.officer.to} />
        </div>
        <ButtonGroup>
          <Button type="submit">{tx.officer.show}</Button>
          <ButtonLink href={href("/officer/applications", { competitionId })} variant="secondary">
            {tx.officer.reset}
          </ButtonLink>
        </ButtonGroup>
      </form>
    </section>
  );
}

export default function Queue({ query }: PageProps) {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  const competitions = useApi<ListOf<Competition>>("/competitions");
  const [csv, setCsv] = useState<{ busy: boolean; error?: ApiError }>({ busy: false });
  const all = competitions.data?.items ?? [];
  const competitionId = query.get("competitionId") || all.find((c) => c.status === "open")?.id || all[0]?.id || "";
  const params = new URLSearchParams();
  for (const k of ["vacancyId", "stateBodyId", "status", "from", "to", "cursor"]) {
    const v = query.get(k);
    if (v) params.set(k, v);
  }
  const page = Number(query.get("page") || "1") || 1;
  const path = competitionId ? `/officer/applications?competitionId=${encodeURIComponent(competitionId)}${params.size ? `&${params}` : ""}` : null;
  const list = useApi<ListOf<QueueItem>>(path, true);
  const initial: FilterForm = {
    competitionId,
    vacancyId: query.get("vacancyId") ?? "",
    stateBodyId: query.get("stateBodyId") ?? "",
    status: query.get("status") ?? "",
    from: formatDate(query.get("from") ?? ""),
    to: formatDate(query.get("to") ?? ""),
  };
  const filterQuery = Object.fromEntries([...params.entries()].filter(([k]) => k !== "cursor"));
  const vacancyId = query.get("vacancyId");
  const csvPath = competitionId ? `/officer/competitions/${encodeURIComponent(competitionId)}/admitted.csv${vacancyId ? `?vacancyId=${encodeURIComponent(vacancyId)}` : ""}` : "";

  return (
    <Page title={tx.officer.queueTitle} lead={tx.officer.queueLead} back={{ href: href("/official"), label: lang === "az" ? "İş masası" : "Workspace" }}>
      {competitions.loading && !competitions.data ? <Loading /> : null}
      {competitions.error ? <LoadError message={pick(competitions.error.text, lang)} onRetry={competitions.reload} /> : null}
      {competitions.data ? <Filters key={`${competitionId}|${query.toString()}`} competitions={all} initial={initial} /> : null}
      {competitionId ? (
        <section class="panel" aria-labelledby="queue-csv">
          <h2 class="section-title" id="queue-csv">
            {tx.officer.csv}
          </h2>
          <p class="muted">{tx.officer.csvHint}</p>
          {csv.error ? <Notice tone="warning" title={tx.officer.csvFailed}>{pick(csv.error.text, lang)}</Notice> : null}
          <DownloadButton path={csvPath} fileName={`admitted-${competitionId}.csv`} busy={csv.busy} onStart={() => setCsv({ busy: true })} onDone={(error) => setCsv({ busy: false, error })}>
            {tx.officer.csv}
          </DownloadButton>
        </section>
      ) : competitions.data ? (
        <Notice>{tx.officer.pickCompetition}</Notice>
      ) : null}

      <h2 class="section-title" id="queue-results">
        {tx.officer.queueTitle}
        {page > 1 ? ` — ${tx.officer.page(page)}` : ""}
      </h2>
      <ListTable
        list={list}
        empty={tx.officer.none}
        caption={tx.officer.queueTitle}
        captionHidden
        rowKey={(r) => r.id}
        columns={[
          numberColumn(tx.officer.number, "/officer/applications", tx.officer.open),
          { header: tx.officer.applicant, cell: (r) => r.applicant ?? "—" },
          {
            header: tx.officer.vacancy,
            cell: (r) => (
              <>
                <span class="block code">{r.vacancy.positionCode}</span>
                <span class="block">{pick(r.vacancy.positionName, lang)}</span>
                <span class="block muted">{pick(r.vacancy.stateBodyName, lang)}</span>
              </>
            ),
          },
          { header: tx.officer.submittedAt, cell: (r) => formatDateTime(r.submittedAt) },
          {
            header: tx.officer.status,
            cell: (r) => (
              <>
                <StatusTag status={r.status} />
                {r.candidateCode ? <span class="block code">{r.candidateCode}</span> : null}
              </>
            ),
          },
        ]}
      />
      <ButtonGroup>
        {list.data?.cursor ? (
          <ButtonLink href={href("/officer/applications", { competitionId, ...filterQuery, cursor: list.data.cursor, page: String(page + 1) })}>{tx.officer.nextPage}</ButtonLink>
        ) : null}
        {page > 1 ? (
          <ButtonLink href={href("/officer/applications", { competitionId, ...filterQuery })} variant="secondary">
            {tx.officer.firstPage}
          </ButtonLink>
        ) : null}
      </ButtonGroup>
    </Page>
  );
}
