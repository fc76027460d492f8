/** Pieces shared by the complainant's and the legal sector's pages of service 7. */
import type { ComponentChildren } from "preact";
import type { UseFormRegisterReturn } from "react-hook-form";
import type { OwnerComplaintView } from "@exidmet/core/ethics/complaint";
import { conductRules, OTHER_BODY, type ConductRule } from "@exidmet/core/ethics/form";
import type { Bilingual } from "@exidmet/core/errors";
import { pick, useI18n, useTexts } from "../../i18n";
import { formatDate, formatDateTime } from "../../lib/format";
import { fieldId, SummaryList, Tag, type TagTone } from "../../ui";
import { ErrorMessage, Hint, Label } from "../../ui/Field";
import { texts } from "./texts";

export type ComplaintView = OwnerComplaintView;

export const statusTone = (s: string): TagTone =>
  s === "completed" ? "green" : s === "refused" ? "red" : s === "deficient" || s === "draft" ? "yellow" : "blue";

export function StatusTag({ status }: { status: string }) {
  const tx = useTexts(texts);
  return <Tag tone={statusTone(status)}>{tx.statusNames[status] ?? status}</Tag>;
}

/** A multi-line text field with the design system's label, hint and error. */
export function TextArea({ name, label, hint, error, optional, registration, rows = 6 }: { name: string; label: ComponentChildren; hint?: ComponentChildren; error?: string; optional?: boolean; registration: UseFormRegisterReturn; rows?: number }) {
  const id = fieldId(name);
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div class={`field${error ? " field--error" : ""}`}>
      <Label id={id} optional={optional}>
        {label}
      </Label>
      <Hint id={id}>{hint}</Hint>
      <ErrorMessage id={id}>{error}</ErrorMessage>
      <textarea {...registration} id={id} class="input" rows={rows} aria-invalid={error ? "true" : undefined} aria-describedby={describedBy} />
    </div>
  );
}

export function History({ history, showActor }: { history: { at: string; status: string; actor: string; reason?: Bilingual; reasons?: Bilingual[] }[]; showActor?: boolean }) {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  return (
    <ol class="timeline">
      {history.map((h, i) => (
        <li class="timeline__item" key={i}>
          <span class="timeline__date">{formatDateTime(h.at)}</span> <strong>{tx.statusNames[h.status] ?? h.status}</strong>
          <span class="muted"> · {showActor && !["citizen", "system", "timer"].includes(h.actor) ? h.actor : tx.actor(h.actor)}</span>
          {h.reason ? <p class="timeline__reason">{pick(h.reason, lang)}</p> : null}
          {h.reasons?.length ? (
            <ul class="timeline__reason">
              {h.reasons.map((r, j) => (
                <li key={j}>{pick(r, lang)}</li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
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
