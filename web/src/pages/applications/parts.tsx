/** Pieces shared by the citizen's and the officer's pages of service 1. */
import type { ComponentChildren } from "preact";
import type { Bilingual } from "@exidmet/core/errors";
import type { ApplicationForm, EducationEntry, YearsMonthsDays } from "@exidmet/core/applications/form";
import type { ApplicationStatus, VacancySnapshot } from "@exidmet/core/applications/application";
import { fieldLabels, optionLabels, partLabels } from "@exidmet/core/applications/labels";
import { pick, useI18n, useTexts, type Lang } from "../../i18n";
import { formatDate } from "../../lib/format";
import { SummaryList, Tag, Timeline, type TagTone } from "../../ui";
import { texts } from "./texts";

/** The application as GET /me/applications/{vacancyId} and the officer's routes return it. */
export interface ApplicationView {
  id: string;
  number: string;
  status: ApplicationStatus;
  vacancy: VacancySnapshot;
  draft?: Record<string, unknown>;
  draftSavedAt?: string;
  form?: ApplicationForm;
  filledOn?: string;
  submittedAt?: string;
  reasons: Bilingual[];
  candidateCode?: string;
  history: { at: string; status: string; actor: string; reason?: Bilingual; reasons?: Bilingual[] }[];
  createdAt: string;
  updatedAt: string;
}

export interface MyApplication {
  vacancy: VacancySnapshot;
  requirements: { education: { levels: string[]; specialties: { code: string; name: string }[] }; seniority: { totalYears?: number; fieldYears?: number; specialtyYears?: number } };
  windowOpen: boolean;
  closesAt: string;
  today: string;
  application: ApplicationView | null;
}

export const statusTone = (s: string): TagTone => (s === "admitted" ? "green" : s === "refused" || s === "excluded" ? "red" : s === "draft" ? "yellow" : "blue");

export function StatusTag({ status }: { status: string }) {
  const tx = useTexts(texts);
  return <Tag tone={statusTone(status)}>{tx.officer.statusNames[status] ?? status}</Tag>;
}

const L = (key: string, lang: Lang) => fieldLabels[key]?.[lang] ?? key;

/** Part 8: the vacancy, read-only, with its labels from the form. */
export function VacancyPart({ vacancy }: { vacancy: VacancySnapshot }) {
  const { lang } = useI18n();
  return (
    <SummaryList
      rows={[
        [L("vacancy.announcedOn", lang), formatDate(vacancy.announcedOn)],
        [L("vacancy.positionCode", lang), <span class="code">{vacancy.positionCode}</span>],
        [L("vacancy.stateBody", lang), pick(vacancy.stateBodyName, lang)],
        [L("vacancy.unit", lang), pick(vacancy.unitName, lang)],
        [L("vacancy.positionName", lang), pick(vacancy.positionName, lang)],
      ]}
    />
  );
}

const ymdText = (v: YearsMonthsDays | undefined, tx: ReturnType<typeof useTexts<typeof texts.az>>) =>
  v ? `${v.years} ${tx.apply.years}, ${v.months} ${tx.apply.months}, ${v.days} ${tx.apply.days}` : tx.apply.empty;

/** A loosely typed form (the review shows what was typed so far, valid or not). */
export type LooseForm = { [K in keyof ApplicationForm]?: Partial<ApplicationForm[K]> } & Record<string, unknown>;

/**
 * The whole form, part by part, as label–value rows with the regulation's labels: the review step
 * (with "Change" links) and the officer's full view.
 */
export function FormSummary({ form, vacancy, onChange, headingLevel = 2 }: { form: LooseForm; vacancy: VacancySnapshot; onChange?: (step: number) => void; headingLevel?: 2 | 3 }) {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  const dash = tx.apply.empty;
  const s = (v: unknown) => (typeof v === "string" && v.trim() ? v : typeof v === "number" ? String(v) : dash);
  const d = (v: unknown) => (typeof v === "string" && v ? formatDate(v) : dash);
  const opt = (group: Record<string, Bilingual>, v: unknown) => (typeof v === "string" && group[v] ? group[v][lang] : dash);
  const c = form.citizen ?? {};
  const bp = c.birthPlace ?? ({} as NonNullable<typeof c.birthPlace>);
  const id = form.identity ?? {};
  const ct = form.contact ?? {};
  const el = form.eligibility ?? {};
  const mil = form.military ?? {};
  const em = form.employment ?? {};
  const sen = em.seniority ?? {};
  const education = (Array.isArray(form.education) ? form.education : []).map((e) => (e ?? {}) as Partial<EducationEntry>);
  const H = headingLevel === 2 ? "h2" : "h3";
  const section = (step: number, key: string, rows: [ComponentChildren, ComponentChildren][], extra?: ComponentChildren) => (
    <section class="panel" key={key} aria-labelledby={`review-${key}`}>
      <H class="section-title" id={`review-${key}`}>
        {partLabels[key][lang]}
      </H>
      {rows.length ? <SummaryList rows={rows} /> : null}
      {extra}
      {onChange ? (
        <p>
          <a
            href={`#review-${key}`}
            onClick={(e) => {
              e.preventDefault();
              onChange(step);
            }}
          >
            {tx.apply.change}
            <span class="visually-hidden"> — {partLabels[key][lang]}</span>
          </a>
        </p>
      ) : null}
    </section>
  );
  return (
    <>
      {section(0, "citizen", [
        [L("citizen.firstName", lang), s(c.firstName)],
        [L("citizen.lastName", lang), s(c.lastName)],
        [L("citizen.patronymic", lang), s(c.patronymic)],
        [L("citizen.gender", lang), opt(optionLabels.gender, c.gender)],
        [L("citizen.birthDate", lang), d(c.birthDate)],
        [L("citizen.birthPlace", lang), [bp.country, bp.city, bp.village].filter((x) => typeof x === "string" && x.trim()).join(", ") || dash],
      ])}
      {section(1, "identity", [
        [L("identity.idCardNumber", lang), s(id.idCardNumber)],
        [L("identity.issuedOn", lang), d(id.issuedOn)],
        [L("identity.issuedBy", lang), s(id.issuedBy)],
      ])}
      {section(2, "contact", [
        [L("contact.registeredAddress", lang), s(ct.registeredAddress)],
        [L("contact.actualAddress", lang), ct.livesAtRegisteredAddress === false ? s(ct.actualAddress) : L("contact.livesAtRegisteredAddress", lang)],
        [L("contact.email", lang), s(ct.email)],
        [L("contact.mobile", lang), s(ct.mobile)],
        [L("contact.homePhone", lang), s(ct.homePhone)],
        [L("contact.workPhone", lang), s(ct.workPhone)],
      ])}
      {section(
        3,
        "eligibility",
        (["incapacity", "conviction", "medicalMeasures", "kinship", "disciplinary"] as const).map((q) => [
          L(`eligibility.${q}`, lang),
          el[q] === "yes" ? <strong class="field__error">{optionLabels.yesNo.yes[lang]}</strong> : opt(optionLabels.yesNo, el[q]),
        ]),
      )}
      {section(4, "military", [[L("military.liable", lang), opt(optionLabels.yesNo, mil.liable)]])}
      {section(5, "employment", [
        [L("employment.status", lang), opt(optionLabels.employmentStatus, em.status)],
        [L("employment.labourBookNumber", lang), s(em.labourBookNumber)],
        [L("employment.labourBookOpenedOn", lang), d(em.labourBookOpenedOn)],
        [L("employment.currentWorkplace", lang), [em.currentWorkplace, em.currentPosition].filter((x) => typeof x === "string" && x.trim()).join(", ") || dash],
        [`${L("employment.seniority", lang)}: ${L("employment.seniority.total", lang)}`, ymdText(sen.total, tx)],
        [`${L("employment.seniority", lang)}: ${L("employment.seniority.field", lang)}`, ymdText(sen.field, tx)],
        [`${L("employment.seniority", lang)}: ${L("employment.seniority.specialty", lang)}`, ymdText(sen.specialty, tx)],
      ])}
      {section(
        6,
        "education",
        [],
        education.length ? (
          education.map((e, i) => (
            <div key={i}>
              <H class="subgroup__title">{tx.apply.educationEntry(i + 1)}</H>
              <SummaryList
                rows={[
                  [L("education.level", lang), opt(optionLabels.educationLevel, e.level)],
                  [L("education.institution", lang), s(e.institution)],
                  [L("education.entryYear", lang), s(e.entryYear)],
                  [L("education.specialty", lang), [e.specialtyCode, e.specialtyName].filter((x) => typeof x === "string" && x.trim()).join(" — ") || dash],
                  [L("education.diplomaNumber", lang), s(e.diplomaNumber)],
                  [L("education.diplomaDate", lang), d(e.diplomaDate)],
                  ...(e.foreign
                    ? ([
                        [L("education.nostrificationNumber", lang), s(e.nostrificationNumber)],
                        [L("education.nostrificationDate", lang), d(e.nostrificationDate)],
                      ] as [string, string][])
                    : []),
                ]}
              />
            </div>
          ))
        ) : (
          <p>{dash}</p>
        ),
      )}
      <section class="panel" aria-labelledby="review-vacancy">
        <H class="section-title" id="review-vacancy">
          {partLabels.vacancy[lang]}
        </H>
        <VacancyPart vacancy={vacancy} />
      </section>
    </>
  );
}

/** The history of an application: time, state, who, and the reasons. */
export function History({ history, showActor }: { history: ApplicationView["history"]; showActor?: boolean }) {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  const state = (s: string) => (s === "submitted" ? (lang === "az" ? "Təqdim edildi" : "Submitted") : (tx.officer.statusNames[s] ?? s));
  return <Timeline entries={history} state={(h) => state(h.status)} actor={showActor ? (h) => tx.officer.actor(h.actor) : undefined} reasonClass="timeline__reason" />;
}

export { downloadWithToken, DownloadButton } from "./download";
