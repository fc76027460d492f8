/** Service 4 through the local gateway: entering the reserve, searching it, the search log, vacancy e-mails. */
import { describe, expect, it } from "vitest";
import { advanceTimers, api, listTimers, mailbox, runJob } from "../setup/local-cloud.js";
import { official } from "./fixtures.js";
import { admittedCompetition, today } from "./results-fixtures.js";
type Row = { id: string; fullName: string; classification: number; candidateCode?: string; status: string; test: { score: number } };

/** People of an earlier competition, with a specialty code no other test or seed uses. */
const manual = (i: number, classification: number, code: string, score: number) => ({
  source: "manual",
  fullName: `Ehtiyat Sınaq ${i}`,
  email: `reserve.test.${i}@example.az`,
  classification,
  education: [{ level: "master", specialtyCode: code, specialtyName: "Sınaq ixtisası" }],
  seniorityYears: 4,
  test: { score, passMark: 50, date: "2025-03-01" },
  interview: { date: "2025-03-10" },
  competition: "2025-ci il yaz müsabiqəsi",
  enteredOn: "2025-04-01",
  consent: true,
});

describe("service 4 through the gateway", () => {
  it("appointments put the others who passed the interview into the reserve; they see it; HR of any body finds them at once; the search is recorded", async () => {
    const ctx = await admittedCompetition("rsv", 6, "taxes", "audit");
    const [a, b] = ctx.people;
    const it_ = await official("it.officer");
    const sel = await official("selection.officer");
    expect((await api("POST", "/officer/results/import", { token: it_, body: { competitionId: ctx.competitionId, kind: "test", csv: `candidateCode,score,passMark,date\n${a.code},90,60,${today()}\n${b.code},75,60,${today()}` } })).status).toBe(201);
    expect((await api("POST", "/officer/results/import", { token: it_, body: { competitionId: ctx.competitionId, kind: "interview", csv: `candidateCode,outcome,date\n${a.code},keçib,${today()}\n${b.code},keçib,${today()}` } })).status).toBe(201);

    const appointments = await api("POST", `/officer/reserve/competitions/${ctx.competitionId}/appointments`, { token: sel, body: { appointed: [a.code] } });
    expect(appointments.status).toBe(200);
    expect(appointments.body).toEqual({ appointed: 1, enteredReserve: 1, passedInterview: 2 });

    const mine = (await api("GET", "/me/reserve", { token: b.token })).body as { items: Row[] };
    expect(mine.items.filter((r) => r.candidateCode === b.code)).toMatchObject([{ classification: 6, status: "in_reserve" }]);
    expect(mine.items.filter((r) => r.candidateCode === a.code)).toHaveLength(0);
    mine.items = mine.items.filter((r) => r.candidateCode === b.code);
    expect(((await api("GET", "/me/reserve", { token: ctx.other })).body as { items: Row[] }).items).toEqual([]);
    expect((await api("PUT", `/me/reserve/${mine.items[0].id}/consent`, { token: ctx.other, body: { notify: false } })).status).toBe(404);
    expect(((await api("PUT", `/me/reserve/${mine.items[0].id}/consent`, { token: b.token, body: { notify: true } })).body as { notify: boolean }).notify).toBe(true);
    await runJob("OutboxSweeper");
    expect((await mailbox(b.email)).some((m) => m.subject.includes("Ehtiyat kadrlar siyahısına daxil edildiniz"))).toBe(true);

    // Several people of an earlier competition across classifications.
    for (const [i, cls, score] of [[1, 6, 70], [2, 6, 88], [3, 5, 95], [4, 7, 60]] as const) {
      const res = await api("POST", "/officer/reserve/entries", { token: sel, body: manual(i, cls, "990101", score) });
      expect([200, 201]).toContain(res.status);
    }
    const justice = await official("hr.justice");
    const found = await api("GET", "/hr/reserve?classification=6&specialty=990101&sort=score_desc", { token: justice });
    expect(found.status).toBe(200);
    expect((found.body as { items: Row[] }).items.map((r) => r.fullName)).toEqual(["Ehtiyat Sınaq 2", "Ehtiyat Sınaq 1"]);
    const byCode = await api("GET", "/hr/reserve?classification=6", { token: await official("hr.taxes") });
    expect((byCode.body as { items: Row[] }).items.some((r) => r.candidateCode === b.code)).toBe(true);
    const wrong = await api("GET", "/hr/reserve?classification=8&minScore=abc", { token: justice });
    expect(wrong.status).toBe(400);
    expect((wrong.body as { error: { issues: { path: string }[] } }).error.issues.map((i) => i.path).sort()).toEqual(["classification", "minScore"]);

    const log = (await api("GET", "/officer/reserve/searches", { token: sel })).body as { items: { actor: string; count: number; criteria: { specialty?: string } }[] };
    expect(log.items.find((l) => l.criteria.specialty === "990101")).toMatchObject({ actor: "hr.justice", count: 2 });

    // Leaving the reserve is recorded; the person is no longer found among those in it.
    const left = await api("POST", `/officer/reserve/entries/${mine.items[0].id}/leave`, { token: sel, body: { reason: "withdrawn", on: today() } });
    expect(left.status).toBe(200);
    const after = (await api("GET", "/hr/reserve?classification=6", { token: justice })).body as { items: Row[] };
    expect(after.items.some((r) => r.candidateCode === b.code)).toBe(false);
    const gone = (await api("GET", "/hr/reserve?classification=6&status=left_reserve", { token: justice })).body as { items: Row[] };
    expect(gone.items.some((r) => r.candidateCode === b.code)).toBe(true);
    // …and their competition result says so: they are no longer on the list.
    const results = (await api("GET", "/me/results", { token: b.token })).body as { items: { candidateCode: string; inReserve: boolean; reserveEntered: boolean; reserveLeftOn: string | null }[] };
    expect(results.items.find((r) => r.candidateCode === b.code)).toMatchObject({ inReserve: false, reserveEntered: true, reserveLeftOn: today() });
  });

  it("a new vacancy that matches reserve people is e-mailed to them", async () => {
    const sel = await official("selection.officer");
    await api("POST", "/officer/reserve/entries", { token: sel, body: manual(11, 7, "990202", 80) });
    await api("POST", "/officer/reserve/entries", { token: sel, body: { ...manual(12, 7, "990303", 80) } });
    const admin = await official("admin");
    const res = await api("POST", "/admin/competitions", {
      token: admin,
      body: {
        title: { az: "Ehtiyat sınaq müsabiqəsi", en: "Reserve test competition" },
        announcedOn: today(),
        vacancies: [{ positionCode: "RSV-07-9902", stateBodyId: "ecology", unitId: "forestry", positionName: { az: "Məsləhətçi", en: "Adviser" }, classification: 7, places: 1, education: { levels: ["master"], specialties: [{ code: "990202", name: "Sınaq" }] } }],
      },
    });
    expect(res.status).toBe(201);
    // The announcement armed a deadline due right after it; its function e-mails matching reserve people.
    const competitionId = (res.body as { id: string }).id;
    await advanceTimers(new Date(Date.now() + 60_000), { names: (await listTimers()).filter((t) => t.input.includes(competitionId) && t.name.startsWith("competition-notifyReserve")).map((t) => t.name) });
    await runJob("OutboxSweeper");
    const told = await mailbox("reserve.test.11@example.az");
    expect(told.some((m) => m.subject.includes("Sizə uyğun vakansiya elan edildi") && (m.body.text ?? "").includes("RSV-07-9902"))).toBe(true);
    expect((await mailbox("reserve.test.12@example.az")).some((m) => m.subject.includes("Sizə uyğun vakansiya"))).toBe(false);
  });
});
