/**
 * Service 5 — civil-service seniority, computed by ONE pure function shared by the browser (the
 * figures shown at once as the citizen types) and the server (which recomputes on every submission
 * and decision and never trusts the browser's figures). Browser-safe: no imports at all.
 *
 * THE CONVENTION
 *
 * 1. A period is the set of calendar days from its start to its end, BOTH INCLUSIVE: a period that
 *    starts and ends on the same day counts 1 day; 01.01–31.01 counts 31 days. A period "to date"
 *    (hal-hazıradək) ends on the calculation date, which is today in Baku (UTC+4).
 * 2. Only the periods marked as civil service count. Their days are UNITED: a day covered by two
 *    overlapping or nested periods counts once; days between periods (gaps) count nothing.
 * 3. The total is that number of calendar days, N. Leap years need no rule: 29 February is a day
 *    like any other, counted when it falls inside a period.
 * 4. N is shown as years, months and days by laying the N days end to end as calendar time from a
 *    fixed reference day, 1 January 2001 (the first day of a four-year leap cycle): the whole
 *    calendar years, then the whole calendar months of that stretch, then the days left.
 *    E.g. 365 days = 1 year; 1 461 days = 4 years; 31 days = 1 month; 30 days = 30 days.
 * 5. A bracket "from k years" is earned once N reaches the days of k calendar years laid the same
 *    way (1 year = 365 days, 5 years = 1 826, 10 = 3 652, 15 = 5 478). With a civil-service period
 *    "to date", every further day counts, so the next bracket is reached on
 *    (calculation date + the missing days); without one, only the missing time can be shown.
 *
 * WHY THIS RULE. Azerbaijani practice counts seniority "in calendar order" (təqvim qaydasında):
 * whole calendar years and months of service. Labour-book arithmetic done by hand — each entry's
 * years/months/days summed, every 30 days carried into a month — gives different answers for the
 * same days depending on how the entries happen to be cut: joining two entries by a one-day bridge
 * can LOWER that sum (03.01–31.01 = 29 days and 02.02–01.03 = 1 month, bridged by
 * 01.02, become 03.01–01.03 = 1 month 27 days), and the shortcut "1 month = 30 days,
 * 1 year = 360 days" overstates a 40-year career by about 7 months. Counting the united days and
 * reading them as calendar time keeps calendar years exact over every four-year cycle, depends on
 * N alone — so the total never depends on the order of the periods, never falls when a period is
 * added and never exceeds the span — and, laid back from one continuous period's own start, ends
 * within 4 days of the period's end (months differ by up to 3 days in length, plus one leap day):
 * a lone February is 28 days, not "1 month"; a whole leap year, 366 days, reads "1 year 1 day".
 * The legal officer may correct periods before approval (each correction recorded).
 */

export interface PeriodInput {
  organisation: string;
  position: string;
  /** `YYYY-MM-DD`, inclusive. */
  start: string;
  /** `YYYY-MM-DD`, inclusive; absent when `toDate`. */
  end?: string;
  /** The period lasts up to the calculation date. */
  toDate: boolean;
  /** Whether the period counts as civil service. */
  civilService: boolean;
}

export interface Duration {
  years: number;
  months: number;
  days: number;
}

export interface Bracket {
  /** Earned from this many whole years of seniority… */
  fromYears: number;
  /** …as this percentage of the position salary. */
  percent: number;
}

/** A version of the seniority-bonus brackets, in force from `effectiveFrom` (they change by decree). */
export interface BracketTable {
  effectiveFrom: string;
  brackets: Bracket[];
}

/** The defaults (SPEC, service 5): 1–5 years 5%, 5–10 10%, 10–15 20%, over 15 years 30% of the salary. */
export const defaultBracketTable: BracketTable = {
  effectiveFrom: "2002-01-28",
  brackets: [
    { fromYears: 1, percent: 5 },
    { fromYears: 5, percent: 10 },
    { fromYears: 10, percent: 20 },
    { fromYears: 15, percent: 30 },
  ],
};

export interface SeniorityResult {
  calculatedOn: string;
  /** N: the united civil-service calendar days. */
  totalDays: number;
  total: Duration;
  /** From the first counted day to the last one, inclusive (0 without civil-service periods). */
  spanDays: number;
  /** The disjoint stretches counted, in order (inclusive dates). */
  counted: { start: string; end: string; days: number }[];
  /** The bracket earned on the calculation date, or null (under the first bracket). */
  bracket: (Bracket & { toYears?: number }) | null;
  /** The next bracket: the time still missing and, with a period "to date", the date it is reached. */
  next: (Bracket & { missingDays: number; missing: Duration; reachedOn?: string }) | null;
  bracketsEffectiveFrom: string;
}

const DAY_MS = 86_400_000;
/** The reference day the united days are laid from (see the convention, point 4). */
export const REFERENCE_DAY = "2001-01-01";

/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
export const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
export const dateOfDay = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** N days laid end to end from the reference day, read as whole years, months and days. */
export function durationOfDays(n: number): Duration {
  const end = new Date((dayNumber(REFERENCE_DAY) + Math.max(0, Math.floor(n))) * DAY_MS);
  // The reference day is the 1st of January, so the exclusive end date reads off directly.
  return { years: end.getUTCFullYear() - 2001, months: end.getUTCMonth(), days: end.getUTCDate() - 1 };
}

/** The days of `years` whole calendar years laid from the reference day (the inverse of durationOfDays). */
export function daysOfYears(years: number): number {
  return dayNumber(`${String(2001 + years).padStart(4, "0")}-01-01`) - dayNumber(REFERENCE_DAY);
}

/** The days of a duration laid from the reference day (for comparing a duration with N). */
export function daysOfDuration(d: Duration): number {
  const end = Date.UTC(2001 + d.years, d.months, 1 + d.days);
  return Math.round(end / DAY_MS) - dayNumber(REFERENCE_DAY);
}

/** Lexicographic comparison of durations (years, then months, then days). */
export const compareDurations = (a: Duration, b: Duration) => a.years - b.years || a.months - b.months || a.days - b.days;

/** The bracket table in force on a date: the latest version that took effect on or before it (or the defaults). */
export function bracketTableOn(versions: readonly BracketTable[], on: string): BracketTable {
  const inForce = versions.filter((v) => v.effectiveFrom <= on).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  return inForce[0] ?? defaultBracketTable;
}

/**
 * The seniority on `calculatedOn` from the periods (see the convention above). Periods that are
 * not civil service, or whose dates are missing or reversed, count nothing (the schemas refuse
 * them before a request is registered; here, while the citizen types, they are just left out).
 * Days after the calculation date are not counted.
 */
export function computeSeniority(periods: readonly PeriodInput[], calculatedOn: string, table: BracketTable = defaultBracketTable): SeniorityResult {
  const today = dayNumber(calculatedOn);
  const ranges: [number, number][] = [];
  for (const p of periods) {
    if (!p.civilService || !isDate(p.start)) continue;
    const end = p.toDate ? today : p.end && isDate(p.end) ? dayNumber(p.end) : NaN;
    const start = dayNumber(p.start);
    const last = Math.min(end, today);
    if (!Number.isFinite(last) || last < start) continue;
    ranges.push([start, last]);
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [s, e] of ranges) {
    const last = merged[merged.length - 1];
    // Adjacent periods (one ends the day before the next starts) join into one stretch.
    if (last && s <= last[1] + 1) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const totalDays = merged.reduce((n, [s, e]) => n + (e - s + 1), 0);
  const spanDays = merged.length ? merged[merged.length - 1][1] - merged[0][0] + 1 : 0;
  const ongoing = periods.some((p) => p.civilService && p.toDate && isDate(p.start) && dayNumber(p.start) <= today);

  const brackets = [...table.brackets].sort((a, b) => a.fromYears - b.fromYears);
  let bracket: SeniorityResult["bracket"] = null;
  let next: SeniorityResult["next"] = null;
  for (let i = 0; i < brackets.length; i++) {
    const b = brackets[i];
    if (totalDays >= daysOfYears(b.fromYears)) {
      bracket = { ...b, ...(brackets[i + 1] ? { toYears: brackets[i + 1].fromYears } : {}) };
    } else {
      const missingDays = daysOfYears(b.fromYears) - totalDays;
      next = { ...b, missingDays, missing: durationOfDays(missingDays), ...(ongoing ? { reachedOn: dateOfDay(today + missingDays) } : {}) };
      break;
    }
  }
  return {
    calculatedOn,
    totalDays,
    total: durationOfDays(totalDays),
    spanDays,
    counted: merged.map(([s, e]) => ({ start: dateOfDay(s), end: dateOfDay(e), days: e - s + 1 })),
    bracket,
    next,
    bracketsEffectiveFrom: table.effectiveFrom,
  };
}

function isDate(value: unknown): value is string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const t = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === value;
}

/** "12 il 3 ay 4 gün" / "12 years 3 months 4 days". */
export function formatDuration(d: Duration): { az: string; en: string } {
  const en = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;
  return {
    az: `${d.years} il ${d.months} ay ${d.days} gün`,
    en: `${en(d.years, "year")} ${en(d.months, "month")} ${en(d.days, "day")}`,
  };
}
