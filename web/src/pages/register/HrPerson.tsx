/** `#/hr/register/people/:fin` — one servant's record, if they serve or served in the officer's body (the read is logged). */
import type { PageProps } from "../../lib/pages";
import { pick, useI18n, useTexts } from "../../i18n";
import { href } from "../../lib/router";
import { useApi } from "../../lib/useApi";
import { LoadError, Loading, Notice, Page } from "../../ui";
import { PersonRecord, type PersonView } from "./parts";
import { texts } from "./texts";

export default function HrPerson({ params }: PageProps) {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  const res = useApi<{ person: PersonView; stateBodyId: string }>(`/hr/register/people/${encodeURIComponent(params.fin)}`, true);
  const p = res.data?.person;
  return (
    <Page title={p ? `${p.lastName} ${p.firstName} ${p.patronymic}`.trim() : tx.hr.personTitle} caption={tx.hr.personTitle} back={{ href: href("/hr/register"), label: tx.hr.searchTitle }}>
      {res.loading && !res.data ? <Loading /> : null}
      {res.error ? <LoadError message={pick(res.error.text, lang)} /> : null}
      {p ? (
        <>
          <Notice>{tx.hr.readNote}</Notice>
          <PersonRecord person={p} />
        </>
      ) : null}
    </Page>
  );
}
