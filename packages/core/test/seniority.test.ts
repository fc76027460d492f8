/**
 * Service 5's use cases on the in-memory store: submission (recomputed on the server, idempotent,
 * identity checked against the account), the deficiency notice and re-application, the extension,
 * the approval with corrected periods (certificate issued and verifiable), refusal, and the timers.
 */
import { prepareCertificate } from "../src/certificates/usecases.js";
import { beforeEach, describe, expect, it } from "vitest";
import { AppError } from "../src/errors.js";
import { verifyCertificate } from "../src/certificates/usecases.js";
import { fireDeadline } from "../src/deadlines/fire.js";
import { deadlineHandlers } from "../src/deadlines/registry.js";
import { addBracketVersion, listBrackets } from "../src/seniority/brackets.js";
import { calculateSeniority, getMySeniorityRequest, reapplySeniorityRequest, submitSeniorityRequest } from "../src/seniority/citizen-usecases.js";
import { LEGAL_SECTOR_MAILBOX } from "../src/seniority/deadlines.js";
import {
  approveSeniorityRequest,
  extendDecisionTerm,
  getSeniorityForOfficer,
  listSeniorityQueue,
  refuseSeniorityRequest,
  sendDeficiencyNotice,
} from "../src/seniority/legal-usecases.js";
import { confirmUpload, startUpload } from "../src/uploads/uploads.js";
import { fixedClock, MemoryStore, RecordingMailer, RecordingTimers } from "./memory-store.js";
import { MemoryFiles, pdfBytes } from "./memory-files.js";

const elvin = { kind: "citizen" as const, sub: "sub-elvin", email: "elvin.huseynov@example.az", idCard: "AA1234567", fin: "5HK7Q2M", name: "Elvin Hüseynov" };
const leyla = { kind: "citizen" as const, sub: "sub-leyla", email: "leyla.aliyeva@example.az", idCard: "AZE12345678" };
const officer = { username: "legal.officer" };

let ctx: { store: MemoryStore; files: MemoryFiles; clock: ReturnType<typeof fixedClock>; mailer: RecordingMailer; timers: RecordingTimers; webOrigin: string; issueCertificate: typeof prepareCertificate };
beforeEach(() => {
  // Friday 15 May 2026, 10:00 Baku.
  ctx = { store: new MemoryStore(), files: new MemoryFiles(), clock: fixedClock("2026-05-15T06:00:00Z"), mailer: new RecordingMailer(), timers: new RecordingTimers(), webOrigin: "https://e-xidmet.example", issueCertificate: prepareCertificate };
});

async function scan(owner: string) {
  const started = await startUpload(ctx, owner, { purpose: "labour-book", fileName: "kitabca.pdf", contentType: "application/pdf", size: 100 });
  ctx.files.upload(started.upload.fields.key, pdfBytes());
  return (await confirmUpload(ctx, owner, started.uploadId)).uploadId;
}

const periods = () => [
  { organisation: "Ədliyyə Nazirliyi", position: "Məsləhətçi", start: "2015-03-01", end: "2019-02-28", toDate: false, civilService: true },
  { organisation: "“Azərsu” ASC", position: "Mühəndis", start: "2019-03-01", end: "2020-08-31", toDate: false, civilService: false },
  { organisation: "Vergilər Nazirliyi", position: "Baş vergi müfəttişi", start: "2020-09-01", toDate: true, civilService: true },
];

async function submitted(who = elvin, key = "form-key-0001") {
  const body = { email: who.email, idCard: who.idCard, fin: "5HK7Q2M", fullName: "Elvin Hüseynov", periods: periods(), scans: [await scan(who.sub)], requestKey: key };
  return { body, result: await submitSeniorityRequest(ctx, who, body) };
}

const failure = async (p: Promise<unknown>) => {
  const e = await p.then(() => undefined, (x: unknown) => x);
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
};

describe("the calculation and the brackets", () => {
  it("computes on the server with the brackets in force; an admin's new version applies from its date", async () => {
    const r = await calculateSeniority(ctx, { periods: periods() });
    // 01.03.2015–28.02.2019 (4 years) + 01.09.2020–15.05.2026 (2 083 days).
    expect(r.totalDays).toBe(1461 + 2083);
    expect(r.bracket).toMatchObject({ percent: 10 });
    expect((await listBrackets(ctx)).current.effectiveFrom).toBe("2002-01-28");
    await addBracketVersion(ctx, { username: "admin" }, { effectiveFrom: "2026-01-01", brackets: [{ fromYears: 1, percent: 6 }, { fromYears: 5, percent: 12 }] });
    expect((await calculateSeniority(ctx, { periods: periods() })).bracket).toMatchObject({ percent: 12 });
    const again = await failure(addBracketVersion(ctx, { username: "admin" }, { effectiveFrom: "2026-01-01", brackets: [{ fromYears: 1, percent: 6 }] }));
    expect(again.status).toBe(409);
    const bad = await failure(addBracketVersion(ctx, { username: "admin" }, { effectiveFrom: "2027-01-01", brackets: [{ fromYears: 5, percent: 6 }, { fromYears: 1, percent: 5 }] }));
    expect(bad.issues?.map((i) => i.code)).toContain("seniority.bracketsOrder");
  });
});

describe("the request", () => {
  it("is registered with the server's own figures, e-mailed at once, its four timers armed; a doubled submission is one request", async () => {
    const { body, result } = await submitted();
    expect(result.created).toBe(true);
    const r = result.request;
    expect(r.number).toMatch(/^S5-260515-/);
    expect(r.status).toBe("submitted");
    expect(r.computed.totalDays).toBe(1461 + 2083);
    // Deficiency notice: 5 calendar days; decision: 15 working days (holidays of 2026 included).
    expect(r.terms.deficiencyNotice?.lastDay).toBe("2026-05-20");
    expect(r.terms.decision!.lastDay > "2026-06-04").toBe(true);
    expect(ctx.timers.armed).toHaveLength(4);
    expect(ctx.mailer.sent).toHaveLength(1);
    expect(ctx.mailer.sent[0].subject).toContain(r.number);
    expect(ctx.mailer.sent[0].text).toContain("9 il 8 ay 14 gün");

    const twice = await submitSeniorityRequest(ctx, elvin, body);
    expect(twice.created).toBe(false);
    expect(twice.request.id).toBe(r.id);
    expect(ctx.mailer.sent).toHaveLength(1);
  });

  it("the e-mail, ID card and (when the account has one) FIN must be the account's; Leyla, without one, types hers", async () => {
    const body = { email: "other@example.az", idCard: "AZE00000000", fin: "1234567", fullName: "Elvin Hüseynov", periods: periods(), scans: [await scan(elvin.sub)], requestKey: "form-key-0002" };
    const e = await failure(submitSeniorityRequest(ctx, elvin, body));
    expect(e.issues?.map((i) => `${i.path}:${i.code}`)).toEqual(["email:seniority.emailMismatch", "idCard:seniority.idCardMismatch", "fin:seniority.finMismatch"]);
    const leylas = await submitSeniorityRequest(ctx, leyla, { ...body, email: leyla.email, idCard: leyla.idCard, fullName: "Leyla Əliyeva", scans: [await scan(leyla.sub)], requestKey: "form-key-0003" });
    expect(leylas.created).toBe(true);
    const seen = await getSeniorityForOfficer(ctx, officer, leylas.request.id);
    expect(seen.finSource).toBe("typed");
  });

  it("someone else's scan or request is not found", async () => {
    const other = await scan(leyla.sub);
    const e = await failure(submitSeniorityRequest(ctx, elvin, { email: elvin.email, idCard: elvin.idCard, fin: elvin.fin, fullName: "E", periods: periods(), scans: [other], requestKey: "form-key-0004" }));
    expect(e.issues?.[0]).toMatchObject({ path: "scans.0", code: "upload.unknown" });
    const { result } = await submitted();
    expect((await failure(getMySeniorityRequest(ctx, leyla, result.request.id))).status).toBe(404);
  });
});

describe("the legal sector", () => {
  it("deficiency notice → re-application (terms re-armed) → extension → approval with a corrected period → certificate", async () => {
    const { result } = await submitted();
    const id = result.request.id;
    const queue = await listSeniorityQueue(ctx, { phase: "open" });
    expect(queue.items.map((i) => i.id)).toEqual([id]);
    const full = await getSeniorityForOfficer(ctx, officer, id);
    expect(full.scans[0].url).toContain("files/labour-book/");

    ctx.clock.set("2026-05-18T06:00:00Z");
    const deficient = await sendDeficiencyNotice(ctx, officer, id, { deficiencies: ["Əmək kitabçasının 4-cü səhifəsi oxunmur."] });
    expect(deficient.status).toBe("deficient");
    expect(ctx.mailer.sent.at(-1)!.text).toContain("4-cü səhifəsi oxunmur");
    expect((await listSeniorityQueue(ctx, { phase: "waiting" })).items).toHaveLength(1);
    expect((await failure(approveSeniorityRequest(ctx, officer, id, {}))).status).toBe(409);

    ctx.clock.set("2026-05-20T06:00:00Z");
    const again = await reapplySeniorityRequest(ctx, elvin, id, { periods: periods(), scans: [await scan(elvin.sub)], note: "Səhifə yenidən skan edildi." });
    expect(again.request).toMatchObject({ status: "submitted", submissions: 2 });
    expect(again.request.terms.deficiencyNotice?.lastDay).toBe("2026-05-25");
    expect(ctx.mailer.sent.at(-1)!.subject).toContain("Təkrar müraciətiniz");

    const extended = await extendDecisionTerm(ctx, officer, id, { reason: "Arxiv sorğusu tələb olunur." });
    expect(extended.terms.decision?.extended).toBe(true);
    expect(extended.terms.decision!.lastDay > again.request.terms.decision!.lastDay).toBe(true);
    expect((await failure(extendDecisionTerm(ctx, officer, id, { reason: "x" }))).status).toBe(409);

    const corrected = periods();
    corrected[0].start = "2016-03-01";
    const missingNote = await failure(approveSeniorityRequest(ctx, officer, id, { periods: corrected }));
    expect(missingNote.issues?.[0].code).toBe("seniority.correctionNote");
    ctx.clock.set("2026-05-22T06:00:00Z");
    const approved = await approveSeniorityRequest(ctx, officer, id, { periods: corrected, correctionNote: "Əmək kitabçasına görə qəbul tarixi 01.03.2016-dır." });
    expect(approved.status).toBe("approved");
    expect(approved.corrections).toEqual([expect.objectContaining({ index: 0, by: "legal.officer", before: expect.objectContaining({ start: "2015-03-01" }), after: expect.objectContaining({ start: "2016-03-01" }) })]);
    expect(approved.computed.totalDays).toBe(1461 - 366 + 2090);
    const code = approved.certificate!.code;
    expect(approved.download?.path).toBe(`/me/certificates/${code}/download`);
    const mail = ctx.mailer.sent.at(-1)!;
    expect(mail.text).toContain(code);
    expect(mail.text).toContain(`https://e-xidmet.example/#/certificate/${code}`);
    expect(mail.text).toContain("#/my-requests");
    const check = await verifyCertificate(ctx, code);
    expect(check).toMatchObject({ holderName: "Elvin Hüseynov", issuedOn: "2026-05-22" });
    expect(check.headline.value.az).toBe("8 il 8 ay 20 gün");
    // Every pending timer was cancelled by the decision.
    const pending = [...ctx.store.items.values()].filter((i) => i.type === "Deadline" && i.status === "pending");
    expect(pending).toEqual([]);
    expect((await listSeniorityQueue(ctx, { phase: "closed" })).items[0].id).toBe(id);
  });

  it("refuses with reasons; the reminder and the overdue timers alert the sector (overdue raises the alarm)", async () => {
    const { result } = await submitted();
    const id = result.request.id;
    const [remind, due] = ctx.timers.armed.filter((t) => t.deadlineKey.sk.includes("deficiencyNotice"));
    ctx.clock.set(remind.dueAt);
    const reminded = await fireDeadline(ctx, deadlineHandlers, { deadlineKey: remind.deadlineKey, dueAt: remind.dueAt });
    expect(reminded).toMatchObject({ outcome: "fired", overdue: false });
    expect(ctx.mailer.sent.length).toBe(1); // the reminder is enqueued; the fired-deadline Lambda delivers it
    const outbox = [...ctx.store.items.values()].filter((i) => i.type === "Outbox" && i.to === LEGAL_SECTOR_MAILBOX);
    expect(outbox).toHaveLength(1);
    ctx.clock.set(due.dueAt);
    const overdue = await fireDeadline(ctx, deadlineHandlers, { deadlineKey: due.deadlineKey, dueAt: due.dueAt });
    expect(overdue).toMatchObject({ outcome: "fired", overdue: true });
    expect((await getSeniorityForOfficer(ctx, officer, id)).alerts).toEqual({ deficiencyNotice: "overdue" });

    const refused = await refuseSeniorityRequest(ctx, officer, id, { reasons: ["Əmək kitabçasındakı məlumatlar daxil edilən dövrlərlə uyğun gəlmir."] });
    expect(refused.status).toBe("refused");
    expect(ctx.mailer.sent.at(-1)!.text).toContain("uyğun gəlmir");
    const [decisionRemind] = ctx.timers.armed.filter((t) => t.deadlineKey.sk.includes("decision"));
    expect((await fireDeadline(ctx, deadlineHandlers, { deadlineKey: decisionRemind.deadlineKey, dueAt: decisionRemind.dueAt })).outcome).toBe("ignored");
  });
});
