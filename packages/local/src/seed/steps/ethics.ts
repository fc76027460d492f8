/**
 * Demo data of service 7: Leyla Əliyeva's complaints about ethical conduct — one just received
 * with a PDF of evidence (the legal officer's queue shows its 5-day deficiency-notice term), and one
 * the legal sector registered (its article-10 term runs). The complaints' contact address is a
 * plus-address of hers, so other services' tests that count her e-mails are not disturbed.
 * Idempotent: each complaint's id derives from a fixed Idempotency-Key; steps already done are skipped.
 */
import { demoCitizens } from "../demo-data.js";
import type { SeedStep } from "./index.js";
import type { SeedApi } from "./seed-api.js";

const leyla = demoCitizens[0];
const contact = { fullName: leyla.name, email: "leyla.aliyeva+etik@example.az", phone: "+994501112233" };

const bakuToday = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Baku", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());

const complaints = [
  {
    key: "seed-ethics-received-1",
    register: false,
    withEvidence: true,
    form: {
      servant: { fullName: "Vüqar Səfərov", stateBodyId: "taxes", position: "Vergi müfəttişi" },
      incident: {
        description: "Vergi bəyannaməsini təqdim edərkən müfəttiş mənimlə kobud danışdı, səsini qaldırdı və sənədlərimi qəbul etməkdən əsassız olaraq imtina etdi.",
        time: "11:15",
        place: "Bakı şəhəri 1 saylı ərazi vergilər idarəsi, qəbul otağı",
      },
      rules: ["conduct", "professionalism"],
    },
  },
  {
    key: "seed-ethics-registered-1",
    register: true,
    withEvidence: false,
    form: {
      servant: { fullName: "Kənan Abbasov", stateBodyId: "justice", position: "Notariat kontorunun əməkdaşı" },
      incident: {
        description: "Notariat kontorunda əməkdaş xidmətin göstərilməsi üçün qanunda nəzərdə tutulmayan əlavə ödəniş tələb etdi və hədiyyə istədi.",
        place: "Bakı, Nəsimi rayonu, 5 saylı notariat kontoru",
      },
      rules: ["gifts", "corruption"],
    },
  },
];

const pdf = () => new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% sübut: qəbul otağında çəkilmiş foto və izahat\ntrailer << /Root 1 0 R >>\n%%EOF\n");

/** The browser's upload: presigned POST, then the server's check. */
async function uploadEvidence(api: SeedApi): Promise<string> {
  const bytes = pdf();
  const started = await api.call(leyla.email, "POST", "/me/uploads", { purpose: "ethics-evidence", fileName: "subut.pdf", contentType: "application/pdf", size: bytes.length });
  if (!started.ok) throw new Error(`POST /me/uploads → ${started.status}`);
  const { uploadId, upload } = started.body as { uploadId: string; upload: { url: string; fields: Record<string, string> } };
  const form = new FormData();
  for (const [k, v] of Object.entries(upload.fields)) form.append(k, v);
  form.append("file", new Blob([bytes], { type: "application/pdf" }), "subut.pdf");
  const stored = await fetch(upload.url, { method: "POST", body: form });
  if (!stored.ok) throw new Error(`presigned POST → ${stored.status}`);
  const confirmed = await api.call(leyla.email, "POST", `/me/uploads/${uploadId}/confirm`, {});
  if (!confirmed.ok) throw new Error(`confirm → ${confirmed.status}`);
  return uploadId;
}

export const ethicsSeed: SeedStep = {
  name: "ethics complaints (service 7)",
  async run(api) {
    const done: string[] = [];
    for (const c of complaints) {
      const created = await api.call(leyla.email, "POST", "/me/complaints", { servant: { fullName: c.form.servant.fullName } }, { "idempotency-key": c.key });
      if (!created.ok) throw new Error(`POST /me/complaints → ${created.status}`);
      let complaint = created.body as { id: string; number: string; status: string };
      if (complaint.status === "draft") {
        const attachments = c.withEvidence ? [await uploadEvidence(api)] : [];
        const form = { ...c.form, incident: { ...c.form.incident, date: bakuToday() }, attachments, contact };
        const submitted = await api.call(leyla.email, "POST", `/me/complaints/${complaint.id}/submit`, form);
        if (!submitted.ok) throw new Error(`submit → ${submitted.status} ${JSON.stringify(submitted.body).slice(0, 300)}`);
        complaint = submitted.body as typeof complaint;
      }
      if (c.register && complaint.status === "submitted") {
        const registered = await api.call("legal.officer", "POST", `/legal/complaints/${complaint.id}/register`, { note: "Çatışmazlıq aşkar edilmədi; araşdırma başlanılır." });
        if (!registered.ok) throw new Error(`register → ${registered.status}`);
        complaint = registered.body as typeof complaint;
      }
      done.push(`${complaint.number} ${complaint.status}`);
    }
    return done.join(", ");
  },
};
