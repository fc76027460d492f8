import { describe, expect, it } from "vitest";
import { announceCompetition, deadlineHandlers, fireDeadline, listMyRequests } from "../src/index.js";
import { enterReserve, leaveReserve, listMyReserve, listReserveSearches, recordAppointments, searchReserve, setReserveConsent } from "../src/reserve/usecases.js";
import { importResults } from "../src/results/usecases.js";
import { setupResults } from "./results-setup.js";

const sel = { username: "selection.officer" };
const hr = { username: "hr.taxes", stateBody: "taxes" };

const person = (i: number, over: Record<string, unknown> = {}) => ({
  source: "manual",
  fullName: `Şəxs ${i}`,
  email: `p${i}@example.az`,
  classification: 5,
  education: [{ level: "bachelor", specialtyCode: "050401", specialtyName: "Hüquqşünaslıq" }],
  seniorityYears: 3,
  test: { score: 60 + i, passMark: 55, date: "2026-10-01" },
  interview: { date: "2026-10-10" },
  competition: "2026-cı il payız müsabiqəsi",
  enteredOn: `2026-11-${String(10 + i).padStart(2, "0")}`,
  consent: true,
  ...over,
});

async function seeded() {
  const setup = await setupResults(0);
  const { ctx } = setup;
  const entries = [
    person(1),
    person(2, { classification: 6, education: [{ level: "master", specialtyCode: "050403", specialtyName: "Maliyyə" }] }),
    person(3, { classification: 6, education: [{ level: "bachelor", specialtyCode: "050402", specialtyName: "İqtisadiyyat" }, { level: "master", specialtyCode: "050403", specialtyName: "Maliyyə" }], seniorityYears: 8 }),
    person(4, { classification: 6, education: [{ level: "bachelor", specialtyCode: "050403", specialtyName: "Maliyyə" }] }),
    person(5, { classification: 7, education: [{ level: "bachelor", specialtyCode: "050403", specialtyName: "Maliyyə" }] }),
  ];
  const ids = [];
  for (const e of entries) ids.push((await enterReserve(ctx, sel, e)).entry.id);
  return { ...setup, ids };
}

describe("service 4: the reserve list", () => {
  it("an HR officer searches by classification and specialty combined and gets the right people at once; the search is recorded", async () => {
    const { ctx, mailer } = await seeded();
    expect(mailer.sent.filter((m) => m.subject.includes("Ehtiyat kadrlar siyahısına daxil edildiniz"))).toHaveLength(5);
    const found = await searchReserve(ctx, hr, { classification: "6", specialty: "050403" });
    expect(found.items.map((r) => r.fullName)).toEqual(["Şəxs 4", "Şəxs 3", "Şəxs 2"]);
    expect(found.cursor).toBeUndefined();
    expect((await searchReserve(ctx, hr, { classification: "6", specialty: "050403", level: "master", minSeniority: "5" })).items.map((r) => r.fullName)).toEqual(["Şəxs 3"]);
    expect((await searchReserve(ctx, hr, { specialty: "050403", sort: "score_asc" })).items.map((r) => r.fullName)).toEqual(["Şəxs 2", "Şəxs 3", "Şəxs 4", "Şəxs 5"]);
    expect((await searchReserve(ctx, hr, { minScore: "63", sort: "score_desc" })).items.map((r) => r.fullName)).toEqual(["Şəxs 5", "Şəxs 4", "Şəxs 3"]);
    expect((await searchReserve(ctx, hr, { enteredFrom: "2026-11-12", enteredTo: "2026-11-13", sort: "entered_asc" })).items.map((r) => r.fullName)).toEqual(["Şəxs 2", "Şəxs 3"]);
    expect((await searchReserve(ctx, hr, { name: "şəxs 1" })).items.map((r) => r.fullName)).toEqual(["Şəxs 1"]);

    const log = await listReserveSearches(ctx, {});
    expect(log.items).toHaveLength(6);
    const first = log.items.find((l) => (l.criteria as { classification?: number; level?: string }).classification === 6 && !(l.criteria as { level?: string }).level)!;
    expect(first).toMatchObject({ actor: "hr.taxes", stateBody: "taxes", count: 3 });
    expect(first.criteria).toMatchObject({ classification: 6, specialty: "050403", status: "in_reserve", sort: "entered_desc" });
  });

  it("pages by cursor in either sort order without repeating or losing anyone", async () => {
    const { ctx } = await seeded();
    for (const sort of ["entered_desc", "entered_asc", "score_desc", "score_asc"]) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await searchReserve(ctx, hr, { sort, limit: "2", ...(cursor ? { cursor } : {}) });
        seen.push(...page.items.map((r) => r.fullName));
        cursor = page.cursor;
      } while (cursor);
      expect(new Set(seen).size).toBe(5);
      expect(seen).toHaveLength(5);
    }
    const other = await searchReserve(ctx, hr, { limit: "2" });
    expect((await searchReserve(ctx, hr, { classification: "5", cursor: other.cursor }).catch((e) => e)).code).toBe("invalid_cursor");
  });

  it("a query in a wrong format is refused at once with the reason", async () => {
    const { ctx } = await seeded();
    const e = await searchReserve(ctx, hr, { classification: "9", specialty: "x", minScore: "abc", foo: "1" }).catch((x) => x);
    expect(e.status).toBe(400);
    expect(e.issues.map((i: { path: string }) => i.path).sort()).toEqual(["classification", "foo", "minScore", "specialty"]);
    const range = await searchReserve(ctx, hr, { enteredFrom: "2026-11-20", enteredTo: "2026-11-01" }).catch((x) => x);
    expect(range.issues[0]).toMatchObject({ path: "enteredTo", code: "reserve.range" });
    expect(range.issues[0].az).toContain("Dövrün sonu");
    const noConsent = await enterReserve(ctx, sel, person(9, { consent: false })).catch((x) => x);
    expect(noConsent.issues[0]).toMatchObject({ path: "consent", code: "reserve.consent" });
  });

  it("appointments: the appointed are marked, the others who passed the interview enter the reserve and see it; leaving is recorded", async () => {
    const { ctx, people, store } = await setupResults(3);
    const competitionId = people[0].application.vacancy.competitionId;
    await importResults(ctx, { username: "it" }, { competitionId, kind: "test", csv: ["candidateCode,score,passMark,date", ...people.map((p) => `${p.code},80,60,2026-12-25`)].join("\n") });
    await importResults(ctx, { username: "it" }, { competitionId, kind: "interview", csv: ["candidateCode,outcome,date", `${people[0].code},passed,2026-12-26`, `${people[1].code},passed,2026-12-26`, `${people[2].code},not_passed,2026-12-26`].join("\n") });
    const unknown = await recordAppointments(ctx, sel, competitionId, { appointed: [people[2].code] }).catch((e) => e);
    expect(unknown.code).toBe("unknown_candidates");
    const out = await recordAppointments(ctx, sel, competitionId, { appointed: [people[0].code] });
    expect(out).toEqual({ appointed: 1, enteredReserve: 1, passedInterview: 2 });
    expect(await recordAppointments(ctx, sel, competitionId, { appointed: [people[0].code] })).toEqual({ appointed: 0, enteredReserve: 0, passedInterview: 2 });
    const mine = await listMyReserve(ctx, people[1].citizen);
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]).toMatchObject({ classification: 5, status: "in_reserve", candidateCode: people[1].code, test: { score: 80 } });
    expect((await listMyReserve(ctx, people[0].citizen)).items).toHaveLength(0);
    const requests = await listMyRequests(ctx, people[1].citizen.sub, {});
    expect(requests.items.find((r) => r.service === 4)?.status).toBe("in_reserve");
    expect((await listMyRequests(ctx, people[0].citizen.sub, {})).items.find((r) => r.service === 2)?.status).toBe("appointed");
    // A candidate already appointed or who failed cannot be put in by hand.
    expect((await enterReserve(ctx, sel, { source: "application", candidateCode: people[0].code }).catch((e) => e)).code).toBe("not_eligible");
    expect((await enterReserve(ctx, sel, { source: "application", candidateCode: people[1].code })).created).toBe(false);

    // Someone else's entry is "not found"; the owner may turn the vacancy e-mails off.
    expect((await setReserveConsent(ctx, people[0].citizen, mine.items[0].id, { notify: false }).catch((e) => e)).status).toBe(404);
    expect((await setReserveConsent(ctx, people[1].citizen, mine.items[0].id, { notify: false })).notify).toBe(false);

    const left = await leaveReserve(ctx, sel, mine.items[0].id, { reason: "appointed_elsewhere", on: "2026-12-28", note: "Vergilər Nazirliyi" });
    expect(left.status).toBe("left_reserve");
    expect((await searchReserve(ctx, hr, {})).items).toHaveLength(0);
    expect((await searchReserve(ctx, hr, { status: "left_reserve", classification: "5" })).items.map((r) => r.left?.reason)).toEqual(["appointed_elsewhere"]);
    expect((await leaveReserve(ctx, sel, mine.items[0].id, { reason: "expired", on: "2026-12-28" }).catch((e) => e)).code).toBe("already_left");
    expect([...store.items.values()].filter((r) => r.pk === `RESERVE#${mine.items[0].id}`).every((r) => String(r.byQueuePk).startsWith("RSVD#left_reserve#"))).toBe(true);
  });

  it("a new vacancy e-mails the reserve people who match it and consented (through the outbox)", async () => {
    const { ctx, store, ids, clock } = await seeded();
    await setReserveConsent(ctx, { kind: "citizen", sub: "nobody", email: "", idCard: "" }, ids[3], { notify: false }).catch(() => undefined);
    // Person 4 (classification 6, bachelor 050403) turned the e-mails off — by leaving it to the owner; manual entries have no owner, so withdraw consent by leaving:
    await leaveReserve(ctx, sel, ids[3], { reason: "withdrawn", on: "2026-12-28" });
    clock.set("2026-12-28T09:00:00Z");
    const { competition } = await announceCompetition(ctx, { username: "admin" }, {
      title: { az: "Yeni müsabiqə", en: "New competition" },
      announcedOn: "2026-12-28",
      vacancies: [{ positionCode: "VN-06-9999", stateBodyId: "taxes", unitId: "hr", positionName: { az: "Baş vergi müfəttişi", en: "Senior tax inspector" }, classification: 6, places: 1, education: { levels: ["master"], specialties: [{ code: "050403", name: "Maliyyə" }] }, seniority: { totalYears: 2 } }],
    });
    // The announcement armed the reserve's deadline; firing it enqueues the e-mails.
    const notify = ctx.timers.armed.filter((t) => t.name.startsWith("competition-notifyReserve")).at(-1)!;
    clock.set(notify.dueAt);
    await fireDeadline(ctx, deadlineHandlers, { deadlineKey: notify.deadlineKey, dueAt: notify.dueAt });
    const mails = [...store.items.values()].filter((r) => r.type === "Outbox" && (r.message as { subject: { az: string } }).subject.az === "Sizə uyğun vakansiya elan edildi");
    expect(mails.map((m) => m.to).sort()).toEqual(["p2@example.az", "p3@example.az"]);
    expect(JSON.stringify(mails[0].message)).toContain("VN-06-9999");
    expect(competition.vacancies).toHaveLength(1);
  });
});
