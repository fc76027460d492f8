import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { locationStore } from "../lib/router";
import { useI18n } from "../i18n";

/**
 * The body of one page: sets the document title and, after an in-app navigation, moves focus to
 * the heading so screen-reader users hear where they are.
 */
export function Page({ title, lead, children, caption, back }: { title: string; lead?: ComponentChildren; children?: ComponentChildren; caption?: string; back?: { href: string; label: string } }) {
  const { t } = useI18n();
  const h1 = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} — ${t.common.appName}`;
  }, [title, t]);
  useEffect(() => {
    if (locationStore.get().seq > 0) h1.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div class="page">
      {back ? (
        <a class="back-link" href={back.href}>
          {back.label}
        </a>
      ) : null}
      {caption ? <p class="page__caption">{caption}</p> : null}
      <h1 class="page__title" id="page-title" tabIndex={-1} ref={h1}>
        {title}
      </h1>
      {lead ? <p class="page__lead">{lead}</p> : null}
      {children}
    </div>
  );
}
