import type { Needs } from "../context.js";
import { armDeadline, type DeadlineRecord, immediately } from "../deadlines/deadline.js";
import type { DeadlineHandler } from "../deadlines/fire.js";
import { listStateBodies } from "../directory/state-bodies.js";
import { errors, type FieldIssue } from "../errors.js";
import { ConditionFailed } from "../ports/store.js";
import { newId, stableHash } from "../records/ids.js";
import { bakuDate, daysBetween } from "../time/baku.js";
import { ruleMessages } from "../validation/messages.js";
import { parseOrThrow } from "../validation/parse.js";
import {
  announceCompetitionSchema,
  COMPETITIONS,
  type Competition,
  competitionKey,
  type CompetitionRecord,
  publicView,
  windowClosesAt,
} from "./competition.js";

export const CLOSE_WINDOW = "competition.closeWindow";
export const DRAFT_REMINDER = "competition.draftReminder";
/** Tells matching reserve people (service 4) off the request path, retried until done. */
export const NOTIFY_RESERVE = "competition.notifyReserve";
export const DRAFT_REMINDER_DAYS_BEFORE_CLOSE = 3;

export async function listCompetitions(ctx: Needs<"store" | "clock">): Promise<Competition[]> {
  const page = await ctx.store.query<CompetitionRecord>(COMPETITIONS, { skBeginsWith: "COMP#", limit: 200 });
  const now = ctx.clock.now();
  return page.items
    .map((r) => publicView(r, now))
    .sort((a, b) => (a.status === b.status ? b.announcedOn.localeCompare(a.announcedOn) : a.status === "open" ? -1 : 1));
}

export async function getCompetition(ctx: Needs<"store" | "clock">, id: string): Promise<Competition> {
  const record = await ctx.store.get<CompetitionRecord>(competitionKey(String(id).slice(0, 64)));
  if (!record) throw errors.notFound({ az: "Müsabiqə", en: "The competition" });
  return publicView(record, ctx.clock.now());
}

/**
 * Announces a competition: opens the 30-day window and arms the timer that closes it.
 * With an idempotency key, a retried announcement returns the first one instead of a second.
 */
export async function announceCompetition(
  ctx: Needs<"store" | "clock" | "timers">,
  actor: { username: string },
  raw: unknown,
  idempotencyKey?: string,
): Promise<{ competition: Competition; created: boolean }> {
  const input = parseOrThrow(announceCompetitionSchema, raw);
  const now = ctx.clock.now();
  const age = daysBetween(input.announcedOn, bakuDate(now));
  if (age < 0 || age > 30) {
    throw errors.validation([{ path: "announcedOn", code: "announcedOn.range", ...ruleMessages["announcedOn.range"] }]);
  }

  const bodies = new Map((await listStateBodies(ctx)).map((b) => [b.id, b]));
  const issues: FieldIssue[] = [];
  const vacancies = input.vacancies.map((v, i) => {
    const body = bodies.get(v.stateBodyId);
    const unit = body?.units.find((u) => u.id === v.unitId);
    if (!body) issues.push({ path: `vacancies.${i}.stateBodyId`, code: "stateBody.unknown", ...ruleMessages["stateBody.unknown"] });
    else if (!unit) issues.push({ path: `vacancies.${i}.unitId`, code: "stateBody.unitUnknown", ...ruleMessages["stateBody.unitUnknown"] });
    return { ...v, id: newId(), stateBodyName: body?.name ?? { az: "", en: "" }, unitName: unit?.name ?? { az: "", en: "" } };
  });
  if (issues.length) throw errors.validation(issues);

  const id = idempotencyKey ? stableHash(`announce|${actor.username}|${idempotencyKey}`, 16) : newId();
  const closesAt = windowClosesAt(input.announcedOn);
  const record: CompetitionRecord = {
    ...competitionKey(id),
    type: "Competition",
    version: 1,
    id,
    title: input.title,
    announcedOn: input.announcedOn,
    closesAt: closesAt.toISOString(),
    status: "open",
    autoAdmit: input.autoAdmit,
    vacancies,
    announcedBy: actor.username,
    createdAt: now.toISOString(),
  };
  const close = armDeadline({ caseKey: competitionKey(id), kind: CLOSE_WINDOW, dueAt: closesAt, now });
  const remind = armDeadline({ caseKey: competitionKey(id), kind: DRAFT_REMINDER, dueAt: new Date(closesAt.getTime() - DRAFT_REMINDER_DAYS_BEFORE_CLOSE * 86_400_000), now });
  const notify = armDeadline({ caseKey: competitionKey(id), kind: NOTIFY_RESERVE, dueAt: immediately(now), now });
  const armed = [close, ...(remind.record.dueAt > now.toISOString() ? [remind] : []), notify];
  // Timers first: if the commit then fails, a timer finds no deadline record and does nothing.
  for (const a of armed) await ctx.timers.arm(a.timer);
  try {
    await ctx.store.transact([{ op: "put", record, condition: { kind: "notExists" } }, ...armed.map((a) => a.write)]);
  } catch (err) {
    if (err instanceof ConditionFailed && idempotencyKey) {
      return { competition: await getCompetition(ctx, id), created: false };
    }
    throw err;
  }
  return { competition: publicView(record, now), created: true };
}

/** The window's timer: closes the competition once; late submissions are refused anyway by the clock check. */
export const closeWindowOnDeadline: DeadlineHandler = async (ctx, deadline: DeadlineRecord) => {
  const record = await ctx.store.get<CompetitionRecord>(deadline.caseKey);
  if (!record || record.status !== "open") return { writes: [] };
  return {
    writes: [
      {
        op: "put",
        record: { ...record, status: "closed", closedAt: ctx.clock.now().toISOString(), version: record.version + 1 },
        condition: { kind: "versionIs", version: record.version },
      },
    ],
  };
};
