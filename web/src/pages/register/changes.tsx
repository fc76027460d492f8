/** A record's change history for the admin: who, when, from where, and what changed (before → after). */
import { labels, type Appointment, type PersonData } from "@exidmet/core/register/model";
import { pick, useI18n, useTexts } from "../../i18n";
import { formatDate, formatDateTime } from "../../lib/format";
import { Table } from "../../ui";
import { useBodies } from "./parts";
import { texts } from "./texts";

export interface Change {
  at: string;
  actor: string;
  source: string;
  importId?: string;
  before: PersonData | null;
  after: PersonData;
}

type Texts = (typeof texts)["az"];
type Names = ReturnType<typeof useBodies>;

/** One line per changed value: identity fields, education, and each appointment added, removed or changed. */
export function describeChange(c: Change, tx: Texts, lang: "az" | "en", names: Names): string[] {
  if (!c.before) return [tx.admin.created];
  const b = c.before;
  const a = c.after;
  const lines: string[] = [];
  const show = (v: string | number | undefined) => (v === undefined || v === "" ? "—" : String(v));
  const diff = (out: string[], label: string, x: string | number | undefined, y: string | number | undefined) => {
    if (show(x) !== show(y)) out.push(`${label}: ${show(x)} → ${show(y)}`);
  };
  diff(lines, tx.person.fin, b.fin, a.fin);
  diff(lines, tx.form.lastName, b.lastName, a.lastName);
  diff(lines, tx.form.firstName, b.firstName, a.firstName);
  diff(lines, tx.form.patronymic, b.patronymic, a.patronymic);
  diff(lines, tx.person.gender, pick(labels.gender[b.gender], lang), pick(labels.gender[a.gender], lang));
  diff(lines, tx.person.birthDate, formatDate(b.birthDate), formatDate(a.birthDate));
  if (JSON.stringify(b.education) !== JSON.stringify(a.education)) lines.push(tx.admin.educationEntries(b.education.length, a.education.length));

  const key = (x: Appointment) => `${x.stateBodyId}|${x.startDate}`;
  const what = (x: Appointment) => `${names.body(x.stateBodyId)}, ${formatDate(x.startDate)}`;
  const status = (x: Appointment) => pick(labels.status[x.status], lang);
  const old = new Map(b.appointments.map((x) => [key(x), x]));
  for (const x of a.appointments) {
    const y = old.get(key(x));
    if (!y) {
      lines.push(tx.admin.added(`${what(x)} — ${x.position}, ${status(x)}`));
      continue;
    }
    old.delete(key(x));
    const parts: string[] = [];
    diff(parts, tx.person.unit, names.unit(y.stateBodyId, y.unitId), names.unit(x.stateBodyId, x.unitId));
    diff(parts, tx.person.position, y.position, x.position);
    diff(parts, tx.person.classification, y.classification, x.classification);
    diff(parts, tx.person.rank, y.rank, x.rank);
    diff(parts, tx.person.status, status(y), status(x));
    diff(parts, tx.person.end, formatDate(y.endDate), formatDate(x.endDate));
    diff(parts, tx.person.ground, y.endGround, x.endGround);
    if (parts.length) lines.push(`${tx.admin.appointment(what(x))}: ${parts.join("; ")}`);
  }
  for (const y of old.values()) lines.push(tx.admin.removed(`${what(y)} — ${y.position}`));
  return lines.length ? lines : [tx.admin.noDifference];
}

export function ChangeHistory({ changes }: { changes: Change[] }) {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  const names = useBodies();
  return (
    <Table
      caption={tx.admin.changes}
      rows={changes}
      rowKey={(c) => `${c.at}-${c.actor}`}
      columns={[
        { header: tx.mine.readAt, cell: (c) => formatDateTime(c.at) },
        { header: tx.admin.actor, cell: (c) => c.actor },
        { header: tx.admin.source, cell: (c) => tx.admin.sources[c.source] ?? c.source },
        {
          header: tx.admin.what,
          cell: (c) => (
            <ul class="plain-list">
              {describeChange(c, tx, lang, names).map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          ),
        },
      ]}
    />
  );
}
