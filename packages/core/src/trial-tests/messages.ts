/** The e-mails of service 6 (Azerbaijani first, English below), each with the request number. */
import { verificationUrl } from "../certificates/certificate.js";
import type { Bilingual } from "../errors.js";
import type { BilingualMessage } from "../notifications/render.js";
import { BAKU_OFFSET_MINUTES } from "../time/baku.js";
import type { AttemptRecord } from "./records.js";
import { topicNames } from "./topics.js";

/** `02.12.2026` and `14:35` in Baku time. */
export function bakuDisplay(iso: string): { date: string; time: string } {
  const local = new Date(Date.parse(iso) + BAKU_OFFSET_MINUTES * 60_000).toISOString();
  return { date: `${local.slice(8, 10)}.${local.slice(5, 7)}.${local.slice(0, 4)}`, time: local.slice(11, 16) };
}

const scoreText = (a: AttemptRecord): Bilingual => {
  const r = a.result!;
  return { az: `${r.right} / ${r.total} (${r.percent}%)`, en: `${r.right} / ${r.total} (${r.percent}%)` };
};

const link = (a: Pick<AttemptRecord, "webOrigin">, path: string) => `${a.webOrigin.replace(/\/$/, "")}/#${path}`;

function resultParagraphs(a: AttemptRecord): Bilingual[] {
  const r = a.result!;
  const how: Bilingual =
    a.finishedBy === "timer"
      ? { az: "İmtahan vaxtı bitdiyi üçün avtomatik başa çatdırıldı; verdiyiniz cavablar qiymətləndirildi.", en: "The time limit ran out, so the test was finished automatically; the answers you gave were scored." }
      : { az: "İmtahanı başa çatdırdınız.", en: "You finished the test." };
  return [
    how,
    { az: `Ümumi nəticə: ${r.right} / ${r.total} düzgün cavab (${r.percent}%).`, en: `Total score: ${r.right} / ${r.total} right answers (${r.percent}%).` },
    { az: "Mövzular üzrə nəticə:", en: "Score per topic:" },
  ];
}

const topicList = (a: AttemptRecord): Bilingual[] =>
  a.result!.byTopic.map((t) => ({ az: `${topicNames[t.topic].az}: ${t.right} / ${t.total}`, en: `${topicNames[t.topic].en}: ${t.right} / ${t.total}` }));

const retakeParagraph = (a: AttemptRecord): Bilingual => {
  const d = bakuDisplay(a.retakeFrom);
  return { az: `Təkrar sınaq imtahanı ${d.date} tarixindən (Bakı vaxtı ilə ${d.time}) verilə bilər.`, en: `A new trial test is possible from ${d.date} (${d.time} Baku time).` };
};

export const trialMessages = {
  registered: (a: AttemptRecord): BilingualMessage => {
    const s = bakuDisplay(a.startedAt);
    const e = bakuDisplay(a.endsAt);
    return {
      subject: { az: "Onlayn sınaq test imtahanına qeydiyyatdan keçdiniz", en: "You are registered for the online trial test" },
      requestNumber: a.number,
      paragraphs: [
        { az: `Sorğunuz Komissiyanın informasiya sistemində qeydə alındı və sınaq test imtahanı ${s.date} ${s.time} tarixində başladı.`, en: `Your request was registered in the Commission's information system and the trial test started on ${s.date} at ${s.time}.` },
        { az: `Sualların sayı: ${a.items.length}. Vaxt limiti: ${a.timeLimitMinutes} dəqiqə; imtahan ${e.date} ${e.time} (Bakı vaxtı) tarixində avtomatik başa çatır.`, en: `Questions: ${a.items.length}. Time limit: ${a.timeLimitMinutes} minutes; the test finishes by itself at ${e.time} on ${e.date} (Baku time).` },
        { az: "Cavablarınız verildiyi anda saxlanılır: bağlantı kəsilsə, imtahanı bu keçiddən davam etdirə bilərsiniz.", en: "Each answer is saved as you give it: if the connection drops, continue the test from this link." },
      ],
      link: link(a, `/trial-tests/${a.id}`),
    };
  },
  /** The result, with the certificate's code and its public check. */
  finished: (a: AttemptRecord, code: string): BilingualMessage => ({
    subject: { az: "Onlayn sınaq test imtahanının nəticəsi və sertifikat", en: "Your online trial test result and certificate" },
    requestNumber: a.number,
    paragraphs: [
      ...resultParagraphs(a),
      ...topicList(a),
      { az: `Nəticə barədə sertifikat verildi. Yoxlama kodu: ${code}. Sertifikatın həqiqiliyini hər kəs bu ünvanda yoxlaya bilər: ${verificationUrl(a.webOrigin, code)}`, en: `A certificate of the result was issued. Verification code: ${code}. Anyone can check it is genuine at: ${verificationUrl(a.webOrigin, code)}` },
      { az: `Sertifikat (PDF) bu məktuba əlavə edilib; onu həmçinin “Mənim sorğularım” bölməsindən yükləyə bilərsiniz: ${link(a, "/my-requests")}`, en: `The certificate (PDF) is attached to this e-mail; you can also download it from “My requests”: ${link(a, "/my-requests")}` },
      retakeParagraph(a),
    ],
    link: link(a, `/trial-tests/${a.id}`),
  }),
  retakeReminder: (retakeFrom: string, webOrigin: string): BilingualMessage => {
    const d = bakuDisplay(retakeFrom);
    return {
      subject: { az: "Təkrar sınaq test imtahanı verə bilərsiniz", en: "You can take the trial test again" },
      paragraphs: [
        { az: `Bu gündən (${d.date}) onlayn sınaq test imtahanını təkrar verə bilərsiniz. Bu xatırlatmanı siz istəmişdiniz.`, en: `From today (${d.date}) you can take the online trial test again. You asked for this reminder.` },
      ],
      link: `${webOrigin.replace(/\/$/, "")}/#/trial-tests`,
    };
  },
};
