import * as z from "zod";
import { isoDate, requiredText } from "../validation/fields.js";
import { addCalendarDays, weekday } from "./baku.js";

/**
 * The public-holiday calendar of one year, kept as data (the Cabinet moves days off every year).
 * `holidays` are non-working days; `workingWeekends` are Saturdays/Sundays declared working.
 */
export const holidayCalendarSchema = z.object({
  holidays: z
    .array(z.object({ date: isoDate, name: z.object({ az: requiredText(120), en: requiredText(120) }) }).strict())
    .max(60),
  workingWeekends: z.array(isoDate).max(20).default([]),
}).strict();

export type HolidayCalendarInput = z.infer<typeof holidayCalendarSchema>;

export interface HolidayCalendar {
  year: number;
  holidays: { date: string; name: { az: string; en: string } }[];
  workingWeekends: string[];
}

/** Working-day arithmetic over any number of yearly calendars. */
export class WorkingDays {
  private readonly off = new Set<string>();
  private readonly on = new Set<string>();

  constructor(calendars: HolidayCalendar[]) {
    for (const c of calendars) {
      for (const h of c.holidays) this.off.add(h.date);
      for (const d of c.workingWeekends) this.on.add(d);
    }
  }

  isWorkingDay(date: string): boolean {
    if (this.on.has(date)) return true;
    if (this.off.has(date)) return false;
    const wd = weekday(date);
    return wd !== 0 && wd !== 6;
  }

  /**
   * The date on which a term of `n` working days ends, counting from the day after `start`
   * (the day of the request does not count — the usual reading of procedural terms).
   */
  addWorkingDays(start: string, n: number): string {
    let date = start;
    let left = n;
    while (left > 0) {
      date = addCalendarDays(date, 1);
      if (this.isWorkingDay(date)) left--;
    }
    return date;
  }
}

/** Years a term starting on `start` may touch: loaded together so a term can cross New Year. */
export const yearsSpanned = (start: string, calendarDays: number): number[] => {
  const first = Number(start.slice(0, 4));
  const last = Number(addCalendarDays(start, calendarDays).slice(0, 4));
  const years: number[] = [];
  for (let y = first; y <= last; y++) years.push(y);
  return years;
};
