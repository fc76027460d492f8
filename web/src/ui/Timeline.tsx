import type { ComponentChildren } from "preact";
import { pick, useI18n, type Bilingual } from "../i18n";
import { formatDateTime } from "../lib/format";

/** One step of a case's history as the API gives it. */
export interface TimelineEntry {
  at: string;
  reason?: Bilingual;
  reasons?: Bilingual[];
}

/**
 * A case's history: for each step its time, its state (`state`), who took it (`actor`, when given)
 * and its reason or reasons (with `reasonClass` on them, when given).
 */
export function Timeline<E extends TimelineEntry>({ entries, state, actor, reasonClass }: { entries: E[]; state: (entry: E) => ComponentChildren; actor?: (entry: E) => ComponentChildren; reasonClass?: string }) {
  const { lang } = useI18n();
  return (
    <ol class="timeline">
      {entries.map((h, i) => (
        <li class="timeline__item" key={i}>
          <span class="timeline__date">{formatDateTime(h.at)}</span> <strong>{state(h)}</strong>
          {actor ? <span class="muted"> · {actor(h)}</span> : null}
          {h.reason ? <p class={reasonClass}>{pick(h.reason, lang)}</p> : null}
          {h.reasons?.length ? (
            <ul class={reasonClass}>
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
