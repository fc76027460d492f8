/**
 * `#/legal/complaints/:id` — one complaint in full for the legal sector (the read and every file
 * link are audited server-side), its terms, and the actions its status allows: register, deficiency
 * notice, refusal, extension of the article-10 term, the investigation's result. Each action is
 * e-mailed to the complainant by the server.
 */
import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import type { z } from "zod";
import type { LegalComplaintView } from "@exidmet/core/ethics/complaint";
import { deficiencySchema, extendSchema, refuseSchema, registerSchema, resultOutcomes, resultSchema, type ResultOutcome } from "@exidmet/core/ethics/form";
import type { PageProps } from "../../lib/pages";
import { api, ApiError } from "../../api/client";
import { useSchemaForm } from "../../forms/kit";
import { pick, useI18n, useTexts } from "../../i18n";
import { formatDate, formatDateTime } from "../../lib/format";
import { href } from "../../lib/router";
import { useApi } from "../../lib/useApi";
import { Button, ErrorSummary, ListNotice, LoadError, Loading, Notice, Page, SelectField, SummaryList, Tag, TextArea } from "../../ui";
import { ComplaintSummary, History, ResultNotice, StatusTag } from "./parts";
import { texts } from "./texts";

type Action = "register" | "deficiency" | "refuse" | "extend" | "result";
const lines = (s: string) => s.split("\n").map((l) => l.trim()).filter(Boolean);

/** One action's form: a text (or a list, one per line), sent to its route; the answer replaces the view. */
function ActionForm<S extends z.ZodType>({ id, action, schema, field, label, hint, button, toBody, optional, warning, onDone, children }: {
  id: string;
  action: Action;
  schema: S;
  field: string;
  label: string;
  hint?: string;
  button: string;
  toBody: (v: { text: string; outcome: string }) => unknown;
  optional?: boolean;
  warning?: boolean;
  onDone: (c: LegalComplaintView) => void;
  children?: (kit: ReturnType<typeof useSchemaForm<{ text: string; outcome: string }, S>>["kit"]) => ComponentChildren;
}) {
  const { form, kit } = useSchemaForm<{ text: string; outcome: string }, S>(schema, {
    defaultValues: { text: "", outcome: "" },
    prepare: toBody,
    fieldOf: (p) => (p.startsWith("outcome") ? "outcome" : "text"),
  });
  const submit = kit.onSubmit(async (body: unknown) => onDone(await api.post<LegalComplaintView>(`/legal/complaints/${id}/${action}`, body)));
  return (
    <section class="panel" aria-labelledby={`action-${action}`}>
      <h3 class="section-title" id={`action-${action}`}>
        {button}
      </h3>
      <ErrorSummary {...kit.summary} />
      <form class="form form--wide" noValidate onSubmit={submit}>
        {children?.(kit)}
        <TextArea {...kit.field("text")} name={`${action}.text`} label={label} hint={hint} optional={optional} rows={4} />
        <Button type="submit" variant={warning ? "warning" : "primary"} busy={form.formState.isSubmitting}>
          {button}
        </Button>
      </form>
    </section>
  );
}

function Attachment({ complaintId, file }: { complaintId: string; file: { uploadId: string; fileName: string } }) {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  const [state, setState] = useState<{ url?: string; error?: string; busy?: boolean }>({});
  if (state.url) {
    return (
      <a href={state.url} target="_blank" rel="noopener noreferrer" class="btn btn--secondary btn--small">
        {tx.legal.openFile(file.fileName)}
      </a>
    );
  }
  return (
    <>
      <Button
        variant="secondary"
        small
        busy={state.busy}
        onClick={async () => {
          setState({ busy: true });
          try {
            const link = await api.get<{ url: string }>(`/legal/complaints/${complaintId}/attachments/${file.uploadId}`, true);
            setState({ url: link.url });
          } catch (e) {
            setState({ error: e instanceof ApiError ? pick(e.text, lang) : String(e) });
          }
        }}
      >
        {tx.legal.getLink(file.fileName)}
      </Button>
      {state.error ? <p class="field__error">{state.error}</p> : null}
    </>
  );
}

export default function LegalComplaint({ params }: PageProps) {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  const loaded = useApi<LegalComplaintView>(`/legal/complaints/${encodeURIComponent(params.id)}`, true);
  const [changed, setChanged] = useState<LegalComplaintView | null>(null);
  const back = { href: href("/legal/complaints"), label: tx.legal.queueTitle };
  if (loaded.loading && !loaded.data) return <Loading />;
  if (loaded.error || !loaded.data) {
    return (
      <Page title={loaded.error?.status === 404 ? tx.notFound : tx.legal.detailTitle} back={back}>
        {loaded.error && loaded.error.status !== 404 ? <LoadError message={pick(loaded.error.text, lang)} onRetry={loaded.reload} /> : null}
      </Page>
    );
  }
  const c = changed ?? loaded.data;
  const done = (next: LegalComplaintView) => {
    setChanged(next);
    window.scrollTo(0, 0);
  };
  const open = c.status === "submitted" || c.status === "registered";
  const termRows: [ComponentChildren, ComponentChildren][] = [];
  if (c.term) {
    termRows.push([
      tx.legal.termKinds[c.term.kind],
      <>
        {formatDate(c.term.lastDay)} {c.term.extended ? tx.extendedNote : ""}{" "}
        {c.term.overdue ? <Tag tone="red">{tx.legal.overdue}</Tag> : c.term.dueSoon ? <Tag tone="yellow">{tx.legal.dueSoon}</Tag> : null}
      </>,
    ]);
  }
  if (c.status === "submitted" && c.terms.decision && c.term?.kind !== "decision") termRows.push([tx.legal.termKinds.decision, formatDate(c.terms.decision.lastDay)]);

  return (
    <Page title={`${tx.legal.detailTitle} ${c.number}`} caption={tx.serviceName} back={back}>
      {changed ? <Notice tone="success" title={tx.legal.done} /> : null}
      <SummaryList
        rows={[
          [tx.number, <span class="code">{c.number}</span>],
          [tx.status, <StatusTag status={c.status} />],
          [tx.receivedAt, formatDateTime(c.receivedAt)],
          ...(c.submissions > 1 ? ([[tx.legal.firstReceived, formatDateTime(c.firstReceivedAt)]] as [string, string][]) : []),
          ...termRows,
        ]}
      />
      <h2 class="section-title">{tx.legal.complainantSection}</h2>
      <SummaryList
        rows={[
          [tx.contactName, c.complainant?.fullName ?? tx.empty],
          [tx.contactEmail, c.complainant?.email ?? tx.empty],
          [tx.contactPhone, c.complainant?.phone ?? tx.empty],
          [tx.contactAddress, c.complainant?.address ?? tx.empty],
        ]}
      />
      <h2 class="section-title">{tx.viewForm}</h2>
      <ComplaintSummary c={c} />
      <h2 class="section-title">{tx.legal.files}</h2>
      {c.attachments.length ? (
        <ul class="upload-list">
          {c.attachments.map((f) => (
            <li key={f.uploadId} class="upload-list__item">
              <Attachment complaintId={c.id} file={f} />
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{tx.legal.noFiles}</p>
      )}
      {c.deficiencies.length && c.status === "deficient" ? (
        <ListNotice tone="warning" title={tx.statusNames.deficient} items={c.deficiencies} />
      ) : null}
      {c.result ? <ResultNotice result={c.result} /> : null}

      <h2 class="section-title">{tx.legal.actions}</h2>
      {!open ? <p class="muted">{tx.legal.noActions}</p> : null}
      {c.status === "submitted" ? (
        <ActionForm key={`register-${c.status}`} id={c.id} action="register" schema={registerSchema} field="note" label={tx.legal.registerNote} optional button={tx.legal.register} toBody={(v) => ({ note: v.text })} onDone={done} />
      ) : null}
      {c.status === "registered" ? (
        <ActionForm key="result" id={c.id} action="result" schema={resultSchema} field="text" label={tx.legal.resultText} button={tx.legal.result} toBody={(v) => ({ outcome: v.outcome || undefined, text: v.text })} onDone={done}>
          {(kit) => (
            <SelectField
              {...kit.field("outcome")}
              name="result.outcome"
              label={tx.legal.outcome}
              placeholder=""
              options={(Object.keys(resultOutcomes) as ResultOutcome[]).map((o) => ({ value: o, label: pick(resultOutcomes[o], lang) }))}
            />
          )}
        </ActionForm>
      ) : null}
      {open ? (
        <>
          <ActionForm key={`deficiency-${c.status}`} id={c.id} action="deficiency" schema={deficiencySchema} field="deficiencies" label={tx.legal.deficiencies} hint={tx.legal.deficienciesHint} button={tx.legal.deficiency} toBody={(v) => ({ deficiencies: lines(v.text) })} onDone={done} />
          {!c.terms.decision?.extended ? (
            <ActionForm key={`extend-${c.status}`} id={c.id} action="extend" schema={extendSchema} field="reason" label={tx.legal.extendReason} hint={tx.legal.extendHint} button={tx.legal.extend} toBody={(v) => ({ reason: v.text })} onDone={done} />
          ) : null}
          <ActionForm key={`refuse-${c.status}`} id={c.id} action="refuse" schema={refuseSchema} field="reasons" label={tx.legal.reasons} hint={tx.legal.reasonsHint} button={tx.legal.refuse} warning toBody={(v) => ({ reasons: lines(v.text) })} onDone={done} />
        </>
      ) : null}

      <h2 class="section-title">{tx.history}</h2>
      <History history={c.history} showActor />
    </Page>
  );
}


