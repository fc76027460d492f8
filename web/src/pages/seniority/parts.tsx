/**
 * Service 5's shared parts: the periods editor (the calculator, the re-application, the officer's
 * correction), the figures computed AS THE CITIZEN TYPES by core's own function, and the history.
 */
import { useFieldArray, type FieldValues, type UseFormReturn } from "react-hook-form";
import { computeSeniority, formatDuration, type BracketTable, type SeniorityResult } from "@exidmet/core/seniority/compute";
import type { Period } from "@exidmet/core/seniority/form";
import type { HistoryEntry } from "@exidmet/core/records/history";
import type { FormKit } from "../../forms/kit";
import { useI18n, useTexts } from "../../i18n";
import { formatDate, parseDate } from "../../lib/format";
import { Button, CheckboxField, DateField, Fieldset, SummaryList, Tag, TextField, Timeline, type TagTone } from "../../ui";
import { texts } from "./texts";

/** A period as the form holds it (dates as typed, `gün.ay.il`). */
export interface PeriodForm {
  organisation: string;
  position: string;
  start: string;
  end: string;
  toDate: boolean;
  civilService: boolean;
}

export const blankPeriod = (): PeriodForm => ({ organisation: "", position: "", start: "", end: "", toDate: false, civilService: true });

export const toPeriod = (p: PeriodForm): Period => ({
  organisation: p.organisation,
  position: p.position,
  start: parseDate(p.start),
  ...(p.toDate || !p.end.trim() ? {} : { end: parseDate(p.end) }),
  toDate: !!p.toDate,
  civilService: !!p.civilService,
});

export const fromPeriod = (p: Period): PeriodForm => ({
  organisation: p.organisation,
  position: p.position,
  start: formatDate(p.start),
  end: formatDate(p.end),
  toDate: p.toDate,
  civilService: p.civilService,
});

export interface BracketsView {
  today: string;
  current: BracketTable;
}

/** The editor of the periods under `periods`, in any form that has them. */
export function PeriodsEditor<T extends FieldValues & { periods: PeriodForm[] }>({ form, kit }: { form: UseFormReturn<T, unknown, any>; kit: FormKit<T> }) {
  const tx = useTexts(texts);
  const rows = useFieldArray({ control: form.control as never, name: "periods" as never });
  const values = (form.watch("periods" as never) as unknown as PeriodForm[] | undefined) ?? [];
  const f = kit.field as unknown as (name: string) => ReturnType<FormKit<T>["field"]>;
  return (
    <fieldset class="fieldset" id="f-periods" tabIndex={-1}>
      <legend class="fieldset__legend fieldset__legend--m">{tx.periods}</legend>
      <p class="field__hint">{tx.periodsHint}</p>
      {kit.errorOf("periods") ? <p class="field__error">{kit.errorOf("periods")}</p> : null}
      {rows.fields.map((row, i) => (
        <Fieldset
          key={row.id}
          legend={tx.periodN(i + 1)}
          actions={
            rows.fields.length > 1 ? (
              <Button variant="quiet" small onClick={() => rows.remove(i)}>
                {tx.removePeriod(i + 1)}
              </Button>
            ) : null
          }
        >
          <TextField {...f(`periods.${i}.organisation`)} label={tx.organisation} />
          <TextField {...f(`periods.${i}.position`)} label={tx.position} />
          <div class="row">
            <DateField {...f(`periods.${i}.start`)} label={tx.start} />
            {values[i]?.toDate ? null : <DateField {...f(`periods.${i}.end`)} label={tx.end} />}
          </div>
          <CheckboxField {...f(`periods.${i}.toDate`)} label={tx.toDate} />
          <CheckboxField {...f(`periods.${i}.civilService`)} label={tx.civilService} />
        </Fieldset>
      ))}
      <Button variant="secondary" small onClick={() => rows.append(blankPeriod() as never, { focusName: `periods.${rows.fields.length}.organisation` })}>
        {tx.addPeriod}
      </Button>
    </fieldset>
  );
}

/** The figures of a result (computed live in the browser, or the server's). */
export function Figures({ result, live }: { result: SeniorityResult; live?: boolean }) {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  const total = formatDuration(result.total)[lang];
  const b = result.bracket;
  const n = result.next;
  return (
    <section class="panel" aria-labelledby="figures-title" aria-live={live ? "polite" : undefined}>
      <h2 class="section-title" id="figures-title">
        {tx.figuresTitle}
      </h2>
      <SummaryList
        rows={[
          [tx.total, <strong id="seniority-total">{total}</strong>],
          [tx.days, String(result.totalDays)],
          [tx.bracket, <span id="seniority-bracket">{b ? tx.bracketValue(b.percent, b.fromYears, b.toYears) : tx.noBracket}</span>],
          [tx.next, <span id="seniority-next">{n ? (n.reachedOn ? tx.nextOn(n.percent, formatDate(n.reachedOn)) : tx.nextMissing(n.percent, formatDuration(n.missing)[lang])) : tx.nextNone}</span>],
        ]}
      />
      <p class="muted">
        {tx.bracketsFrom(formatDate(result.bracketsEffectiveFrom))} {live ? tx.figuresNote : ""}
      </p>
    </section>
  );
}

/** The live result of what is typed so far (invalid rows simply count nothing). */
export const liveResult = (periods: PeriodForm[] | undefined, brackets: BracketsView) => computeSeniority((periods ?? []).map(toPeriod), brackets.today, brackets.current);

export function Convention() {
  const tx = useTexts(texts);
  return (
    <details class="details">
      <summary class="details__summary">{tx.convention}</summary>
      <ul>
        {tx.conventionText.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </details>
  );
}

export const statusTone = (s: string): TagTone => (s === "approved" ? "green" : s === "refused" ? "red" : s === "deficient" ? "yellow" : "blue");

export function StatusTag({ status }: { status: string }) {
  const tx = useTexts(texts);
  return <Tag tone={statusTone(status)}>{tx.statuses[status] ?? status}</Tag>;
}

/** The officer's corrections of the periods (none: nothing). */
export function Corrections({ corrections }: { corrections: RequestView["corrections"] }) {
  const tx = useTexts(texts);
  return corrections.length ? (
    <>
      <h2 class="section-title">{tx.corrections}</h2>
      <ul>
        {corrections.map((c, i) => (
          <li key={i}>{tx.correctionRow(c.index + 1, c.note)}</li>
        ))}
      </ul>
    </>
  ) : null;
}

export function History({ history }: { history: (HistoryEntry & { statusText?: { az: string; en: string } })[] }) {
  const tx = useTexts(texts);
  return <Timeline entries={history} state={(h) => tx.statuses[h.status] ?? h.status} actor={(h) => h.actor} />;
}

/** What the API answers for one request (owner's view; the officer's adds a few fields). */
export interface RequestView {
  id: string;
  number: string;
  status: string;
  applicant: { email: string; idCard: string; fin: string; fullName: string };
  periods: Period[];
  scans: { uploadId: string; fileName: string; contentType: string; size: number; url?: string }[];
  computed: SeniorityResult;
  receivedAt: string;
  submissions: number;
  terms: { deficiencyNotice?: { lastDay: string; dueAt: string }; decision?: { lastDay: string; dueAt: string; extended: boolean } };
  deficiencies: string[];
  refusalReasons: string[];
  corrections: { index: number; note: string; by: string; at: string }[];
  certificate: { code: string; issuedOn: string } | null;
  history: HistoryEntry[];
  finSource?: "account" | "typed";
  alerts?: Record<string, string>;
  citizenNote?: string | null;
  currentTerm?: { kind: string; lastDay: string } | null;
}
