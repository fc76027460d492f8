/**
 * `#/legal/seniority` — the legal sector's queue: open requests soonest term first (with the
 * timers' reminders and overdue marks), those waiting for the citizen, closed ones; paged by cursor.
 */
import { formatDuration, type Duration } from "@exidmet/core/seniority/compute";
import type { PageProps } from "../../lib/pages";
import type { ListOf } from "../../api/types";
import { useI18n, useTexts } from "../../i18n";
import { formatDate, formatDateTime } from "../../lib/format";
import { href } from "../../lib/router";
import { useApi } from "../../lib/useApi";
import { ButtonGroup, ButtonLink, ListTable, numberColumn, Page, Tag } from "../../ui";
import { StatusTag } from "./parts";
import { texts } from "./texts";

interface QueueItem {
  id: string;
  number: string;
  status: string;
  fullName: string;
  receivedAt: string;
  total: Duration;
  percent: number;
  alerts: Record<string, string>;
  currentTerm?: { kind: string; lastDay: string };
}

const phases = ["open", "waiting", "closed"] as const;

export default function Queue({ query }: PageProps) {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  const phase = (phases as readonly string[]).includes(query.get("phase") ?? "") ? query.get("phase")! : "open";
  const cursor = query.get("cursor");
  const list = useApi<ListOf<QueueItem>>(`/legal/seniority?phase=${phase}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`, true);
  return (
    <Page title={tx.queueTitle} lead={tx.queueLead} back={{ href: href("/official"), label: lang === "az" ? "İş masası" : "Workspace" }}>
      <nav aria-label={tx.phase}>
        <ButtonGroup>
          {phases.map((p) => (
            <ButtonLink key={p} href={href("/legal/seniority", { phase: p })} variant={p === phase ? "primary" : "secondary"}>
              {tx.phases[p]}
            </ButtonLink>
          ))}
        </ButtonGroup>
      </nav>
      <ListTable
        list={list}
        empty={tx.none}
        caption={tx.phases[phase]}
        rowKey={(r) => r.id}
        columns={[
          numberColumn(tx.number, "/legal/seniority", tx.open),
          { header: tx.applicant, cell: (r) => r.fullName },
          { header: tx.receivedAt, cell: (r) => formatDateTime(r.receivedAt) },
          { header: tx.figures, cell: (r) => `${formatDuration(r.total)[lang]} · ${r.percent}%` },
          {
            header: tx.term,
            cell: (r) =>
              r.currentTerm ? (
                <>
                  <span class="block">{tx.terms[r.currentTerm.kind]}</span>
                  <span class="block">{formatDate(r.currentTerm.lastDay)}</span>
                  {Object.entries(r.alerts ?? {}).map(([k, v]) => (
                    <Tag key={k} tone={v === "overdue" ? "red" : "yellow"}>
                      {tx.alerts[v]}: {tx.terms[k]}
                    </Tag>
                  ))}
                </>
              ) : (
                <StatusTag status={r.status} />
              ),
          },
        ]}
      />
      {list.data?.cursor ? (
        <ButtonGroup>
          <ButtonLink href={href("/legal/seniority", { phase, cursor: list.data.cursor })}>{tx.nextPage}</ButtonLink>
        </ButtonGroup>
      ) : null}
    </Page>
  );
}
