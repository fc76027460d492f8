/** `#/officer/register-requests` — the IT sector's 7-day requests: open ones by due time (overdue marked), or closed ones. */
import type { PageProps } from "../../lib/pages";
import { requestKindLabels, type RequestKind } from "@exidmet/core/register/model";
import { statusText } from "@exidmet/core/requests/status-text";
import { pick, useI18n, useTexts } from "../../i18n";
import { formatDateTime } from "../../lib/format";
import { href } from "../../lib/router";
import { useApi } from "../../lib/useApi";
import { ButtonGroup, ButtonLink, ListTable, Page, Tag } from "../../ui";
import { RequestStatus } from "./parts";
import { texts } from "./texts";

interface Item {
  id: string;
  number: string;
  status: string;
  kind: RequestKind;
  name: string;
  fin: string;
  createdAt: string;
  dueAt: string;
  overdue: boolean;
  files: number;
}

export default function Queue({ query }: PageProps) {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  const state = query.get("state") === "closed" ? "closed" : "open";
  const overdue = query.get("overdue") === "true";
  const cursor = query.get("cursor") ?? "";
  const params = new URLSearchParams({ state });
  if (overdue) params.set("overdue", "true");
  if (cursor) params.set("cursor", cursor);
  const list = useApi<{ items: Item[]; cursor?: string }>(`/officer/register-requests?${params}`, true);
  return (
    <Page title={tx.officer.queueTitle} lead={tx.officer.queueLead} caption={tx.serviceName} back={{ href: href("/official"), label: tx.workspace }}>
      <ButtonGroup>
        <ButtonLink href={href("/officer/register-requests")} variant={state === "open" && !overdue ? "primary" : "secondary"}>
          {tx.officer.open}
        </ButtonLink>
        <ButtonLink href={href("/officer/register-requests", { overdue: "true" })} variant={overdue ? "primary" : "secondary"}>
          {tx.officer.overdueOnly}
        </ButtonLink>
        <ButtonLink href={href("/officer/register-requests", { state: "closed" })} variant={state === "closed" ? "primary" : "secondary"}>
          {tx.officer.closed}
        </ButtonLink>
      </ButtonGroup>
      <ListTable
        list={list}
        empty={tx.officer.none}
        caption={tx.officer.queueTitle}
        captionHidden
        rowKey={(r) => r.id}
        columns={[
          { header: tx.officer.number, cell: (r) => <a class="code" href={href(`/officer/register-requests/${r.id}`)}>{r.number}</a> },
          { header: tx.officer.who, cell: (r) => (<><span class="block">{r.name}</span><span class="block code muted">{r.fin}</span></>) },
          { header: tx.officer.kind, cell: (r) => pick(requestKindLabels[r.kind], lang) },
          { header: tx.officer.due, cell: (r) => (<>{formatDateTime(r.dueAt)} {r.overdue ? <Tag tone="red">{tx.request.overdue}</Tag> : Date.parse(r.dueAt) - Date.now() < 2 * 86_400_000 ? <Tag tone="yellow">{tx.request.dueSoon}</Tag> : null}</>) },
          { header: tx.officer.status, cell: (r) => <RequestStatus status={r.status} text={statusText(r.status)} /> },
        ]}
      />
      {list.data?.cursor ? (
        <ButtonLink href={href("/officer/register-requests", { state, ...(overdue ? { overdue: "true" } : {}), cursor: list.data.cursor })} variant="secondary">
          {tx.officer.next}
        </ButtonLink>
      ) : null}
    </Page>
  );
}
