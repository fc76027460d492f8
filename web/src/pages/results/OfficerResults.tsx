/**
 * `#/officer/results?competition=<id>` — the IT sector: a competition's admitted candidates with
 * their results; for each, the forms to record or correct the test result and the interview
 * result (one at a time, opened under the competition's choice), and the CSV import of many.
 */
import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import type { FieldIssue } from "@exidmet/core/errors";
import { interviewOutcomes, interviewResultSchema, resultRuleMessages, testResultSchema } from "@exidmet/core/results/result";
import type { Competition, ListOf } from "../../api/types";
import { ApiError, api } from "../../api/client";
import { both, pick, useI18n, useTexts, type Bilingual } from "../../i18n";
import { formatDate } from "../../lib/format";
import type { PageProps } from "../../lib/pages";
import { href, navigate } from "../../lib/router";
import { useApi } from "../../lib/useApi";
import { Button, ButtonGroup, DateField, ErrorSummary, ListTable, Notice, Page, RadioGroup, SummaryList, TextArea, TextField } from "../../ui";
import { optional, typedDate, typedNumber, useAreaForm } from "./forms";
import { InterviewCell, Position, TestCell, useResultColumns, type ResultView, useCompetitionResults } from "./parts";
import { texts } from "./texts";

type Kind = "test" | "interview";

/** The frame of one candidate's form: its heading (focused when it opens), who and what, the current result. */
function RecordPanel({ title, row, kind, children }: { title: string; row: ResultView; kind: Kind; children: ComponentChildren }) {
  const tx = useTexts(texts);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: "start" });
  }, [row.applicationId, kind]);
  const current = kind === "test" ? row.test : row.interview;
  return (
    <section class="panel" aria-labelledby="record-title">
      <h2 class="section-title" id="record-title" tabIndex={-1} ref={heading}>
        {title}
      </h2>
      <p>{current ? tx.record.correcting : tx.record.recording}</p>
      <SummaryList
        rows={[
          [tx.col.code, <span class="code">{row.candidateCode}</span>],
          [tx.col.position, <Position r={row} />],
          ...(kind === "interview" ? ([[tx.col.test, <TestCell r={row} />]] as [string, ComponentChildren][]) : []),
          ...(current ? ([[tx.record.current, kind === "test" ? <TestCell r={row} /> : <InterviewCell r={row} />]] as [string, ComponentChildren][]) : []),
        ]}
      />
      {children}
    </section>
  );
}

type TestValues = { score: string; passMark: string; date: string };

function TestForm({ row, onDone, onCancel }: { row: ResultView; onDone: (r: ResultView) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const tx = useTexts(texts);
  const { form, kit } = useAreaForm<TestValues, typeof testResultSchema>(testResultSchema, resultRuleMessages, {
    defaultValues: row.test ? { score: String(row.test.score), passMark: String(row.test.passMark), date: formatDate(row.test.date) } : { score: "", passMark: "", date: "" },
    prepare: (v) => ({ score: typedNumber(v.score), passMark: typedNumber(v.passMark), date: typedDate(v.date) }),
  });
  const submit = kit.onSubmit(async (body: unknown) => onDone(await api.put<ResultView>(`/officer/results/${row.applicationId}/test`, body)));
  return (
    <RecordPanel title={tx.record.testTitle(row.candidateName)} row={row} kind="test">
      <ErrorSummary {...kit.summary} />
      <form class="form" noValidate onSubmit={submit}>
        <div class="row">
          <TextField {...kit.field("score")} label={tx.record.score} hint={tx.record.scoreHint} width="xs" inputMode="decimal" autoComplete="off" />
          <TextField {...kit.field("passMark")} label={tx.record.passMark} width="xs" inputMode="decimal" autoComplete="off" />
        </div>
        <p class="muted">{tx.record.passedRule}</p>
        <DateField {...kit.field("date")} label={tx.record.testDate} />
        <ButtonGroup>
          <Button type="submit" busy={form.formState.isSubmitting} busyLabel={t.common.saving}>
            {tx.record.save}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t.common.cancel}
          </Button>
        </ButtonGroup>
      </form>
    </RecordPanel>
  );
}

type InterviewValues = { outcome: string; date: string; note: string };

function InterviewForm({ row, onDone, onCancel }: { row: ResultView; onDone: (r: ResultView) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const tx = useTexts(texts);
  const { form, kit } = useAreaForm<InterviewValues, typeof interviewResultSchema>(interviewResultSchema, resultRuleMessages, {
    defaultValues: row.interview ? { outcome: row.interview.outcome, date: formatDate(row.interview.date), note: row.interview.note } : { outcome: "", date: "", note: "" },
    prepare: (v) => ({ outcome: v.outcome || undefined, date: typedDate(v.date), note: optional(v.note) }),
  });
  const submit = kit.onSubmit(async (body: unknown) => onDone(await api.put<ResultView>(`/officer/results/${row.applicationId}/interview`, body)));
  return (
    <RecordPanel title={tx.record.interviewTitle(row.candidateName)} row={row} kind="interview">
      <ErrorSummary {...kit.summary} />
      <form class="form" noValidate onSubmit={submit}>
        <RadioGroup {...kit.field("outcome")} label={tx.record.outcome} options={interviewOutcomes.map((o) => ({ value: o, label: tx.outcome[o] }))} />
        <DateField {...kit.field("date")} label={tx.record.interviewDate} />
        <TextArea {...kit.field("note")} label={tx.boardNote} hint={tx.record.noteHint} optional rows={3} />
        <ButtonGroup>
          <Button type="submit" busy={form.formState.isSubmitting} busyLabel={t.common.saving}>
            {tx.record.save}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t.common.cancel}
          </Button>
        </ButtonGroup>
      </form>
    </RecordPanel>
  );
}

/** The IT sector: a competition's admitted candidates with their results, the forms to record them, and the CSV import. */
export default function OfficerResults({ query }: PageProps) {
  const { t, lang } = useI18n();
  const tx = useTexts(texts);
  const resultColumns = useResultColumns();
  const competitions = useApi<ListOf<Competition>>("/competitions");
  const competitionId = query.get("competition") ?? "";
  const list = useCompetitionResults(competitionId);
  const [editing, setEditing] = useState<{ kind: Kind; row: ResultView } | null>(null);
  const [saved, setSaved] = useState<{ kind: Kind; name: string } | null>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  const [kind, setKind] = useState<Kind>("test");
  const [csv, setCsv] = useState("");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok?: string; message?: Bilingual; issues?: FieldIssue[] } | null>(null);

  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);

  const chooseCompetition = (id: string) => {
    setEditing(null);
    setSaved(null);
    setOutcome(null);
    navigate("/officer/results", { competition: id || undefined }, { replace: true });
  };
  const open = (k: Kind, row: ResultView) => {
    setSaved(null);
    setEditing({ kind: k, row });
  };
  const done = (k: Kind) => (r: ResultView) => {
    setEditing(null);
    setSaved({ kind: k, name: r.candidateName });
    list.reload();
  };

  const readFile = async (e: Event) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (file) setCsv(await file.text());
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setOutcome(null);
    try {
      const r = await api.post<{ rows: number; alreadyImported: boolean }>("/officer/results/import", { competitionId, kind, csv });
      setOutcome({ ok: r.alreadyImported ? tx.officer.already : tx.officer.imported(r.rows) });
      list.reload();
    } catch (err) {
      setOutcome(err instanceof ApiError ? { message: err.text, issues: err.issues } : { message: both((d) => d.errors.unexpected) });
    } finally {
      setBusy(false);
    }
  };

  const hidden = (r: ResultView) => <span class="visually-hidden"> — {r.candidateName}</span>;

  return (
    <Page title={tx.officer.title} lead={tx.officer.lead} caption={tx.s2} back={{ href: href("/official"), label: t.nav.workspace }}>
      <div class="field">
        <label class="field__label" for="f-competition">
          {tx.officer.competition}
        </label>
        <select id="f-competition" class="select" value={competitionId} onChange={(e) => chooseCompetition((e.target as HTMLSelectElement).value)}>
          <option value="">{tx.officer.choose}</option>
          {(competitions.data?.items ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {pick(c.title, lang)} ({formatDate(c.announcedOn)})
            </option>
          ))}
        </select>
      </div>
      {competitionId ? (
        <>
          {saved ? (
            <div tabIndex={-1} ref={savedRef}>
              <Notice tone="success" title={saved.kind === "test" ? tx.record.testSaved(saved.name) : tx.record.interviewSaved(saved.name)} />
            </div>
          ) : null}
          {editing?.kind === "test" ? <TestForm key={`test-${editing.row.applicationId}`} row={editing.row} onDone={done("test")} onCancel={() => setEditing(null)} /> : null}
          {editing?.kind === "interview" ? <InterviewForm key={`interview-${editing.row.applicationId}`} row={editing.row} onDone={done("interview")} onCancel={() => setEditing(null)} /> : null}
          <ListTable
            list={list}
            empty={tx.officer.empty}
            caption={tx.hr.caption}
            rowKey={(r) => r.applicationId}
            columns={[
              ...resultColumns,
              {
                header: t.common.actions,
                cell: (r) => (
                  <div class="btn-group">
                    <Button variant="secondary" small onClick={() => open("test", r)}>
                      {r.test ? tx.record.correctTest : tx.record.recordTest}
                      {hidden(r)}
                    </Button>
                    {r.test?.passed ? (
                      <Button variant="secondary" small onClick={() => open("interview", r)}>
                        {r.interview ? tx.record.correctInterview : tx.record.recordInterview}
                        {hidden(r)}
                      </Button>
                    ) : (
                      <span class="muted">{tx.record.afterTest}</span>
                    )}
                  </div>
                ),
              },
            ]}
          />
          <section class="panel" aria-labelledby="import-title">
            <h2 class="section-title" id="import-title">
              {tx.officer.importTitle}
            </h2>
            {outcome?.ok ? <Notice tone="success" title={outcome.ok} /> : null}
            <ErrorSummary items={(outcome?.issues ?? []).map((i) => ({ text: i[lang] }))} message={outcome?.message ? outcome.message[lang] : undefined} focusKey={outcome?.message ? 1 : 0} />
            <form class="form" noValidate onSubmit={submit}>
              <fieldset class="field fieldset">
                <legend class="fieldset__legend">{tx.officer.kind}</legend>
                <div class="choices">
                  {(["test", "interview"] as const).map((k) => (
                    <div class="choice" key={k}>
                      <input class="choice__input" type="radio" id={`f-kind-${k}`} name="kind" checked={kind === k} onChange={() => setKind(k)} />
                      <label class="choice__label" for={`f-kind-${k}`}>
                        {k === "test" ? tx.officer.kindTest : tx.officer.kindInterview}
                      </label>
                    </div>
                  ))}
                </div>
              </fieldset>
              <div class="field">
                <label class="field__label" for="f-file">
                  {tx.officer.file}
                </label>
                <input id="f-file" class="file-input" type="file" accept=".csv,text/csv" onChange={readFile} />
              </div>
              <div class="field">
                <label class="field__label" for="f-csv">
                  {tx.officer.csv}
                </label>
                <div class="field__hint" id="f-csv-hint">
                  {tx.officer.csvHint}
                </div>
                <textarea id="f-csv" class="input input--full" rows={8} spellcheck={false} aria-describedby="f-csv-hint" value={csv} onInput={(e) => setCsv((e.target as HTMLTextAreaElement).value)} />
              </div>
              <Button type="submit" busy={busy} busyLabel={t.common.saving}>
                {tx.officer.import}
              </Button>
            </form>
          </section>
        </>
      ) : null}
    </Page>
  );
}
