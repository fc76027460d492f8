import { verificationUrl } from "../certificates/certificate.js";
import type { Bilingual } from "../errors.js";
import type { BilingualMessage } from "../notifications/render.js";
import { formatDuration, type SeniorityResult } from "./compute.js";
import { seniorityLink, type SeniorityRequestRecord, type TermKind } from "./request.js";

/** The date people read: `15.12.2026`. */
export const day = (iso: string) => iso.slice(0, 10).split("-").reverse().join(".");
const origin = (webOrigin: string) => webOrigin.replace(/\/$/, "");
const requestUrl = (webOrigin: string, r: SeniorityRequestRecord) => (webOrigin ? `${origin(webOrigin)}/#${seniorityLink(r.id)}` : undefined);
const withLink = (m: BilingualMessage, link: string | undefined): BilingualMessage => (link ? { ...m, link } : m);
const asBilingual = (s: string): Bilingual => ({ az: s, en: s });

const article10: Bilingual = {
  az: "“Vətəndaşların müraciətlərinə baxılması qaydası haqqında” Azərbaycan Respublikası Qanununun 10-cu maddəsində müəyyən olunmuş müddətdə",
  en: "within the term of article 10 of the Law of the Republic of Azerbaijan on the rules of examining citizens' appeals",
};

/** "12 il 3 ay 4 gün; staj artımı 20%" — the figures as computed by the server. */
export function figures(c: SeniorityResult): Bilingual {
  const total = formatDuration(c.total);
  const bracket = c.bracket
    ? { az: `staj artımı vəzifə maaşının ${c.bracket.percent}%-i`, en: `seniority bonus ${c.bracket.percent}% of the position salary` }
    : { az: "staj artımı hüququ hələ yoxdur", en: "no seniority bonus yet" };
  return { az: `${total.az}; ${bracket.az}`, en: `${total.en}; ${bracket.en}` };
}

const termName: Record<TermKind, Bilingual> = {
  deficiencyNotice: { az: "çatışmazlıqlar barədə məlumat verilməsi (5 gün)", en: "notice of deficiencies (5 days)" },
  decision: { az: "müraciətə baxılması (Qanunun 10-cu maddəsi)", en: "decision (article 10 of the Law)" },
};

/** The e-mails of service 5, each with the request number; to the applicant unless said otherwise. */
export const messages = {
  received: (r: SeniorityRequestRecord, webOrigin: string): BilingualMessage =>
    withLink(
      {
        subject: r.submissions > 1 ? { az: "Təkrar müraciətiniz qəbul edildi", en: "Your re-application was received" } : { az: "Müraciətiniz qəbul edildi", en: "Your request was received" },
        requestNumber: r.number,
        paragraphs: [
          {
            az: `Dövlət qulluğu stajının hesablanması barədə müraciətiniz Komissiyanın informasiya sistemində qeydiyyata alındı və Hüquq sektoruna göndərildi.`,
            en: `Your request for the calculation of civil-service seniority was registered in the Commission's information system and sent to the legal sector.`,
          },
          { az: `Sistemin ilkin hesablaması: ${figures(r.computed).az}.`, en: `The system's preliminary calculation: ${figures(r.computed).en}.` },
          {
            az: `Müraciətə ${article10.az} (${day(r.terms.decision!.lastDay)} tarixinədək) baxılacaq. Aradan qaldırılması mümkün olan çatışmazlıqlar aşkar edilərsə, bu barədə 5 gündən gec olmayaraq məlumat veriləcək.`,
            en: `The request will be examined ${article10.en} (by ${day(r.terms.decision!.lastDay)}). Remediable deficiencies, if any, will be notified within 5 days.`,
          },
        ],
      },
      requestUrl(webOrigin, r),
    ),
  deficient: (r: SeniorityRequestRecord, webOrigin: string): BilingualMessage =>
    withLink(
      {
        subject: { az: "Müraciətinizdə çatışmazlıqlar var", en: "Your request has deficiencies" },
        requestNumber: r.number,
        paragraphs: [
          {
            az: "Hüquq sektoru müraciətinizdə və əlavə edilən sənəddə aşağıdakı aradan qaldırılması mümkün olan çatışmazlıqları aşkar etdi. Onları aradan qaldırıb təkrar müraciət etdikdən sonra müraciətinizə yenidən baxılacaq.",
            en: "The legal sector found the remediable deficiencies below in your request and the attached document. Once you remedy them and apply again, your request will be examined again.",
          },
        ],
        list: (r.deficiencies ?? []).map(asBilingual),
      },
      requestUrl(webOrigin, r),
    ),
  extended: (r: SeniorityRequestRecord, reason: string, webOrigin: string): BilingualMessage =>
    withLink(
      {
        subject: { az: "Müraciətə baxılma müddəti uzadıldı", en: "The examination term was extended" },
        requestNumber: r.number,
        paragraphs: [
          {
            az: `Müraciətinizin əlavə öyrənilməsi tələb olunduğundan baxılma müddəti Qanunun 10-cu maddəsinə əsasən 30 iş gününədək uzadıldı: yeni son tarix ${day(r.terms.decision!.lastDay)}.`,
            en: `Because your request needs additional study, the examination term was extended to 30 working days under article 10 of the Law: the new last day is ${day(r.terms.decision!.lastDay)}.`,
          },
          asBilingual(reason),
        ],
      },
      requestUrl(webOrigin, r),
    ),
  approved: (r: SeniorityRequestRecord, webOrigin: string): BilingualMessage => ({
    subject: { az: "Dövlət qulluğu stajı barədə arayış hazırdır", en: "Your civil-service seniority certificate is ready" },
    requestNumber: r.number,
    paragraphs: [
      { az: `Müraciətinizə baxıldı. Hesablanmış dövlət qulluğu stajı: ${figures(r.computed).az}.`, en: `Your request was examined. The calculated civil-service seniority: ${figures(r.computed).en}.` },
      ...(r.corrections.length
        ? [{ az: "Hüquq sektoru əmək kitabçasına əsasən dövrlərə düzəliş edib; düzəlişlər arayışda və “Müraciətlərim” bölməsində göstərilir.", en: "The legal sector corrected periods on the basis of the labour book; the corrections are shown on the certificate page in “My requests”." }]
        : []),
      {
        az: `Arayışın yoxlama kodu: ${r.certificate!.code}. Arayış (PDF, Azərbaycan və ingilis dillərində) bu məktuba əlavə olunub; onu “Müraciətlərim” bölməsindən də yükləyə bilərsiniz: ${origin(webOrigin)}/#/my-requests`,
        en: `The certificate's verification code: ${r.certificate!.code}. The certificate (PDF, in Azerbaijani and English) is attached to this e-mail; you can also download it from “My requests”: ${origin(webOrigin)}/#/my-requests`,
      },
      {
        az: "Arayışın həqiqiliyini hər kəs giriş etmədən bu kodla aşağıdakı ünvanda yoxlaya bilər:",
        en: "Anyone can check that the certificate is genuine with this code, without signing in, at:",
      },
    ],
    link: verificationUrl(webOrigin, r.certificate!.code),
  }),
  refused: (r: SeniorityRequestRecord, webOrigin: string): BilingualMessage =>
    withLink(
      {
        subject: { az: "Müraciətinizin icrasından imtina edildi", en: "Your request was refused" },
        requestNumber: r.number,
        paragraphs: [{ az: "Müraciətinizin icrasından aşağıdakı səbəblərə görə imtina edildi.", en: "Your request was refused for the reasons below." }],
        list: (r.refusalReasons ?? []).map(asBilingual),
      },
      requestUrl(webOrigin, r),
    ),
  /** To the legal sector's mailbox. */
  reminder: (r: SeniorityRequestRecord, kind: TermKind, lastDay: string): BilingualMessage => ({
    subject: { az: "Xatırlatma: staj arayışı üzrə müddət bitir", en: "Reminder: a seniority request's term is ending" },
    requestNumber: r.number,
    paragraphs: [{ az: `${r.number} nömrəli müraciət üzrə ${termName[kind].az} müddəti ${day(lastDay)} tarixində bitir.`, en: `The term for the ${termName[kind].en} of request ${r.number} ends on ${day(lastDay)}.` }],
  }),
  overdue: (r: SeniorityRequestRecord, kind: TermKind, lastDay: string): BilingualMessage => ({
    subject: { az: "Müddət keçib: staj arayışı", en: "Overdue: a seniority request" },
    requestNumber: r.number,
    paragraphs: [
      {
        az: `${r.number} nömrəli müraciət üzrə ${termName[kind].az} müddəti ${day(lastDay)} tarixində bitib, lakin tədbir görülməyib.`,
        en: `The term for the ${termName[kind].en} of request ${r.number} ended on ${day(lastDay)} and nothing has been done yet.`,
      },
    ],
  }),
};
