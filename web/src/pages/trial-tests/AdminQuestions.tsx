/** Service 6, the Commission admin: the question bank — list by topic, add, edit, retire, import a CSV file. */
import { questionInputSchema } from "@exidmet/core/trial-tests/schemas";
import { topicIds, topicNames, type TopicId } from "@exidmet/core/trial-tests/topics";
import type { QuestionAdminView } from "@exidmet/core/trial-tests/views";
import type { FieldIssue } from "@exidmet/core/errors";
import { useState } from "preact/hooks";
import * as z from "zod";
import { ApiError, api } from "../../api/client";
import { useSchemaForm } from "../../forms/kit";
import { pick, useI18n, useTexts } from "../../i18n";
import type { PageProps } from "../../lib/pages";
import { href, navigate } from "../../lib/router";
import { useApi } from "../../lib/useApi";
import { Button, ButtonGroup, ButtonLink, CheckboxField, ErrorSummary, LoadError, Loading, Notice, Page, SelectField, Table, Tag, TextArea } from "../../ui";
import { texts } from "./texts";

const letters = ["A", "B", "C", "D"];

interface QuestionForm {
  topic: string;
  text: string;
  options: string[];
  correct: string;
  active: boolean;
}

function QuestionEditor({ question, topic, onSaved, onCancel }: { question?: QuestionAdminView; topic: TopicId; onSaved: (message: string) => void; onCancel?: () => void }) {
  const tx = useTexts(texts);
  const { t, lang } = useI18n();
  const { form, kit } = useSchemaForm<QuestionForm, typeof questionInputSchema>(questionInputSchema, {
    defaultValues: question
      ? { topic: question.topic, text: question.text, options: [...question.options], correct: String(question.correct), active: question.active }
      : { topic, text: "", options: ["", "", "", ""], correct: "", active: true },
    prepare: (v) => ({ ...v, correct: v.correct === "" ? undefined : Number(v.correct) }),
  });
  const submit = kit.onSubmit(async (body) => {
    if (question) await api.put(`/admin/questions/${question.id}`, { ...body, version: question.version });
    else await api.post("/admin/questions", body);
    onSaved(question ? tx.updated : tx.created);
    if (!question) form.reset({ topic: body.topic, text: "", options: ["", "", "", ""], correct: "", active: true });
  });
  return (
    <section class="panel" aria-labelledby="question-editor">
      <h2 class="section-title" id="question-editor">
        {question ? tx.editQuestion : tx.addQuestion}
      </h2>
      <ErrorSummary {...kit.summary} />
      <form class="form" noValidate onSubmit={submit}>
        <SelectField {...kit.field("topic")} label={tx.topic} options={topicIds.map((t) => ({ value: t, label: pick(topicNames[t], lang) }))} />
        <TextArea {...kit.field("text")} label={tx.text} rows={3} width="full" />
        {letters.map((l, i) => (
          <TextArea key={l} {...kit.field(`options.${i}`)} label={tx.option(l)} rows={1} width="full" />
        ))}
        <SelectField {...kit.field("correct")} label={tx.correct} placeholder="" options={letters.map((l, i) => ({ value: String(i), label: l }))} />
        <CheckboxField {...kit.field("active")} label={tx.active} />
        <ButtonGroup>
          <Button type="submit" busy={form.formState.isSubmitting}>
            {question ? tx.editQuestion : tx.addQuestion}
          </Button>
          {onCancel ? (
            <Button variant="secondary" onClick={onCancel}>
              {t.common.cancel}
            </Button>
          ) : null}
        </ButtonGroup>
      </form>
    </section>
  );
}

const importFormSchema = z.object({ csv: z.string().min(1, { error: "required" }) });

function ImportForm({ onDone }: { onDone: (message: string) => void }) {
  const tx = useTexts(texts);
  const { lang } = useI18n();
  const [rowIssues, setRowIssues] = useState<FieldIssue[]>([]);
  const { form, kit } = useSchemaForm<{ csv: string }, typeof importFormSchema>(importFormSchema, { defaultValues: { csv: "" } });
  const submit = kit.onSubmit(async (body) => {
    setRowIssues([]);
    try {
      const r = await api.post<{ rows: number; created: number; updated: number; unchanged: number }>("/admin/questions/import", body);
      onDone(tx.imported(r));
      form.reset({ csv: "" });
    } catch (e) {
      if (e instanceof ApiError && e.issues.some((i) => i.path.startsWith("rows."))) {
        setRowIssues(e.issues);
        return;
      }
      throw e;
    }
  });
  const readFile = async (event: Event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) form.setValue("csv", await file.text());
  };
  return (
    <section class="panel" aria-labelledby="import-title">
      <h2 class="section-title" id="import-title">
        {tx.importTitle}
      </h2>
      <p class="field__hint">{tx.importLead}</p>
      <ErrorSummary {...kit.summary} />
      {rowIssues.length ? (
        <div class="error-summary" role="alert">
          <h3 class="error-summary__title">{tx.importErrors}</h3>
          <ul class="error-summary__list">
            {rowIssues.map((i) => {
              const [, line = "", col = ""] = i.path.split(".");
              return <li key={`${i.path}-${i.code}`}>{`${i.path.startsWith("rows.") ? tx.row(line, col) : i.path}: ${i[lang]}`}</li>;
            })}
          </ul>
        </div>
      ) : null}
      <form class="form" noValidate onSubmit={submit}>
        <div class="field">
          <label class="field__label" for="import-file">
            {tx.importFile}
          </label>
          <input id="import-file" type="file" accept=".csv,text/csv,text/plain" onChange={readFile} />
        </div>
        <TextArea {...kit.field("csv")} label={tx.importText} rows={6} width="full" />
        <Button type="submit" busy={form.formState.isSubmitting} busyLabel={tx.importing}>
          {tx.importButton}
        </Button>
      </form>
    </section>
  );
}

export default function AdminQuestions({ query }: PageProps) {
  const tx = useTexts(texts);
  const { t, lang } = useI18n();
  const topic = (topicIds as readonly string[]).includes(query.get("topic") ?? "") ? (query.get("topic") as TopicId) : topicIds[0];
  const status = ["active", "retired"].includes(query.get("status") ?? "") ? query.get("status")! : "all";
  const list = useApi<{ items: QuestionAdminView[]; cursor?: string }>(`/admin/questions?topic=${topic}&status=${status}&limit=100`, true);
  const [editing, setEditing] = useState<QuestionAdminView>();
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<string>();

  const saved = (message: string) => {
    setNotice(message);
    setEditing(undefined);
    list.reload();
  };
  const retire = async (q: QuestionAdminView) => {
    setError(undefined);
    try {
      await api.post(`/admin/questions/${q.id}/retire`, {});
      saved(`${tx.retired}: ${q.text.slice(0, 60)}`);
    } catch (e) {
      setError(e instanceof ApiError ? pick(e.text, lang) : String(e));
    }
  };

  return (
    <Page title={tx.adminTitle} lead={tx.adminLead} back={{ href: href("/official"), label: t.nav.workspace }}>
      <p>
        <ButtonLink variant="secondary" href={href("/admin/trial-tests/settings")}>
          {tx.settingsTitle}
        </ButtonLink>
      </p>
      {notice ? <Notice tone="success" title={notice} /> : null}
      {error ? (
        <div class="notice notice--warning" role="alert">
          <p>{error}</p>
        </div>
      ) : null}
      <form
        class="form filters"
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget as HTMLFormElement);
          navigate("/admin/questions", { topic: String(data.get("topic")), status: String(data.get("status")) });
        }}
      >
        <div class="field">
          <label class="field__label" for="filter-topic">
            {tx.filterTopic}
          </label>
          <select id="filter-topic" name="topic" class="select" value={topic}>
            {topicIds.map((x) => (
              <option key={x} value={x}>
                {pick(topicNames[x], lang)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label class="field__label" for="filter-status">
            {tx.filterStatus}
          </label>
          <select id="filter-status" name="status" class="select" value={status}>
            <option value="all">{tx.statusAll}</option>
            <option value="active">{tx.statusActive}</option>
            <option value="retired">{tx.statusRetired}</option>
          </select>
        </div>
        <Button type="submit" variant="secondary">
          {tx.show}
        </Button>
      </form>
      {list.loading && !list.data ? <Loading /> : null}
      {list.error ? <LoadError message={pick(list.error.text, lang)} onRetry={list.reload} /> : null}
      {list.data && list.data.items.length === 0 ? <p>{tx.noQuestions}</p> : null}
      {list.data?.items.length ? (
        <Table
          caption={`${pick(topicNames[topic], lang)} — ${list.data.items.length}`}
          columns={[
            { header: tx.text, cell: (q) => q.text },
            { header: tx.correct, cell: (q) => `${letters[q.correct]}) ${q.options[q.correct]}` },
            { header: tx.filterStatus, cell: (q) => (q.active ? <Tag tone="green">{tx.statusActive}</Tag> : <Tag tone="grey">{tx.statusRetired}</Tag>) },
            {
              header: t.common.actions,
              cell: (q) => (
                <ButtonGroup>
                  <Button small variant="secondary" onClick={() => setEditing(q)}>
                    {t.common.edit}
                  </Button>
                  {q.active ? (
                    <Button small variant="warning" onClick={() => retire(q)}>
                      {tx.retire}
                    </Button>
                  ) : null}
                </ButtonGroup>
              ),
            },
          ]}
          rows={list.data.items}
          rowKey={(q) => q.id}
        />
      ) : null}
      {editing ? <QuestionEditor key={editing.id} question={editing} topic={topic} onSaved={saved} onCancel={() => setEditing(undefined)} /> : <QuestionEditor key={`new-${topic}`} topic={topic} onSaved={saved} />}
      <ImportForm onDone={saved} />
    </Page>
  );
}
