import { useState } from "preact/hooks";
import type { Competition, ListOf } from "../../api/types";
import { ApiError, api } from "../../api/client";
import { both, pick, useI18n, useTexts, type Bilingual } from "../../i18n";
import { href } from "../../lib/router";
import { useApi } from "../../lib/useApi";
import { Button, ErrorSummary, LoadError, Loading, Notice, Page, Table } from "../../ui";
import type { FieldIssue } from "@exidmet/core/errors";
import { InterviewCell, Position, TestCell, type Paged, type ResultView } from "./parts";
import { texts } from "./texts";
import { formatDate } from "../../lib/format";

/** The IT sector: a competition's admitted candidates with their results, and the CSV import. */
export default function OfficerResults() {
  const { t, lang } = useI18n();
  const tx = useTexts(texts);
  const competitions = useApi<ListOf<Competition>>("/competitions");
  const [competitionId, setCompetitionId] = useState("");
  const list = useApi<Paged<ResultView>>(competitionId ? `/officer/results?competitionId=${competitionId}&limit=100` : null, true);
  const [kind, setKind] = useState<"test" | "interview">("test");
  const [csv, setCsv] = useState("");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok?: string; message?: Bilingual; issues?: FieldIssue[] } | null>(null);

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

  return (
    <Page title={tx.officer.title} lead={tx.officer.lead} caption={tx.s2} back={{ href: href("/official"), label: t.nav.workspace }}>
      <div class="field">
        <label class="field__label" for="f-competition">
          {tx.officer.competition}
        </label>
        <select id="f-competition" class="select" value={competitionId} onChange={(e) => setCompetitionId((e.target as HTMLSelectElement).value)}>
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
          {list.loading && !list.data ? <Loading /> : null}
          {list.error ? <LoadError message={pick(list.error.text, lang)} onRetry={list.reload} /> : null}
          {list.data && !list.data.items.length ? <Notice>{tx.officer.empty}</Notice> : null}
          {list.data?.items.length ? (
            <Table
              caption={tx.hr.caption}
              rows={list.data.items}
              rowKey={(r) => r.applicationId}
              columns={[
                { header: tx.col.candidate, cell: (r) => (<><strong class="block">{r.candidateName}</strong><span class="block code">{r.candidateCode}</span></>) },
                { header: tx.col.position, cell: (r) => <Position r={r} /> },
                { header: tx.col.test, cell: (r) => <TestCell r={r} /> },
                { header: tx.col.interview, cell: (r) => <InterviewCell r={r} /> },
              ]}
            />
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
