/**
 * `#/admin/register` — the Commission admin keeps the register: looks a record up by FIN (`?fin=`),
 * with its change history (who, when, what before and after), opens it for editing or adds a person
 * (AdminPerson.tsx), and imports a CSV file (every bad row listed with its line and reason; a
 * refused file changes nothing).
 */
import { useState } from "preact/hooks";
import { csvColumns } from "@exidmet/core/register/csv";
import type { FieldIssue } from "@exidmet/core/errors";
import { fin as finSchema } from "@exidmet/core/validation/fields";
import { ruleMessages } from "@exidmet/core/validation/messages";
import { request, ApiError } from "../../api/client";
import { pick, useI18n, useTexts } from "../../i18n";
import { useFlash } from "../../lib/flash";
import type { PageProps } from "../../lib/pages";
import { href, navigate } from "../../lib/router";
import { useApi } from "../../lib/useApi";
import { Button, ButtonGroup, ButtonLink, Notice, Page } from "../../ui";
import { ChangeHistory, type Change } from "./changes";
import { PersonRecord, type PersonView } from "./parts";
import { texts } from "./texts";

interface ImportResult {
  people: number;
  created: number;
  updated: number;
  unchanged: number;
  alreadyImported: boolean;
}

function Import() {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  const [state, setState] = useState<{ busy?: boolean; result?: ImportResult; error?: string; issues?: FieldIssue[] }>({});
  const [csv, setCsv] = useState<string>("");
  const send = async () => {
    if (!csv) return setState({ error: lang === "az" ? "CSV faylını seçin." : "Choose a CSV file." });
    setState({ busy: true });
    try {
      setState({ result: await request<ImportResult>("POST", "/admin/register/import", { body: { csv }, auth: true }) });
    } catch (e) {
      setState(e instanceof ApiError ? { error: pick(e.text, lang), issues: e.issues } : { error: String(e) });
    }
  };
  return (
    <section class="panel" aria-labelledby="import-title">
      <h2 class="section-title" id="import-title">
        {tx.admin.importTitle}
      </h2>
      <div class="field">
        <label class="field__label" for="f-csv">
          {tx.admin.file}
        </label>
        <div class="field__hint" id="f-csv-hint">
          {tx.admin.fileHint}
          <span class="code">{csvColumns.join(";")}</span>
        </div>
        <input
          id="f-csv"
          class="file-input"
          type="file"
          accept=".csv,text/csv"
          aria-describedby="f-csv-hint"
          onChange={async (e) => setCsv(await ((e.currentTarget as HTMLInputElement).files?.[0]?.text() ?? Promise.resolve("")))}
        />
      </div>
      <Button onClick={send} busy={state.busy}>
        {tx.admin.import}
      </Button>
      {state.result ? (
        <Notice tone="success" title={state.result.alreadyImported ? tx.admin.already : tx.admin.imported(state.result.people, state.result.created, state.result.updated, state.result.unchanged)} />
      ) : null}
      {state.error ? (
        <div class="notice notice--warning" role="alert">
          <p class="notice__title">{state.error}</p>
          {state.issues?.length ? (
            <ul>
              {state.issues.map((i) => (
                <li key={i.path}>{i[lang]}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function Lookup({ fin }: { fin: string | null }) {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  const saved = useFlash();
  const wanted = fin ? finSchema.safeParse(fin) : null;
  const current = wanted?.success ? wanted.data : null;
  const [value, setValue] = useState(current ?? fin ?? "");
  const [bad, setBad] = useState(!!fin && !current);
  const res = useApi<{ person: PersonView; changes: Change[] }>(current ? `/admin/register/people/${current}` : null, true);
  const find = (e: Event) => {
    e.preventDefault();
    const parsed = finSchema.safeParse(value);
    setBad(!parsed.success);
    if (!parsed.success) return;
    if (parsed.data === current) res.reload();
    else navigate("/admin/register", { fin: parsed.data });
  };
  const error = bad ? pick(ruleMessages["fin.format"], lang) : undefined;
  const person = res.data?.person.fin === current ? res.data?.person : undefined;
  return (
    <section aria-labelledby="lookup-title">
      <h2 class="section-title" id="lookup-title">
        {tx.admin.lookupTitle}
      </h2>
      {saved ? <Notice tone="success" title={saved[lang]} /> : null}
      <form class="form" noValidate onSubmit={find}>
        <div class={`field${error ? " field--error" : ""}`}>
          <label class="field__label" for="f-fin">
            {tx.person.fin}
          </label>
          {error ? (
            <p class="field__error" id="f-fin-error">
              {error}
            </p>
          ) : null}
          <input id="f-fin" class="input input--s" value={value} onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value.toUpperCase())} /* ascii: a FIN */ aria-describedby={error ? "f-fin-error" : undefined} />
        </div>
        <ButtonGroup>
          <Button type="submit" busy={res.loading}>
            {tx.admin.find}
          </Button>
          <ButtonLink href={href("/admin/register/new")} variant="secondary">
            {tx.admin.add}
          </ButtonLink>
        </ButtonGroup>
      </form>
      {current && res.error ? (
        <>
          <div class="notice notice--warning" role="alert">
            <p class="notice__title">{pick(res.error.text, lang)}</p>
          </div>
          {res.error.status === 404 ? (
            <p>
              <ButtonLink href={href("/admin/register/new", { fin: current })}>{tx.admin.addThis(current)}</ButtonLink>
            </p>
          ) : null}
        </>
      ) : null}
      {person ? (
        <>
          <PersonRecord person={person} headingLevel={3} />
          <p>
            <ButtonLink href={href(`/admin/register/people/${person.fin}`)}>{tx.admin.editRecord}</ButtonLink>
          </p>
          {res.data?.changes.length ? <ChangeHistory changes={res.data.changes} /> : null}
        </>
      ) : null}
    </section>
  );
}

export default function AdminRegister({ query }: PageProps) {
  const tx = useTexts(texts);
  return (
    <Page title={tx.admin.title} lead={tx.admin.lead} caption={tx.serviceName} back={{ href: href("/official"), label: tx.workspace }}>
      <Lookup fin={query.get("fin")} />
      <Import />
    </Page>
  );
}
