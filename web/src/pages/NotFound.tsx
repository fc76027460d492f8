import { useI18n } from "../i18n";
import { href } from "../lib/router";
import { Page } from "../ui";

export default function NotFound() {
  const { t } = useI18n();
  return (
    <Page title={t.errors.notFoundTitle}>
      <p>{t.errors.notFoundText}</p>
      <p>
        <a href={href("/")}>{t.nav.services}</a>
      </p>
    </Page>
  );
}

export function Forbidden() {
  const { t } = useI18n();
  return (
    <Page title={t.errors.forbiddenTitle}>
      <p>{t.errors.forbiddenText}</p>
      <p>
        <a href={href("/official")}>{t.nav.workspace}</a>
      </p>
    </Page>
  );
}
