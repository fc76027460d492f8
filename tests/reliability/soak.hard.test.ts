/**
 * Soak: mixed traffic (citizens, IT officers, HR officers, the public) on the local stack for
 * EXIDMET_SOAK_SECONDS (default 600) at a steady rate, with a burst every minute. Zero 5xx; at the
 * end every record a client was told about exists exactly once (counted through the API and the
 * table), and no client got back a record that was then lost.
 */
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validForm } from "../../packages/core/test/fixtures.js";
import { api, localCloud, signInAs, testFiles, uploadFile } from "../setup/local-cloud.js";
import { newCitizen, recordFigures, tableOf } from "../security/support.js";

const SECONDS = Number(process.env.EXIDMET_SOAK_SECONDS ?? 600);
const RATE = Number(process.env.EXIDMET_SOAK_RATE ?? 8); // requests per second, steady
const BURST = Number(process.env.EXIDMET_SOAK_BURST ?? 60); // requests at once, every minute
const CITIZENS = 10;

type Citizen = { token: string; email: string; idCard: string; sub: string; submitted: Map<string, { id: string; number: string }>; records: Set<string>; uploads: string[] };
const byStatus: Record<string, number> = {};
const fiveXx: string[] = [];
let requests = 0;
let citizens: Citizen[] = [];
let vacancies: { id: string; positionCode: string }[] = [];
let competitionId = "";
let itToken = "";
let hrToken = "";
let selectionToken = "";

const count = (label: string, status: number, body?: unknown) => {
  requests++;
  byStatus[status] = (byStatus[status] ?? 0) + 1;
  if (status >= 500) fiveXx.push(`${label} → ${status} ${JSON.stringify(body).slice(0, 200)}`);
};

/** A client that retries 429 and 503 after Retry-After, with the same idempotency key. */
async function send(label: string, method: string, path: string, options: { token?: string; body?: unknown } = {}) {
  const key = `soak${Math.random().toString(36).slice(2, 14)}`;
  for (let attempt = 0; attempt < 5; attempt++) {
    const res = await api(method, path, { ...options, headers: method === "GET" ? {} : { "idempotency-key": key } });
    count(label, res.status, res.body);
    if (res.status !== 429 && res.status !== 503) return res;
    await new Promise((r) => setTimeout(r, Math.min(5, Number(res.headers.get("retry-after") ?? 1)) * 1000));
  }
  return { status: 429, body: undefined, headers: new Headers() };
}

const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)]!;

const operations: [number, () => Promise<unknown>][] = [
  [3, () => send("competitions.list", "GET", "/competitions")],
  [1, () => send("competitions.get", "GET", `/competitions/${competitionId}`)],
  [3, () => send("me.requests", "GET", "/me/requests", { token: pick(citizens).token })],
  [2, async () => {
    const c = pick(citizens);
    const res = await send("me.applications.saveDraft", "PUT", `/me/applications/${pick(vacancies).id}/draft`, { token: c.token, body: { citizen: { firstName: "Soak", lastName: `T${requests}` } } });
    // A first draft is a record too (it shows in My requests).
    if (res.status === 200 || res.status === 201) c.records.add((res.body as { number: string }).number);
  }],
  [1, async () => {
    const c = pick(citizens);
    const v = pick(vacancies);
    if (c.submitted.has(v.id)) return;
    const form = validForm();
    form.identity.idCardNumber = c.idCard;
    form.contact.email = c.email;
    form.education[0]!.specialtyCode = "050403";
    const res = await send("me.applications.submit", "POST", `/me/applications/${v.id}/submit`, { token: c.token, body: form });
    if (res.status === 200 || res.status === 201) {
      c.submitted.set(v.id, res.body as { id: string; number: string });
      c.records.add((res.body as { number: string }).number);
    }
  }],
  [1, async () => {
    const c = pick(citizens);
    const res = await uploadFile(c.token, { purpose: "labour-book", fileName: "soak.pdf", contentType: "application/pdf", bytes: testFiles.pdf() }).catch((e: Error) => ({ status: /→ (\d+)/.exec(e.message)?.[1] ? Number(/→ (\d+)/.exec(e.message)![1]) : 599, uploadId: "", body: e.message }));
    count("me.uploads (start+confirm)", res.status, res.body);
    if (res.status === 200) c.uploads.push(res.uploadId);
  }],
  [2, () => send("officer.applications.list", "GET", `/officer/applications?competitionId=${competitionId}`, { token: itToken })],
  [1, async () => {
    const app = pick(citizens.flatMap((c) => [...c.submitted.values()]));
    if (app) await send("officer.applications.get", "GET", `/officer/applications/${app.id}`, { token: itToken });
  }],
  [1, () => send("hr.results.list", "GET", `/hr/results?competitionId=${competitionId}`, { token: hrToken })],
  [1, () => send("hr.reserve.search", "GET", "/hr/reserve", { token: selectionToken })],
];
const totalWeight = operations.reduce((s, [w]) => s + w, 0);
function randomOperation() {
  let r = Math.random() * totalWeight;
  for (const [w, op] of operations) if ((r -= w) < 0) return op;
  return operations[0]![1];
}

beforeAll(async () => {
  const list = await api("GET", "/competitions");
  const comp = (list.body as { items: { id: string; vacancies: { id: string; positionCode: string }[] }[] }).items.find((c) => c.vacancies.some((v) => v.positionCode === "VN-06-0317"))!;
  competitionId = comp.id;
  vacancies = comp.vacancies;
  itToken = await signInAs("officials", "it.officer", "Texnologiya2025");
  hrToken = await signInAs("officials", "hr.taxes", "Kadrlar2025b");
  selectionToken = await signInAs("officials", "selection.officer", "Secimsobe2025");
  citizens = await Promise.all(
    Array.from({ length: CITIZENS }, async (_, i) => {
      const c = await newCitizen(`soak${i}`);
      const token = await signInAs("citizens", c.email, c.password);
      const sub = JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()).sub as string;
      return { token, email: c.email, idCard: c.idCard, sub, submitted: new Map(), records: new Set<string>(), uploads: [] };
    }),
  );
}, 120_000);

afterAll(() => {
  recordFigures("soak", {
    seconds: SECONDS,
    steadyRatePerSecond: RATE,
    burstEveryMinute: BURST,
    requests,
    byStatus,
    fiveXx: fiveXx.length,
    applicationsSubmitted: citizens.reduce((s, c) => s + c.submitted.size, 0),
    applicationRecords: citizens.reduce((s, c) => s + c.records.size, 0),
    uploadsCreated: citizens.reduce((s, c) => s + c.uploads.length, 0),
  });
});

describe("soak", () => {
  it(`mixed traffic for ${SECONDS} s: zero 5xx, zero lost or duplicated records`, async () => {
    const inFlight = new Set<Promise<unknown>>();
    const launch = () => {
      const p = randomOperation()().catch((e: Error) => fiveXx.push(`client error ${e.message}`));
      inFlight.add(p);
      void p.finally(() => inFlight.delete(p));
    };
    const end = Date.now() + SECONDS * 1000;
    let nextBurst = Date.now() + 30_000;
    while (Date.now() < end) {
      if (Date.now() >= nextBurst) {
        for (let i = 0; i < BURST; i++) launch();
        nextBurst += 60_000;
      }
      if (inFlight.size < 200) launch();
      await new Promise((r) => setTimeout(r, 1000 / RATE));
    }
    await Promise.all(inFlight);
    expect(fiveXx.slice(0, 10), fiveXx.slice(0, 10).join("\n")).toEqual([]);

    // Counted at the end against what the clients got back.
    const table = tableOf(localCloud().env);
    let checked = 0;
    for (const c of citizens) {
      const mine = ((await api("GET", "/me/requests", { token: c.token })).body as { items: { number: string }[] }).items.map((i) => i.number);
      const told = [...c.records];
      expect(new Set(mine).size).toBe(mine.length); // no duplicates
      expect(mine.sort()).toEqual(told.sort()); // none lost, none extra
      for (const uploadId of c.uploads) {
        const out = await table.send(new GetCommand({ TableName: localCloud().env.TABLE_NAME, Key: { pk: `UPLOAD#${uploadId}`, sk: "UPLOAD" } }));
        expect(out.Item).toMatchObject({ status: "verified", ownerSub: c.sub });
        checked++;
      }
      checked += told.length;
    }
    // The officers' queue lists each application once.
    const seen = new Map<string, number>();
    let cursor: string | undefined;
    do {
      const page = await api("GET", `/officer/applications?competitionId=${competitionId}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`, { token: itToken });
      expect(page.status).toBe(200);
      const body = page.body as { items: { id: string }[]; cursor?: string; nextCursor?: string };
      for (const i of body.items) seen.set(i.id, (seen.get(i.id) ?? 0) + 1);
      cursor = body.nextCursor ?? body.cursor;
    } while (cursor);
    for (const app of citizens.flatMap((c) => [...c.submitted.values()])) {
      const n = seen.get(app.id) ?? 0;
      if (n !== 1) throw new Error(`application ${app.number} listed ${n} times in the officers' queue`);
    }
    console.log(`[soak] records checked at the end: ${checked}`);
  }, SECONDS * 1000 + 600_000);
});
