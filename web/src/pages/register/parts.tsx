/** Pieces shared by service 3's pages: a person's record, the state bodies' names, statuses. */
import type { Bilingual } from "@exidmet/core/errors";
import { labels, type PersonData } from "@exidmet/core/register/model";
import type { ListOf, StateBody } from "../../api/types";
import { pick, useI18n, useTexts } from "../../i18n";
import { formatDate, formatDateTime } from "../../lib/format";
import { useApi } from "../../lib/useApi";
import { SummaryList, Table, Tag, type TagTone } from "../../ui";
import { texts } from "./texts";

export interface PersonView extends PersonData {
  version: number;
  updatedAt: string;
}

/** State bodies and their units by id, for names. */
export function useBodies() {
  const bodies = useApi<ListOf<StateBody>>("/state-bodies");
  const { lang } = useI18n();
  const list = bodies.data?.items ?? [];
  return {
    body: (id: string) => pick(list.find((b) => b.id === id)?.name, lang) || id,
    unit: (body: string, unit: string) => pick(list.find((b) => b.id === body)?.units.find((u) => u.id === unit)?.name, lang) || unit,
  };
}

export const statusTone = (s: string): TagTone => (s === "answered" ? "green" : s === "refused" ? "red" : s === "documents_requested" ? "yellow" : "blue");

export function RequestStatus({ status, text }: { status: string; text: Bilingual }) {
  const { lang } = useI18n();
  return <Tag tone={statusTone(status)}>{pick(text, lang)}</Tag>;
}

/** A person's register record: identity, education, every appointment. */
export function PersonRecord({ person, headingLevel = 2 }: { person: PersonData; headingLevel?: 2 | 3 }) {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  const names = useBodies();
  const H = `h${headingLevel}` as "h2";
  const appointments = [...person.appointments].reverse();
  return (
    <>
      <section class="panel" aria-labelledby="person-identity">
        <H class="section-title" id="person-identity">
          {tx.person.identity}
        </H>
        <SummaryList
          rows={[
            [tx.person.fin, <strong class="code">{person.fin}</strong>],
            [tx.person.name, `${person.lastName} ${person.firstName} ${person.patronymic}`.trim()],
            [tx.person.gender, pick(labels.gender[person.gender], lang)],
            [tx.person.birthDate, formatDate(person.birthDate)],
          ]}
        />
      </section>
      <section aria-labelledby="person-service">
        <H class="section-title" id="person-service">
          {tx.person.service}
        </H>
        <Table
          caption={tx.person.service}
          captionHidden
          rows={appointments}
          rowKey={(a) => `${a.stateBodyId}-${a.startDate}`}
          columns={[
            { header: tx.person.body, cell: (a) => (<><span class="block">{names.body(a.stateBodyId)}</span><span class="block muted">{tx.person.unit}: {names.unit(a.stateBodyId, a.unitId)}</span></>) },
            { header: tx.person.position, cell: (a) => (<><span class="block">{a.position}</span><span class="block muted">{tx.person.classification}: {a.classification}</span>{a.rank ? <span class="block muted">{tx.person.rank}: {a.rank}</span> : null}</>) },
            { header: tx.person.start, cell: (a) => formatDate(a.startDate) },
            { header: tx.person.end, cell: (a) => (a.endDate ? formatDate(a.endDate) : tx.person.current) },
            {
              header: tx.person.status,
              cell: (a) => (
                <>
                  <Tag tone={a.status === "ended" ? "grey" : "green"}>{pick(labels.status[a.status], lang)}</Tag>
                  {a.endGround ? <span class="block muted">{tx.person.ground}: {a.endGround}</span> : null}
                </>
              ),
            },
          ]}
        />
      </section>
      <section aria-labelledby="person-education">
        <H class="section-title" id="person-education">
          {tx.person.education}
        </H>
        {person.education.length ? (
          <Table
            caption={tx.person.education}
            captionHidden
            rows={person.education}
            rowKey={(e) => `${e.level}-${e.institution}-${e.graduationYear ?? ""}`}
            columns={[
              { header: tx.person.level, cell: (e) => pick(labels.education[e.level], lang) },
              { header: tx.person.institution, cell: (e) => e.institution },
              { header: tx.person.specialty, cell: (e) => e.specialty || "—" },
              { header: tx.person.year, cell: (e) => (e.graduationYear ? String(e.graduationYear) : "—") },
            ]}
          />
        ) : (
          <p class="muted">{tx.person.noEducation}</p>
        )}
      </section>
    </>
  );
}

export { formatDateTime };
