import { useEffect, useRef } from "preact/hooks";
import { useI18n } from "../i18n";

export interface SummaryItem {
  /** Id of the control to move to; without it the item is plain text. */
  target?: string;
  text: string;
  /** What following the link does instead of focusing `target` (e.g. switching to the field's step first). */
  go?: () => void;
}

/** Focus the control of a field (or the first control inside a group) and bring it into view. */
export function focusField(id: string) {
  const el = document.getElementById(id);
  if (!el) return;
  const control = el.matches("input,select,textarea,button") ? el : (el.querySelector<HTMLElement>("input,select,textarea") ?? el);
  control.focus({ preventScroll: true });
  (el.closest(".field, fieldset") ?? el).scrollIntoView({ block: "center" });
}

/**
 * Lists every error of a form with a link to its field. It takes focus whenever `focusKey`
 * changes, so screen readers announce it after a failed submit.
 */
export function ErrorSummary({ items, message, focusKey }: { items: SummaryItem[]; message?: string; focusKey: number }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const handled = useRef(0);
  const visible = items.length > 0 || !!message;
  // The errors may arrive a render after the submit that bumped focusKey: focus once both are there.
  useEffect(() => {
    if (visible && focusKey > handled.current && ref.current) {
      handled.current = focusKey;
      ref.current.focus({ preventScroll: true });
      ref.current.scrollIntoView({ block: "start" });
    }
  }, [focusKey, visible]);
  if (!visible) return null;
  return (
    <div class="error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title" role="alert">
      <h2 class="error-summary__title" id="error-summary-title">
        {t.errors.summaryTitle}
      </h2>
      {message ? <p class="error-summary__message">{message}</p> : null}
      {items.length ? (
        <ul class="error-summary__list">
          {items.map((item, i) =>
            item.target ? (
              <li key={i}>
                <a
                  href={`#${item.target}`}
                  onClick={(e) => {
                    e.preventDefault();
                    if (item.go) item.go();
                    else focusField(item.target!);
                  }}
                >
                  {item.text}
                </a>
              </li>
            ) : (
              <li key={i}>{item.text}</li>
            ),
          )}
        </ul>
      ) : null}
    </div>
  );
}
