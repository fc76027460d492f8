import type { Competition, Vacancy } from "../api/types";
import { pick, useI18n } from "../i18n";
import { closing, formatDate } from "../lib/format";
import { Tag } from "../ui";

export function StatusTag({ c }: { c: Competition }) {
  const { t } = useI18n();
  return c.status === "open" ? <Tag tone="green">{t.competitions.open}</Tag> : <Tag tone="grey">{t.competitions.closed}</Tag>;
}

/** "Applications close 14.04.2026 23:59 (Baku time) · 12 days left" */
export function Closing({ c }: { c: Competition }) {
  const { t } = useI18n();
  const { lastDay, time, daysLeft } = closing(c.closesAt);
  return (
    <>
      {formatDate(lastDay)} {time} <span class="muted">({t.common.bakuTime})</span>
      {c.status === "open" ? (
        <>
          {" "}
          <strong class="days-left">{t.competitions.daysLeft(daysLeft)}</strong>
        </>
      ) : null}
    </>
  );
}

export function Education({ v }: { v: Vacancy }) {
  const { t } = useI18n();
  return (
    <>
      <span class="block">{v.education.levels.map((l) => t.levels[l] ?? l).join(", ")}</span>
      {v.education.specialties.length ? (
        <ul class="plain-list">
          {v.education.specialties.map((s) => (
            <li key={s.code}>
              {s.code} — {s.name}
            </li>
          ))}
        </ul>
      ) : (
        <span class="block muted">{t.competitions.anySpecialty}</span>
      )}
    </>
  );
}

export function Seniority({ v }: { v: Vacancy }) {
  const { t } = useI18n();
  const s = v.seniority ?? {};
  const lines = [
    s.totalYears !== undefined ? t.competitions.seniorityTotal(s.totalYears) : "",
    s.fieldYears !== undefined ? t.competitions.seniorityField(s.fieldYears) : "",
    s.specialtyYears !== undefined ? t.competitions.senioritySpecialty(s.specialtyYears) : "",
  ].filter(Boolean);
  if (!lines.length) return <span class="muted">{t.competitions.noSeniority}</span>;
  return (
    <ul class="plain-list">
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
}

export const placesOf = (c: Competition) => c.vacancies.reduce((n, v) => n + v.places, 0);
export const bodiesOf = (c: Competition, lang: "az" | "en") => [...new Set(c.vacancies.map((v) => pick(v.stateBodyName, lang)))];
