/**
 * `#/officer/reserve?competition=<id>` — the personnel-selection department keeps the reserve list
 * (service 4): a competition's candidates who passed the interview, each entered into the reserve
 * one by one or all at once when the competition's appointments are recorded; a candidate of any
 * competition by personal code; links to leaving, earlier competitions' people and the search log.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { appointmentsSchema, enterReserveSchema, reserveRuleMessages, type ReserveRow } from "@exidmet/core/reserve/entry";
import type { Competition, ListOf } from "../../api/types";
import { ApiError, api } from "../../api/client";
import { both, pick, useI18n, useTexts, type Bilingual } from "../../i18n";
import { formatDate } from "../../lib/format";
import type { PageProps } from "../../lib/pages";
import { href, navigate } from "../../lib/router";
import { useApi } from "../../lib/useApi";
import { Button, ButtonGroup, CheckboxGroup, ErrorSummary, LinkButtons, ListTable, Notice, Page, Tag, TextField } from "../../ui";
import { useAreaForm } from "./forms";
import { InterviewCell, Position, TestCell, type ResultView, useCompetitionResults } from "./parts";
import { texts } from "./texts";

/** The API answers with the entry (201 when it was created, 200 when the person was already in). */
type Entered = ReserveRow;

/** The appointments of one competition: who was appointed; the others who passed enter the reserve. */
function Appointments({ competitionId, candidates, onDone }: { competitionId: string; candidates: ResultView[]; onDone: (text: Bilingual) => void }) {
  const { t } = useI18n();
  const tx = useTexts(texts);
  const codes = candidates.map((c) => c.candidateCode);
  /** A group of one checkbox gives true/false or its value; of several, an array of values. */
  const chosen = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === "string" && v ? [v] : v === true ? codes.slice(0, 1) : []);
  const { form, kit } = useAreaForm<{ appointed: string[] }, typeof appointmentsSchema>(appointmentsSchema, reserveRuleMessages, {
    defaultValues: { appointed: [] },
    prepare: (v) => ({ appointed: chosen(v.appointed) }),
  });
  const submit = kit.onSubmit(async (body: unknown) => {
    const r = await api.post<{ appointed: number; enteredReserve: number }>(`/officer/reserve/competitions/${encodeURIComponent(competitionId)}/appointments`, body);
    form.reset({ appointed: [] });
    onDone({ az: texts.az.keep.appointmentsDone(r.appointed, r.enteredReserve), en: texts.en.keep.appointmentsDone(r.appointed, r.enteredReserve) });
  });
  return (
    <section class="panel" aria-labelledby="appointments-title">
      <h2 class="section-title" id="appointments-title">
        {tx.keep.appointmentsTitle}
      </h2>
      <ErrorSummary {...kit.summary} />
      <form class="form form--wide" noValidate onSubmit={submit}>
        <CheckboxGroup
          {...kit.field("appointed")}
          label={tx.keep.appointed}
          hint={tx.keep.appointmentsHint}
          options={candidates.map((c) => ({ value: c.candidateCode, label: `${c.candidateName} (${c.candidateCode}) — ${c.vacancy.positionCode}` }))}
        />
        <Button type="submit" busy={form.formState.isSubmitting} busyLabel={t.common.saving}>
          {tx.keep.recordAppointments}
        </Button>
      </form>
    </section>
  );
}

/** A candidate of any competition, by personal code. */
function EnterByCode({ onDone }: { onDone: (r: Entered) => void }) {
  const { t } = useI18n();
  const tx = useTexts(texts);
  const { form, kit } = useAreaForm<{ candidateCode: string }, typeof enterReserveSchema>(enterReserveSchema, reserveRuleMessages, {
    defaultValues: { candidateCode: "" },
    prepare: (v) => ({ source: "application", candidateCode: v.candidateCode }),
  });
  const submit = kit.onSubmit(async (body: unknown) => {
    const r = await api.post<Entered>("/officer/reserve/entries", body);
    form.reset({ candidateCode: "" });
    onDone(r);
  });
  return (
    <section class="panel" aria-labelledby="by-code-title">
      <h2 class="section-title" id="by-code-title">
        {tx.keep.byCodeTitle}
      </h2>
      <p>{tx.keep.byCodeLead}</p>
      <ErrorSummary {...kit.summary} />
      <form class="form" noValidate onSubmit={submit}>
        <TextField {...kit.field("candidateCode")} label={tx.keep.code} hint={tx.keep.codeHint} width="m" autoComplete="off" spellcheck={false} autoCapitalize="characters" />
        <Button type="submit" busy={form.formState.isSubmitting} busyLabel={t.common.saving}>
          {tx.keep.enter}
        </Button>
      </form>
    </section>
  );
}

export default function KeepReserve({ query }: PageProps) {
  const { t, lang } = useI18n();
  const tx = useTexts(texts);
  const competitions = useApi<ListOf<Competition>>("/competitions");
  const competitionId = query.get("competition") ?? "";
  const list = useCompetitionResults(competitionId);
  const passed = (list.data?.items ?? []).filter((r) => r.interview?.outcome === "passed");
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ tone: "success" | "warning"; text: Bilingual } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const entered = (r: Entered) => {
    const on = formatDate(r.enteredOn);
    setNotice({ tone: "success", text: { az: texts.az.keep.entered(r.fullName, on), en: texts.en.keep.entered(r.fullName, on) } });
    list.reload();
  };
  const enter = async (row: ResultView) => {
    setBusy(row.applicationId);
    setNotice(null);
    try {
      entered(await api.post<Entered>("/officer/reserve/entries", { source: "application", candidateCode: row.candidateCode }));
    } catch (e) {
      setNotice({ tone: "warning", text: e instanceof ApiError ? e.text : both((d) => d.errors.unexpected) });
    } finally {
      setBusy(null);
    }
  };
  const choose = (id: string) => {
    setNotice(null);
    navigate("/officer/reserve", { competition: id || undefined }, { replace: true });
  };

  return (
    <Page title={tx.keep.title} lead={tx.keep.lead} caption={tx.s4} back={{ href: href("/official"), label: t.nav.workspace }}>
      <div class="field">
        <label class="field__label" for="f-competition">
          {tx.keep.competition}
        </label>
        <select id="f-competition" class="select" value={competitionId} onChange={(e) => choose((e.target as HTMLSelectElement).value)}>
          <option value="">{tx.keep.choose}</option>
          {(competitions.data?.items ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {pick(c.title, lang)} ({formatDate(c.announcedOn)})
            </option>
          ))}
        </select>
      </div>
      {notice ? (
        <div tabIndex={-1} ref={noticeRef}>
          <Notice tone={notice.tone} title={pick(notice.text, lang)} />
        </div>
      ) : null}
      {competitionId ? (
        <>
          <ListTable
            list={{ ...list, data: list.data ? { items: passed } : undefined }}
            empty={tx.keep.passedEmpty}
            caption={tx.keep.passedTitle}
            rowKey={(r) => r.applicationId}
            columns={[
              { header: tx.col.candidate, cell: (r) => (<><strong class="block">{r.candidateName}</strong><span class="block code">{r.candidateCode}</span></>) },
              { header: tx.col.position, cell: (r) => <Position r={r} /> },
              { header: tx.col.test, cell: (r) => <TestCell r={r} /> },
              { header: tx.col.interview, cell: (r) => <InterviewCell r={r} /> },
              { header: tx.col.status, cell: (r) => (r.appointed ? <Tag tone="green">{tx.appointed}</Tag> : r.reserveEntered ? <Tag tone="blue">{tx.keep.wasEntered}</Tag> : <span class="muted">{tx.keep.undecided}</span>) },
              {
                header: t.common.actions,
                cell: (r) =>
                  !r.appointed && !r.reserveEntered ? (
                    <Button variant="secondary" small busy={busy === r.applicationId} busyLabel={t.common.saving} onClick={() => enter(r)}>
                      {tx.keep.enter}
                      <span class="visually-hidden"> — {r.candidateName}</span>
                    </Button>
                  ) : null,
              },
            ]}
          />
          {passed.some((r) => !r.appointed) ? (
            <Appointments key={`${competitionId}-${passed.map((r) => `${r.applicationId}${r.appointed ? 1 : 0}`).join()}`} competitionId={competitionId} candidates={passed.filter((r) => !r.appointed)} onDone={(text) => { setNotice({ tone: "success", text }); list.reload(); }} />
          ) : null}
        </>
      ) : null}
      <EnterByCode onDone={entered} />
      <h2 class="section-title">{tx.keep.more}</h2>
      <LinkButtons
        links={[
          { href: href("/officer/reserve/leave"), label: tx.keep.toPeople },
          { href: href("/officer/reserve/new"), label: tx.keep.toManual },
          { href: href("/officer/reserve/searches"), label: tx.keep.toLog },
        ]}
      />
    </Page>
  );
}
