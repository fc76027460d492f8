import type { ComponentChildren } from "preact";
import { useI18n } from "../i18n";
import { Button } from "./Button";

export type NoticeTone = "info" | "success" | "warning";

/** A panel of information; success and warning notices are announced politely. */
export function Notice({ tone = "info", title, children }: { tone?: NoticeTone; title?: ComponentChildren; children?: ComponentChildren }) {
  return (
    <div class={`notice notice--${tone}`} role={tone === "info" ? undefined : "status"}>
      {title ? <p class="notice__title">{title}</p> : null}
      {children ? <div class="notice__body">{children}</div> : null}
    </div>
  );
}

/** A notice whose body is a list of points: reasons, deficiencies. */
export function ListNotice({ tone, title, items }: { tone?: NoticeTone; title?: ComponentChildren; items: ComponentChildren[] }) {
  return (
    <Notice tone={tone} title={title}>
      <ul>
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </Notice>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p class="loading" role="status">
      <span class="loading__spinner" aria-hidden="true" />
      {t.common.loading}
    </p>
  );
}

/** A failed load with its reason and a retry button. */
export function LoadError({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div class="notice notice--warning" role="alert">
      <p class="notice__title">{t.errors.loadFailed}</p>
      <p>{message}</p>
      {onRetry ? (
        <Button variant="secondary" onClick={onRetry}>
          {t.common.retry}
        </Button>
      ) : null}
    </div>
  );
}

/** Key–value rows (a GOV.UK-style summary list). */
export function SummaryList({ rows }: { rows: [ComponentChildren, ComponentChildren][] }) {
  return (
    <dl class="summary">
      {rows.map(([k, v], i) => (
        <div class="summary__row" key={i}>
          <dt class="summary__key">{k}</dt>
          <dd class="summary__value">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
