/** Pieces shared by the complainant's and the legal sector's pages of service 7. */
import type { OwnerComplaintView } from "@exidmet/core/ethics/complaint";
import { conductRules, OTHER_BODY, type ConductRule } from "@exidmet/core/ethics/form";
import { pick, useI18n, useTexts } from "../../i18n";
import { formatDate } from "../../lib/format";
import { Notice, SummaryList, Tag, Timeline, type TagTone, type TimelineEntry } from "../../ui";
import { texts } from "./texts";

export type ComplaintView = OwnerComplaintView;

export const statusTone = (s: string): TagTone =>
  s === "completed" ? "green" : s === "refused" ? "red" : s === "deficient" || s === "draft" ? "yellow" : "blue";

export function StatusTag({ status }: { status: string }) {
  const tx = useTexts(texts);
  return <Tag tone={statusTone(status)}>{tx.statusNames[status] ?? status}</Tag>;
}

export function History({ history, showActor }: { history: (TimelineEntry & { status: string; actor: string })[]; showActor?: boolean }) {
  const tx = useTexts(texts);
  return (
    <Timeline
      entries={history}
      state={(h) => tx.statusNames[h.status] ?? h.status}
      actor={(h) => (showActor && !["citizen", "system", "timer"].includes(h.actor) ? h.actor : tx.actor(h.actor))}
      reasonClass="timeline__reason"
    />
  );
}

/** The result of the investigation: its outcome, then the text as written. */
export function ResultNotice({ result }: { result: NonNullable<ComplaintView["result"]> }) {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  return (
    <Notice tone="success" title={tx.resultTitle}>
      <p>
        <strong>{pick(result.outcomeText, lang)}</strong>
      </p>
      <p style={{ whiteSpace: "pre-wrap" }}>{result.text}</p>
    </Notice>
  );
}

/** What the submitted complaint says, as label–value rows. */
export function ComplaintSummary({ c }: { c: ComplaintView }) {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  const f = c.form;
  if (!f) return null;
  const body = f.servant.stateBodyId === OTHER_BODY ? (f.servant.stateBodyOther ?? "") : pick(f.servant.stateBodyName, lang);
  return (
    <SummaryList
      rows={[
        [tx.servantName, f.servant.fullName],
        [tx.stateBody, body],
        [tx.position, f.servant.position || tx.empty],
        [tx.description, <span style={{ whiteSpace: "pre-wrap" }}>{f.incident.description}</span>],
        [tx.date, `${formatDate(f.incident.date)}${f.incident.time ? ` ${f.incident.time}` : ""}`],
        [tx.place, f.incident.place],
        [tx.rules, f.rules.map((r) => pick(conductRules[r as ConductRule], lang)).join("; ")],
        [tx.attached, c.attachments.length ? c.attachments.map((a) => a.fileName).join(", ") : tx.empty],
      ]}
    />
  );
}
