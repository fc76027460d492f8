import * as z from "zod";
import type { Needs } from "../context.js";
import { type CompetitionRecord, isWindowOpen, type Vacancy } from "../competitions/competition.js";
import { COMPETITIONS } from "../competitions/competition.js";
import { errors } from "../errors.js";
import { commitAndDeliver, enqueueEmail } from "../notifications/outbox.js";
import type { Principal } from "../principal.js";
import { ConditionFailed, type Write } from "../ports/store.js";
import { ownerIndex, type HistoryEntry } from "../records/history.js";
import { randomCode, requestNumber } from "../records/ids.js";
import { bakuDate } from "../time/baku.js";
import { slug } from "../validation/fields.js";
import { parseOrThrow } from "../validation/parse.js";
import { applicationBodyIndex, applicationId, applicationKey, applicationLink, candidateCodeFacts, applicationQueueIndex, type ApplicationRecord, candidateCodeKey, type VacancySnapshot } from "./application.js";
import { examineApplication } from "./examine.js";
import { applicationDraftSchema, parseApplicationForm } from "./form.js";
import { messages } from "./messages.js";
import { draftOf, draftText } from "../requests/draft.js";

type Citizen = Extract<Principal, { kind: "citizen" }>;
type Ctx = Needs<"store" | "clock" | "mailer" | "webOrigin">;

const vacancyIdSchema = z.object({ vacancyId: slug }).strict();

/** Finds a vacancy and its competition; vacancies live inside their competition's record. */
async function findVacancy(ctx: Needs<"store">, vacancyId: string): Promise<{ competition: CompetitionRecord; vacancy: Vacancy }> {
  // The vacancy id carries no competition id, so look through the (few) competitions' records.
  const page = await ctx.store.query<CompetitionRecord>(COMPETITIONS, { skBeginsWith: "COMP#", limit: 200 });
  for (const competition of page.items) {
    const vacancy = competition.vacancies.find((v) => v.id === vacancyId);
    if (vacancy) return { competition, vacancy };
  }
  throw errors.notFound({ az: "Vakansiya", en: "The vacancy" });
}

const snapshot = (c: CompetitionRecord, v: Vacancy): VacancySnapshot => ({
  competitionId: c.id,
  vacancyId: v.id,
  announcedOn: c.announcedOn,
  positionCode: v.positionCode,
  stateBodyId: v.stateBodyId,
  stateBodyName: v.stateBodyName,
  unitName: v.unitName,
  positionName: v.positionName,
  classification: v.classification,
});

const windowClosed = (c: CompetitionRecord) =>
  errors.refused("window_closed", {
    az: `Müraciətlərin qəbulu müddəti bitib (müsabiqə ${c.announcedOn} tarixində elan edilib; müraciətlər 30 gün ərzində qəbul edilir).`,
    en: `The application window has closed (the competition was announced on ${c.announcedOn}; applications are accepted for 30 days).`,
  });

export function applicationView(r: ApplicationRecord) {
  return {
    id: r.id,
    number: r.number,
    status: r.status,
    vacancy: r.vacancy,
    draft: draftOf(r),
    draftSavedAt: r.draftSavedAt,
    form: r.form,
    filledOn: r.filledOn,
    submittedAt: r.submittedAt,
    reasons: r.reasons ?? [],
    candidateCode: r.candidateCode,
    history: r.history,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

export async function getMyApplication(ctx: Needs<"store" | "clock">, citizen: Citizen, rawVacancyId: unknown) {
  const { vacancyId } = parseOrThrow(vacancyIdSchema, { vacancyId: rawVacancyId });
  const { competition, vacancy } = await findVacancy(ctx, vacancyId);
  const record = await ctx.store.get<ApplicationRecord>(applicationKey(applicationId(citizen.sub, vacancyId)));
  return {
    vacancy: snapshot(competition, vacancy),
    requirements: { education: vacancy.education, seniority: vacancy.seniority ?? {} },
    windowOpen: isWindowOpen(competition, ctx.clock.now()),
    closesAt: competition.closesAt,
    today: bakuDate(ctx.clock.now()),
    application: record ? applicationView(record) : null,
  };
}

function newRecord(citizen: Citizen, c: CompetitionRecord, v: Vacancy, now: Date): ApplicationRecord {
  const id = applicationId(citizen.sub, v.id);
  const at = now.toISOString();
  const base = {
    ...applicationKey(id),
    type: "Application" as const,
    version: 0,
    id,
    service: 1 as const,
    number: requestNumber(1, bakuDate(now)),
    title: { az: `${v.positionName.az} — ${v.stateBodyName.az}`, en: `${v.positionName.en} — ${v.stateBodyName.en}` },
    status: "draft" as const,
    ownerSub: citizen.sub,
    ownerEmail: citizen.email,
    vacancy: snapshot(c, v),
    submissions: 0,
    createdAt: at,
    updatedAt: at,
    history: [{ at, status: "draft", actor: "citizen" }],
    link: applicationLink(v.id),
    ...ownerIndex(citizen.sub, at, id),
  };
  return { ...base, ...applicationQueueIndex(base), ...applicationBodyIndex(base) };
}

/** Saves what the citizen typed so far; allowed until the window closes, for drafts and refused applications. */
export async function saveDraft(ctx: Needs<"store" | "clock">, citizen: Citizen, rawVacancyId: unknown, rawDraft: unknown) {
  const { vacancyId } = parseOrThrow(vacancyIdSchema, { vacancyId: rawVacancyId });
  const draft = parseOrThrow(applicationDraftSchema, rawDraft ?? {});
  const { competition, vacancy } = await findVacancy(ctx, vacancyId);
  const now = ctx.clock.now();
  if (!isWindowOpen(competition, now)) throw windowClosed(competition);
  for (let attempt = 0; attempt < 3; attempt++) {
    const existing = await ctx.store.get<ApplicationRecord>(applicationKey(applicationId(citizen.sub, vacancyId)));
    if (existing && !["draft", "refused"].includes(existing.status)) {
      throw errors.conflict("already_submitted", { az: "Müraciət artıq təqdim edilib və baxılır.", en: "The application was already submitted and is being examined." });
    }
    const base = existing ?? newRecord(citizen, competition, vacancy, now);
    const record: ApplicationRecord = { ...base, draftJson: draftText(draft), draftSavedAt: now.toISOString(), updatedAt: now.toISOString(), version: base.version + 1 };
    try {
      await ctx.store.transact([{ op: "put", record, condition: existing ? { kind: "versionIs", version: existing.version } : { kind: "notExists" } }]);
      return { savedAt: record.draftSavedAt, status: record.status, id: record.id, number: record.number };
    } catch (err) {
      if (!(err instanceof ConditionFailed)) throw err;
    }
  }
  throw errors.conflict("concurrent_change", { az: "Qaralama eyni vaxtda başqa yerdə saxlanıldı. Yenidən cəhd edin.", en: "The draft was saved elsewhere at the same time. Try again." });
}

/**
 * Submits the form. Format and mandatory-field failures (note 7) are answered 400 and nothing is
 * registered. A well-formed application is registered (e-mail at once), examined automatically,
 * then refused with every reason, admitted (if the competition admits automatically), or queued
 * for an IT-sector officer. Doubled or retried submissions end in one application.
 */
export async function submitApplication(ctx: Ctx, citizen: Citizen, rawVacancyId: unknown, rawForm: unknown) {
  const { vacancyId } = parseOrThrow(vacancyIdSchema, { vacancyId: rawVacancyId });
  const { competition, vacancy } = await findVacancy(ctx, vacancyId);
  const now = ctx.clock.now();
  const today = bakuDate(now);
  const form = parseApplicationForm(rawForm, { today, accountIdCard: citizen.idCard, seniorityRequired: vacancy.seniority });
  if (!isWindowOpen(competition, now)) throw windowClosed(competition);

  for (let attempt = 0; attempt < 4; attempt++) {
    const existing = await ctx.store.get<ApplicationRecord>(applicationKey(applicationId(citizen.sub, vacancyId)));
    if (existing && !["draft", "refused"].includes(existing.status)) {
      // Already submitted (a double click, a retry, another tab): answer with what exists.
      return { application: applicationView(existing), created: false };
    }
    const base = existing ?? newRecord(citizen, competition, vacancy, now);
    const at = now.toISOString();
    const reasons = examineApplication(form, vacancy);
    const submissions = base.submissions + 1;
    const history: HistoryEntry[] = [...base.history, { at, status: "submitted", actor: "citizen" }];
    let status: ApplicationRecord["status"];
    let candidateCode: string | undefined;
    const extra: Write[] = [];
    if (reasons.length) {
      status = "refused";
      history.push({ at, status, actor: "system", reasons: reasons.map(({ az, en }) => ({ az, en })) });
    } else if (competition.autoAdmit) {
      status = "admitted";
      candidateCode = newCandidateCode();
      history.push({ at, status, actor: "system" });
      extra.push({ op: "put", record: { ...candidateCodeKey(candidateCode), type: "CandidateCode", version: 1, applicationId: base.id }, condition: { kind: "notExists" } });
    } else {
      status = "in_review";
      history.push({ at, status, actor: "system" });
    }
    const { draftJson: _d, ...rest } = base;
    const next: ApplicationRecord = {
      ...rest,
      status,
      form,
      filledOn: today,
      submittedAt: at,
      updatedAt: at,
      submissions,
      reasons: reasons.map(({ az, en }) => ({ az, en })),
      ...(candidateCode ? { candidateCode, facts: candidateCodeFacts(candidateCode) } : {}),
      history,
      version: base.version + 1,
    };
    Object.assign(next, applicationQueueIndex(next));
    const mails = [
      enqueueEmail({ to: form.contact.email, now, dedupeKey: `${next.id}:${submissions}:received`, message: messages.received(next) }),
      ...(status === "refused" ? [enqueueEmail({ to: form.contact.email, now, dedupeKey: `${next.id}:${submissions}:refused`, message: messages.refused(next, next.reasons!) })] : []),
      ...(status === "admitted" ? [enqueueEmail({ to: form.contact.email, now, dedupeKey: `${next.id}:${submissions}:admitted`, message: messages.admitted(next) })] : []),
    ];
    const writes: Write[] = [
      { op: "put", record: next, condition: existing ? { kind: "versionIs", version: existing.version } : { kind: "notExists" } },
      ...extra,
      ...mails,
    ];
    if (!(await commitAndDeliver(ctx, writes))) continue; // someone else submitted or saved at the same time: look again
    return { application: applicationView(next), created: true };
  }
  throw errors.conflict("concurrent_change", { az: "Müraciət eyni vaxtda dəyişdirildi. Yenidən cəhd edin.", en: "The application changed at the same time. Try again." });
}

/** Unique and not guessable: 10 random Crockford characters (50 bits). */
export const newCandidateCode = () => `NK-${randomCode(10)}`;

