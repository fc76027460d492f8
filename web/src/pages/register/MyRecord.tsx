/**
 * `#/register/me` — the civil servant's own register record (by the account's FIN) and the log of
 * officials who read it. Not found (or disputed): the 7-day request form.
 */
import { useState } from "preact/hooks";
import type { Bilingual } from "@exidmet/core/errors";
import { registerRequestSchema } from "@exidmet/core/register/model";
import { api } from "../../api/client";
import type { CitizenProfile } from "../../api/types";
import { useSchemaForm } from "../../forms/kit";
import { both, pick, useI18n, useTexts } from "../../i18n";
import { flash } from "../../lib/flash";
import { formatDateTime, parseDate, todayInBaku } from "../../lib/format";
import { href, navigate } from "../../lib/router";
import { useApi } from "../../lib/useApi";
import { Button, DateField, ErrorSummary, LoadError, Loading, Notice, Page, SelectField, Table, TextArea, TextField } from "../../ui";
import { PersonRecord, type PersonView } from "./parts";
import { texts } from "./texts";

type Mine =
  | { found: false; reason: Bilingual; fin: string | null }
  | { found: true; fin: string; person: PersonView; reads: { at: string; username: string; role: string; stateBodyId?: string }[] };

interface RequestForm {
  kind: string;
  fin: string;
  lastName: string;
  firstName: string;
  patronymic: string;
  birthDate: string;
  details: string;
}

function RequestForm({ kind, fin, name }: { kind: "not_found" | "dispute"; fin: string; name?: string }) {
  const tx = useTexts(texts);
  const [first, ...rest] = (name ?? "").split(" ");
  const schema = registerRequestSchema({ today: todayInBaku() });
  const { form, kit } = useSchemaForm<RequestForm, typeof schema>(schema, {
    defaultValues: { kind, fin, lastName: rest.join(" "), firstName: first ?? "", patronymic: "", birthDate: "", details: "" },
    prepare: (v) => ({ ...v, birthDate: parseDate(v.birthDate) }),
  });
  const submit = kit.onSubmit(async (body) => {
    const created = await api.post<{ id: string }>("/me/register/requests", body);
    flash(both((d, lang) => texts[lang].request.created201));
    navigate(`/register/requests/${created.id}`);
  });
  return (
    <section class="panel" aria-labelledby="register-request">
      <h2 class="section-title" id="register-request">
        {tx.mine.requestTitle}
      </h2>
      <p>{tx.mine.requestLead}</p>
      <ErrorSummary {...kit.summary} />
      <form class="form" noValidate onSubmit={submit}>
        <SelectField {...kit.field("kind")} label={tx.form.kind} options={(["not_found", "dispute"] as const).map((k) => ({ value: k, label: tx.form.kinds[k] }))} />
        <TextField {...kit.field("fin")} label={tx.form.fin} hint={tx.form.finHint} width="s" autoCapitalize="characters" readOnly={!!fin} />
        <TextField {...kit.field("lastName")} label={tx.form.lastName} autoComplete="family-name" />
        <TextField {...kit.field("firstName")} label={tx.form.firstName} autoComplete="given-name" />
        <TextField {...kit.field("patronymic")} label={tx.form.patronymic} optional />
        <DateField {...kit.field("birthDate")} label={tx.form.birthDate} />
        <TextArea {...kit.field("details")} label={tx.form.details} rows={4} width="full" />
        <Button type="submit" busy={form.formState.isSubmitting} busyLabel={tx.form.sending}>
          {tx.form.submit}
        </Button>
      </form>
    </section>
  );
}

export default function MyRecord() {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  const mine = useApi<Mine>("/me/register", true);
  const me = useApi<CitizenProfile>("/me", true);
  const [disputing, setDisputing] = useState(false);
  const data = mine.data;
  return (
    <Page title={tx.mine.title} lead={tx.mine.lead} caption={tx.serviceName} back={{ href: href("/services/3"), label: tx.serviceName }}>
      {mine.loading && !data ? <Loading /> : null}
      {mine.error ? <LoadError message={pick(mine.error.text, lang)} onRetry={mine.reload} /> : null}
      {data && !data.found ? (
        <>
          <Notice tone="warning" title={tx.mine.notFoundTitle}>
            <p>{pick(data.reason, lang)}</p>
          </Notice>
          {me.data || me.error ? <RequestForm kind="not_found" fin={data.fin ?? ""} name={me.data?.name} /> : <Loading />}
        </>
      ) : null}
      {data?.found ? (
        <>
          <PersonRecord person={data.person} />
          <section aria-labelledby="register-reads">
            <h2 class="section-title" id="register-reads">
              {tx.mine.reads}
            </h2>
            <p class="muted">{tx.mine.readsLead}</p>
            {data.reads.length ? (
              <Table
                caption={tx.mine.reads}
                captionHidden
                rows={data.reads}
                rowKey={(r) => `${r.at}-${r.username}`}
                columns={[
                  { header: tx.mine.readAt, cell: (r) => formatDateTime(r.at) },
                  { header: tx.mine.reader, cell: (r) => <span class="code">{r.username}</span> },
                  { header: tx.mine.role, cell: (r) => tx.mine.roles[r.role] ?? r.role },
                ]}
              />
            ) : (
              <Notice>{tx.mine.noReads}</Notice>
            )}
          </section>
          {disputing ? (
            <RequestForm kind="dispute" fin={data.fin} name={`${data.person.firstName} ${data.person.lastName}`} />
          ) : (
            <Button variant="secondary" onClick={() => setDisputing(true)}>
              {tx.mine.dispute}
            </Button>
          )}
        </>
      ) : null}
    </Page>
  );
}
