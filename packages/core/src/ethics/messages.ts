import type { Bilingual } from "../errors.js";
import type { BilingualMessage } from "../notifications/render.js";
import { type ComplaintRecord, complaintLink, type TermKind } from "./complaint.js";
import { type ResultOutcome, resultOutcomes } from "./form.js";

/** The date people read: `15.12.2026`. */
const day = (iso: string) => iso.split("-").reverse().join(".");
const link = (webOrigin: string, r: ComplaintRecord) => (webOrigin ? `${webOrigin.replace(/\/$/, "")}/#${complaintLink(r.id)}` : undefined);
const withLink = (m: BilingualMessage, webOrigin: string, r: ComplaintRecord): BilingualMessage => {
  const l = link(webOrigin, r);
  return l ? { ...m, link: l } : m;
};
const asBilingual = (s: string): Bilingual => ({ az: s, en: s });

const article10: Bilingual = {
  az: "“Vətəndaşların müraciətlərinə baxılması qaydası haqqında” Azərbaycan Respublikası Qanununun 10-cu maddəsində müəyyən olunmuş müddətdə",
  en: "within the term of article 10 of the Law of the Republic of Azerbaijan on the rules of examining citizens' appeals",
};

const termName: Record<TermKind, Bilingual> = {
  deficiencyNotice: { az: "çatışmazlıqlar barədə məlumat verilməsi (5 gün)", en: "notice of deficiencies (5 days)" },
  decision: { az: "müraciətə baxılması (Qanunun 10-cu maddəsi)", en: "examination of the complaint (article 10 of the Law)" },
};

/** The e-mails of service 7, each with the complaint number; to the complainant unless said otherwise. */
export const messages = {
  received: (r: ComplaintRecord, webOrigin: string): BilingualMessage =>
    withLink(
      {
        subject: r.submissions > 1 ? { az: "Təkrar müraciətiniz qəbul edildi", en: "Your corrected complaint was received" } : { az: "Müraciətiniz qəbul edildi", en: "Your complaint was received" },
        requestNumber: r.number,
        paragraphs: [
          {
            az: `Dövlət qulluqçusunun etik davranış qaydalarını pozması barədə müraciətiniz Komissiyanın informasiya sistemində ${r.number} nömrəsi ilə qeydə alındı və Hüquq sektoruna göndərildi.`,
            en: `Your complaint about a civil servant's breach of the rules of ethical conduct was recorded in the Commission's information system under number ${r.number} and sent to the legal sector.`,
          },
          {
            az: `Aradan qaldırılması mümkün olan çatışmazlıqlar aşkar edilərsə, bu barədə sizə ${day(r.terms.deficiencyNotice!.lastDay)} tarixinədək məlumat veriləcək. Müraciətə ${article10.az} (${day(r.terms.decision!.lastDay)} tarixinədək) baxılacaq.`,
            en: `If remediable deficiencies are found you will be told by ${day(r.terms.deficiencyNotice!.lastDay)}. The complaint will be examined ${article10.en} (by ${day(r.terms.decision!.lastDay)}).`,
          },
        ],
      },
      webOrigin,
      r,
    ),
  registered: (r: ComplaintRecord, webOrigin: string): BilingualMessage =>
    withLink(
      {
        subject: { az: "Müraciətiniz qeydiyyata alındı və araşdırılır", en: "Your complaint was registered and is being investigated" },
        requestNumber: r.number,
        paragraphs: [
          {
            az: `Müraciətinizdə çatışmazlıq aşkar edilmədi; müraciət qeydiyyata alındı. Araşdırmanın nəticəsi barədə sizə ${day(r.terms.decision!.lastDay)} tarixinədək məlumat veriləcək.`,
            en: `No deficiencies were found; the complaint was registered. You will be told the result of the investigation by ${day(r.terms.decision!.lastDay)}.`,
          },
        ],
      },
      webOrigin,
      r,
    ),
  deficient: (r: ComplaintRecord, deficiencies: string[], webOrigin: string): BilingualMessage =>
    withLink(
      {
        subject: { az: "Müraciətinizdə çatışmazlıqlar aşkar edildi", en: "Deficiencies were found in your complaint" },
        requestNumber: r.number,
        paragraphs: [
          {
            az: "Müraciətinizdə aradan qaldırılması mümkün olan aşağıdakı çatışmazlıqlar aşkar edildi. Onları aradan qaldırıb müraciəti “Müraciətlərim” bölməsindən təkrar göndərin; təkrar müraciətinizə Qanunun 10-cu maddəsində müəyyən olunmuş müddətdə baxılacaq.",
            en: "The remediable deficiencies below were found in your complaint. Correct them and send the complaint again from “My requests”; it will be examined again within the term of article 10 of the Law.",
          },
        ],
        list: deficiencies.map(asBilingual),
      },
      webOrigin,
      r,
    ),
  refused: (r: ComplaintRecord, reasons: string[], webOrigin: string): BilingualMessage =>
    withLink(
      {
        subject: { az: "Müraciətinizə baxılmasından imtina edildi", en: "Your complaint was refused" },
        requestNumber: r.number,
        paragraphs: [
          { az: "Müraciətinizə aşağıdakı səbəblərə görə baxılmasından imtina edildi.", en: "Your complaint was refused for the reasons below." },
          {
            az: "Bu qərardan qanunvericiliyə uyğun olaraq inzibati qaydada və ya məhkəməyə şikayət verə bilərsiniz.",
            en: "You may complain about this decision administratively or in court, as the law provides.",
          },
        ],
        list: reasons.map(asBilingual),
      },
      webOrigin,
      r,
    ),
  extended: (r: ComplaintRecord, reason: string, webOrigin: string): BilingualMessage =>
    withLink(
      {
        subject: { az: "Müraciətinizə baxılma müddəti uzadıldı", en: "The term for examining your complaint was extended" },
        requestNumber: r.number,
        paragraphs: [
          {
            az: `Əlavə öyrənmə tələb olunduğundan müraciətinizə baxılma müddəti Qanunun 10-cu maddəsinə əsasən 30 iş gününədək uzadıldı. Araşdırmanın nəticəsi barədə sizə ${day(r.terms.decision!.lastDay)} tarixinədək məlumat veriləcək.`,
            en: `As further study is needed, the term for examining your complaint was extended to 30 working days under article 10 of the Law. You will be told the result of the investigation by ${day(r.terms.decision!.lastDay)}.`,
          },
          asBilingual(reason),
        ],
      },
      webOrigin,
      r,
    ),
  result: (r: ComplaintRecord, outcome: ResultOutcome, text: string, webOrigin: string): BilingualMessage =>
    withLink(
      {
        subject: { az: "Müraciətiniz üzrə araşdırmanın nəticəsi", en: "The result of the investigation of your complaint" },
        requestNumber: r.number,
        paragraphs: [
          { az: "Müraciətiniz üzrə araşdırma başa çatdı.", en: "The investigation of your complaint is complete." },
          { az: `Nəticə: ${resultOutcomes[outcome].az}.`, en: `Result: ${resultOutcomes[outcome].en}.` },
          asBilingual(text),
        ],
      },
      webOrigin,
      r,
    ),

  // To the legal sector: the number and the term only, never the complainant's identity.
  reminder: (r: ComplaintRecord, kind: TermKind, lastDay: string): BilingualMessage => ({
    subject: { az: "Xatırlatma: müddət bitir", en: "Reminder: a term is ending" },
    requestNumber: r.number,
    paragraphs: [
      {
        az: `${r.number} nömrəli müraciət üzrə ${termName[kind].az} müddəti ${day(lastDay)} tarixində bitir.`,
        en: `The term for the ${termName[kind].en} of complaint ${r.number} ends on ${day(lastDay)}.`,
      },
    ],
  }),
  overdue: (r: ComplaintRecord, kind: TermKind, lastDay: string): BilingualMessage => ({
    subject: { az: "Müddət keçib", en: "A term is overdue" },
    requestNumber: r.number,
    paragraphs: [
      {
        az: `${r.number} nömrəli müraciət üzrə ${termName[kind].az} müddəti ${day(lastDay)} tarixində bitib, lakin müraciət üzrə tədbir görülməyib.`,
        en: `The term for the ${termName[kind].en} of complaint ${r.number} ended on ${day(lastDay)} and nothing has been done yet.`,
      },
    ],
  }),
};
