/**
 * `#/legal/complaints` — the legal sector's queue of ethics complaints: what is due and overdue
 * first, filtered by status, state body and due date (the filter lives in the address), paged.
 */
import * as z from "zod";
import type { ComplaintQueueItem } from "@exidmet/core/ethics/complaint";
import { OTHER_BODY, queueStatuses } from "@exidmet/core/ethics/form";
import { isoDate } from "@exidmet/core/validation/fields";
import type { PageProps } from "../../lib/pages";
import type { ListOf, StateBody } from "../../api/types";
import { useSchemaForm } from "../../forms/kit";
import { pick, useI18n, useTexts } from "../../i18n";
import { formatDate, formatDateTime, parseDate } from "../../lib/format";
import { href, navigate } from "../../lib/router";
import { useApi } from "../../lib/useApi";
import { Button, ButtonGroup, ButtonLink, CheckboxField, DateField, ErrorSummary, ListTable, numberColumn, Page, SelectField, Tag } from "../../ui";
import { StatusTag } from "./parts";
import { texts } from "./texts";
import { byLabel } from "../../lib/text";

const filterSchema = z
  .object({ status: z.enum(queueStatuses), stateBodyId: z.string().optional(), dueBy: isoDate.optional(), overdue: z.boolean() })
  .strict();

interface FilterForm {
  status: string;
  stateBodyId: string;
  dueBy: string;
  overdue: boolean;
}

const blank = (s: string) => (s && s.trim() ? s.trim() : undefined);

function Filters({ initial, bodies }: { initial: FilterForm; bodies: StateBody[] }) {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  const { kit } = useSchemaForm<FilterForm, typeof filterSchema>(filterSchema, {
    defaultValues: initial,
    prepare: (v) => ({ status: v.status || "open", stateBodyId: blank(v.stateBodyId), dueBy: blank(v.dueBy) ? parseDate(v.dueBy) : undefined, overdue: !!v.overdue }),
  });
  const submit = kit.onSubmit(async (q: z.output<typeof filterSchema>) => {
    navigate("/legal/complaints", { status: q.status === "open" ? undefined : q.status, stateBodyId: q.stateBodyId, dueBy: q.dueBy, overdue: q.overdue ? "true" : undefined });
  });
  return (
    <section class="panel" aria-labelledby="ethics-filters">
      <h2 class="section-title" id="ethics-filters">
        {tx.legal.filters}
      </h2>
      <ErrorSummary {...kit.summary} />
      <form class="form form--wide" noValidate onSubmit={submit}>
        <div class="row">
          <SelectField
            {...kit.field("status")}
            label={tx.legal.statusFilter}
            options={queueStatuses.map((s) => ({ value: s, label: s === "open" ? tx.legal.open : tx.statusNames[s] }))}
          />
          <SelectField
            {...kit.field("stateBodyId")}
            label={tx.legal.bodyFilter}
            placeholder={tx.legal.any}
            options={[...byLabel(bodies.map((b) => ({ value: b.id, label: pick(b.name, lang) })), lang), { value: OTHER_BODY, label: tx.otherBody }]}
          />
        </div>
        <div class="row">
          <DateField {...kit.field("dueBy")} label={tx.legal.dueBy} />
        </div>
        <CheckboxField {...kit.field("overdue")} label={tx.legal.overdueOnly} />
        <ButtonGroup>
          <Button type="submit">{tx.legal.show}</Button>
          <ButtonLink href={href("/legal/complaints")} variant="secondary">
            {tx.legal.reset}
          </ButtonLink>
        </ButtonGroup>
      </form>
    </section>
  );
}

export default function Queue({ query }: PageProps) {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  const bodies = useApi<ListOf<StateBody>>("/state-bodies");
  const params = new URLSearchParams();
  for (const k of ["status", "stateBodyId", "dueBy", "overdue", "cursor"]) {
    const v = query.get(k);
    if (v) params.set(k, v);
  }
  const list = useApi<ListOf<ComplaintQueueItem>>(`/legal/complaints${params.size ? `?${params}` : ""}`, true);
  const initial: FilterForm = {
    status: query.get("status") ?? "open",
    stateBodyId: query.get("stateBodyId") ?? "",
    dueBy: formatDate(query.get("dueBy") ?? ""),
    overdue: query.get("overdue") === "true",
  };
  const filterQuery = Object.fromEntries([...params.entries()].filter(([k]) => k !== "cursor"));
  return (
    <Page title={tx.legal.queueTitle} lead={tx.legal.queueLead} back={{ href: href("/official"), label: tx.legal.workspace }}>
      {bodies.data ? <Filters key={query.toString()} initial={initial} bodies={bodies.data.items} /> : null}
      <ListTable
        list={list}
        empty={tx.legal.none}
        caption={tx.legal.queueTitle}
        captionHidden
        rowKey={(r) => r.id}
        columns={[
          numberColumn(tx.legal.number, "/legal/complaints", tx.legal.openComplaint),
          {
            header: tx.status,
            cell: (r) => (
              <>
                <StatusTag status={r.status} />
                {r.submissions > 1 ? <span class="block muted">{tx.legal.resubmitted(r.submissions)}</span> : null}
              </>
            ),
          },
          { header: tx.legal.received, cell: (r) => formatDateTime(r.receivedAt) },
          {
            header: tx.legal.servantCol,
            cell: (r) => (
              <>
                <span class="block">{r.servant}</span>
                <span class="block muted">{pick(r.stateBody, lang)}</span>
              </>
            ),
          },
          { header: tx.legal.complainant, cell: (r) => r.complainant },
          {
            header: tx.legal.term,
            cell: (r) =>
              r.term ? (
                <>
                  <span class="block">{tx.legal.termKinds[r.term.kind]}</span>
                  <span class="block">{formatDate(r.term.lastDay)}</span>
                  {r.term.overdue ? <Tag tone="red">{tx.legal.overdue}</Tag> : r.term.dueSoon ? <Tag tone="yellow">{tx.legal.dueSoon}</Tag> : null}
                </>
              ) : (
                tx.empty
              ),
          },
        ]}
      />
      {list.data?.cursor ? (
        <ButtonGroup>
          <ButtonLink href={href("/legal/complaints", { ...filterQuery, cursor: list.data.cursor })} variant="secondary">
            {tx.legal.more}
          </ButtonLink>
        </ButtonGroup>
      ) : null}
    </Page>
  );
}
