/**
 * `#/register/requests/:id` — the citizen's 7-day request: its state and term, the officer's
 * request for a copy of the labour book (upload here), the answer, the history.
 */
import { useState } from "preact/hooks";
import type { Bilingual } from "@exidmet/core/errors";
import { requestKindLabels, type RequestKind } from "@exidmet/core/register/model";
import { api, ApiError } from "../../api/client";
import { pick, useI18n, useTexts } from "../../i18n";
import { useFlash } from "../../lib/flash";
import { formatDateTime } from "../../lib/format";
import { href } from "../../lib/router";
import { useApi } from "../../lib/useApi";
import type { PageProps } from "../../lib/pages";
import { Button, type CheckedFile, FileUpload, LoadError, Loading, Notice, Page, SummaryList, Tag } from "../../ui";
import { RequestStatus } from "./parts";
import { texts } from "./texts";

export interface RequestView {
  id: string;
  number: string;
  status: string;
  statusText: Bilingual;
  form: { kind: RequestKind; fin: string; lastName: string; firstName: string; patronymic: string; birthDate: string; details: string };
  createdAt: string;
  dueAt: string;
  overdue: boolean;
  files: { uploadId: string; fileName: string }[];
  documentsRequest?: { message: string; at: string };
  answer?: { outcome: "answered" | "refused"; text: string; at: string };
  history: { at: string; status: string; statusText: Bilingual; actor: string; reason?: Bilingual }[];
}

export function RequestHistory({ history }: { history: RequestView["history"] }) {
  const { lang } = useI18n();
  return (
    <ol class="timeline">
      {history.map((h, i) => (
        <li class="timeline__item" key={i}>
          <span class="timeline__date">{formatDateTime(h.at)}</span> <strong>{pick(h.statusText, lang)}</strong>
          {h.reason ? <p class="timeline__reason">{pick(h.reason, lang)}</p> : null}
        </li>
      ))}
    </ol>
  );
}

export function RequestSummaryRows({ r }: { r: RequestView }) {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  return (
    <SummaryList
      rows={[
        [tx.request.number, <strong class="code">{r.number}</strong>],
        [tx.request.status, <RequestStatus status={r.status} text={r.statusText} />],
        [tx.form.kind, pick(requestKindLabels[r.form.kind], lang)],
        [tx.request.created, formatDateTime(r.createdAt)],
        [tx.request.due, <>{formatDateTime(r.dueAt)} {r.overdue ? <Tag tone="red">{tx.request.overdue}</Tag> : null}</>],
      ]}
    />
  );
}

export default function MyRequest({ params }: PageProps) {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  const flashed = useFlash();
  const req = useApi<RequestView>(`/me/register/requests/${encodeURIComponent(params.id)}`, true);
  const [files, setFiles] = useState<CheckedFile[]>([]);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string>();
  const [sent, setSent] = useState(false);
  const r = req.data;

  const send = async () => {
    setError(undefined);
    if (!files.length) return setError(lang === "az" ? "Əmək kitabçasının surətini yükləyin." : "Upload a copy of the labour book.");
    setSending(true);
    try {
      await api.post(`/me/register/requests/${encodeURIComponent(params.id)}/labour-book`, { uploadIds: files.map((f) => f.uploadId) });
      setSent(true);
      req.reload();
    } catch (e) {
      setError(e instanceof ApiError ? (e.issues[0]?.[lang] ?? e.text[lang]) : String(e));
    } finally {
      setSending(false);
    }
  };

  return (
    <Page title={tx.request.title} caption={tx.serviceName} back={{ href: href("/my-requests"), label: lang === "az" ? "Müraciətlərim" : "My requests" }}>
      {flashed ? <Notice tone="success" title={pick(flashed, lang)} /> : null}
      {sent ? <Notice tone="success" title={tx.request.sent} /> : null}
      {req.loading && !r ? <Loading /> : null}
      {req.error ? <LoadError message={pick(req.error.text, lang)} onRetry={req.reload} /> : null}
      {r ? (
        <>
          <RequestSummaryRows r={r} />
          {r.status === "documents_requested" ? (
            <section class="panel" aria-labelledby="labour-book">
              <h2 class="section-title" id="labour-book">
                {tx.request.askedTitle}
              </h2>
              {r.documentsRequest ? <p>{r.documentsRequest.message}</p> : null}
              <FileUpload name="uploadIds" label={tx.request.upload} purpose="labour-book" multiple error={error} onChange={setFiles} />
              <Button onClick={send} busy={sending}>
                {tx.request.send}
              </Button>
            </section>
          ) : null}
          {r.files.length ? (
            <>
              <h2 class="section-title">{tx.request.files}</h2>
              <ul>
                {r.files.map((f) => (
                  <li key={f.uploadId}>{f.fileName}</li>
                ))}
              </ul>
            </>
          ) : null}
          {r.answer ? (
            <Notice tone={r.answer.outcome === "answered" ? "success" : "warning"} title={r.answer.outcome === "answered" ? tx.request.answer : tx.request.refusal}>
              <p>{r.answer.text}</p>
            </Notice>
          ) : null}
          <h2 class="section-title">{tx.request.history}</h2>
          <RequestHistory history={r.history} />
        </>
      ) : null}
    </Page>
  );
}
