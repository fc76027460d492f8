import { describe, expect, it } from "vitest";
import { listMyRequests, type Write } from "../src/index.js";
import { exportBodyResults, getMyResult, importResults, listBodyResults, listCompetitionResults, listMyResults, recordInterviewResult, recordTestResult, ROWS_PER_TRANSACTION } from "../src/results/usecases.js";
import { setupResults } from "./results-setup.js";

const it_ = { username: "it.officer" };

const testCsv = (rows: string[]) => ["candidateCode,score,passMark,date", ...rows].join("\n");

describe("service 2: results", () => {
  it("an officer records a test result: the candidate sees it at once, is e-mailed, and finds it in My requests; another citizen cannot", async () => {
    const { ctx, people, mailer } = await setupResults(2);
    const [a, b] = people;
    const view = await recordTestResult(ctx, it_, a.application.id, { score: 78.5, passMark: 60, date: "2026-12-25" });
    expect(view.test).toEqual({ score: 78.5, passMark: 60, passed: true, date: "2026-12-25" });
    expect(mailer.sent.at(-1)!.to).toBe(a.citizen.email);
    expect(mailer.sent.at(-1)!.text).toContain("78.5");
    expect((await listMyResults(ctx, a.citizen, {})).items).toHaveLength(1);
    expect((await getMyResult(ctx, a.citizen, a.application.id)).test?.passed).toBe(true);
    const mine = await listMyRequests(ctx, a.citizen.sub, {});
    const entry = mine.items.find((r) => r.service === 2)!;
    expect(entry.status).toBe("test_passed");
    expect(entry.facts?.map((f) => f.value)).toContain("78.5 / 60");
    expect(await getMyResult(ctx, b.citizen, a.application.id).catch((e) => e.status)).toBe(404);
    expect((await listMyResults(ctx, b.citizen, {})).items).toHaveLength(0);
  });

  it("refuses malformed or inconsistent entries with the reason, and an interview before a passed test", async () => {
    const { ctx, people } = await setupResults(1);
    const id = people[0].application.id;
    const mismatch = await recordTestResult(ctx, it_, id, { score: 50, passMark: 60, passed: true, date: "2026-12-25" }).catch((e) => e);
    expect(mismatch.status).toBe(400);
    expect(mismatch.issues[0]).toMatchObject({ path: "passed", code: "results.passedMismatch" });
    const future = await recordTestResult(ctx, it_, id, { score: 70, passMark: 60, date: "2027-01-05" }).catch((e) => e);
    expect(future.issues[0]).toMatchObject({ path: "date", code: "date.future" });
    const range = await recordTestResult(ctx, it_, id, { score: 170, passMark: 60, date: "2026-12-25" }).catch((e) => e);
    expect(range.issues[0]).toMatchObject({ path: "score", code: "results.score" });
    expect((await recordTestResult(ctx, it_, "nope", { score: 1, passMark: 1, date: "2026-12-25" }).catch((e) => e)).status).toBe(400);
    const early = await recordInterviewResult(ctx, it_, id, { outcome: "passed", date: "2026-12-26" }).catch((e) => e);
    expect(early.status).toBe(422);
    expect(early.code).toBe("test_not_passed");
    await recordTestResult(ctx, it_, id, { score: 70, passMark: 60, date: "2026-12-25" });
    const done = await recordInterviewResult(ctx, it_, id, { outcome: "passed", date: "2026-12-26", note: "Yaxşı hazırlıq" });
    expect(done.interview).toEqual({ outcome: "passed", date: "2026-12-26", note: "Yaxşı hazırlıq" });
    expect(done.status).toBe("interview_passed");
  });

  it("a CSV with bad rows is rejected whole, every bad row named by line and reason; nothing is written", async () => {
    const { ctx, people, store } = await setupResults(2);
    const csv = testCsv([`${people[0].code},80,60,2026-12-25`, `NK-XXXX,80,60,2026-12-25`, `${people[1].code},abc,60,2026-12-25`, `${people[0].code},70,60,25.12.2026`, `${people[1].code},80,60,2026-13-01`]);
    const err = await importResults(ctx, it_, { competitionId: (await listCompetitionResults(ctx, { competitionId: people[0].application.vacancy.competitionId })).items[0].vacancy.competitionId, kind: "test", csv }).catch((e) => e);
    expect(err.status).toBe(422);
    expect(err.code).toBe("import_rejected");
    expect(err.issues.map((i: { path: string }) => i.path)).toEqual(["line.3", "line.4", "line.5", "line.6"]);
    expect(err.issues[2].az).toContain("təkrarlanır");
    expect(err.issues[2].en).toContain("repeats");
    expect([...store.items.values()].filter((r) => r.type === "Result")).toHaveLength(0);
    const big = await importResults(ctx, it_, { competitionId: people[0].application.vacancy.competitionId, kind: "test", csv: testCsv(Array.from({ length: 501 }, () => `${people[0].code},80,60,2026-12-25`)) }).catch((e) => e);
    expect(big.code).toBe("import_too_large");
    expect(big.text.en).toContain("500");
    const header = await importResults(ctx, it_, { competitionId: people[0].application.vacancy.competitionId, kind: "interview", csv: "candidateCode;date\nx;y" }).catch((e) => e);
    expect(header.code).toBe("import_header");
  });

  it("a file bigger than one transaction is applied once, and a retry after a failure completes it", async () => {
    const n = ROWS_PER_TRANSACTION * 2 + 5;
    const { ctx, people, store } = await setupResults(n);
    const competitionId = people[0].application.vacancy.competitionId;
    const csv = testCsv(people.map((p, i) => `${p.code};${50 + (i % 40)};60;2026-12-25`.replace(/;/g, ",")));
    // The second chunk's transaction fails once (e.g. a Lambda timeout): the first stays, the import is in progress.
    const real = store.transact.bind(store);
    let calls = 0;
    store.transact = async (writes: Write[]) => {
      if (writes.length > 50 && ++calls === 2) throw Object.assign(new Error("timeout"), { name: "TimeoutError" });
      return real(writes);
    };
    expect((await importResults(ctx, it_, { competitionId, kind: "test", csv }).catch((e) => e)).name).toBe("TimeoutError");
    const partial = [...store.items.values()].filter((r) => r.type === "ResultImport")[0];
    expect(partial).toMatchObject({ status: "in_progress", chunksDone: 1, chunks: 3 });
    const retry = await importResults(ctx, it_, { competitionId, kind: "test", csv });
    expect(retry).toMatchObject({ status: "completed", rows: n, applied: n - ROWS_PER_TRANSACTION });
    const results = [...store.items.values()].filter((r) => r.type === "Result");
    expect(results).toHaveLength(n);
    expect(results.every((r) => r.version === 1)).toBe(true);
    expect([...store.items.values()].filter((r) => r.type === "Outbox" && (r.message as { subject: { az: string } }).subject.az === "Test imtahanının nəticəsi")).toHaveLength(n);
    const again = await importResults(ctx, it_, { competitionId, kind: "test", csv: `${csv}\n` });
    expect(again.alreadyImported).toBe(true);

    // Interviews for those who passed, by the Azerbaijani words and dates as people write them.
    const passed = people.filter((_p, i) => 50 + (i % 40) >= 60).slice(0, 3);
    const interviews = await importResults(ctx, it_, { competitionId, kind: "interview", csv: ["candidateCode;outcome;date;note", `${passed[0].code};keçib;26.12.2026;Əla`, `${passed[1].code};gəlməyib;26.12.2026;`, `${passed[2].code};not_passed;2026-12-26;""`].join("\r\n") });
    expect(interviews.rows).toBe(3);
    expect((await getMyResult(ctx, passed[1].citizen, passed[1].application.id)).interview?.outcome).toBe("absent");
    const failedOne = people.find((_p, i) => 50 + (i % 40) < 60)!;
    const refused = await importResults(ctx, it_, { competitionId, kind: "interview", csv: `candidateCode,outcome,date\n${failedOne.code},passed,2026-12-26` }).catch((e) => e);
    expect(refused.issues[0].path).toBe("line.2");
  });

  it("an HR officer sees only their own body's results, filtered and paged, and exports them; the reads are audited", async () => {
    const { ctx, people, store } = await setupResults(3);
    const competitionId = people[0].application.vacancy.competitionId;
    await importResults(ctx, it_, { competitionId, kind: "test", csv: testCsv([`${people[0].code},80,60,2026-12-25`, `${people[1].code},40,60,2026-12-25`]) });
    const justice = { username: "hr.justice", stateBody: "justice" };
    const all = await listBodyResults(ctx, justice, { competitionId });
    expect(all.items.map((i) => i.candidateCode).sort()).toEqual([people[0].code, people[1].code].sort());
    expect((await listBodyResults(ctx, justice, { competitionId, test: "failed" })).items.map((i) => i.candidateCode)).toEqual([people[1].code]);
    const page1 = await listBodyResults(ctx, justice, { limit: 1 });
    expect(page1.items).toHaveLength(1);
    expect(page1.cursor).toBeTruthy();
    const page2 = await listBodyResults(ctx, justice, { limit: 1, cursor: page1.cursor });
    expect(page2.items[0].candidateCode).not.toBe(page1.items[0].candidateCode);
    expect((await listBodyResults(ctx, { username: "hr.taxes", stateBody: "taxes" }, {})).items).toHaveLength(0);
    expect((await listBodyResults(ctx, { username: "x" }, {}).catch((e) => e)).status).toBe(403);
    const bad = await listBodyResults(ctx, justice, { vacancyId: "abc" }).catch((e) => e);
    expect(bad.issues[0]).toMatchObject({ path: "competitionId", code: "results.competitionForVacancy" });
    expect((await listBodyResults(ctx, justice, { test: "maybe" }).catch((e) => e)).status).toBe(400);
    const csv = await exportBodyResults(ctx, justice, { competitionId });
    expect(csv).toContain(people[0].code);
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(3);
    expect([...store.items.values()].filter((r) => r.type === "Audit" && String(r.action).startsWith("results.") && r.actor === "hr.justice").length).toBeGreaterThanOrEqual(5);
    const officerView = await listCompetitionResults(ctx, { competitionId });
    expect(officerView.items).toHaveLength(3);
    expect(officerView.items.filter((i) => i.test === null)).toHaveLength(1);
  });
});
