import * as z from "zod";
import { auditEntry } from "../audit/audit.js";
import type { Needs } from "../context.js";
import { errors, type FieldIssue } from "../errors.js";
import type { StoredRecord } from "../ports/store.js";
import { ruleMessages } from "../validation/messages.js";
import { parseOrThrow } from "../validation/parse.js";
import { type HolidayCalendar, holidayCalendarSchema, WorkingDays } from "./calendar.js";
import { defaultHolidayCalendars } from "./default-holidays.js";

interface CalendarRecord extends StoredRecord, HolidayCalendar {
  type: "HolidayCalendar";
  updatedAt: string;
  updatedBy: string;
}

const calendarKey = (year: number) => ({ pk: "CALENDAR", sk: `YEAR#${year}` });
export const yearSchema = z.object({ year: z.coerce.number().int().min(2000, { error: "year.range" }).max(2100, { error: "year.range" }) }).strict();

/** The stored calendar of a year, or the shipped default until the admin saves one. */
export async function getHolidayCalendar(ctx: Needs<"store">, rawYear: unknown): Promise<HolidayCalendar> {
  const { year } = parseOrThrow(yearSchema, { year: rawYear });
  const stored = await ctx.store.get<CalendarRecord>(calendarKey(year));
  if (stored) return { year, holidays: stored.holidays, workingWeekends: stored.workingWeekends };
  return defaultHolidayCalendars.find((c) => c.year === year) ?? { year, holidays: [], workingWeekends: [] };
}

export async function putHolidayCalendar(ctx: Needs<"store" | "clock">, actor: { username: string }, rawYear: unknown, raw: unknown): Promise<HolidayCalendar> {
  const { year } = parseOrThrow(yearSchema, { year: rawYear });
  const input = parseOrThrow(holidayCalendarSchema, raw);
  const issues: FieldIssue[] = [];
  input.holidays.forEach((h, i) => {
    if (!h.date.startsWith(`${year}-`)) issues.push({ path: `holidays.${i}.date`, code: "holidays.notInYear", ...ruleMessages["holidays.notInYear"] });
  });
  input.workingWeekends.forEach((d, i) => {
    if (!d.startsWith(`${year}-`)) issues.push({ path: `workingWeekends.${i}`, code: "holidays.notInYear", ...ruleMessages["holidays.notInYear"] });
  });
  if (issues.length) throw errors.validation(issues);
  const existing = await ctx.store.get<CalendarRecord>(calendarKey(year));
  const now = ctx.clock.now();
  const holidays = [...input.holidays].sort((a, b) => a.date.localeCompare(b.date));
  const record: CalendarRecord = {
    ...calendarKey(year),
    type: "HolidayCalendar",
    version: (existing?.version ?? 0) + 1,
    year,
    holidays,
    workingWeekends: [...new Set(input.workingWeekends)].sort(),
    updatedAt: now.toISOString(),
    updatedBy: actor.username,
  };
  await ctx.store.transact([
    { op: "put", record, condition: existing ? { kind: "versionIs", version: existing.version } : { kind: "notExists" } },
    auditEntry({ actor: actor.username, action: "calendar.put", subject: `CALENDAR#${year}`, at: now }),
  ]);
  return { year, holidays: record.holidays, workingWeekends: record.workingWeekends };
}

/** Working-day arithmetic over the calendars of the given years (stored or default). */
export async function workingDaysFor(ctx: Needs<"store">, years: number[]): Promise<WorkingDays> {
  const calendars = await Promise.all(years.map((y) => getHolidayCalendar(ctx, y)));
  return new WorkingDays(calendars);
}
