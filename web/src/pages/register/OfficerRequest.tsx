/**
 * `#/officer/register-requests/:id` — one 7-day request for the IT sector: the user's data, the
 * register's record for the FIN (if any), the uploaded labour book, and the actions: ask for the
 * labour book, answer or refuse.
 */
import { useState } from "preact/hooks";
import * as z from "zod";
import { answerSchema, askLabourBookSchema } from "@exidmet/core/register/model";
import { api, ApiError, request } from "../../api/client";
import { useSchemaForm } from "../../forms/kit";
import { pick, useI18n, useTexts } from "../../i18n";
import { formatDate } from "../../lib/format";
import { href } from "../../lib/router";
import { useApi } from "../../lib/useApi";
import type { PageProps } from "../../lib/pages";
import { Button, ErrorSummary, LoadError, Loading, Notice, Page, SelectField, SummaryList, TextArea } from "../../ui";
import { RequestHistory, RequestSummaryRows, type RequestView } from "./MyRequest";
import { PersonRecord, type PersonView } from "./parts";
import { texts } from "./texts";

type OfficerView = RequestView & { ownerEmail: string };

function Ask({ id, onDone }: { id: string; onDone: (r: OfficerView) => void }) {
  const tx = useTexts(texts);
  const { form, kit } = useSchemaForm<{ message: string }, typeof askLabourBookSchema>(askLabourBookSchema, { defaultValues: { message: "" } });
  const submit = kit.onSubmit(async (body) => onDone(await api.post<OfficerView>(`/officer/register-requests/${id}/ask-labour-book`, body)));
  return (
    <section class="panel" aria-labelledby="ask-title">
      <h2 class="section-title" id="ask-title">
        {tx.officer.askTitle}
      </h2>
      <ErrorSummary {...kit.summary} />
      <form class="form" noValidate onSubmit={submit}>
        <TextArea {...kit.field("message")} label={tx.officer.askMessage} rows={3} width="full" />
        <Button type="submit" variant="secondary" busy={form.formState.isSubmitting}>
          {tx.officer.ask}
        </Button>
      </form>
    </section>
  );
}

function Answer({ id, onDone }: { id: string; onDone: (r: OfficerView) => void }) {
  const tx = useTexts(texts);
  const { form, kit } = useSchemaForm<z.input<typeof answerSchema>, typeof answerSchema>(answerSchema, { defaultValues: { outcome: "answered", text: "" } });
  const submit = kit.onSubmit(async (body) => onDone(await api.post<OfficerView>(`/officer/register-requests/${id}/answer`, body)));
  return (
    <section class="panel" aria-labelledby="answer-title">
      <h2 class="section-title" id="answer-title">
        {tx.officer.answerTitle}
      </h2>
      <ErrorSummary {...kit.summary} />
      <form class="form" noValidate onSubmit={submit}>
        <SelectField {...kit.field("outcome")} label={tx.officer.outcome} options={(["answered", "refused"] as const).map((o) => ({ value: o, label: tx.officer.outcomes[o] }))} />
        <TextArea {...kit.field("text")} label={tx.officer.answerText} rows={6} width="full" />
        <Button type="submit" busy={form.formState.isSubmitting}>
          {tx.officer.send}
        </Button>
      </form>
    </section>
  );
}

function Lookup({ fin }: { fin: string }) {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  const [state, setState] = useState<{ busy?: boolean; person?: PersonView; error?: string }>({});
  const run = async () => {
    setState({ busy: true });
    try {
      const res = await request<{ person: PersonView }>("GET", `/admin/register/people/${encodeURIComponent(fin)}`, { auth: true });
      setState({ person: res.person });
    } catch (e) {
      setState({ error: e instanceof ApiError ? pick(e.text, lang) : String(e) });
    }
  };
  return (
    <section aria-labelledby="lookup-title">
      <h2 class="section-title" id="lookup-title">
        {tx.officer.lookup}
      </h2>
      {state.person ? <PersonRecord person={state.person} headingLevel={3} /> : state.error ? <Notice>{state.error}</Notice> : (
        <Button variant="secondary" onClick={run} busy={state.busy}>
          {tx.officer.lookup} ({fin})
        </Button>
      )}
    </section>
  );
}

export default function OfficerRequest({ params }: PageProps) {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  const loaded = useApi<OfficerView>(`/officer/register-requests/${encodeURIComponent(params.id)}`, true);
  const [updated, setUpdated] = useState<OfficerView>();
  const r = updated ?? loaded.data;
  const open = r && r.status !== "answered" && r.status !== "refused";
  const view = async (uploadId: string) => {
    const link = await request<{ url: string }>("GET", `/officer/register-requests/${encodeURIComponent(params.id)}/files/${uploadId}`, { auth: true });
    window.open(link.url, "_blank", "noopener");
  };
  return (
    <Page title={r ? `${tx.officer.detailTitle} ${r.number}` : tx.officer.detailTitle} caption={tx.serviceName} back={{ href: href("/officer/register-requests"), label: tx.officer.queueTitle }}>
      {loaded.loading && !r ? <Loading /> : null}
      {loaded.error ? <LoadError message={pick(loaded.error.text, lang)} onRetry={loaded.reload} /> : null}
      {updated ? <Notice tone="success" title={tx.officer.done} /> : null}
      {r ? (
        <>
          <RequestSummaryRows r={r} />
          <SummaryList
            rows={[
              [tx.form.fin, <span class="code">{r.form.fin}</span>],
              [tx.person.name, `${r.form.lastName} ${r.form.firstName} ${r.form.patronymic}`.trim()],
              [tx.person.birthDate, formatDate(r.form.birthDate)],
              [tx.officer.email, r.ownerEmail],
              [tx.officer.details, r.form.details],
            ]}
          />
          {r.files.length ? (
            <section aria-labelledby="files-title">
              <h2 class="section-title" id="files-title">
                {tx.request.files}
              </h2>
              <ul>
                {r.files.map((f) => (
                  <li key={f.uploadId}>
                    {f.fileName}{" "}
                    <Button small variant="secondary" onClick={() => void view(f.uploadId)}>
                      {tx.officer.download}
                      <span class="visually-hidden"> {f.fileName}</span>
                    </Button>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <Lookup fin={r.form.fin} />
          {r.answer ? (
            <Notice tone={r.answer.outcome === "answered" ? "success" : "warning"} title={r.answer.outcome === "answered" ? tx.request.answer : tx.request.refusal}>
              <p>{r.answer.text}</p>
            </Notice>
          ) : null}
          {open && r.status !== "documents_requested" ? <Ask id={r.id} onDone={setUpdated} /> : null}
          {open ? <Answer id={r.id} onDone={setUpdated} /> : null}
          <h2 class="section-title">{tx.request.history}</h2>
          <RequestHistory history={r.history} />
        </>
      ) : null}
    </Page>
  );
}
