/**
 * Calendar dates in Azerbaijan. Baku is UTC+4 all year (no daylight saving since 2016), so a
 * fixed offset is exact and keeps this module free of time-zone databases.
 */
export const BAKU_OFFSET_MINUTES = 4 * 60;
const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of the given instant in Baku. */
export function bakuDate(at: Date): string {
  return new Date(at.getTime() + BAKU_OFFSET_MINUTES * 60_000).toISOString().slice(0, 10);
}

/** The instant a Baku calendar day starts. */
export function bakuStartOfDay(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - BAKU_OFFSET_MINUTES * 60_000);
}

export function addCalendarDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Day of week of a calendar date, 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** Whole calendar days from `a` to `b` (negative if b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/** Age in full years on a date, from a birth date (both `YYYY-MM-DD`). */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number);
  const [y, m, d] = on.split("-").map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
