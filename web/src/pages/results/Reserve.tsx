import { reserveSearchSchema } from "@exidmet/core/reserve/entry";
import { useState } from "preact/hooks";
import { ApiError, request } from "../../api/client";
import { useSchemaForm } from "../../forms/kit";
import { pick, useI18n, useTexts } from "../../i18n";
import { formatDate, parseDate } from "../../lib/format";
import { href } from "../../lib/router";
import { Button, ButtonGroup, DateField, ErrorSummary, Notice, Page, SelectField, Table, TextField } from "../../ui";
import { Education, queryOf, type Paged, type ReserveRow } from "./parts";
import { texts } from "./texts";

type SearchForm = { classification: string; specialty: string; level: string; minSeniority: string; minScore: string; enteredFrom: string; enteredTo: string; name: string; status: string; sort: string };
const blank: SearchForm = { classification: "", specialty: "", level: "", minSeniority: "", minScore: "", enteredFrom: "", enteredTo: "", name: "", status: "in_reserve", sort: "entered_desc" };

/** The query the API takes: empty fields left out, dates as YYYY-MM-DD (the same schema checks both). */
const prepare = (v: SearchForm) => {
  const out: Record<string, string> = {};
  for (const [k, value] of Object.entries(v)) {
    const s = String(value ?? "").trim();
    if (s) out[k] = k === "enteredFrom" || k === "enteredTo" ? parseDate(s) : s;
  }
  return out;
};

/** HR officers (any state body) and the Commission search the reserve list; every search is recorded. */
export default function Reserve() {
  const { t, lang } = useI18n();
  const tx = useTexts(texts);
  const { form, kit } = useSchemaForm<SearchForm, typeof reserveSearchSchema>(reserveSearchSchema, { defaultValues: blank, prepare });
  const [state, setState] = useState<{ query: Record<string, string>; items: ReserveRow[]; cursor?: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (query: Record<string, string>, append: boolean) => {
    setBusy(true);
    try {
      const page = await request<Paged<ReserveRow>>("GET", `/hr/reserve?${queryOf(query)}`, { auth: true });
      setState((s) => ({ query, items: append && s ? [...s.items, ...page.items] : page.items, cursor: page.cursor }));
    } finally {
      setBusy(false);
    }
  };
  const submit = kit.onSubmit(async () => run(prepare(form.getValues()), false));
  const next = () => state?.cursor && run({ ...state.query, cursor: state.cursor }, true).catch((e) => kit.fail({ message: e instanceof ApiError ? e.text : undefined }));

  return (
    <Page title={tx.reserve.title} lead={tx.reserve.lead} caption={tx.s4} back={{ href: href("/official"), label: t.nav.workspace }}>
      <ErrorSummary {...kit.summary} />
      <form class="form form--wide filters" noValidate onSubmit={submit} role="search" aria-label={tx.reserve.title}>
        <div class="row">
          <SelectField {...kit.field("classification")} label={tx.reserve.classification} placeholder={tx.reserve.anyClassification} options={["5", "6", "7"].map((c) => ({ value: c, label: c }))} />
          <TextField {...kit.field("specialty")} label={tx.reserve.specialty} hint={tx.reserve.specialtyHint} width="s" autoComplete="off" spellcheck={false} />
          <SelectField {...kit.field("level")} label={tx.reserve.level} placeholder={tx.reserve.anyLevel} options={Object.entries(tx.levels).map(([value, label]) => ({ value, label }))} />
        </div>
        <div class="row">
          <TextField {...kit.field("minSeniority")} label={tx.reserve.minSeniority} width="xs" inputMode="numeric" autoComplete="off" />
          <TextField {...kit.field("minScore")} label={tx.reserve.minScore} width="xs" inputMode="decimal" autoComplete="off" />
          <TextField {...kit.field("name")} label={tx.reserve.name} width="m" autoComplete="off" />
        </div>
        <div class="row">
          <DateField {...kit.field("enteredFrom")} label={tx.reserve.enteredFrom} />
          <DateField {...kit.field("enteredTo")} label={tx.reserve.enteredTo} />
        </div>
        <div class="row">
          <SelectField {...kit.field("status")} label={tx.reserve.status} options={[{ value: "in_reserve", label: tx.reserve.statusIn }, { value: "left_reserve", label: tx.reserve.statusLeft }]} />
          <SelectField {...kit.field("sort")} label={tx.reserve.sort} options={Object.entries(tx.reserve.sorts).map(([value, label]) => ({ value, label }))} />
        </div>
        <ButtonGroup>
          <Button type="submit" busy={busy} busyLabel={t.common.loading}>
            {tx.reserve.search}
          </Button>
        </ButtonGroup>
      </form>
      {state ? (
        <p role="status" class="found">
          {tx.reserve.found(state.items.length)}
        </p>
      ) : null}
      {state && !state.items.length ? <Notice>{tx.reserve.empty}</Notice> : null}
      {state?.items.length ? (
        <Table
          caption={tx.reserve.caption}
          rows={state.items}
          rowKey={(r) => r.id}
          columns={[
            { header: tx.col.candidate, cell: (r) => (<><strong class="block">{r.fullName}</strong><span class="block break muted">{r.email}</span></>) },
            { header: tx.col.classification, cell: (r) => String(r.classification), numeric: true },
            { header: tx.col.education, cell: (r) => <Education row={r} /> },
            { header: tx.col.seniority, cell: (r) => String(r.seniorityYears), numeric: true },
            { header: tx.col.test, cell: (r) => tx.score(r.test.score, r.test.passMark) },
            { header: tx.col.interview, cell: (r) => `${tx.outcome.passed} (${formatDate(r.interview.date)})` },
            { header: tx.col.entered, cell: (r) => (<>{formatDate(r.enteredOn)}{r.origin.positionName ? <span class="block muted">{pick(r.origin.positionName, lang)}</span> : r.origin.note ? <span class="block muted">{r.origin.note}</span> : null}</>) },
          ]}
        />
      ) : null}
      {state?.cursor ? (
        <Button variant="secondary" busy={busy} busyLabel={t.common.loading} onClick={next}>
          {tx.reserve.more}
        </Button>
      ) : null}
    </Page>
  );
}
