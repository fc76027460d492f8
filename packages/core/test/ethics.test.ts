import { beforeEach, describe, expect, it } from "vitest";
import { AppError } from "../src/errors.js";
import { deadlineHandlers } from "../src/deadlines/registry.js";
import { fireDeadline } from "../src/deadlines/fire.js";
import { deliverNow } from "../src/notifications/outbox.js";
import type { DeadlineRecord } from "../src/deadlines/deadline.js";
import { putStateBody } from "../src/directory/state-bodies.js";
import { createComplaint, getMyComplaint, saveComplaintDraft, submitComplaint } from "../src/ethics/citizen-usecases.js";
import { LEGAL_SECTOR_MAILBOX } from "../src/ethics/deadlines.js";
import { complaintFormSchema } from "../src/ethics/form.js";
import {
  complaintAttachmentLink,
  extendComplaintTerm,
  getComplaintForLegal,
  listComplaintQueue,
  recordComplaintResult,
  refuseComplaint,
  registerComplaint,
  sendDeficiencyNotice,
} from "../src/ethics/legal-usecases.js";
import { listMyRequests } from "../src/requests/my-requests.js";
import { confirmUpload, startUpload } from "../src/uploads/uploads.js";
import { toFieldIssues } from "../src/validation/parse.js";
import { MemoryFiles, pdfBytes } from "./memory-files.js";
import { fixedClock, MemoryStore, RecordingMailer, RecordingTimers } from "./memory-store.js";

const leyla = { kind: "citizen" as const, sub: "sub-leyla", email: "leyla@example.az", idCard: "AZE12345678" };
const elvin = { kind: "citizen" as const, sub: "sub-elvin", email: "elvin@example.az", idCard: "AA1234567" };
const officer = { username: "legal.officer" };

export const validComplaint = (over: Record<string, unknown> = {}) => ({
  servant: { fullName: "Rəşad Quliyev", stateBodyId: "taxes", position: "Baş vergi müfəttişi" },
  incident: {
    description: "Vergi idarəsində qəbul zamanı müfəttiş mənə qarşı kobud davrandı və müraciətimi qəbul etməkdən əsassız imtina etdi.",
    date: "2026-12-18",
    time: "10:30",
    place: "Bakı şəhəri 1 saylı ərazi vergilər idarəsi",
  },
  rules: ["conduct"],
  attachments: [] as string[],
  contact: { fullName: "Leyla Əliyeva", email: "leyla@example.az", phone: "+994501234567", address: "" },
  ...over,
});

let ctx: { store: MemoryStore; clock: ReturnType<typeof fixedClock>; timers: RecordingTimers; mailer: RecordingMailer; files: MemoryFiles; webOrigin: string };
beforeEach(async () => {
  ctx = { store: new MemoryStore(), clock: fixedClock("2026-12-21T08:00:00Z"), timers: new RecordingTimers(), mailer: new RecordingMailer(), files: new MemoryFiles(), webOrigin: "http://localhost:5173" };
  await putStateBody(ctx, "admin", "taxes", { name: { az: "Vergilər Nazirliyi", en: "Ministry of Taxes" }, units: [] });
  await putStateBody(ctx, "admin", "justice", { name: { az: "Ədliyyə Nazirliyi", en: "Ministry of Justice" }, units: [] });
});

const errorOf = async (p: Promise<unknown>) => {
  const e = await p.then(() => undefined, (x: unknown) => x);
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
};
const deadlines = () => [...ctx.store.items.values()].filter((i) => i.type === "Deadline") as DeadlineRecord[];
const pending = () => deadlines().filter((d) => d.status === "pending").map((d) => d.kind).sort();
/** Fires a pending deadline as the fired-deadline Lambda does (then sends its e-mails). */
const fire = async (kind: string) => {
  const d = deadlines().find((x) => x.kind === kind && x.status === "pending")!;
  const result = await fireDeadline(ctx, deadlineHandlers, { deadlineKey: { pk: d.pk, sk: d.sk }, dueAt: d.dueAt });
  await deliverNow(ctx, result.writes);
  return result;
};

async function evidence(owner = leyla.sub) {
  const started = await startUpload(ctx, owner, { purpose: "ethics-evidence", fileName: "sübut.pdf", contentType: "application/pdf", size: 100 });
  ctx.files.upload(started.upload.fields.key, pdfBytes());
  return (await confirmUpload(ctx, owner, started.uploadId)).uploadId;
}

async function submitted(form = validComplaint()) {
  const { complaint } = await createComplaint(ctx, leyla, { servant: { fullName: "Rəşad" } });
  const r = await submitComplaint(ctx, leyla, complaint.id, form);
  return r.complaint;
}

describe("service 7: the complaint form", () => {
  const schema = complaintFormSchema({ today: "2026-12-21" });
  const codes = (v: unknown) => {
    const r = schema.safeParse(v);
    return r.success ? [] : toFieldIssues(r.error).map((i) => `${i.path}:${i.code}`);
  };
  it("accepts a complete complaint; optional blanks are 'not given'", () => {
    expect(codes(validComplaint())).toEqual([]);
    const parsed = schema.parse(validComplaint());
    expect(parsed.contact.address).toBeUndefined();
  });
  it("names each problem: future date, time format, 'not known' with other rules, another body without a name, too short a description", () => {
    const bad = validComplaint({
      servant: { fullName: "X", stateBodyId: "other", stateBodyOther: "" },
      incident: { description: "qısa", date: "2026-12-22", time: "25:00", place: "Bakı" },
      rules: ["unknown", "gifts"],
    });
    expect(codes(bad)).toEqual(
      expect.arrayContaining([
        "servant.stateBodyOther:ethics.otherBodyName",
        "incident.description:ethics.descriptionShort",
        "incident.date:date.future",
        "incident.time:ethics.timeFormat",
        "rules:ethics.unknownAlone",
      ]),
    );
    expect(codes(validComplaint({ rules: [] }))).toContain("rules:ethics.rulesRequired");
  });
});

describe("service 7: the whole path", () => {
  it("draft → submitted (number, e-mail, both terms) → deficiency notice → corrected and re-applied → registered → result", async () => {
    const { complaint: draft, created } = await createComplaint(ctx, leyla, { servant: { fullName: "Rəş" } });
    expect(created).toBe(true);
    expect(draft.number).toMatch(/^S7-261221-[0-9A-Z]{6}$/);
    await saveComplaintDraft(ctx, leyla, draft.id, { servant: { fullName: "Rəşad Quliyev" } });
    expect((await getMyComplaint(ctx, leyla, draft.id)).draft).toEqual({ servant: { fullName: "Rəşad Quliyev" } });

    // Nothing reaches the legal sector until it is submitted.
    expect((await listComplaintQueue(ctx, {})).items).toEqual([]);
    expect((await errorOf(getComplaintForLegal(ctx, officer, draft.id))).status).toBe(404);

    expect((await errorOf(submitComplaint(ctx, leyla, draft.id, { servant: {} }))).status).toBe(400);
    const first = await submitComplaint(ctx, leyla, draft.id, validComplaint());
    expect(first.created).toBe(true);
    expect(first.complaint.status).toBe("submitted");
    expect(first.complaint.terms.deficiencyNotice?.lastDay).toBe("2026-12-26");
    expect(first.complaint.terms.decision?.lastDay).toBe("2027-01-14");
    expect(ctx.mailer.sent).toHaveLength(1);
    expect(ctx.mailer.sent[0].to).toBe("leyla@example.az");
    expect(ctx.mailer.sent[0].subject).toContain(draft.number);
    expect(ctx.mailer.sent[0].text).toContain("26.12.2026");
    expect(ctx.mailer.sent[0].text).toContain("14.01.2027");
    expect(pending()).toEqual(["ethics.decision.due", "ethics.decision.remind", "ethics.deficiencyNotice.due", "ethics.deficiencyNotice.remind"]);
    expect(ctx.timers.armed).toHaveLength(4);

    const queue = await listComplaintQueue(ctx, {});
    expect(queue.items).toMatchObject([{ id: draft.id, status: "submitted", complainant: "Leyla Əliyeva", stateBody: { az: "Vergilər Nazirliyi" }, term: { kind: "deficiencyNotice", lastDay: "2026-12-26", overdue: false } }]);

    // Day 3: deficiencies found.
    ctx.clock.set("2026-12-24T07:00:00Z");
    const deficient = await sendDeficiencyNotice(ctx, officer, draft.id, { deficiencies: ["Hadisənin baş verdiyi otağın nömrəsini göstərin."] });
    expect(deficient.status).toBe("deficient");
    expect(pending()).toEqual([]);
    expect(ctx.mailer.sent.at(-1)!.text).toContain("otağın nömrəsini");
    expect((await listComplaintQueue(ctx, {})).items).toEqual([]);
    expect((await listComplaintQueue(ctx, { status: "deficient" })).items).toHaveLength(1);
    // The complainant corrects (saved as they type) and re-applies; the terms start again.
    await saveComplaintDraft(ctx, leyla, draft.id, { incident: { place: "otaq 12" } });
    ctx.clock.set("2026-12-28T08:00:00Z");
    const again = await submitComplaint(ctx, leyla, draft.id, validComplaint({ incident: { ...validComplaint().incident, place: "Bakı şəhəri 1 saylı ərazi vergilər idarəsi, otaq 12" } }));
    expect(again.complaint.status).toBe("submitted");
    expect(again.complaint.submissions).toBe(2);
    expect(again.complaint.terms.deficiencyNotice?.lastDay).toBe("2027-01-02");
    expect((again.complaint.terms.decision?.lastDay ?? "") > "2027-01-14").toBe(true);
    expect(ctx.mailer.sent.at(-1)!.subject).toContain("Təkrar müraciətiniz qəbul edildi");
    expect(pending()).toHaveLength(4);

    const registered = await registerComplaint(ctx, officer, draft.id, {});
    expect(registered.status).toBe("registered");
    expect(pending()).toEqual(["ethics.decision.due", "ethics.decision.remind"]);
    expect(ctx.mailer.sent.at(-1)!.subject).toContain("qeydiyyata alındı");

    const done = await recordComplaintResult(ctx, officer, draft.id, { outcome: "confirmed", text: "Müfəttişin intizam məsuliyyətinə cəlb edilməsi tövsiyə edildi." });
    expect(done.status).toBe("completed");
    expect(pending()).toEqual([]);
    const resultMail = ctx.mailer.sent.at(-1)!;
    expect(resultMail.subject).toContain("araşdırmanın nəticəsi");
    expect(resultMail.text).toContain("pozulması təsdiq edildi");
    expect(resultMail.text).toContain("intizam məsuliyyətinə");

    const mine = await listMyRequests(ctx, leyla.sub, {});
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]).toMatchObject({ service: 7, number: draft.number, status: "completed", link: `/ethics/complaints/${draft.id}` });
    expect(mine.items[0].history.map((h) => h.status)).toEqual(["draft", "submitted", "deficient", "submitted", "registered", "completed"]);
    expect(mine.items[0].history.find((h) => h.status === "deficient")).toMatchObject({ actor: "legal.officer" });
    // Every action is audited against the complainant.
    const audits = [...ctx.store.items.values()].filter((i) => i.type === "Audit").map((a) => a.action);
    expect(audits).toEqual(expect.arrayContaining(["ethics.complaint.deficient", "ethics.complaint.registered", "ethics.complaint.completed"]));
  });

  it("refusal with reasons is final and e-mailed; a result needs registration first", async () => {
    const c = await submitted();
    expect((await errorOf(recordComplaintResult(ctx, officer, c.id, { outcome: "notConfirmed", text: "x" }))).status).toBe(409);
    const refused = await refuseComplaint(ctx, officer, c.id, { reasons: ["Müraciətdə göstərilən şəxs dövlət qulluqçusu deyil."] });
    expect(refused.status).toBe("refused");
    expect(ctx.mailer.sent.at(-1)!.text).toContain("dövlət qulluqçusu deyil");
    expect(pending()).toEqual([]);
    expect((await errorOf(registerComplaint(ctx, officer, c.id, {}))).code).toBe("invalid_state");
    expect((await errorOf(saveComplaintDraft(ctx, leyla, c.id, {}))).status).toBe(409);
    // Re-submitting a refused complaint changes nothing.
    const resent = await submitComplaint(ctx, leyla, c.id, validComplaint());
    expect(resent).toMatchObject({ created: false, complaint: { status: "refused" } });
  });
});

describe("service 7: terms and timers", () => {
  it("reminder before the 5-day term, overdue after it (alarm), the sector e-mailed without the complainant's identity", async () => {
    const c = await submitted();
    const reminded = await fire("ethics.deficiencyNotice.remind");
    expect(reminded).toMatchObject({ outcome: "fired", overdue: false });
    expect((await listComplaintQueue(ctx, {})).items[0].term).toMatchObject({ dueSoon: true, overdue: false });
    const due = await fire("ethics.deficiencyNotice.due");
    expect(due).toMatchObject({ outcome: "fired", overdue: true });
    const sector = ctx.mailer.sent.filter((m) => m.to === LEGAL_SECTOR_MAILBOX);
    expect(sector).toHaveLength(2);
    expect(sector[1].text).toContain(c.number);
    expect(sector.map((m) => m.text).join()).not.toContain("Leyla");
    expect((await listComplaintQueue(ctx, { overdue: "true" })).items.map((i) => i.id)).toEqual([c.id]);
    // Registering ends the deficiency term; the decision term still runs.
    await registerComplaint(ctx, officer, c.id, { note: "Çatışmazlıq yoxdur" });
    const view = await getComplaintForLegal(ctx, officer, c.id);
    expect(view.term).toMatchObject({ kind: "decision", lastDay: "2027-01-14", overdue: false });
    expect((await listComplaintQueue(ctx, { overdue: "true" })).items).toEqual([]);
    expect(await fire("ethics.decision.due")).toMatchObject({ overdue: true });
    expect((await listComplaintQueue(ctx, { overdue: "true", status: "registered" })).items).toHaveLength(1);
  });

  it("article 10 extension: 30 working days from receipt, the complainant told, the old timer ignored, only once", async () => {
    const c = await submitted();
    const oldDue = deadlines().find((d) => d.kind === "ethics.decision.due")!;
    const extended = await extendComplaintTerm(ctx, officer, c.id, { reason: "Dövlət orqanından əlavə məlumat sorğulanıb." });
    expect(extended.terms.decision).toMatchObject({ extended: true });
    expect(extended.terms.decision!.lastDay > "2027-01-14").toBe(true);
    expect(extended.history.at(-1)).toMatchObject({ status: "extended", actor: "legal.officer" });
    expect(ctx.mailer.sent.at(-1)!.subject).toContain("uzadıldı");
    expect(ctx.mailer.sent.at(-1)!.text).toContain(extended.terms.decision!.lastDay.split("-").reverse().join("."));
    const stale = await fireDeadline(ctx, deadlineHandlers, { deadlineKey: { pk: oldDue.pk, sk: oldDue.sk }, dueAt: oldDue.dueAt });
    expect(stale.outcome).toBe("ignored");
    expect((await errorOf(extendComplaintTerm(ctx, officer, c.id, { reason: "yenə" }))).code).toBe("already_extended");
  });

  it("a timer of an earlier submission does nothing after a re-application", async () => {
    const c = await submitted();
    const first = deadlines().find((d) => d.kind === "ethics.decision.due")!;
    await sendDeficiencyNotice(ctx, officer, c.id, { deficiencies: ["Tarixi dəqiqləşdirin"] });
    ctx.clock.set("2026-12-23T08:00:00Z");
    await submitComplaint(ctx, leyla, c.id, validComplaint());
    const stale = await fireDeadline(ctx, deadlineHandlers, { deadlineKey: { pk: first.pk, sk: first.sk }, dueAt: first.dueAt });
    expect(stale.outcome).toBe("ignored");
  });
});

describe("service 7: idempotency, access, attachments", () => {
  it("the same Idempotency-Key creates one draft; 20 parallel submissions make one complaint and one e-mail", async () => {
    const a = await createComplaint(ctx, leyla, {}, "key-12345678");
    const b = await createComplaint(ctx, leyla, {}, "key-12345678");
    expect(b).toMatchObject({ created: false, complaint: { id: a.complaint.id } });
    // Another citizen's identical key is another complaint.
    const other = await createComplaint(ctx, elvin, {}, "key-12345678");
    expect(other.complaint.id).not.toBe(a.complaint.id);

    const results = await Promise.all(Array.from({ length: 20 }, () => submitComplaint(ctx, leyla, a.complaint.id, validComplaint())));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(ctx.mailer.sent.filter((m) => m.subject.includes("qəbul edildi"))).toHaveLength(1);
    expect(pending()).toHaveLength(4);
  });

  it("another citizen's complaint is not found; nothing of it leaks", async () => {
    const c = await submitted();
    expect((await errorOf(getMyComplaint(ctx, elvin, c.id))).status).toBe(404);
    expect((await errorOf(saveComplaintDraft(ctx, elvin, c.id, {}))).status).toBe(404);
    expect((await errorOf(submitComplaint(ctx, elvin, c.id, validComplaint()))).status).toBe(404);
    expect((await errorOf(getMyComplaint(ctx, leyla, "not-an-id"))).status).toBe(404);
  });

  it("evidence must be the complainant's own checked upload; the officer's link is short-lived and audited", async () => {
    const mine = await evidence();
    const theirs = await evidence(elvin.sub);
    const err = await errorOf(submitted(validComplaint({ attachments: [mine, theirs] })));
    expect(err.status).toBe(400);
    expect(err.issues?.[0]).toMatchObject({ path: "attachments.1", code: "upload.unknown" });
    const c = await submitted(validComplaint({ attachments: [mine] }));
    expect(c.attachments).toMatchObject([{ uploadId: mine, fileName: "sübut.pdf", contentType: "application/pdf" }]);
    const link = await complaintAttachmentLink(ctx, officer, c.id, mine);
    expect(link.url).toContain(`files/ethics-evidence/${mine}`);
    expect((await errorOf(complaintAttachmentLink(ctx, officer, c.id, theirs))).status).toBe(404);
    const audits = [...ctx.store.items.values()].filter((i) => i.type === "Audit" && i.action === "ethics.attachment.read");
    expect(audits).toHaveLength(1);
  });

  it("the queue filters by status, state body and due date", async () => {
    const taxes = await submitted();
    ctx.clock.set("2026-12-23T08:00:00Z");
    const justice = await submitted(validComplaint({ servant: { fullName: "Aydın Məmmədov", stateBodyId: "justice" } }));
    await registerComplaint(ctx, officer, justice.id, {});
    expect((await listComplaintQueue(ctx, {})).items.map((i) => i.id)).toEqual([taxes.id, justice.id]);
    expect((await listComplaintQueue(ctx, { stateBodyId: "justice" })).items.map((i) => i.id)).toEqual([justice.id]);
    expect((await listComplaintQueue(ctx, { status: "registered" })).items.map((i) => i.id)).toEqual([justice.id]);
    expect((await listComplaintQueue(ctx, { dueBy: "2026-12-26" })).items.map((i) => i.id)).toEqual([taxes.id]);
    expect((await listComplaintQueue(ctx, { dueBy: "2026-12-25" })).items).toEqual([]);
    expect((await errorOf(listComplaintQueue(ctx, { status: "nonsense" }))).status).toBe(400);
    const paged = await listComplaintQueue(ctx, { limit: "1" });
    expect(paged.items).toHaveLength(1);
    expect((await listComplaintQueue(ctx, { limit: "1", cursor: paged.cursor })).items.map((i) => i.id)).toEqual([justice.id]);
  });
});
