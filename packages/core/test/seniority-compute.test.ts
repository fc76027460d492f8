/**
 * The seniority computation (packages/core/src/seniority/compute.ts): the convention's examples,
 * the edge cases the issue names, and fast-check properties.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type BracketTable,
  bracketTableOn,
  compareDurations,
  computeSeniority,
  dateOfDay,
  dayNumber,
  daysOfYears,
  defaultBracketTable,
  durationOfDays,
  formatDuration,
  type PeriodInput,
} from "../src/seniority/compute.js";
import { periodSchema, submitSchema } from "../src/seniority/form.js";

const TODAY = "2026-05-15";
const civil = (start: string, end?: string, extra: Partial<PeriodInput> = {}): PeriodInput => ({
  organisation: "Ədliyyə Nazirliyi",
  position: "Məsləhətçi",
  start,
  ...(end ? { end } : {}),
  toDate: !end,
  civilService: true,
  ...extra,
});
const total = (periods: PeriodInput[], on = TODAY) => computeSeniority(periods, on).total;

describe("the convention", () => {
  it("counts inclusive calendar days: a same-day period is 1 day, a whole January is 1 month", () => {
    expect(computeSeniority([civil("2020-03-10", "2020-03-10")], TODAY).totalDays).toBe(1);
    expect(total([civil("2020-03-10", "2020-03-10")])).toEqual({ years: 0, months: 0, days: 1 });
    expect(total([civil("2021-01-01", "2021-01-31")])).toEqual({ years: 0, months: 1, days: 0 });
    expect(total([civil("2021-04-01", "2021-04-30")])).toEqual({ years: 0, months: 0, days: 30 });
  });

  it("reads whole calendar years exactly, leap days included, over a 40-year career", () => {
    expect(total([civil("2019-01-01", "2019-12-31")])).toEqual({ years: 1, months: 0, days: 0 });
    // Four years always hold one 29 February: 1 461 days = 4 years.
    expect(total([civil("2018-03-01", "2022-02-28")])).toEqual({ years: 4, months: 0, days: 0 });
    const career = computeSeniority([civil("1985-09-01", "2025-08-31")], TODAY);
    expect(career.totalDays).toBe(dayNumber("2025-09-01") - dayNumber("1985-09-01"));
    expect(career.total).toEqual({ years: 40, months: 0, days: 0 });
    expect(career.bracket).toMatchObject({ fromYears: 15, percent: 30 });
    expect(career.next).toBeNull();
  });

  it("29 February counts as a day, and a whole leap year reads 1 year 1 day (366 days)", () => {
    expect(computeSeniority([civil("2024-02-29", "2024-02-29")], TODAY).totalDays).toBe(1);
    expect(computeSeniority([civil("2024-02-28", "2024-03-01")], TODAY).totalDays).toBe(3);
    expect(computeSeniority([civil("2023-02-28", "2023-03-01")], TODAY).totalDays).toBe(2);
    expect(total([civil("2024-01-01", "2024-12-31")])).toEqual({ years: 1, months: 0, days: 1 });
  });

  it("month ends: 31.01–28.02 and 30.11–31.12 are counted by their days", () => {
    expect(computeSeniority([civil("2021-01-31", "2021-02-28")], TODAY).totalDays).toBe(29);
    expect(total([civil("2021-01-31", "2021-02-28")])).toEqual({ years: 0, months: 0, days: 29 });
    expect(total([civil("2021-11-30", "2021-12-31")])).toEqual({ years: 0, months: 1, days: 1 });
  });

  it("overlapping and nested periods count once; gaps count nothing; adjacent periods join", () => {
    const overlap = computeSeniority([civil("2010-01-01", "2010-06-30"), civil("2010-04-01", "2010-12-31")], TODAY);
    expect(overlap.totalDays).toBe(365);
    expect(overlap.counted).toEqual([{ start: "2010-01-01", end: "2010-12-31", days: 365 }]);
    const nested = computeSeniority([civil("2010-01-01", "2010-12-31"), civil("2010-03-01", "2010-03-31")], TODAY);
    expect(nested.totalDays).toBe(365);
    const gap = computeSeniority([civil("2010-01-01", "2010-01-31"), civil("2010-03-01", "2010-03-31")], TODAY);
    expect(gap.totalDays).toBe(62);
    expect(gap.spanDays).toBe(90);
    expect(gap.counted).toHaveLength(2);
    const adjacent = computeSeniority([civil("2010-01-01", "2010-01-31"), civil("2010-02-01", "2010-02-28")], TODAY);
    expect(adjacent.counted).toEqual([{ start: "2010-01-01", end: "2010-02-28", days: 59 }]);
  });

  it("only civil-service periods count", () => {
    const r = computeSeniority([civil("2000-01-01", "2009-12-31", { civilService: false }), civil("2010-01-01", "2010-12-31")], TODAY);
    expect(r.totalDays).toBe(365);
    expect(computeSeniority([civil("2000-01-01", "2009-12-31", { civilService: false })], TODAY).total).toEqual({ years: 0, months: 0, days: 0 });
  });

  it("“to date” ends on the calculation date, and the next bracket's date follows from it", () => {
    const r = computeSeniority([civil("2022-05-15")], TODAY);
    // 15.05.2022 – 15.05.2026 inclusive: 1 462 days = 4 years 1 day.
    expect(r.totalDays).toBe(1462);
    expect(r.total).toEqual({ years: 4, months: 0, days: 1 });
    expect(r.bracket).toMatchObject({ fromYears: 1, toYears: 5, percent: 5 });
    expect(r.next).toMatchObject({ fromYears: 5, percent: 10, missingDays: daysOfYears(5) - 1462 });
    // On the day the bracket is reached, the calculation reads exactly 5 years.
    const reachedOn = r.next!.reachedOn!;
    expect(reachedOn).toBe(dateOfDay(dayNumber(TODAY) + daysOfYears(5) - 1462));
    const then = computeSeniority([civil("2022-05-15")], reachedOn);
    expect(then.total).toEqual({ years: 5, months: 0, days: 0 });
    expect(then.bracket).toMatchObject({ fromYears: 5, percent: 10 });
    expect(computeSeniority([civil("2022-05-15")], dateOfDay(dayNumber(reachedOn) - 1)).bracket).toMatchObject({ percent: 5 });
  });

  it("without a period to date the next bracket has no date, only the time missing", () => {
    const r = computeSeniority([civil("2020-01-01", "2020-12-31")], TODAY);
    expect(r.bracket).toMatchObject({ percent: 5 });
    expect(r.next?.reachedOn).toBeUndefined();
    expect(r.next).toMatchObject({ fromYears: 5, missingDays: daysOfYears(5) - 366 });
    expect(computeSeniority([civil("2026-01-01", "2026-03-01")], TODAY).bracket).toBeNull();
  });

  it("days after the calculation date are not counted", () => {
    expect(computeSeniority([civil("2026-05-01", "2026-12-31")], TODAY).totalDays).toBe(15);
  });

  it("the brackets in force are the latest version on or before the date; the defaults otherwise", () => {
    const v2030: BracketTable = { effectiveFrom: "2030-01-01", brackets: [{ fromYears: 1, percent: 7 }] };
    const v2020: BracketTable = { effectiveFrom: "2020-01-01", brackets: [{ fromYears: 2, percent: 6 }] };
    expect(bracketTableOn([v2030, v2020], TODAY)).toBe(v2020);
    expect(bracketTableOn([v2030], TODAY)).toBe(defaultBracketTable);
    expect(bracketTableOn([v2030, v2020], "2031-01-01")).toBe(v2030);
  });

  it("formats both languages", () => {
    expect(formatDuration({ years: 12, months: 1, days: 4 })).toEqual({ az: "12 il 1 ay 4 gün", en: "12 years 1 month 4 days" });
  });
});

describe("the schemas (the browser's and the server's)", () => {
  const ok = (p: unknown) => periodSchema(TODAY).safeParse(p);
  it("needs an end or “to date”, an end not before the start, no future dates", () => {
    expect(ok({ organisation: "A", position: "B", start: "2020-01-01", toDate: false, civilService: true }).success).toBe(false);
    expect(ok({ organisation: "A", position: "B", start: "2020-01-02", end: "2020-01-01", toDate: false, civilService: true }).error?.issues[0].message).toBe("seniority.endBeforeStart");
    expect(ok({ organisation: "A", position: "B", start: "2026-06-01", toDate: true, civilService: true }).error?.issues[0].message).toBe("seniority.future");
    expect(ok({ organisation: "A", position: "B", start: "2020-01-01", end: "2020-01-01", toDate: false, civilService: true }).success).toBe(true);
    expect(ok({ organisation: "A", position: "B", start: "2020-02-30", end: "2020-03-01", toDate: false, civilService: true }).success).toBe(false);
  });
  it("the request names the checked scans and a request key", () => {
    const r = submitSchema(TODAY).safeParse({ email: "a@b.az", idCard: "AZE12345678", fin: "5hk7q2m", fullName: "X", periods: [civil("2020-01-01", "2020-02-01")], scans: [], requestKey: "k" });
    expect(r.error?.issues.map((i) => i.message)).toEqual(["seniority.scanRequired", "seniority.requestKey"]);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

const FROM = dayNumber("1960-01-01");
const CALC = dayNumber("2026-05-15");
const periodArb = fc
  .record({ a: fc.integer({ min: FROM, max: CALC }), len: fc.integer({ min: 0, max: 4000 }), toDate: fc.boolean(), civilService: fc.boolean() })
  .map(({ a, len, toDate, civilService }): PeriodInput => ({
    organisation: "O",
    position: "P",
    start: dateOfDay(a),
    ...(toDate && len % 5 === 0 ? {} : { end: dateOfDay(Math.min(a + len, CALC)) }),
    toDate: toDate && len % 5 === 0,
    civilService,
  }));
const periodsArb = fc.array(periodArb, { maxLength: 12 });
const today = dateOfDay(CALC);

describe("properties (fast-check)", () => {
  it("the total never exceeds the span of the counted days, nor any period's own length when alone", () => {
    fc.assert(
      fc.property(periodsArb, (periods) => {
        const r = computeSeniority(periods, today);
        expect(r.totalDays).toBeLessThanOrEqual(r.spanDays);
        expect(compareDurations(r.total, durationOfDays(r.spanDays))).toBeLessThanOrEqual(0);
        const civilOnes = periods.filter((p) => p.civilService);
        if (civilOnes.length) {
          const first = Math.min(...civilOnes.map((p) => dayNumber(p.start)));
          const last = Math.max(...civilOnes.map((p) => (p.toDate ? CALC : dayNumber(p.end!))));
          expect(r.totalDays).toBeLessThanOrEqual(last - first + 1);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("never depends on the order of the periods", () => {
    fc.assert(
      fc.property(periodsArb.chain((ps) => fc.tuple(fc.constant(ps), fc.shuffledSubarray(ps, { minLength: ps.length, maxLength: ps.length }))), ([ps, shuffled]) => {
        expect(computeSeniority(shuffled, today)).toEqual(computeSeniority(ps, today));
      }),
      { numRuns: 300 },
    );
  });

  it("adding a period never lowers it (days, and years/months/days read lexicographically); the bracket never falls", () => {
    fc.assert(
      fc.property(periodsArb, periodArb, (ps, extra) => {
        const before = computeSeniority(ps, today);
        const after = computeSeniority([...ps, extra], today);
        expect(after.totalDays).toBeGreaterThanOrEqual(before.totalDays);
        expect(compareDurations(after.total, before.total)).toBeGreaterThanOrEqual(0);
        expect(after.bracket?.percent ?? 0).toBeGreaterThanOrEqual(before.bracket?.percent ?? 0);
      }),
      { numRuns: 500 },
    );
  });

  it("years/months/days are a faithful reading of the days: more days never read less, and the reading is invertible", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40000 }), fc.integer({ min: 0, max: 400 }), (n, k) => {
        expect(compareDurations(durationOfDays(n + k), durationOfDays(n))).toBeGreaterThanOrEqual(0);
        const d = durationOfDays(n);
        expect(d.months).toBeLessThan(12);
        expect(d.days).toBeLessThan(31);
      }),
    );
  });

  it("one continuous period's reading, laid from the period's own start, ends within 4 days of its end", () => {
    fc.assert(
      fc.property(fc.integer({ min: FROM, max: CALC - 1 }), fc.integer({ min: 0, max: 15000 }), (a, len) => {
        const last = Math.min(a + len, CALC);
        const start = dateOfDay(a);
        const r = computeSeniority([civil(start, dateOfDay(last))], today);
        const s = new Date(`${start}T00:00:00Z`);
        const month = s.getUTCMonth() + r.total.years * 12 + r.total.months;
        const daysInMonth = new Date(Date.UTC(s.getUTCFullYear(), month + 1, 0)).getUTCDate();
        const laidEnd = Date.UTC(s.getUTCFullYear(), month, Math.min(s.getUTCDate(), daysInMonth)) / 86_400_000 + r.total.days;
        expect(Math.abs(laidEnd - (last + 1))).toBeLessThanOrEqual(4);
      }),
      { numRuns: 1000 },
    );
  });
});
