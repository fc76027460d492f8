/**
 * `#/admin/register` — the Commission admin keeps the register: imports a CSV file (every bad row
 * listed with its line and reason; a refused file changes nothing) and looks a record up by FIN,
 * with its change history (who, when, before and after).
 */
import { useState } from "preact/hooks";
import { csvColumns } from "@exidmet/core/register/csv";
import type { FieldIssue } from "@exidmet/core/errors";
import { fin as finSchema } from "@exidmet/core/validation/fields";
import { request, ApiError } from "../../api/client";
import { pick, useI18n, useTexts } from "../../i18n";
import { formatDateTime } from "../../lib/format";
import { href } from "../../lib/router";
import { Button, Notice, Page, Table } from "../../ui";
import { PersonRecord, type PersonView } from "./parts";
import { texts } from "./texts";

interface ImportResult {
  people: number;
  created: number;
  updated: number;
  unchanged: number;
  alreadyImported: boolean;
}
interface Change {
  at: string;
  actor: string;
  source: string;
  before: { appointments: unknown[] } | null;
  after: { appointments: unknown[] };
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

function Lookup() {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  const [value, setValue] = useState("");
  const [state, setState] = useState<{ busy?: boolean; person?: PersonView; changes?: Change[]; error?: string }>({});
  const find = async (e: Event) => {
    e.preventDefault();
    const parsed = finSchema.safeParse(value);
    if (!parsed.success) return setState({ error: lang === "az" ? "FİN 7 simvoldan (latın böyük hərfləri və rəqəmlər) ibarət olmalıdır." : "The FIN must be 7 characters: Latin capitals and digits." });
    setState({ busy: true });
    try {
      const res = await request<{ person: PersonView; changes: Change[] }>("GET", `/admin/register/people/${parsed.data}`, { auth: true });
      setState({ person: res.person, changes: res.changes });
    } catch (err) {
      setState({ error: err instanceof ApiError ? pick(err.text, lang) : String(err) });
    }
  };
  return (
    <section aria-labelledby="lookup-title">
      <h2 class="section-title" id="lookup-title">
        {tx.admin.lookupTitle}
      </h2>
      <form class="form" noValidate onSubmit={find}>
        <div class={`field${state.error ? " field--error" : ""}`}>
          <label class="field__label" for="f-fin">
            {tx.person.fin}
          </label>
          {state.error ? (
            <p class="field__error" id="f-fin-error">
              {state.error}
            </p>
          ) : null}
          <input id="f-fin" class="input input--s" value={value} onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value.toUpperCase())} /* ascii: a FIN */ aria-describedby={state.error ? "f-fin-error" : undefined} />
        </div>
        <Button type="submit" busy={state.busy}>
          {tx.admin.find}
        </Button>
      </form>
      {state.person ? <PersonRecord person={state.person} headingLevel={3} /> : null}
      {state.changes?.length ? (
        <Table
          caption={tx.admin.changes}
          rows={state.changes}
          rowKey={(c) => c.at}
          columns={[
            { header: tx.mine.readAt, cell: (c) => formatDateTime(c.at) },
            { header: tx.admin.actor, cell: (c) => c.actor },
            { header: tx.admin.source, cell: (c) => c.source },
            { header: tx.admin.what, cell: (c) => (c.before ? `${c.before.appointments.length} → ${c.after.appointments.length}` : tx.admin.created) },
          ]}
        />
      ) : null}
    </section>
  );
}

export default function AdminRegister() {
  const tx = useTexts(texts);
  return (
    <Page title={tx.admin.title} lead={tx.admin.lead} caption={tx.serviceName} back={{ href: href("/official"), label: tx.workspace }}>
      <Import />
      <Lookup />
    </Page>
  );
}
