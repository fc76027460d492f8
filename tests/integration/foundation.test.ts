import { describe, expect, it } from "vitest";
import { advanceTimers, api, listTimers, mailbox } from "../setup/local-cloud.js";
import { citizenToken, demoCitizens, official } from "./fixtures.js";

describe("foundation slice through the local gateway", () => {
  it("everyone sees the announced demo competition with its three vacancies", async () => {
    const res = await api("GET", "/competitions");
    expect(res.status).toBe(200);
    const items = (res.body as { items: { status: string; vacancies: { positionCode: string; stateBodyName: { az: string } }[] }[] }).items;
    // Other test files add competitions to the shared local cloud: find the seeded one by its vacancy.
    const demo = items.find((c) => c.vacancies.some((v) => v.positionCode === "VN-06-0317"))!;
    expect(demo.status).toBe("open");
    expect(demo.vacancies).toHaveLength(3);
    expect(demo.vacancies[0].stateBodyName.az).toMatch(/Nazirliyi/);
  });

  it("a citizen reads their profile and My requests; no token is 401, a citizen on an admin route is 403", async () => {
    const token = await citizenToken(0);
    const me = await api("GET", "/me", { token });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email: demoCitizens[0].email, idCard: demoCitizens[0].idCard });
    const requests = await api("GET", "/me/requests", { token });
    expect(requests.status).toBe(200);
    expect(Array.isArray((requests.body as { items: unknown[] }).items)).toBe(true);
    expect((await api("GET", "/me")).status).toBe(401);
    const forbidden = await api("GET", "/admin/officials", { token });
    expect(forbidden.status).toBe(401); // a citizen's token is not valid for the officials' authorizer at all
    const it = await official("it.officer");
    const wrongGroup = await api("GET", "/admin/officials", { token: it });
    expect(wrongGroup.status).toBe(403);
    expect((wrongGroup.body as { error: { message: { az: string; en: string } } }).error.message.az).toMatch(/icazəniz yoxdur/);
  });

  it("the admin issues an HR officer's account bound to a state body; the sign-in details arrive by e-mail; disable and enable", async () => {
    const admin = await official("admin");
    const email = `hr.new.${Date.now()}@justice.exidmet.local`;
    const missingBody = await api("POST", "/admin/officials", { token: admin, body: { email, fullName: "Yeni Kadr", group: "hr-officer" } });
    expect(missingBody.status).toBe(400);
    expect((missingBody.body as { error: { issues: { path: string }[] } }).error.issues[0].path).toBe("stateBody");
    const created = await api("POST", "/admin/officials", { token: admin, body: { email, fullName: "Yeni Kadr", group: "hr-officer", stateBody: "justice" } });
    expect(created.status).toBe(201);
    const mails = await mailbox(email);
    expect(mails).toHaveLength(1);
    expect(mails[0].body.text).toMatch(/Müvəqqəti şifrəniz: \S+/);
    const list = await api("GET", "/admin/officials", { token: admin });
    expect((list.body as { items: { username: string; groups: string[]; stateBody?: string }[] }).items.find((o) => o.username === email)).toMatchObject({ groups: ["hr-officer"], stateBody: "justice" });
    expect((await api("POST", `/admin/officials/${encodeURIComponent(email)}/disable`, { token: admin })).status).toBe(200);
    const after = await api("GET", "/admin/officials", { token: admin });
    expect((after.body as { items: { username: string; enabled: boolean }[] }).items.find((o) => o.username === email)?.enabled).toBe(false);
    expect((await api("POST", `/admin/officials/${encodeURIComponent(email)}/enable`, { token: admin })).status).toBe(200);
  });

  it("announcing a competition arms its closing timer; fast-forwarding closes the window", async () => {
    const admin = await official("admin");
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Baku" }).format(new Date());
    const body = {
      title: { az: "Sınaq müsabiqəsi", en: "Test competition" },
      announcedOn: today,
      vacancies: [{ positionCode: "TST-07-0001", stateBodyId: "justice", unitId: "notary", positionName: { az: "Məsləhətçi", en: "Adviser" }, classification: 7, places: 1, education: { levels: ["bachelor"], specialties: [] } }],
    };
    const first = await api("POST", "/admin/competitions", { token: admin, body, headers: { "idempotency-key": `announce-${today}-x1` } });
    expect(first.status).toBe(201);
    const again = await api("POST", "/admin/competitions", { token: admin, body, headers: { "idempotency-key": `announce-${today}-x1` } });
    expect(again.status).toBe(200);
    const competition = first.body as { id: string; closesAt: string; status: string };
    expect((again.body as { id: string }).id).toBe(competition.id);
    const timers = (await listTimers()).filter((t) => t.dueAt === competition.closesAt && t.input.includes(`COMP#${competition.id}`));
    expect(timers).toHaveLength(1);
    // Only this competition's timer: the seeded demo competition stays open for the other tests.
    await advanceTimers(competition.closesAt, { names: timers.map((t) => t.name) });
    const after = await api("GET", `/competitions/${competition.id}`);
    expect((after.body as { status: string }).status).toBe("closed");
  });

  it("the holiday calendar is data the admin edits", async () => {
    const admin = await official("admin");
    const cal = await api("GET", "/admin/holidays/2027", { token: admin });
    expect((cal.body as { holidays: unknown[] }).holidays.length).toBeGreaterThan(10);
    const bad = await api("PUT", "/admin/holidays/2027", { token: admin, body: { holidays: [{ date: "2026-01-01", name: { az: "X", en: "X" } }], workingWeekends: [] } });
    expect(bad.status).toBe(400);
    expect((bad.body as { error: { issues: { path: string; az: string }[] } }).error.issues[0].path).toBe("holidays.0.date");
  });
});
