/**
 * Service 5's demo data: Elvin Hüseynov has a request under examination (the legal officer's queue
 * is not empty); Leyla Əliyeva has an approved one with a certificate (its code works on the public
 * check page). Idempotent: each request has a fixed request key, and a request that exists is
 * answered before its scans are looked at, so a second `npm start` uploads and changes nothing.
 */
import { demoCitizens } from "../demo-data.js";
import type { SeedApi } from "./seed-api.js";
import type { SeedStep } from "./index.js";

const pdf = () => new TextEncoder().encode("%PDF-1.4\n% demo scan of a labour book\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

async function uploadScan(api: SeedApi, as: string): Promise<string> {
  const bytes = pdf();
  const started = await api.call(as, "POST", "/me/uploads", { purpose: "labour-book", fileName: "emek-kitabcasi.pdf", contentType: "application/pdf", size: bytes.length });
  if (!started.ok) throw new Error(`upload start ${started.status}`);
  const { uploadId, upload } = started.body as { uploadId: string; upload: { url: string; fields: Record<string, string> } };
  const form = new FormData();
  for (const [k, v] of Object.entries(upload.fields)) form.append(k, v);
  form.append("file", new Blob([bytes], { type: "application/pdf" }), "emek-kitabcasi.pdf");
  const stored = await fetch(upload.url, { method: "POST", body: form });
  if (!stored.ok) throw new Error(`upload ${stored.status}`);
  const confirmed = await api.call(as, "POST", `/me/uploads/${uploadId}/confirm`, {});
  if (!confirmed.ok) throw new Error(`upload confirm ${confirmed.status}`);
  return uploadId;
}

type Person = (typeof demoCitizens)[number];

async function ensureRequest(api: SeedApi, who: Person, fin: string, requestKey: string, periods: unknown[]) {
  const body = { email: who.email, idCard: who.idCard, fin, fullName: who.name, periods, requestKey };
  // A request that exists is answered at once (200), whatever the scans say.
  const existing = await api.call(who.email, "POST", "/me/seniority", { ...body, scans: ["0000000000000000"] });
  if (existing.status === 200) return existing.body as { id: string; status: string; number: string };
  const created = await api.call(who.email, "POST", "/me/seniority", { ...body, scans: [await uploadScan(api, who.email)] });
  if (!created.ok) throw new Error(`submit ${created.status} ${JSON.stringify(created.body).slice(0, 200)}`);
  return created.body as { id: string; status: string; number: string };
}

export const senioritySeed: SeedStep = {
  name: "seniority",
  async run(api) {
    const elvin = demoCitizens.find((c) => c.email === "elvin.huseynov@example.az")!;
    const leyla = demoCitizens.find((c) => c.email === "leyla.aliyeva@example.az")!;
    const open = await ensureRequest(api, elvin, elvin.fin, "demo-seniority-elvin-1", [
      { organisation: "Ədliyyə Nazirliyi", position: "Məsləhətçi", start: "2011-09-01", end: "2016-08-31", toDate: false, civilService: true },
      { organisation: "“Azərenerji” ASC", position: "Hüquqşünas", start: "2016-09-01", end: "2018-12-31", toDate: false, civilService: false },
      { organisation: "Vergilər Nazirliyi", position: "Baş vergi müfəttişi", start: "2019-01-14", toDate: true, civilService: true },
    ]);
    // Leyla's account has no FIN: she typed hers.
    const done = await ensureRequest(api, leyla, "6MZ4K1P", "demo-seniority-leyla-1", [
      { organisation: "Ekologiya və Təbii Sərvətlər Nazirliyi", position: "Aparıcı məsləhətçi", start: "2008-02-01", end: "2014-06-30", toDate: false, civilService: true },
      { organisation: "Ədliyyə Nazirliyi", position: "Şöbə müdiri", start: "2014-07-01", toDate: true, civilService: true },
    ]);
    let code = "";
    if (done.status === "submitted") {
      const approved = await api.call("legal.officer", "POST", `/legal/seniority/${done.id}/approve`, {});
      if (!approved.ok) throw new Error(`approve ${approved.status}`);
      code = (approved.body as { certificate: { code: string } }).certificate.code;
    } else {
      const mine = await api.call(leyla.email, "GET", `/me/seniority/${done.id}`);
      code = (mine.body as { certificate: { code: string } | null }).certificate?.code ?? "";
    }
    return `${open.number} under examination (Elvin); ${done.number} approved (Leyla), certificate ${code}`;
  },
};
