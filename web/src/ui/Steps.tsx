import { useI18n } from "../i18n";

/** Progress through a short flow (register → verify → sign in). `current` is 1-based. */
export function Steps({ steps, current }: { steps: string[]; current: number }) {
  const { t } = useI18n();
  return (
    <nav class="steps" aria-label={t.account.stepLabel(current, steps.length)}>
      <ol class="steps__list">
        {steps.map((s, i) => {
          const n = i + 1;
          const state = n < current ? "done" : n === current ? "current" : "todo";
          return (
            <li class={`steps__item steps__item--${state}`} aria-current={n === current ? "step" : undefined} key={s}>
              <span class="steps__num" aria-hidden="true">
                {n}
              </span>
              <span class="steps__label">{s}</span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
