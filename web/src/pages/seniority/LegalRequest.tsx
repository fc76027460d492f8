/**
 * `#/legal/seniority/:id` — one request for the legal sector (the read is audited server-side): the
 * applicant, the periods, the scans through short-lived links, the server's figures, the terms; and
 * the decisions — deficiency notice, extension of the term, approval (possibly with corrected
 * periods and the ground of the correction), refusal. Admins may look but not decide.
 */
import type { ComponentChildren } from "preact";
import { useMemo, useState } from "preact/hooks";
import { useFieldArray, type FieldValues } from "react-hook-form";
import { approveSchema, deficiencySchema, extendSchema, refuseSchema } from "@exidmet/core/seniority/form";
import type { PageProps } from "../../lib/pages";
import { api } from "../../api/client";
import { groupsOf, useSession } from "../../auth/session";
import { useSchemaForm, type FormKit } from "../../forms/kit";
import { pick, useI18n, useTexts } from "../../i18n";
import { formatDate, formatDateTime, todayInBaku } from "../../lib/format";
import { href } from "../../lib/router";
import { useApi } from "../../lib/useApi";
import { Button, ButtonGroup, type ButtonVariant, CheckboxField, ErrorSummary, LoadError, Loading, Notice, Page, SummaryList, Table, Tag, TextField } from "../../ui";
import { Corrections, Figures, fromPeriod, History, PeriodsEditor, type PeriodForm, type RequestView, StatusTag, toPeriod } from "./parts";
import { texts } from "./texts";

type Action = "deficiencies" | "extend" | "approve" | "refuse";
interface DecisionProps {
  r: RequestView;
  onDone: (next: RequestView) => void;
  onCancel: () => void;
}

/** One decision's form: the error summary, its fields (`children`), the `label` and cancel buttons; sent to `/legal/seniority/<id>/<action>`. */
function DecisionForm({ r, onDone, onCancel, action, kit, label, variant, submitting, wide, children }: DecisionProps & {
  action: Action;
  kit: Pick<FormKit<FieldValues>, "summary" | "onSubmit">;
  label: string;
  variant?: ButtonVariant;
  submitting: boolean;
  wide?: boolean;
  children: ComponentChildren;
}) {
  const tx = useTexts(texts);
  return (
    <>
      <ErrorSummary {...kit.summary} />
      <form class={wide ? "form form--wide" : "form"} noValidate onSubmit={kit.onSubmit(async (body) => onDone(await api.post<RequestView>(`/legal/seniority/${r.id}/${action}`, body)))}>
        {children}
        <ButtonGroup>
          <Button type="submit" variant={variant} busy={submitting} busyLabel={tx.submitting}>
            {label}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {tx.cancel}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}

function ItemsForm({ action, ...props }: DecisionProps & { action: "deficiencies" | "refuse" }) {
  const tx = useTexts(texts);
  const key = action === "deficiencies" ? "deficiencies" : "reasons";
  const schema = action === "deficiencies" ? deficiencySchema : refuseSchema;
  const { form, kit } = useSchemaForm<{ items: { text: string }[] }, typeof schema>(schema, {
    defaultValues: { items: [{ text: "" }] },
    prepare: (v) => ({ [key]: v.items.map((i) => i.text) }),
    fieldOf: (p) => p.replace(new RegExp(`^${key}\\.(\\d+)$`), "items.$1.text").replace(new RegExp(`^${key}$`), "items"),
  });
  const rows = useFieldArray({ control: form.control, name: "items" });
  return (
    <DecisionForm {...props} action={action} kit={kit} label={tx.send} variant={action === "refuse" ? "warning" : "primary"} submitting={form.formState.isSubmitting} wide>
      <fieldset class="fieldset" id="f-items" tabIndex={-1}>
        <legend class="fieldset__legend">{action === "deficiencies" ? tx.deficienciesLegend : tx.refuseLegend}</legend>
        {rows.fields.map((row, i) => (
          <TextField key={row.id} {...kit.field(`items.${i}.text`)} label={tx.itemN(i + 1)} />
        ))}
        <Button variant="secondary" small onClick={() => rows.append({ text: "" }, { focusName: `items.${rows.fields.length}.text` })}>
          {tx.addItem}
        </Button>
      </fieldset>
    </DecisionForm>
  );
}

function ExtendForm(props: DecisionProps) {
  const tx = useTexts(texts);
  const { form, kit } = useSchemaForm<{ reason: string }, typeof extendSchema>(extendSchema, { defaultValues: { reason: "" } });
  return (
    <DecisionForm {...props} action="extend" kit={kit} label={tx.send} submitting={form.formState.isSubmitting}>
      <TextField {...kit.field("reason")} label={tx.extendReason} />
    </DecisionForm>
  );
}

interface ApproveForm {
  correct: boolean;
  periods: PeriodForm[];
  correctionNote: string;
}

function ApproveFormView(props: DecisionProps) {
  const { r } = props;
  const tx = useTexts(texts);
  const schema = useMemo(() => approveSchema(todayInBaku()), []);
  const { form, kit } = useSchemaForm<ApproveForm, typeof schema>(schema, {
    defaultValues: { correct: false, periods: r.periods.map(fromPeriod), correctionNote: "" },
    prepare: (v) => (v.correct ? { periods: v.periods.map(toPeriod), ...(v.correctionNote.trim() ? { correctionNote: v.correctionNote } : {}) } : {}),
  });
  const correct = form.watch("correct");
  return (
    <DecisionForm {...props} action="approve" kit={kit} label={tx.actionNames.approve} submitting={form.formState.isSubmitting} wide>
      <CheckboxField {...kit.field("correct")} label={tx.correct} />
      {correct ? (
        <>
          <PeriodsEditor form={form} kit={kit} />
          <TextField {...kit.field("correctionNote")} label={tx.correctionNote} />
        </>
      ) : null}
    </DecisionForm>
  );
}

export default function LegalRequest({ params }: PageProps) {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  const session = useSession();
  const canDecide = groupsOf(session).includes("legal-officer");
  const res = useApi<RequestView>(`/legal/seniority/${encodeURIComponent(params.id)}`, true);
  const [action, setAction] = useState<Action | null>(null);
  const [updated, setUpdated] = useState<RequestView | null>(null);
  const r = updated ?? res.data;
  const back = { href: href("/legal/seniority"), label: tx.queueTitle };
  if (res.loading && !r) return <Loading />;
  if (res.error || !r) {
    return (
      <Page title={tx.queueTitle} back={back}>
        {res.error ? <LoadError message={pick(res.error.text, lang)} onRetry={res.reload} /> : null}
      </Page>
    );
  }
  const onDone = (next: RequestView) => {
    setUpdated({ ...next, scans: r.scans });
    setAction(null);
  };
  const actions: Action[] = r.status === "submitted" ? ["deficiencies", ...(r.terms.decision?.extended ? [] : (["extend"] as Action[])), "approve", "refuse"] : [];
  const decision = { r, onDone, onCancel: () => setAction(null) };
  return (
    <Page title={tx.officerTitle(r.number)} caption={r.applicant.fullName} back={back}>
      {updated ? <Notice tone="success" title={tx.done} /> : null}
      <SummaryList
        rows={[
          [tx.status, <StatusTag status={r.status} />],
          [tx.applicant, r.applicant.fullName],
          [tx.email, r.applicant.email],
          [tx.idCard, r.applicant.idCard],
          [tx.fin, <>{r.applicant.fin} {r.finSource === "typed" ? <Tag tone="yellow">{tx.finTyped}</Tag> : null}</>],
          [tx.receivedAt, formatDateTime(r.receivedAt)],
          ...(["deficiencyNotice", "decision"] as const)
            .filter((k) => r.status === "submitted" && r.terms[k])
            .map(
              (k) =>
                [
                  tx.terms[k],
                  <>
                    {formatDate(r.terms[k]!.lastDay)} {k === "decision" && r.terms.decision?.extended ? tx.extended : ""}{" "}
                    {r.alerts?.[k] ? <Tag tone={r.alerts[k] === "overdue" ? "red" : "yellow"}>{tx.alerts[r.alerts[k]]}</Tag> : null}
                  </>,
                ] as [string, ComponentChildren],
            ),
          ...(r.citizenNote ? ([[tx.citizenNote, r.citizenNote]] as [string, string][]) : []),
        ]}
      />
      <h2 class="section-title">{tx.scanLinks}</h2>
      <ul>
        {r.scans.map((s) => (
          <li key={s.uploadId}>
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.fileName}
            </a>
          </li>
        ))}
      </ul>
      <Table
        caption={tx.periodsTable}
        rows={r.periods.map((p, i) => ({ ...p, i }))}
        rowKey={(p) => String(p.i)}
        columns={[
          { header: tx.organisation, cell: (p) => p.organisation },
          { header: tx.position, cell: (p) => p.position },
          { header: tx.start, cell: (p) => formatDate(p.start) },
          { header: tx.end, cell: (p) => (p.toDate ? tx.toDate : formatDate(p.end)) },
          { header: tx.civilService, cell: (p) => (p.civilService ? tx.yes : tx.no) },
        ]}
      />
      <Figures result={r.computed} />
      <section class="panel" aria-labelledby="decisions">
        <h2 class="section-title" id="decisions">
          {tx.decisions}
        </h2>
        {!canDecide ? (
          <p>{tx.adminReadOnly}</p>
        ) : !actions.length ? (
          <p>{tx.noActions}</p>
        ) : action === "deficiencies" || action === "refuse" ? (
          <ItemsForm {...decision} action={action} />
        ) : action === "extend" ? (
          <ExtendForm {...decision} />
        ) : action === "approve" ? (
          <ApproveFormView {...decision} />
        ) : (
          <ButtonGroup>
            {actions.map((a) => (
              <Button key={a} variant={a === "refuse" ? "warning" : a === "approve" ? "primary" : "secondary"} onClick={() => setAction(a)}>
                {tx.actionNames[a]}
              </Button>
            ))}
          </ButtonGroup>
        )}
      </section>
      <Corrections corrections={r.corrections} />
      {r.certificate ? (
        <p>
          {tx.code}: <strong class="code" id="certificate-code">{r.certificate.code}</strong>
        </p>
      ) : null}
      <h2 class="section-title">{tx.history}</h2>
      <History history={r.history} />
    </Page>
  );
}
