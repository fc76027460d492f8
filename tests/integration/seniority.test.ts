/**
 * Service 5 through the local gateway against the emulators: the citizen uploads the labour book,
 * sees the figures, submits (a doubled submission is one request, e-mailed once); the legal officer
 * sends a deficiency notice, the citizen re-applies, the officer extends the term and approves with
 * a corrected period; the certificate is e-mailed (code + links), downloads from "My requests" and
 * the public check confirms it (a forged code is not confirmed). The timers remind and raise the
 * overdue alarm. And the access matrix of every route of the area.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { routes } from "@exidmet/core/http/routes";
import { seniorityRoutes } from "@exidmet/core/http/routes/seniority";
import { advanceTimers, api, listTimers, mailbox, testFiles, uploadFile } from "../setup/local-cloud.js";
import { citizenToken, demoCitizens, official } from "./fixtures.js";

const elvin = demoCitizens[1];
const leyla = demoCitizens[0];
const stamp = String(Date.now()).slice(-8);

const periods = () => [
  { organisation: "Ədliyyə Nazirliyi", position: "Məsləhətçi", start: "2012-02-01", end: "2018-01-31", toDate: false, civilService: true },
  { organisation: "“Bakı Metropoliteni” QSC", position: "Mühəndis", start: "2018-02-01", end: "2019-12-31", toDate: false, civilService: false },
  { organisation: "Vergilər Nazirliyi", position: "Baş vergi müfəttişi", start: "2020-01-15", toDate: true, civilService: true },
];

async function scan(token: string) {
  const res = await uploadFile(token, { purpose: "labour-book", fileName: "emek-kitabcasi.pdf", contentType: "application/pdf", bytes: testFiles.pdf() });
  expect(res.status).toBe(200);
  return res.uploadId;
}

type View = { id: string; number: string; status: string; submissions: number; computed: { totalDays: number; total: { years: number }; bracket: { percent: number } | null; next: { reachedOn?: string } | null }; terms: { deficiencyNotice?: { lastDay: string }; decision?: { lastDay: string; extended: boolean } }; certificate: { code: string } | null; corrections: unknown[] };

async function submit(token: string, who: typeof elvin | typeof leyla, key: string, fin = "5HK7Q2M") {
  const body = { email: who.email, idCard: who.idCard, fin, fullName: who.name, periods: periods(), scans: [await scan(token)], requestKey: key };
  return api("POST", "/me/seniority", { token, body });
}

describe("service 5 end to end", () => {
  it("the seed step left Elvin's request under examination and Leyla's approved, its certificate publicly confirmed", async () => {
    type Item = { service: number; status: string; facts?: { value: string }[]; download?: { path: string } };
    const leylas = ((await api("GET", "/me/requests", { token: await citizenToken(0) })).body as { items: Item[] }).items.filter((i) => i.service === 5);
    const approved = leylas.find((i) => i.status === "approved")!;
    expect(approved.download?.path).toMatch(/^\/me\/certificates\/.+\/download$/);
    const code = approved.facts!.map((f) => f.value).find((v) => /^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/.test(v))!;
    expect((await api("GET", `/certificates/${code}`)).body).toMatchObject({ valid: true, holderName: leyla.name });
    const elvins = ((await api("GET", "/me/requests", { token: await citizenToken(1) })).body as { items: Item[] }).items.filter((i) => i.service === 5);
    expect(elvins.map((i) => i.status)).toContain("submitted");
  });

  it("calculate → submit (doubled: one) → deficiency notice → re-apply → extend → approve with a correction → certificate e-mailed, downloadable, publicly confirmed", async () => {
    const token = await citizenToken(1);
    const calc = await api("POST", "/seniority/calculate", { body: { periods: periods() } });
    expect(calc.status).toBe(200);
    const figures = calc.body as View["computed"];
    expect(figures.total.years).toBeGreaterThanOrEqual(12);
    expect(figures.bracket?.percent).toBe(20);
    expect(figures.next?.reachedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const brackets = await api("GET", "/seniority/brackets");
    expect((brackets.body as { current: { brackets: unknown[] } }).current.brackets).toHaveLength(4);

    const body = { email: elvin.email, idCard: elvin.idCard, fin: elvin.fin, fullName: elvin.name, periods: periods(), scans: [await scan(token), await scan(token)], requestKey: `e2e-${stamp}-a` };
    const results = await Promise.all(Array.from({ length: 5 }, () => api("POST", "/me/seniority", { token, body })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 201]);
    const request = results.find((r) => r.status === 201)!.body as View;
    expect(new Set(results.map((r) => (r.body as View).id))).toEqual(new Set([request.id]));
    expect(request.computed.totalDays).toBe(figures.totalDays);
    const received = (await mailbox(elvin.email)).filter((m) => m.subject.includes(request.number));
    expect(received).toHaveLength(1);
    expect(received[0].subject).toContain("qəbul edildi");

    const mismatch = await api("POST", "/me/seniority", { token, body: { ...body, fin: "0000000", requestKey: `e2e-${stamp}-b` } });
    expect(mismatch.status).toBe(400);
    expect((mismatch.body as { error: { issues: { path: string; code: string }[] } }).error.issues).toContainEqual(expect.objectContaining({ path: "fin", code: "seniority.finMismatch" }));

    const legal = await official("legal.officer");
    const queue = await api("GET", "/legal/seniority?phase=open&limit=100", { token: legal });
    expect((queue.body as { items: { id: string }[] }).items.map((i) => i.id)).toContain(request.id);
    const full = await api("GET", `/legal/seniority/${request.id}`, { token: legal });
    expect(full.status).toBe(200);
    const scans = (full.body as { scans: { url: string }[] }).scans;
    expect(scans).toHaveLength(2);
    const pdf = await fetch(scans[0].url);
    expect(pdf.status).toBe(200);
    expect(new TextDecoder().decode(new Uint8Array(await pdf.arrayBuffer())).startsWith("%PDF")).toBe(true);

    const deficient = await api("POST", `/legal/seniority/${request.id}/deficiencies`, { token: legal, body: { deficiencies: ["Əmək kitabçasının 5-ci səhifəsi yüklənməyib."] } });
    expect(deficient.status).toBe(200);
    expect((deficient.body as View).status).toBe("deficient");
    expect((await mailbox(elvin.email)).some((m) => m.subject.includes(request.number) && (m.body.text ?? "").includes("5-ci səhifəsi"))).toBe(true);

    const reapplied = await api("POST", `/me/seniority/${request.id}/reapply`, { token, body: { periods: periods(), scans: [await scan(token), await scan(token), await scan(token)], note: "5-ci səhifə əlavə edildi." } });
    expect(reapplied.status).toBe(200);
    expect(reapplied.body).toMatchObject({ status: "submitted", submissions: 2 });

    const extended = await api("POST", `/legal/seniority/${request.id}/extend`, { token: legal, body: { reason: "Əvvəlki iş yerindən arayış sorğulanır." } });
    expect(extended.status).toBe(200);
    expect((extended.body as View).terms.decision?.extended).toBe(true);
    expect((await mailbox(elvin.email)).some((m) => m.subject.includes(request.number) && m.subject.includes("uzadıldı"))).toBe(true);

    const corrected = periods();
    corrected[0].start = "2012-03-01";
    const approved = await api("POST", `/legal/seniority/${request.id}/approve`, { token: legal, body: { periods: corrected, correctionNote: "Əmək kitabçasına görə işə qəbul 01.03.2012." } });
    expect(approved.status).toBe(200);
    const done = approved.body as View;
    expect(done.status).toBe("approved");
    expect(done.corrections).toHaveLength(1);
    expect(done.computed.totalDays).toBe(figures.totalDays - 29);
    const code = done.certificate!.code;
    const mail = (await mailbox(elvin.email)).find((m) => m.subject.includes(request.number) && (m.body.text ?? "").includes(code))!;
    expect(mail.body.text).toContain(`/#/certificate/${code}`);
    expect(mail.body.text).toContain("/#/my-requests");
    // The certificate itself is attached to the e-mail.
    expect(mail.attachments).toEqual([expect.objectContaining({ filename: `seniority-${code}.pdf`, contentType: "application/pdf" })]);
    expect(Buffer.from(mail.attachments![0].content, "base64").subarray(0, 5).toString()).toBe("%PDF-");

    const mine = await api("GET", "/me/requests", { token });
    const item = (mine.body as { items: { number: string; status: string; download?: { path: string }; history: { status: string }[] }[] }).items.find((i) => i.number === request.number)!;
    expect(item.status).toBe("approved");
    expect(item.history.map((h) => h.status)).toEqual(["submitted", "deficient", "submitted", "extended", "approved"]);
    const link = await api("GET", item.download!.path, { token });
    expect(link.status).toBe(200);
    const file = await fetch((link.body as { url: string }).url);
    expect(new TextDecoder().decode(new Uint8Array(await file.arrayBuffer())).slice(0, 5)).toBe("%PDF-");

    const check = await api("GET", `/certificates/${code}`);
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({ valid: true, kind: "seniority", holderName: elvin.name });
    expect(JSON.stringify(check.body)).not.toContain(elvin.fin);
    expect((await api("GET", "/certificates/7K3F-9QXA-2M4T-H8BD")).status).toBe(404);

    // Someone else's request is not found; a second decision is refused.
    const leylaToken = await citizenToken(0);
    expect((await api("GET", `/me/seniority/${request.id}`, { token: leylaToken })).status).toBe(404);
    expect((await api("POST", `/legal/seniority/${request.id}/refuse`, { token: legal, body: { reasons: ["x"] } })).status).toBe(409);
  });

  it("Leyla's account has no FIN: she types hers; the timers remind the sector on day 4 and raise the alarm after day 5; refusal with reasons", async () => {
    const token = await citizenToken(0);
    const res = await submit(token, leyla, `e2e-${stamp}-l`, "7LQ2M9A");
    expect(res.status).toBe(201);
    const request = res.body as View;
    const legal = await official("legal.officer");
    expect((await api("GET", `/legal/seniority/${request.id}`, { token: legal })).body).toMatchObject({ finSource: "typed", applicant: { fin: "7LQ2M9A" } });

    const timers = (await listTimers()).filter((t) => t.input.includes(`SEN#${request.id}`) && t.input.includes("deficiencyNotice"));
    expect(timers).toHaveLength(2);
    const [remind, due] = [...timers].sort((a, b) => (a.dueAt ?? "").localeCompare(b.dueAt ?? ""));
    await advanceTimers(remind.dueAt!, { names: [remind.name] });
    expect((await mailbox("eXidmet@csc.gov.az")).some((m) => m.subject.includes(request.number) && m.subject.includes("Xatırlatma"))).toBe(true);
    await advanceTimers(due.dueAt!, { names: [due.name] });
    const after = await api("GET", `/legal/seniority/${request.id}`, { token: legal });
    expect((after.body as { alerts: unknown }).alerts).toEqual({ deficiencyNotice: "overdue" });
    expect((await mailbox("eXidmet@csc.gov.az")).some((m) => m.subject.includes(request.number) && m.subject.includes("Müddət keçib"))).toBe(true);

    const refused = await api("POST", `/legal/seniority/${request.id}/refuse`, { token: legal, body: { reasons: ["Skan edilmiş surət başqa şəxsə aiddir."] } });
    expect(refused.status).toBe(200);
    expect((await mailbox(leyla.email)).some((m) => m.subject.includes(request.number) && (m.body.text ?? "").includes("başqa şəxsə aiddir"))).toBe(true);
    // The decision's timers were cancelled: firing them changes nothing.
    const decisionTimers = (await listTimers()).filter((t) => t.input.includes(`SEN#${request.id}`) && t.input.includes("decision") && t.status === "RUNNING");
    expect(decisionTimers).toHaveLength(2);
    await advanceTimers("all", { names: decisionTimers.map((t) => t.name) });
    expect((await api("GET", `/me/seniority/${request.id}`, { token })).body).toMatchObject({ status: "refused" });
  });
});

type Who = "none" | "citizen" | "otherCitizen" | "hrRight" | "hrOther" | "admin" | "it" | "legal" | "selection";
const everyone: Who[] = ["none", "citizen", "otherCitizen", "hrRight", "hrOther", "admin", "it", "legal", "selection"];

describe("access matrix of every route of service 5", () => {
  const tokens = {} as Record<Who, string | undefined>;
  let id = "";
  beforeAll(async () => {
    tokens.none = undefined;
    tokens.citizen = await citizenToken(1);
    tokens.otherCitizen = await citizenToken(0);
    tokens.hrRight = await official("hr.justice");
    tokens.hrOther = await official("hr.taxes");
    tokens.admin = await official("admin");
    tokens.it = await official("it.officer");
    tokens.legal = await official("legal.officer");
    tokens.selection = await official("selection.officer");
    id = ((await submit(tokens.citizen!, elvin, `matrix-${stamp}`)).body as View).id;
  });

  const citizens: Who[] = ["citizen", "otherCitizen"];
  const cases: Record<string, { req: () => [string, string, unknown?]; allowed: Who[] }> = {
    "seniority.brackets": { req: () => ["GET", "/seniority/brackets"], allowed: everyone },
    "seniority.calculate": { req: () => ["POST", "/seniority/calculate", { periods: periods() }], allowed: everyone },
    "me.seniority.submit": { req: () => ["POST", "/me/seniority", {}], allowed: citizens },
    "me.seniority.get": { req: () => ["GET", `/me/seniority/${id}`], allowed: citizens },
    "me.seniority.reapply": { req: () => ["POST", `/me/seniority/${id}/reapply`, {}], allowed: citizens },
    "legal.seniority.list": { req: () => ["GET", "/legal/seniority"], allowed: ["legal", "admin"] },
    "legal.seniority.get": { req: () => ["GET", `/legal/seniority/${id}`], allowed: ["legal", "admin"] },
    "legal.seniority.deficiencies": { req: () => ["POST", `/legal/seniority/${id}/deficiencies`, {}], allowed: ["legal"] },
    "legal.seniority.extend": { req: () => ["POST", `/legal/seniority/${id}/extend`, {}], allowed: ["legal"] },
    "legal.seniority.approve": { req: () => ["POST", `/legal/seniority/${id}/approve`, { correctionNote: 5 }], allowed: ["legal"] },
    "legal.seniority.refuse": { req: () => ["POST", `/legal/seniority/${id}/refuse`, {}], allowed: ["legal"] },
    "admin.seniority.brackets.add": { req: () => ["POST", "/admin/seniority/brackets", {}], allowed: ["admin"] },
  };

  it("lists a case for every route of the area", () => {
    expect(Object.keys(cases).sort()).toEqual(seniorityRoutes.map((r) => r.id).sort());
    for (const rid of Object.keys(cases)) expect(routes.some((r) => r.id === rid)).toBe(true);
  });

  for (const [rid, c] of Object.entries(cases)) {
    it(`${rid}: refused to everyone not allowed, served to those allowed`, async () => {
      for (const who of everyone) {
        const [method, path, body] = c.req();
        const res = await api(method, path, { token: tokens[who], body });
        if (c.allowed.includes(who)) expect([401, 403], `${rid} as ${who}: ${res.status}`).not.toContain(res.status);
        else if (who === "none") expect(res.status, `${rid} as ${who}`).toBe(401);
        else {
          const citizenRoute = routes.find((r) => r.id === rid)!.access.kind === "citizen";
          const citizenToken = who === "citizen" || who === "otherCitizen";
          // Same pool, wrong group: 403. A token of the other pool is refused by the route's JWT authorizer (401), as API Gateway does.
          expect(res.status, `${rid} as ${who}`).toBe(citizenRoute === citizenToken ? 403 : 401);
        }
      }
    });
  }

  it("another citizen gets 404 for the request (its existence does not leak); admin reads but cannot decide", async () => {
    expect((await api("GET", `/me/seniority/${id}`, { token: tokens.otherCitizen })).status).toBe(404);
    expect((await api("POST", `/me/seniority/${id}/reapply`, { token: tokens.otherCitizen, body: { periods: periods(), scans: ["0000000000000000"] } })).status).toBe(404);
    expect((await api("GET", `/me/seniority/${id}`, { token: tokens.citizen })).status).toBe(200);
    expect((await api("GET", `/legal/seniority/${id}`, { token: tokens.admin })).status).toBe(200);
    expect((await api("POST", `/legal/seniority/${id}/approve`, { token: tokens.admin, body: {} })).status).toBe(403);
  });
});
