/**
 * `#/officer/reserve/leave` — the personnel-selection department finds a person on the reserve list
 * (a search of the reserve, recorded like any other) and records that they left it: appointed
 * elsewhere, the reserve term expired, or they withdrew. The person is e-mailed by the server.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { leaveReasons, leaveReasonText, leaveReserveSchema, reserveRuleMessages, reserveSearchSchema } from "@exidmet/core/reserve/entry";
import { ApiError, request, api } from "../../api/client";
import { pick, useI18n, useTexts } from "../../i18n";
import { formatDate } from "../../lib/format";
import { href } from "../../lib/router";
import { Button, ButtonGroup, DateField, ErrorSummary, Notice, Page, RadioGroup, SelectField, Table, TextArea, TextField } from "../../ui";
import { optional, typedDate, useAreaForm } from "./forms";
import { Education, queryOf, type Paged, type ReserveRow } from "./parts";
import { texts } from "./texts";

type LeaveValues = { reason: string; on: string; note: string };

function LeaveForm({ row, onDone, onCancel }: { row: ReserveRow; onDone: (r: ReserveRow) => void; onCancel: () => void }) {
  const { t, lang } = useI18n();
  const tx = useTexts(texts);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: "start" });
  }, [row.id]);
  const { form, kit } = useAreaForm<LeaveValues, typeof leaveReserveSchema>(leaveReserveSchema, reserveRuleMessages, {
    defaultValues: { reason: "", on: "", note: "" },
    prepare: (v) => ({ reason: v.reason || undefined, on: typedDate(v.on), note: optional(v.note) }),
  });
  const submit = kit.onSubmit(async (body: unknown) => onDone(await api.post<ReserveRow>(`/officer/reserve/entries/${row.id}/leave`, body)));
  return (
    <section class="panel" aria-labelledby="leave-title">
      <h2 class="section-title" id="leave-title" tabIndex={-1} ref={heading}>
        {tx.leave.formTitle(row.fullName)}
      </h2>
      <p>
        {tx.col.entered}: {formatDate(row.enteredOn)}
      </p>
      <ErrorSummary {...kit.summary} />
      <form class="form" noValidate onSubmit={submit}>
        <RadioGroup {...kit.field("reason")} label={tx.leave.reason} inline={false} options={leaveReasons.map((r) => ({ value: r, label: pick(leaveReasonText[r], lang) }))} />
        <DateField {...kit.field("on")} label={tx.leave.on} />
        <TextArea {...kit.field("note")} label={tx.leave.note} optional rows={3} />
        <ButtonGroup>
          <Button type="submit" busy={form.formState.isSubmitting} busyLabel={t.common.saving}>
            {tx.leave.save}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t.common.cancel}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

type SearchValues = { name: string; classification: string };

export default function LeaveReserve() {
  const { t, lang } = useI18n();
  const tx = useTexts(texts);
  const { form, kit } = useAreaForm<SearchValues, typeof reserveSearchSchema>(reserveSearchSchema, reserveRuleMessages, {
    defaultValues: { name: "", classification: "" },
    prepare: (v) => ({ name: optional(v.name), classification: v.classification || undefined }),
  });
  const [found, setFound] = useState<{ query: Record<string, string>; items: ReserveRow[]; cursor?: string } | null>(null);
  const [leaving, setLeaving] = useState<ReserveRow | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const run = async (query: Record<string, string>, append: boolean) => {
    setBusy(true);
    try {
      const page = await request<Paged<ReserveRow>>("GET", `/hr/reserve?${queryOf(query)}`, { auth: true });
      setFound((s) => ({ query, items: append && s ? [...s.items, ...page.items] : page.items, cursor: page.cursor }));
    } finally {
      setBusy(false);
    }
  };
  const search = kit.onSubmit(async () => {
    setDone(null);
    setLeaving(null);
    const v = form.getValues();
    await run({ name: v.name.trim(), classification: v.classification, status: "in_reserve", sort: "entered_desc" }, false);
  });
  const next = () => found?.cursor && run({ ...found.query, cursor: found.cursor }, true).catch((e) => kit.fail({ message: e instanceof ApiError ? e.text : undefined }));
  const left = (r: ReserveRow) => {
    setLeaving(null);
    setDone(r.fullName);
    setFound((s) => (s ? { ...s, items: s.items.filter((x) => x.id !== r.id) } : s));
  };

  return (
    <Page title={tx.leave.title} lead={tx.leave.lead} caption={tx.s4} back={{ href: href("/officer/reserve"), label: tx.keep.title }}>
      <ErrorSummary {...kit.summary} />
      <form class="form form--wide filters" noValidate onSubmit={search} role="search" aria-label={tx.leave.title}>
        <div class="row">
          <TextField {...kit.field("name")} label={tx.reserve.name} width="m" autoComplete="off" />
          <SelectField {...kit.field("classification")} label={tx.reserve.classification} placeholder={tx.reserve.anyClassification} options={["5", "6", "7"].map((c) => ({ value: c, label: c }))} />
        </div>
        <Button type="submit" busy={busy} busyLabel={t.common.loading}>
          {tx.leave.find}
        </Button>
      </form>
      {done ? (
        <div tabIndex={-1} ref={doneRef}>
          <Notice tone="success" title={tx.leave.done(done)} />
        </div>
      ) : null}
      {leaving ? <LeaveForm key={leaving.id} row={leaving} onDone={left} onCancel={() => setLeaving(null)} /> : null}
      {found ? (
        <p role="status" class="found">
          {tx.reserve.found(found.items.length)}
        </p>
      ) : null}
      {found && !found.items.length ? <Notice>{tx.reserve.empty}</Notice> : null}
      {found?.items.length ? (
        <Table
          caption={tx.reserve.caption}
          rows={found.items}
          rowKey={(r) => r.id}
          columns={[
            { header: tx.col.candidate, cell: (r) => (<><strong class="block">{r.fullName}</strong>{r.candidateCode ? <span class="block code">{r.candidateCode}</span> : null}<span class="block break muted">{r.email}</span></>) },
            { header: tx.col.classification, cell: (r) => String(r.classification), numeric: true },
            { header: tx.col.education, cell: (r) => <Education row={r} /> },
            { header: tx.col.entered, cell: (r) => (<>{formatDate(r.enteredOn)}{r.origin.positionName ? <span class="block muted">{pick(r.origin.positionName, lang)}</span> : r.origin.note ? <span class="block muted">{r.origin.note}</span> : null}</>) },
            {
              header: t.common.actions,
              cell: (r) => (
                <Button variant="secondary" small onClick={() => { setDone(null); setLeaving(r); }}>
                  {tx.leave.action}
                  <span class="visually-hidden"> — {r.fullName}</span>
                </Button>
              ),
            },
          ]}
        />
      ) : null}
      {found?.cursor ? (
        <Button variant="secondary" busy={busy} busyLabel={t.common.loading} onClick={next}>
          {tx.reserve.more}
        </Button>
      ) : null}
    </Page>
  );
}
