import { describe, expect, it } from "vitest";
import { addCalendarDays, ageOn, bakuDate, bakuStartOfDay, defaultHolidayCalendars, WorkingDays, yearsSpanned } from "../src/index.js";

describe("Baku calendar dates", () => {
  it("turns instants into Baku dates (UTC+4)", () => {
    expect(bakuDate(new Date("2026-11-21T19:59:59Z"))).toBe("2026-11-21");
    expect(bakuDate(new Date("2026-11-21T20:00:00Z"))).toBe("2026-11-22");
    expect(bakuStartOfDay("2026-11-22").toISOString()).toBe("2026-11-21T20:00:00.000Z");
  });
  it("adds days across month and leap-year ends", () => {
    expect(addCalendarDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addCalendarDays("2026-12-31", 1)).toBe("2027-01-01");
  });
  it("counts age in full years, birthday included", () => {
    expect(ageOn("2010-11-22", "2026-11-22")).toBe(16);
    expect(ageOn("2010-11-23", "2026-11-22")).toBe(15);
    expect(ageOn("2008-02-29", "2024-02-28")).toBe(15);
  });
});

describe("working days", () => {
  const wd = new WorkingDays(defaultHolidayCalendars);
  it("skips weekends", () => {
    // Friday 2026-11-20 + 1 working day = Monday 2026-11-23
    expect(wd.addWorkingDays("2026-11-20", 1)).toBe("2026-11-23");
  });
  it("skips public holidays from the calendar data", () => {
    // 2026-12-30 (Wed) + 1: 31 Dec is a holiday, 1–2 Jan 2027 are holiday/Saturday, 3 Jan Sunday, 4 Jan transferred holiday
    expect(wd.addWorkingDays("2026-12-30", 1)).toBe("2027-01-05");
  });
  it("15 working days over Novruz", () => {
    // 17–19 Mar, 27 Mar, 30–31 Mar, 1–3 Apr, 6–10 Apr, 13 Apr: Novruz and the Eid transfers (20–26 Mar) do not count
    expect(wd.addWorkingDays("2026-03-16", 15)).toBe("2026-04-13");
  });
  it("honours weekends declared working", () => {
    const custom = new WorkingDays([{ year: 2026, holidays: [], workingWeekends: ["2026-11-21"] }]);
    expect(custom.addWorkingDays("2026-11-20", 1)).toBe("2026-11-21");
  });
  it("lists the years a term may cross", () => {
    expect(yearsSpanned("2026-12-20", 45)).toEqual([2026, 2027]);
  });
});
