import * as z from "zod";
import type { Needs } from "../context.js";
import { addCalendarDays, bakuDate } from "../time/baku.js";
import type { DeadlineHandler } from "../deadlines/fire.js";
import { errors, type Bilingual } from "../errors.js";
import { commitAndDeliver, deliverNow, enqueueEmail } from "../notifications/outbox.js";
import { ConditionFailed, type Write } from "../ports/store.js";
import { isoDate, slug } from "../validation/fields.js";
import { admitSchema, reasonSchema, refuseSchema } from "./decisions.js";
import { parseOrThrow } from "../validation/parse.js";
import { applicationKey, applicationQueueIndex, candidateCodeFacts, type ApplicationRecord, type ApplicationStatus, candidateCodeKey } from "./application.js";
import { applicationView, newCandidateCode } from "./citizen-usecases.js";
import { messages } from "./messages.js";
import { auditEntry } from "../audit/audit.js";
import type { CompetitionRecord } from "../competitions/competition.js";


type Officer = { username: string };
type Ctx = Needs<"store" | "clock" | "mailer">;

const statuses = ["draft", "in_review", "refused", "admitted", "excluded"] as const;

export const queueQuerySchema = z
  .object({
    competitionId: slug,
    status: z.enum(statuses).optional(),
    vacancyId: slug.optional(),
    stateBodyId: slug.optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    cursor: z.string().max(1024).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();

/** The IT-sector queue: one competition's applications by status and submission date, paged by cursor. */
export async function listApplicationQueue(ctx: Needs<"store">, rawQuery: unknown) {
  const q = parseOrThrow(queueQuerySchema, rawQuery ?? {});
  const range = q.status
    ? { skBetween: [`${q.status}#${q.from ?? ""}`, `${q.status}#${q.to ? `${addCalendarDays(q.to, 1)}` : "~"}`] as [string, string] }
    : {};
  const page = await ctx.store.query<ApplicationRecord>(`APPQ#${q.competitionId}`, { index: "byQueue", ...range, limit: q.limit, cursor: q.cursor, newestFirst: false });
  const items = page.items
    .filter((r) => r.status !== "draft" || q.status === "draft")
    .filter((r) => !q.vacancyId || r.vacancy.vacancyId === q.vacancyId)
    .filter((r) => !q.stateBodyId || r.vacancy.stateBodyId === q.stateBodyId)
    .filter((r) => q.status || ((!q.from || (r.submittedAt ?? "") >= q.from) && (!q.to || (r.submittedAt ?? "").slice(0, 10) <= q.to)))
    .map((r) => ({
      id: r.id,
      number: r.number,
      status: r.status,
      submittedAt: r.submittedAt,
      applicant: r.form ? `${r.form.citizen.lastName} ${r.form.citizen.firstName} ${r.form.citizen.patronymic}` : null,
      vacancy: r.vacancy,
      reasons: r.reasons ?? [],
      candidateCode: r.candidateCode,
    }));
  return { items, ...(page.cursor ? { cursor: page.cursor } : {}) };
}

const idSchema = z.object({ applicationId: z.string().regex(/^[0-9a-f]{24}$/) }).strict();

async function load(ctx: Needs<"store">, rawId: unknown): Promise<ApplicationRecord> {
  const { applicationId } = parseOrThrow(idSchema, { applicationId: rawId });
  const record = await ctx.store.get<ApplicationRecord>(applicationKey(applicationId));
  if (!record) throw errors.notFound({ az: "Müraciət", en: "The application" });
  return record;
}

/** The full application for an officer; the read of a person's data is audited. */
export async function getApplicationForOfficer(ctx: Needs<"store" | "clock">, officer: Officer, rawId: unknown) {
  const record = await load(ctx, rawId);
  await ctx.store.transact([auditEntry({ actor: officer.username, action: "application.read", subject: `OWNER#${record.ownerSub}`, at: ctx.clock.now(), detail: { applicationId: record.id } })]);
  return applicationView(record);
}

export { admitSchema, reasonSchema, refuseSchema };

const notAllowed = (from: ApplicationStatus, action: Bilingual) =>
  errors.conflict("invalid_state", {
    az: `Bu vəziyyətdə (“${from}”) müraciətə bu əməliyyat tətbiq edilə bilməz: ${action.az}.`,
    en: `This action cannot be taken on an application in state “${from}”: ${action.en}.`,
  });

/** Officer's text reason, shown to the citizen as written (officers write in Azerbaijani). */
const asBilingual = (text: string): Bilingual => ({ az: text, en: text });

async function decide(
  ctx: Ctx,
  officer: Officer,
  rawId: unknown,
  allowedFrom: ApplicationStatus[],
  action: Bilingual,
  apply: (r: ApplicationRecord, at: string) => { next: Partial<ApplicationRecord>; writes?: Write[]; email: (n: ApplicationRecord) => ReturnType<typeof messages.received> },
) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const record = await load(ctx, rawId);
    if (!allowedFrom.includes(record.status)) throw notAllowed(record.status, action);
    const now = ctx.clock.now();
    const at = now.toISOString();
    const change = apply(record, at);
    const next: ApplicationRecord = { ...record, ...change.next, updatedAt: at, decidedBy: officer.username, version: record.version + 1 } as ApplicationRecord;
    Object.assign(next, applicationQueueIndex(next));
    const email = enqueueEmail({ to: record.form?.contact.email ?? record.ownerEmail, now, dedupeKey: `${record.id}:v${next.version}:${next.status}`, message: change.email(next) });
    const writes: Write[] = [
      { op: "put", record: next, condition: { kind: "versionIs", version: record.version } },
      ...(change.writes ?? []),
      email,
      auditEntry({ actor: officer.username, action: `application.${next.status}`, subject: `OWNER#${record.ownerSub}`, at: now, detail: { applicationId: record.id } }),
    ];
    if (!(await commitAndDeliver(ctx, writes))) continue;
    return applicationView(next);
  }
  throw errors.conflict("concurrent_change", { az: "Müraciət eyni vaxtda dəyişdirildi. Yenidən cəhd edin.", en: "The application changed at the same time. Try again." });
}

export async function admitApplication(ctx: Ctx, officer: Officer, rawId: unknown, rawBody: unknown) {
  const { reason } = parseOrThrow(admitSchema, rawBody ?? {});
  const code = newCandidateCode();
  return decide(ctx, officer, rawId, ["in_review", "refused"], { az: "buraxılma", en: "admit" }, (r, at) => ({
    next: {
      status: "admitted",
      candidateCode: code,
      facts: candidateCodeFacts(code),
      reasons: [],
      history: [...r.history, { at, status: "admitted", actor: officer.username, ...(reason ? { reason: asBilingual(reason) } : {}) }],
    },
    writes: [{ op: "put", record: { ...candidateCodeKey(code), type: "CandidateCode", version: 1, applicationId: r.id }, condition: { kind: "notExists" } }],
    email: (n) => messages.admitted(n),
  }));
}

export async function refuseApplication(ctx: Ctx, officer: Officer, rawId: unknown, rawBody: unknown) {
  const { reasons } = parseOrThrow(refuseSchema, rawBody ?? {});
  const list = reasons.map(asBilingual);
  return decide(ctx, officer, rawId, ["in_review"], { az: "imtina", en: "refuse" }, (r, at) => ({
    next: { status: "refused", reasons: list, history: [...r.history, { at, status: "refused", actor: officer.username, reasons: list }] },
    email: (n) => messages.refused(n, list),
  }));
}

/** Note 8: a candidate who knowingly gave false data is excluded, at any stage after submission. */
export async function excludeApplication(ctx: Ctx, officer: Officer, rawId: unknown, rawBody: unknown) {
  const { reason } = parseOrThrow(reasonSchema, rawBody ?? {});
  return decide(ctx, officer, rawId, ["in_review", "admitted", "refused"], { az: "kənarlaşdırma", en: "exclude" }, (r, at) => ({
    next: { status: "excluded", history: [...r.history, { at, status: "excluded", actor: officer.username, reason: asBilingual(reason) }] },
    email: (n) => messages.excluded(n, asBilingual(reason)),
  }));
}

const csvCell = (v: unknown) => {
  const s = String(v ?? "");
  // Quote always; neutralise spreadsheet formulas (CSV injection).
  return `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;
};

/** Admitted candidates of a competition (optionally one vacancy), for the test stage. */
export async function admittedCandidatesCsv(ctx: Needs<"store">, rawQuery: unknown): Promise<string> {
  const q = parseOrThrow(z.object({ competitionId: slug, vacancyId: slug.optional() }).strict(), rawQuery ?? {});
  const rows: string[] = [["candidateCode", "lastName", "firstName", "patronymic", "positionCode", "position", "stateBody", "submittedAt"].map(csvCell).join(",")];
  let cursor: string | undefined;
  do {
    const page = await ctx.store.query<ApplicationRecord>(`APPQ#${q.competitionId}`, { index: "byQueue", skBeginsWith: "admitted#", limit: 500, cursor });
    for (const r of page.items) {
      if (q.vacancyId && r.vacancy.vacancyId !== q.vacancyId) continue;
      rows.push([r.candidateCode, r.form?.citizen.lastName, r.form?.citizen.firstName, r.form?.citizen.patronymic, r.vacancy.positionCode, r.vacancy.positionName.az, r.vacancy.stateBodyName.az, r.submittedAt].map(csvCell).join(","));
    }
    cursor = page.cursor;
  } while (cursor);
  return `\uFEFF${rows.join("\r\n")}\r\n`;
}


/** Three days before the window closes: one reminder to every citizen whose draft is unsent. */
export const remindDraftsOnDeadline: DeadlineHandler = async (ctx, deadline) => {
  const competition = await ctx.store.get<CompetitionRecord>(deadline.caseKey);
  if (!competition) return { writes: [] };
  const now = ctx.clock.now();
  const lastDay = addCalendarDays(bakuDate(new Date(competition.closesAt)), -1);
  let cursor: string | undefined;
  do {
    const page = await ctx.store.query<ApplicationRecord>(`APPQ#${competition.id}`, { index: "byQueue", skBeginsWith: "draft#", limit: 100, cursor });
    const mails = page.items.map((r) => enqueueEmail({ to: r.ownerEmail, now, dedupeKey: `${r.id}:draftReminder:${competition.closesAt}`, message: messages.draftReminder(r, lastDay) }));
    // Each reminder on its own: a retry of this handler skips those already enqueued (dedupe key).
    for (const m of mails) await ctx.store.transact([m]).catch((err) => { if (!(err instanceof ConditionFailed)) throw err; });
    await deliverNow(ctx, mails);
    cursor = page.cursor;
  } while (cursor);
  return { writes: [] };
};
