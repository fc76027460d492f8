import { describe, expect, it } from "vitest";
import { appealTerms, decisionTerm, deficiencyNoticeTerm } from "../src/legal/appeal-terms.js";
import { MemoryStore } from "./memory-store.js";

describe("the legal sector's terms", () => {
  it("deficiency notice: 5 calendar days from the day after receipt; reminder on day 4 at 09:00 Baku", () => {
    // Received Friday 2026-11-20 at 23:30 Baku (19:30 UTC).
    const t = deficiencyNoticeTerm(new Date("2026-11-20T19:30:00Z"));
    expect(t.lastDay).toBe("2026-11-25");
    expect(t.dueAt.toISOString()).toBe("2026-11-25T20:00:00.000Z"); // 24:00 Baku on the 25th
    expect(t.remindAt.toISOString()).toBe("2026-11-24T05:00:00.000Z"); // 09:00 Baku on day 4
  });

  it("article 10: 15 working days skipping weekends and the holiday calendar (New Year, 20 January)", async () => {
    const store = new MemoryStore();
    // Received Monday 2026-12-21: the term crosses 31 Dec – 2 Jan holidays and weekends.
    const t = await decisionTerm({ store }, new Date("2026-12-21T08:00:00Z"));
    // Working days after 21 Dec: 22,23,24,25 | 28,29,30 (31 Dec, 1–2 Jan holidays) | 5,6,7,8,9 | 12,13,14 → 15th = 14 Jan
    expect(t.lastDay).toBe("2027-01-14");
    expect(t.dueAt.toISOString()).toBe("2027-01-14T20:00:00.000Z");
    const extended = await decisionTerm({ store }, new Date("2026-12-21T08:00:00Z"), true);
    expect(extended.lastDay > t.lastDay).toBe(true);
    expect(appealTerms.extendedDecisionWorkingDays).toBe(30);
  });
});
