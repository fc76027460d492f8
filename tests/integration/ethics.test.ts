import { describe, expect, it } from "vitest";
import { advanceTimers, api, listTimers, mailbox, testFiles, uploadFile } from "../setup/local-cloud.js";
import { citizenToken, demoCitizens, official } from "./fixtures.js";

/** Each test's complaint notices go to its own plus-address, so mailbox counts are exact. */
const contactFor = (tag: string) => ({ fullName: "Leyla Əliyeva", email: `leyla.aliyeva+${tag}-${Date.now()}@example.az`, phone: "+994501234567" });
const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Baku", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());

const complaintForm = (contact: ReturnType<typeof contactFor>, attachments: string[] = []) => ({
  servant: { fullName: "Rəşad Quliyev", stateBodyId: "taxes", position: "Baş vergi müfəttişi" },
  incident: {
    description: "Vergi idarəsində qəbul zamanı müfəttiş mənə qarşı kobud davrandı və müraciətimi qəbul etməkdən əsassız imtina etdi.",
    date: today(),
    time: "10:30",
    place: "Bakı şəhəri 1 saylı ərazi vergilər idarəsi",
  },
  rules: ["conduct"],
  attachments,
  contact,
});

type View = { id: string; number: string; status: string; submissions: number; terms: { deficiencyNotice?: { lastDay: string; dueAt: string }; decision?: { lastDay: string; dueAt: string } } };
type QueueItem = { id: string; status: string; complainant: string; term?: { kind: string; overdue: boolean; dueSoon: boolean } };

/** Fires only this complaint's timers of one kind (other tests' and the seed's timers stay). */
async function fireTimers(complaintId: string, kind: string) {
  const names = (await listTimers()).filter((t) => t.status === "RUNNING" && t.input.includes(`ETHICS#${complaintId}`) && t.input.includes(kind)).map((t) => t.name);
  expect(names.length).toBeGreaterThan(0);
  return advanceTimers("all", { names });
}

async function newComplaint(token: string, key?: string) {
  const res = await api("POST", "/me/complaints", { token, body: { servant: { fullName: "Rəşad" } }, headers: key ? { "idempotency-key": key } : {} });
  expect([200, 201]).toContain(res.status);
  return res.body as View;
}

describe("service 7 through the local gateway, against the emulators", () => {
  it("complaint with evidence → number e-mailed → reminder and overdue alarm → deficiency → re-application → registered → extended → result", async () => {
    const token = await citizenToken(0);
    const legal = await official("legal.officer");
    const contact = contactFor("path");

    const evidence = await uploadFile(token, { purpose: "ethics-evidence", fileName: "sübut.pdf", contentType: "application/pdf", bytes: testFiles.pdf() });
    expect(evidence.status).toBe(200);
    const draft = await newComplaint(token, `path-${Date.now()}`);
    expect((await api("PUT", `/me/complaints/${draft.id}/draft`, { token, body: { servant: { fullName: "Rəşad Quliyev" } } })).status).toBe(200);
    expect((await api("POST", `/me/complaints/${draft.id}/submit`, { token, body: { servant: {} } })).status).toBe(400);

    const submitted = await api("POST", `/me/complaints/${draft.id}/submit`, { token, body: complaintForm(contact, [evidence.uploadId]) });
    expect(submitted.status).toBe(201);
    const complaint = submitted.body as View;
    expect(complaint.number).toMatch(/^S7-\d{6}-[0-9A-Z]{6}$/);
    const received = await mailbox(contact.email);
    expect(received).toHaveLength(1);
    expect(received[0].subject).toContain(complaint.number);
    expect(received[0].subject).toContain("qəbul edildi");

    // The legal officer sees it in the queue, in full with the evidence link.
    const queue = await api("GET", "/legal/complaints?status=submitted&stateBodyId=taxes", { token: legal });
    expect(queue.status).toBe(200);
    const row = (queue.body as { items: QueueItem[] }).items.find((i) => i.id === draft.id)!;
    expect(row).toMatchObject({ status: "submitted", complainant: "Leyla Əliyeva", term: { kind: "deficiencyNotice", overdue: false } });
    const full = await api("GET", `/legal/complaints/${draft.id}`, { token: legal });
    expect(full.body).toMatchObject({ complainant: { fullName: "Leyla Əliyeva", email: contact.email }, attachments: [{ uploadId: evidence.uploadId, fileName: "sübut.pdf" }] });
    const link = await api("GET", `/legal/complaints/${draft.id}/attachments/${evidence.uploadId}`, { token: legal });
    expect(link.status).toBe(200);
    const file = await fetch((link.body as { url: string }).url);
    expect(file.status).toBe(200);
    expect(new TextDecoder().decode(new Uint8Array(await file.arrayBuffer())).startsWith("%PDF-")).toBe(true);

    // Time passes: day 4's reminder, then the 5-day term is over (the alarm's metric, the queue's overdue mark).
    expect((await fireTimers(draft.id, "ethics.deficiencyNotice.remind")).every((t) => t.status === "SUCCEEDED")).toBe(true);
    await fireTimers(draft.id, "ethics.deficiencyNotice.due");
    const sector = (await mailbox("eXidmet@csc.gov.az")).filter((m) => m.subject.includes(complaint.number));
    expect(sector.map((m) => m.subject)).toEqual([expect.stringContaining("Xatırlatma"), expect.stringContaining("Müddət keçib")]);
    const overdue = await api("GET", "/legal/complaints?overdue=true", { token: legal });
    expect((overdue.body as { items: QueueItem[] }).items.find((i) => i.id === draft.id)?.term).toMatchObject({ overdue: true });

    // Deficiency notice → the complainant corrects and re-applies → examined again.
    const deficient = await api("POST", `/legal/complaints/${draft.id}/deficiency`, { token: legal, body: { deficiencies: ["Hadisənin baş verdiyi otağın nömrəsini göstərin."] } });
    expect(deficient.status).toBe(200);
    expect((await mailbox(contact.email)).at(-1)!.body.text).toContain("otağın nömrəsini");
    const mine = await api("GET", `/me/complaints/${draft.id}`, { token });
    expect(mine.body).toMatchObject({ status: "deficient", deficiencies: ["Hadisənin baş verdiyi otağın nömrəsini göstərin."] });
    const corrected = complaintForm(contact, [evidence.uploadId]);
    corrected.incident.place = "Bakı şəhəri 1 saylı ərazi vergilər idarəsi, otaq 12";
    const again = await api("POST", `/me/complaints/${draft.id}/submit`, { token, body: corrected });
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ status: "submitted", submissions: 2 });
    expect((await mailbox(contact.email)).at(-1)!.subject).toContain("Təkrar müraciətiniz qəbul edildi");

    expect((await api("POST", `/legal/complaints/${draft.id}/register`, { token: legal, body: {} })).status).toBe(200);
    const extended = await api("POST", `/legal/complaints/${draft.id}/extend`, { token: legal, body: { reason: "Dövlət orqanından izahat sorğulanıb." } });
    expect(extended.status).toBe(200);
    expect((await mailbox(contact.email)).at(-1)!.subject).toContain("uzadıldı");
    await fireTimers(draft.id, "ethics.decision.remind");
    const result = await api("POST", `/legal/complaints/${draft.id}/result`, { token: legal, body: { outcome: "confirmed", text: "Müfəttişin intizam məsuliyyətinə cəlb edilməsi tövsiyə edildi." } });
    expect(result.status).toBe(200);
    const last = (await mailbox(contact.email)).at(-1)!;
    expect(last.subject).toContain("araşdırmanın nəticəsi");
    expect(last.body.text).toContain("intizam məsuliyyətinə");
    // The result's moot timers were cancelled: firing them changes nothing.
    const mailsBefore = (await mailbox()).length;
    const leftovers = (await listTimers()).filter((t) => t.status === "RUNNING" && t.input.includes(`ETHICS#${draft.id}`)).map((t) => t.name);
    if (leftovers.length) await advanceTimers("all", { names: leftovers });
    expect((await mailbox()).length).toBe(mailsBefore);

    const requests = await api("GET", "/me/requests", { token });
    const item = (requests.body as { items: { number: string; status: string; service: number; history: { status: string }[] }[] }).items.find((i) => i.number === complaint.number)!;
    expect(item).toMatchObject({ service: 7, status: "completed" });
    expect(item.history.map((h) => h.status)).toEqual(["draft", "submitted", "deficient", "submitted", "registered", "extended", "completed"]);
  });

  it("a doubled click and a retried create end in one complaint and one e-mail", async () => {
    // The second demo citizen (the first one's submissions are near the per-minute limit of 10).
    const token = await citizenToken(1);
    const key = `double-${Date.now()}`;
    const a = await newComplaint(token, key);
    const b = await newComplaint(token, key);
    expect(b.id).toBe(a.id);
    const contact = contactFor("double");
    const results = await Promise.all(Array.from({ length: 5 }, () => api("POST", `/me/complaints/${a.id}/submit`, { token, body: complaintForm(contact) })));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.every((r) => r.status === 200 || r.status === 201)).toBe(true);
    expect(await mailbox(contact.email)).toHaveLength(1);
  });

  it("evidence is checked from its bytes: a disguised file is refused and cannot be attached", async () => {
    const token = await citizenToken(1);
    const fake = await uploadFile(token, { purpose: "ethics-evidence", fileName: "sübut.pdf", contentType: "application/pdf", bytes: testFiles.fakePdf() });
    expect(fake.status).toBe(400);
    expect((fake.body as { error: { issues: { code: string }[] } }).error.issues[0].code).toBe("upload.contentMismatch");
    const draft = await newComplaint(token);
    const res = await api("POST", `/me/complaints/${draft.id}/submit`, { token, body: complaintForm(contactFor("fake"), [fake.uploadId]) });
    expect(res.status).toBe(400);
    expect((res.body as { error: { issues: { path: string; code: string }[] } }).error.issues[0]).toMatchObject({ path: "attachments.0", code: "upload.contentMismatch" });
    const tooBig = await api("POST", "/me/uploads", { token, body: { purpose: "ethics-evidence", fileName: "video.pdf", contentType: "application/pdf", size: 11 * 1024 * 1024 } });
    expect(tooBig.status).toBe(400);
    // Another citizen's checked upload cannot be attached either.
    const other = await citizenToken(0);
    const theirs = await uploadFile(other, { purpose: "ethics-evidence", fileName: "x.png", contentType: "image/png", bytes: testFiles.png() });
    const stolen = await api("POST", `/me/complaints/${draft.id}/submit`, { token, body: complaintForm(contactFor("stolen"), [theirs.uploadId]) });
    expect((stolen.body as { error: { issues: { code: string }[] } }).error.issues[0].code).toBe("upload.unknown");
  });

  it("access matrix: every route, every kind of caller", async () => {
    const owner = await citizenToken(0);
    const otherCitizen = await citizenToken(1);
    const tokens: Record<string, string | undefined> = {
      none: undefined,
      owner,
      otherCitizen,
      legal: await official("legal.officer"),
      admin: await official("admin"),
      it: await official("it.officer"),
      selection: await official("selection.officer"),
      hrTaxes: await official("hr.taxes"), // the complained-about servant's body
      hrJustice: await official("hr.justice"),
    };
    const evidence = await uploadFile(owner, { purpose: "ethics-evidence", fileName: "e.pdf", contentType: "application/pdf", bytes: testFiles.pdf() });
    const submittedComplaint = async () => {
      const d = await newComplaint(owner);
      expect((await api("POST", `/me/complaints/${d.id}/submit`, { token: owner, body: complaintForm(contactFor("matrix"), [evidence.uploadId]) })).status).toBe(201);
      return d.id;
    };
    // A: read by everyone, then registered, told of deficiencies, and (deficient) refused a result.
    // B is refused and C extended by the legal officer; every other caller is turned away first.
    const [id, b, c] = [await submittedComplaint(), await submittedComplaint(), await submittedComplaint()];
    const body = complaintForm(contactFor("matrix-again"));
    const routes: { name: string; method: string; path: (id: string) => string; body?: unknown; allowed: string[]; ok: number; target?: string }[] = [
      { name: "me.complaints.create", method: "POST", path: () => "/me/complaints", body: {}, allowed: ["owner", "otherCitizen"], ok: 201 },
      { name: "me.complaints.get", method: "GET", path: (i) => `/me/complaints/${i}`, allowed: ["owner"], ok: 200 },
      { name: "me.complaints.saveDraft", method: "PUT", path: (i) => `/me/complaints/${i}/draft`, body: {}, allowed: ["owner"], ok: 409 },
      { name: "me.complaints.submit", method: "POST", path: (i) => `/me/complaints/${i}/submit`, body, allowed: ["owner"], ok: 200 },
      { name: "legal.complaints.list", method: "GET", path: () => "/legal/complaints", allowed: ["legal"], ok: 200 },
      { name: "legal.complaints.get", method: "GET", path: (i) => `/legal/complaints/${i}`, allowed: ["legal"], ok: 200 },
      { name: "legal.complaints.attachment", method: "GET", path: (i) => `/legal/complaints/${i}/attachments/${evidence.uploadId}`, allowed: ["legal"], ok: 200 },
      { name: "legal.complaints.register", method: "POST", path: (i) => `/legal/complaints/${i}/register`, body: {}, allowed: ["legal"], ok: 200 },
      { name: "legal.complaints.deficiency", method: "POST", path: (i) => `/legal/complaints/${i}/deficiency`, body: { deficiencies: ["Tarixi dəqiqləşdirin."] }, allowed: ["legal"], ok: 200 },
      { name: "legal.complaints.refuse", method: "POST", path: (i) => `/legal/complaints/${i}/refuse`, body: { reasons: ["Əsas yoxdur."] }, allowed: ["legal"], ok: 200, target: b },
      { name: "legal.complaints.extend", method: "POST", path: (i) => `/legal/complaints/${i}/extend`, body: { reason: "Əlavə öyrənmə." }, allowed: ["legal"], ok: 200, target: c },
      { name: "legal.complaints.result", method: "POST", path: (i) => `/legal/complaints/${i}/result`, body: { outcome: "notConfirmed", text: "Pozuntu aşkar edilmədi." }, allowed: ["legal"], ok: 409 },
    ];
    const table: Record<string, Record<string, number>> = {};
    const expected: Record<string, Record<string, number>> = {};
    for (const r of routes) {
      table[r.name] = {};
      expected[r.name] = {};
      const legalRoute = r.name.startsWith("legal.");
      for (const [who, token] of Object.entries(tokens)) {
        // Denied callers first (the table's order): the allowed one's change comes last.
        const res = await api(r.method, r.path(r.target ?? id), { token, body: r.body });
        table[r.name][who] = res.status;
        const official = who !== "none" && who !== "owner" && who !== "otherCitizen";
        expected[r.name][who] =
          who === "none"
            ? 401
            : r.allowed.includes(who)
              ? r.ok
              : legalRoute
                ? official ? 403 : 401 // a citizen's token is not even accepted by the officials' authorizer
                : official
                  ? 401
                  : r.name === "me.complaints.create" ? 201 : 404; // another citizen: someone else's complaint does not exist for them
      }
    }
    expect(table).toEqual(expected);
    // Nothing of a complaint reaches the servant's state body (or any other official) through any
    // legal-sector route: only the legal sector gets through.
    for (const r of routes.filter((x) => x.name.startsWith("legal."))) for (const who of ["admin", "it", "selection", "hrTaxes", "hrJustice"]) expect(table[r.name][who]).toBe(403);
  });

  it("the seeded demo complaints are in the legal officer's queue with their terms", async () => {
    const legal = await official("legal.officer");
    const open = await api("GET", "/legal/complaints?limit=100", { token: legal });
    const items = (open.body as { items: QueueItem[] }).items;
    expect(items.some((i) => i.status === "submitted" && i.term?.kind === "deficiencyNotice")).toBe(true);
    expect(items.some((i) => i.status === "registered" && i.term?.kind === "decision")).toBe(true);
    expect(demoCitizens[0].name).toBe("Leyla Əliyeva");
  });
});
