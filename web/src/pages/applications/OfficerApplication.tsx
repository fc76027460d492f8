/**
 * `#/officer/applications/:id` — one application in full for the IT sector (the read is audited
 * server-side) and its decisions: admit, refuse with reasons, exclude (note 8) — each confirmed
 * before it is sent, with the result shown. Admins may look but not decide (the routes say so).
 */
import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { useFieldArray, type FieldValues } from "react-hook-form";
import { admitSchema, reasonSchema, refuseSchema } from "@exidmet/core/applications/decisions";
import { fieldLabels } from "@exidmet/core/applications/labels";
import type { PageProps } from "../../lib/pages";
import { api } from "../../api/client";
import { groupsOf, useSession } from "../../auth/session";
import { useSchemaForm, type FormKit } from "../../forms/kit";
import { pick, useI18n, useTexts, type Bilingual } from "../../i18n";
import { formatDateTime } from "../../lib/format";
import { href } from "../../lib/router";
import { useApi } from "../../lib/useApi";
import { Button, ButtonGroup, type ButtonVariant, ErrorSummary, ListNotice, LoadError, Loading, Notice, Page, SummaryList, TextField } from "../../ui";
import { FormSummary, History, StatusTag, type ApplicationView, type LooseForm } from "./parts";
import { texts } from "./texts";

type Action = "admit" | "refuse" | "exclude";
const allowed: Record<Action, string[]> = { admit: ["in_review", "refused"], refuse: ["in_review"], exclude: ["in_review", "admitted", "refused"] };

/** Asks once more before a decision is sent; focus moves to the question. */
function Confirm({ text, onYes, onNo, busy, yes }: { text: string; onYes: () => void; onNo: () => void; busy: boolean; yes: string }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div class="notice notice--warning" role="alertdialog" aria-labelledby="confirm-text" tabIndex={-1} ref={ref}>
      <p class="notice__title" id="confirm-text">
        {text}
      </p>
      <ButtonGroup>
        <Button variant="warning" busy={busy} busyLabel={t.common.saving} onClick={onYes}>
          {yes}
        </Button>
        <Button variant="secondary" onClick={onNo}>
          {t.common.cancel}
        </Button>
      </ButtonGroup>
    </div>
  );
}

interface DecisionProps {
  id: string;
  onDone: (a: ApplicationView) => void;
  onCancel: () => void;
}

/**
 * One decision's form: the error summary, its fields (`children`), then — once they are valid — the
 * question before anything is sent (or the `label` and cancel buttons). The decision is posted to
 * `/officer/applications/<id>/<action>`; a refusal of it goes to the form's summary.
 */
function DecisionForm({ id, onDone, onCancel, action, kit, label, question, variant, submitting, wide, children }: DecisionProps & {
  action: Action;
  kit: Pick<FormKit<FieldValues>, "summary" | "onSubmit" | "fail">;
  label: string;
  question: string;
  variant?: ButtonVariant;
  submitting?: boolean;
  wide?: boolean;
  children: ComponentChildren;
}) {
  const { t } = useI18n();
  const [body, setBody] = useState<object | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async () => {
    setBusy(true);
    try {
      onDone(await api.post<ApplicationView>(`/officer/applications/${id}/${action}`, body));
    } catch (e) {
      setBody(null);
      kit.fail({ message: (e as { text?: Bilingual }).text });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <ErrorSummary {...kit.summary} />
      <form class={wide ? "form form--wide" : "form"} noValidate onSubmit={kit.onSubmit(async (v) => setBody(v))}>
        {children}
        {body ? (
          <Confirm text={question} yes={label} busy={busy} onYes={send} onNo={() => setBody(null)} />
        ) : (
          <ButtonGroup>
            <Button type="submit" variant={variant} busy={submitting}>
              {label}
            </Button>
            <Button variant="secondary" onClick={onCancel}>
              {t.common.cancel}
            </Button>
          </ButtonGroup>
        )}
      </form>
    </>
  );
}

function AdmitForm(props: DecisionProps) {
  const tx = useTexts(texts);
  const { form, kit } = useSchemaForm<{ reason: string }, typeof admitSchema>(admitSchema, { defaultValues: { reason: "" }, prepare: (v) => ({ reason: v.reason.trim() || undefined }) });
  return (
    <DecisionForm {...props} action="admit" kit={kit} label={tx.officer.admit} question={tx.officer.confirmAdmit} submitting={form.formState.isSubmitting}>
      <TextField {...kit.field("reason")} label={tx.officer.admitNote} hint={tx.officer.admitNoteHint} optional />
    </DecisionForm>
  );
}

interface RefuseForm {
  reasons: { text: string }[];
}

function RefuseFormView(props: DecisionProps) {
  const tx = useTexts(texts);
  const { form, kit } = useSchemaForm<RefuseForm, typeof refuseSchema>(refuseSchema, {
    defaultValues: { reasons: [{ text: "" }] },
    prepare: (v) => ({ reasons: v.reasons.map((r) => r.text) }),
    fieldOf: (p) => p.replace(/^reasons\.(\d+)$/, "reasons.$1.text"),
  });
  const rows = useFieldArray({ control: form.control, name: "reasons" });
  return (
    <DecisionForm {...props} action="refuse" kit={kit} label={tx.officer.refuse} question={tx.officer.confirmRefuse} variant="warning" wide>
      <fieldset class="fieldset" id="f-reasons" tabIndex={-1}>
        <legend class="fieldset__legend">{tx.officer.refuseReasons}</legend>
        <p class="field__hint">{tx.officer.refuseHint}</p>
        {rows.fields.map((row, i) => (
          <div class="row" key={row.id}>
            <TextField {...kit.field(`reasons.${i}.text`)} label={tx.officer.reasonN(i + 1)} />
            {rows.fields.length > 1 ? (
              <Button variant="quiet" small onClick={() => rows.remove(i)}>
                {tx.officer.removeReason(i + 1)}
              </Button>
            ) : null}
          </div>
        ))}
        <Button variant="secondary" small onClick={() => rows.append({ text: "" }, { focusName: `reasons.${rows.fields.length}.text` })}>
          {tx.officer.addReason}
        </Button>
      </fieldset>
    </DecisionForm>
  );
}

function ExcludeForm(props: DecisionProps) {
  const tx = useTexts(texts);
  const { kit } = useSchemaForm<{ reason: string }, typeof reasonSchema>(reasonSchema, { defaultValues: { reason: "" } });
  return (
    <DecisionForm {...props} action="exclude" kit={kit} label={tx.officer.exclude} question={tx.officer.confirmExclude} variant="warning">
      <TextField {...kit.field("reason")} label={tx.officer.excludeReason} hint={tx.officer.excludeHint} />
    </DecisionForm>
  );
}

export default function OfficerApplication({ params }: PageProps) {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  const session = useSession();
  const canDecide = groupsOf(session).includes("it-officer");
  const res = useApi<ApplicationView>(`/officer/applications/${encodeURIComponent(params.id)}`, true);
  const [action, setAction] = useState<Action | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [updated, setUpdated] = useState<ApplicationView | null>(null);
  const a = updated ?? res.data;
  const back = { href: href("/officer/applications", a ? { competitionId: a.vacancy.competitionId } : undefined), label: tx.officer.backToQueue };

  if (res.loading && !a) return <Loading />;
  if (res.error || !a) {
    return (
      <Page title={tx.officer.queueTitle} back={back}>
        {res.error ? <LoadError message={pick(res.error.text, lang)} onRetry={res.reload} /> : null}
      </Page>
    );
  }
  const onDone = (next: ApplicationView) => {
    setUpdated(next);
    setAction(null);
    setDone(next.status === "admitted" ? tx.officer.done.admitted(next.candidateCode ?? "") : next.status === "refused" ? tx.officer.done.refused : tx.officer.done.excluded);
  };
  const actions = (["admit", "refuse", "exclude"] as const).filter((x) => allowed[x].includes(a.status));
  const actionLabel = { admit: tx.officer.admit, refuse: tx.officer.refuse, exclude: tx.officer.exclude };
  const decision = { id: a.id, onDone, onCancel: () => setAction(null) };

  return (
    <Page title={tx.officer.viewTitle(a.number)} caption={`${a.vacancy.positionCode} — ${pick(a.vacancy.positionName, lang)}, ${pick(a.vacancy.stateBodyName, lang)}`} back={back}>
      {done ? <Notice tone="success" title={done} /> : null}
      <SummaryList
        rows={[
          [tx.officer.status, <StatusTag status={a.status} />],
          [tx.officer.submittedAt, formatDateTime(a.submittedAt)],
          ...(a.candidateCode ? ([[fieldLabels.candidateCode[lang], <strong class="code">{a.candidateCode}</strong>]] as [string, ComponentChildren][]) : []),
        ]}
      />
      {a.reasons.length ? (
        <ListNotice tone="warning" title={tx.officer.autoReasons} items={a.reasons.map((r) => pick(r, lang))} />
      ) : null}

      <section class="panel" aria-labelledby="decisions">
        <h2 class="section-title" id="decisions">
          {tx.officer.decisions}
        </h2>
        {!canDecide ? (
          <p>{tx.officer.adminReadOnly}</p>
        ) : !actions.length ? (
          <p>{tx.officer.noActions}</p>
        ) : action === "admit" ? (
          <AdmitForm {...decision} />
        ) : action === "refuse" ? (
          <RefuseFormView {...decision} />
        ) : action === "exclude" ? (
          <ExcludeForm {...decision} />
        ) : (
          <ButtonGroup>
            {actions.map((x) => (
              <Button key={x} variant={x === "admit" ? "primary" : "warning"} onClick={() => { setDone(null); setAction(x); }}>
                {actionLabel[x]}
              </Button>
            ))}
          </ButtonGroup>
        )}
      </section>

      <h2 class="section-title">{tx.apply.history}</h2>
      <History history={a.history} showActor />
      <h2 class="section-title">{tx.officer.form}</h2>
      {a.form ? <FormSummary form={a.form as unknown as LooseForm} vacancy={a.vacancy} headingLevel={3} /> : <p>—</p>}
    </Page>
  );
}
