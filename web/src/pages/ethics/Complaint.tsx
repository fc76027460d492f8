/**
 * `#/ethics/complaints/new` and `#/ethics/complaints/:id` — the complainant's page: the form (a
 * new complaint, a draft resumed on any device, or corrections after a deficiency notice), saved
 * as a draft while they type; once sent, its number, terms, deficiencies, result and history.
 */
import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import type { z } from "zod";
import { complaintFormSchema, conductRuleIds, conductRules, OTHER_BODY } from "@exidmet/core/ethics/form";
import type { PageProps } from "../../lib/pages";
import { ApiError, api } from "../../api/client";
import type { CitizenProfile, ListOf, StateBody } from "../../api/types";
import { useSchemaForm } from "../../forms/kit";
import { pick, useI18n, useTexts } from "../../i18n";
import { formatDate, formatDateTime, parseDate, todayInBaku } from "../../lib/format";
import { href } from "../../lib/router";
import { clearUnsent, keepUnsent, readUnsent } from "../../lib/unsent-drafts";
import { useApi } from "../../lib/useApi";
import { Button, ButtonGroup, ButtonLink, CheckboxGroup, type CheckedFile, DateField, ErrorSummary, Fieldset, FileUpload, ListNotice, LoadError, Loading, Notice, Page, SelectField, SummaryList, TextArea, TextField } from "../../ui";
import { ComplaintSummary, type ComplaintView, History, ResultNotice, StatusTag } from "./parts";
import { texts } from "./texts";
import { byLabel } from "../../lib/text";

interface FormValues {
  servant: { fullName: string; stateBodyId: string; stateBodyOther: string; position: string };
  incident: { description: string; date: string; time: string; place: string };
  rules: string[];
  contact: { fullName: string; email: string; phone: string; address: string };
}

const str = (v: unknown) => (typeof v === "string" ? v : "");
const obj = (v: unknown) => (v && typeof v === "object" ? (v as Record<string, unknown>) : {});

/** Form values from a saved draft (what was typed) or from the submitted complaint. */
function toValues(c: ComplaintView | null, me: CitizenProfile): { values: FormValues; files: CheckedFile[] } {
  if (c?.draft && Object.keys(c.draft).length) {
    const d = c.draft;
    const s = obj(d.servant);
    const i = obj(d.incident);
    const ct = obj(d.contact);
    return {
      values: {
        servant: { fullName: str(s.fullName), stateBodyId: str(s.stateBodyId), stateBodyOther: str(s.stateBodyOther), position: str(s.position) },
        incident: { description: str(i.description), date: str(i.date), time: str(i.time), place: str(i.place) },
        rules: Array.isArray(d.rules) ? d.rules.map(String) : [],
        contact: { fullName: str(ct.fullName) || me.name || "", email: str(ct.email) || me.email, phone: str(ct.phone), address: str(ct.address) },
      },
      files: Array.isArray(d._files) ? (d._files as CheckedFile[]) : c.attachments,
    };
  }
  const f = c?.form;
  return {
    values: {
      servant: { fullName: f?.servant.fullName ?? "", stateBodyId: f?.servant.stateBodyId ?? "", stateBodyOther: f?.servant.stateBodyOther ?? "", position: f?.servant.position ?? "" },
      incident: { description: f?.incident.description ?? "", date: formatDate(f?.incident.date), time: f?.incident.time ?? "", place: f?.incident.place ?? "" },
      rules: f?.rules ?? [],
      contact: { fullName: f?.contact.fullName ?? me.name ?? "", email: f?.contact.email ?? me.email, phone: f?.contact.phone ?? "", address: f?.contact.address ?? "" },
    },
    files: c?.attachments ?? [],
  };
}

function ComplaintForm({ complaint, me, bodies, onSubmitted }: { complaint: ComplaintView | null; me: CitizenProfile; bodies: StateBody[]; onSubmitted: (c: ComplaintView) => void }) {
  const { t, lang } = useI18n();
  const tx = useTexts(texts);
  // What this device typed but the server never confirmed (a reload or a lost connection), if newer.
  const unsent = readUnsent(`complaint.${complaint?.id ?? "new"}`);
  const restored = unsent && (!complaint?.draftSavedAt || unsent.at > complaint.draftSavedAt) ? unsent.draft : null;
  const initial = toValues(restored ? ({ ...(complaint ?? {}), draft: restored } as ComplaintView) : complaint, me);
  const [files, setFiles] = useState<CheckedFile[]>(initial.files);
  const [uploaded, setUploaded] = useState<CheckedFile[]>([]);
  const allFiles = [...files, ...uploaded.filter((u) => !files.some((f) => f.uploadId === u.uploadId))];
  const schema = complaintFormSchema({ today: todayInBaku() });
  const { form, kit } = useSchemaForm<FormValues, typeof schema>(schema, {
    defaultValues: initial.values,
    prepare: (v) => ({ ...v, rules: Array.isArray(v.rules) ? v.rules : v.rules ? [v.rules] : [], incident: { ...v.incident, date: parseDate(v.incident.date) }, attachments: allFiles.map((f) => f.uploadId) }),
  });
  const idRef = useRef<string | null>(complaint?.id ?? null);
  const creating = useRef<Promise<string> | null>(null);
  const [save, setSave] = useState<{ state: "idle" | "saving" | "saved" | "failed" | "offline"; at?: string }>({ state: "idle" });
  const bodyId = form.watch("servant.stateBodyId");

  /** The complaint's id, creating the draft the first time (once, even if two saves race). */
  const ensureId = async (draft: Record<string, unknown>): Promise<string> => {
    if (idRef.current) return idRef.current;
    creating.current ??= api.post<ComplaintView>("/me/complaints", draft).then((c) => {
      idRef.current = c.id;
      // The address now names the draft (a reload resumes it) without re-rendering the page.
      window.history.replaceState(null, "", href(`/ethics/complaints/${c.id}`));
      return c.id;
    });
    return creating.current;
  };

  // Saved as they type: kept on this device at once, sent a second after the last change; while the
  // connection is down, tried again every 15 s and as soon as the browser is back online.
  const values = form.watch();
  const snapshot = JSON.stringify({ values, files: allFiles });
  const latest = useRef(snapshot);
  latest.current = snapshot;
  const sent = useRef(restored ? "" : snapshot);
  const saveLatest = async () => {
    const snap = latest.current;
    if (snap === sent.current) return;
    const draft = { ...(JSON.parse(snap).values as FormValues), _files: JSON.parse(snap).files as CheckedFile[] };
    setSave({ state: "saving" });
    try {
      const existing = idRef.current;
      const id = await ensureId(draft);
      const saved = existing ? await api.put<{ savedAt: string }>(`/me/complaints/${id}/draft`, draft) : { savedAt: new Date().toISOString() };
      sent.current = snap;
      if (latest.current === snap) {
        clearUnsent("complaint.new");
        clearUnsent(`complaint.${id}`);
      }
      setSave({ state: "saved", at: saved.savedAt });
    } catch (e) {
      setSave({ state: e instanceof ApiError && e.status === 0 ? "offline" : "failed" });
    }
  };
  useEffect(() => {
    if (snapshot === sent.current) return;
    keepUnsent(idRef.current ? `complaint.${idRef.current}` : "complaint.new", { ...(JSON.parse(snapshot).values as FormValues), _files: allFiles });
    const timer = window.setTimeout(() => void saveLatest(), 1000);
    return () => window.clearTimeout(timer);
  }, [snapshot]);
  useEffect(() => {
    if (save.state !== "offline" && save.state !== "failed") return;
    const retry = window.setTimeout(() => void saveLatest(), 15_000);
    const onOnline = () => void saveLatest();
    window.addEventListener("online", onOnline);
    return () => {
      window.clearTimeout(retry);
      window.removeEventListener("online", onOnline);
    };
  }, [save.state]);

  const submit = kit.onSubmit(async (body: z.output<typeof schema>) => {
    const id = await ensureId({ ...form.getValues(), _files: allFiles });
    const c = await api.post<ComplaintView>(`/me/complaints/${id}/submit`, body);
    clearUnsent("complaint.new");
    clearUnsent(`complaint.${id}`);
    onSubmitted(c);
  });

  const bodyOptions = [...byLabel(bodies.map((b) => ({ value: b.id, label: pick(b.name, lang) })), lang), { value: OTHER_BODY, label: tx.otherBody }];
  return (
    <>
      <ErrorSummary {...kit.summary} />
      <form class="form form--wide" noValidate onSubmit={submit}>
        <Fieldset legend={tx.servant}>
          <TextField {...kit.field("servant.fullName")} label={tx.servantName} autoComplete="off" />
          <SelectField {...kit.field("servant.stateBodyId")} label={tx.stateBody} placeholder={tx.chooseBody} options={bodyOptions} />
          {bodyId === OTHER_BODY ? <TextField {...kit.field("servant.stateBodyOther")} label={tx.otherBodyName} /> : null}
          <TextField {...kit.field("servant.position")} label={tx.position} optional />
        </Fieldset>
        <Fieldset legend={tx.incident}>
          <TextArea {...kit.field("incident.description")} label={tx.description} hint={tx.descriptionHint} rows={6} />
          <div class="row">
            <DateField {...kit.field("incident.date")} label={tx.date} />
            <TextField {...kit.field("incident.time")} label={tx.time} hint={tx.timeHint} width="s" inputMode="numeric" optional />
          </div>
          <TextField {...kit.field("incident.place")} label={tx.place} />
          <CheckboxGroup {...kit.field("rules")} label={tx.rules} hint={tx.rulesHint} options={conductRuleIds.map((r) => ({ value: r, label: pick(conductRules[r], lang) }))} />
        </Fieldset>
        <Fieldset legend={tx.evidence}>
          {files.length ? (
            <div class="field">
              <p class="field__label">{tx.attached}</p>
              <ul class="upload-list">
                {files.map((f) => (
                  <li key={f.uploadId} class="upload-list__item upload-list__item--done">
                    <span class="upload-list__name">{f.fileName}</span>{" "}
                    <button type="button" class="btn btn--secondary btn--small" onClick={() => setFiles(files.filter((x) => x.uploadId !== f.uploadId))}>
                      {t.common.remove}
                      <span class="visually-hidden"> {f.fileName}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <FileUpload name="attachments" label={tx.evidenceLabel} hint={tx.evidenceHint} purpose="ethics-evidence" multiple error={kit.errorOf("attachments")} onChange={setUploaded} />
        </Fieldset>
        <Fieldset legend={tx.contact} hint={tx.privacy}>
          <TextField {...kit.field("contact.fullName")} label={tx.contactName} autoComplete="name" />
          <TextField {...kit.field("contact.email")} label={tx.contactEmail} hint={tx.contactEmailHint} type="email" autoComplete="email" />
          <TextField {...kit.field("contact.phone")} label={tx.contactPhone} type="tel" autoComplete="tel" width="m" optional />
          <TextField {...kit.field("contact.address")} label={tx.contactAddress} autoComplete="street-address" optional />
        </Fieldset>
        <p class="muted" role="status" aria-live="polite">
          {save.state === "saving" ? tx.saving : save.state === "saved" && save.at ? tx.savedAt(formatDateTime(save.at)) : save.state === "failed" ? tx.saveFailed : save.state === "offline" ? tx.offline : ""}
        </p>
        {restored ? <Notice tone="info">{tx.restored}</Notice> : null}
        <ButtonGroup>
          <Button type="submit" busy={form.formState.isSubmitting} busyLabel={tx.submitting}>
            {complaint?.status === "deficient" ? tx.resubmit : tx.submit}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}

function StatusView({ c, justSubmitted }: { c: ComplaintView; justSubmitted: boolean }) {
  const tx = useTexts(texts);
  const rows: [ComponentChildren, ComponentChildren][] = [
    [tx.number, <span class="code" id="complaint-number">{c.number}</span>],
    [tx.status, <StatusTag status={c.status} />],
    [tx.receivedAt, formatDateTime(c.receivedAt)],
  ];
  if (c.status === "submitted" && c.terms.deficiencyNotice) rows.push([tx.deficiencyBy, formatDate(c.terms.deficiencyNotice.lastDay)]);
  if (c.terms.decision) rows.push([tx.decisionBy, `${formatDate(c.terms.decision.lastDay)}${c.terms.decision.extended ? ` ${tx.extendedNote}` : ""}`]);
  return (
    <>
      {justSubmitted ? (
        <Notice tone="success" title={tx.receivedTitle}>
          <p>{tx.receivedText}</p>
        </Notice>
      ) : null}
      {c.status === "refused" ? (
        <ListNotice tone="warning" title={tx.refusedTitle} items={c.refusalReasons} />
      ) : null}
      {c.result ? <ResultNotice result={c.result} /> : null}
      <SummaryList rows={rows} />
      <h2 class="section-title">{tx.history}</h2>
      <History history={c.history} />
      <details class="details">
        <summary class="details__summary">{tx.viewForm}</summary>
        <ComplaintSummary c={c} />
      </details>
    </>
  );
}

export default function Complaint({ params }: PageProps) {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  const isNew = params.id === undefined;
  const me = useApi<CitizenProfile>("/me", true);
  const bodies = useApi<ListOf<StateBody> | StateBody[]>("/state-bodies");
  const existing = useApi<ComplaintView>(isNew ? null : `/me/complaints/${encodeURIComponent(params.id)}`, true);
  const [submitted, setSubmitted] = useState<ComplaintView | null>(null);
  const back = { href: href("/my-requests"), label: tx.myRequests };

  if ((!isNew && existing.loading && !existing.data) || (me.loading && !me.data) || (bodies.loading && !bodies.data)) return <Loading />;
  const failed = existing.error ?? me.error ?? bodies.error;
  if (failed || !me.data || (!isNew && !existing.data)) {
    return (
      <Page title={failed?.status === 404 ? tx.notFound : tx.newTitle} back={back}>
        {failed && failed.status !== 404 ? <LoadError message={pick(failed.text, lang)} onRetry={() => window.location.reload()} /> : null}
      </Page>
    );
  }
  const list = Array.isArray(bodies.data) ? bodies.data : (bodies.data?.items ?? []);
  const current = submitted ?? existing.data ?? null;
  const editable = !current || current.status === "draft" || current.status === "deficient";
  return (
    <Page title={tx.newTitle} caption={current && current.status !== "draft" ? current.number : tx.serviceName} back={back} lead={editable ? tx.lead : undefined}>
      {editable ? (
        <>
          {current?.status === "deficient" ? (
            <Notice tone="warning" title={tx.deficientTitle}>
              <p>{tx.deficientText}</p>
              <ul id="deficiencies">
                {current.deficiencies.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            </Notice>
          ) : null}
          <ComplaintForm complaint={current} me={me.data} bodies={list} onSubmitted={(c) => (setSubmitted(c), window.scrollTo(0, 0))} />
        </>
      ) : (
        <StatusView c={current!} justSubmitted={!!submitted} />
      )}
      {!editable ? (
        <ButtonGroup>
          <ButtonLink href={href("/my-requests")} variant="secondary">
            {tx.myRequests}
          </ButtonLink>
          <ButtonLink href={href("/ethics/complaints/new")} variant="secondary">
            {tx.newComplaint}
          </ButtonLink>
        </ButtonGroup>
      ) : null}
    </Page>
  );
}


