/**
 * `#/apply/:vacancyId` — the citizen's application to one vacancy: the form (a new application,
 * a draft resumed on any device, or a refused one being corrected) or its status once submitted.
 */
import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import type { PageProps } from "../../lib/pages";
import type { CitizenProfile } from "../../api/types";
import { fieldLabels } from "@exidmet/core/applications/labels";
import { pick, useI18n, useTexts } from "../../i18n";
import { closing, formatDate, formatDateTime } from "../../lib/format";
import { href } from "../../lib/router";
import { useApi } from "../../lib/useApi";
import { Button, ButtonGroup, ButtonLink, ListNotice, LoadError, Loading, Notice, Page, SummaryList } from "../../ui";
import { ApplicationFormSteps } from "./Form";
import { readUnsent } from "../../lib/unsent-drafts";
import { toFormValues } from "./form-model";
import { FormSummary, History, StatusTag, VacancyPart, type ApplicationView, type LooseForm, type MyApplication } from "./parts";
import { texts } from "./texts";

function StatusView({ data, application, justSubmitted, onCorrect }: { data: MyApplication; application: ApplicationView; justSubmitted: boolean; onCorrect: () => void }) {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  const a = application;
  const closedOn = formatDate(closing(data.closesAt).lastDay);
  const lastReason = [...a.history].reverse().find((h) => h.status === a.status)?.reason;
  return (
    <Page
      title={tx.apply.statusTitle}
      caption={`${pick(a.vacancy.positionName, lang)} — ${pick(a.vacancy.stateBodyName, lang)}`}
      back={{ href: href(`/competitions/${encodeURIComponent(a.vacancy.competitionId)}`), label: tx.apply.backToCompetition }}
    >
      {justSubmitted || a.status === "in_review" ? (
        <Notice tone="success" title={tx.apply.receivedTitle}>
          <p>{tx.apply.receivedText}</p>
        </Notice>
      ) : null}
      {a.status === "admitted" ? (
        <Notice tone="success" title={tx.apply.status.admitted}>
          <p>{tx.apply.admittedText}</p>
          <p>
            {fieldLabels.candidateCode[lang]}:{" "}
            <strong class="code" id="candidate-code">
              {a.candidateCode}
            </strong>
          </p>
        </Notice>
      ) : null}
      {a.status === "refused" ? (
        <Notice tone="warning" title={tx.apply.status.refused}>
          <p>{tx.apply.refusedText}</p>
          <ul>
            {a.reasons.map((r, i) => (
              <li key={i}>{pick(r, lang)}</li>
            ))}
          </ul>
          {data.windowOpen ? (
            <>
              <p>{tx.apply.correctHint}</p>
              <Button onClick={onCorrect}>{tx.apply.correct}</Button>
            </>
          ) : (
            <p>{tx.apply.windowClosedText(closedOn)}</p>
          )}
        </Notice>
      ) : null}
      {a.status === "excluded" ? (
        <Notice tone="warning" title={tx.apply.status.excluded}>
          <p>{tx.apply.excludedText}</p>
          {lastReason ? <p>{pick(lastReason, lang)}</p> : null}
        </Notice>
      ) : null}
      <SummaryList
        rows={[
          [tx.apply.number, <span class="code">{a.number}</span>],
          [tx.officer.status, <StatusTag status={a.status} />],
          [tx.apply.submittedAt, formatDateTime(a.submittedAt)],
          ...(a.candidateCode ? ([[fieldLabels.candidateCode[lang], <span class="code">{a.candidateCode}</span>]] as [string, ComponentChildren][]) : []),
        ]}
      />
      <h2 class="section-title">{tx.apply.history}</h2>
      <History history={a.history} />
      {a.form ? (
        <details class="details">
          <summary class="details__summary">{tx.apply.viewForm}</summary>
          <FormSummary form={a.form as unknown as LooseForm} vacancy={a.vacancy} headingLevel={3} />
        </details>
      ) : (
        <VacancyPart vacancy={a.vacancy} />
      )}
      <ButtonGroup>
        <ButtonLink href={href("/my-requests")} variant="secondary">
          {tx.apply.myRequests}
        </ButtonLink>
        <ButtonLink href={href("/competitions")} variant="secondary">
          {tx.apply.competitions}
        </ButtonLink>
      </ButtonGroup>
    </Page>
  );
}

export default function Apply({ params }: PageProps) {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  const vacancyId = params.vacancyId;
  const me = useApi<CitizenProfile>("/me", true);
  const mine = useApi<MyApplication>(`/me/applications/${encodeURIComponent(vacancyId)}`, true);
  const [submitted, setSubmitted] = useState<ApplicationView | null>(null);
  const [editing, setEditing] = useState(false);

  if ((mine.loading && !mine.data) || (me.loading && !me.data)) return <Loading />;
  const failed = mine.error ?? me.error;
  if (failed || !mine.data || !me.data) {
    return (
      <Page title={failed?.status === 404 ? tx.apply.noVacancy : tx.apply.title} back={{ href: href("/competitions"), label: tx.apply.competitions }}>
        {failed && failed.status !== 404 ? <LoadError message={pick(failed.text, lang)} onRetry={() => (mine.error ? mine.reload() : me.reload())} /> : null}
      </Page>
    );
  }
  const data = mine.data;
  const account = { email: me.data.email, idCard: me.data.idCard };
  const current = submitted ?? data.application;
  const back = { href: href(`/competitions/${encodeURIComponent(data.vacancy.competitionId)}`), label: tx.apply.backToCompetition };
  const caption = `${pick(data.vacancy.positionName, lang)} — ${pick(data.vacancy.stateBodyName, lang)}`;

  if (current && current.status !== "draft" && !editing) {
    return <StatusView data={data} application={current} justSubmitted={!!submitted} onCorrect={() => setEditing(true)} />;
  }
  if (!data.windowOpen) {
    return (
      <Page title={tx.apply.title} caption={caption} back={back}>
        <Notice tone="warning" title={tx.apply.windowClosedTitle}>
          <p>{tx.apply.windowClosedText(formatDate(closing(data.closesAt).lastDay))}</p>
        </Notice>
        <VacancyPart vacancy={data.vacancy} />
      </Page>
    );
  }
  // What this device typed but the server never confirmed (a reload or a lost connection), if newer.
  const unsent = readUnsent(`application.${vacancyId}`);
  const restored = unsent && (!data.application?.draftSavedAt || unsent.at > data.application.draftSavedAt) ? unsent.draft : null;
  const draft = restored ?? current?.draft;
  const source = draft ?? current?.form;
  const savedStep = typeof draft?._step === "number" ? (draft._step as number) : 0;
  return (
    <Page title={tx.apply.title} caption={caption} back={back} lead={tx.apply.lead}>
      <p class="muted">{tx.apply.closesOn(formatDate(closing(data.closesAt).lastDay))}</p>
      {current?.status === "refused" ? (
        <ListNotice tone="warning" title={tx.apply.status.refused} items={current.reasons.map((r) => pick(r, lang))} />
      ) : null}
      <ApplicationFormSteps
        key={current?.id ?? "new"}
        data={data}
        account={account}
        initial={toFormValues(source, account)}
        initialStep={draft ? savedStep : 0}
        restored={!!restored}
        resubmission={current?.status === "refused"}
        onSubmitted={(a) => {
          setSubmitted(a);
          setEditing(false);
          window.scrollTo(0, 0);
        }}
      />
    </Page>
  );
}
