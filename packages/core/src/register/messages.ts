/** The e-mails of service 3's 7-day request, each with the request number. */
import type { Bilingual } from "../errors.js";
import type { BilingualMessage } from "../notifications/render.js";
import { formatBakuDateTime, type RegisterRequestRecord } from "./request-record.js";

const due = (r: RegisterRequestRecord): Bilingual => ({
  az: `Cavab ən gec ${formatBakuDateTime(r.dueAt!)} tarixinədək veriləcək (7 gün).`,
  en: `The answer is due by ${formatBakuDateTime(r.dueAt!)} (7 days).`,
});
const link = (origin: string, r: RegisterRequestRecord) => (origin ? `${origin}/#${r.link}` : undefined);

export const registerMessages = {
  received: (r: RegisterRequestRecord, origin: string): BilingualMessage => ({
    subject: { az: "Dövlət qulluqçularının reyestrindən məlumat sorğunuz qeydə alındı", en: "Your request for information from the register of civil servants was registered" },
    requestNumber: r.number,
    paragraphs: [
      {
        az: "Sorğunuz Komissiyanın informasiya sistemində qeydiyyata alındı və İnformasiya texnologiyaları və proqram təminatı sektoruna göndərildi.",
        en: "Your request was registered in the Commission's information system and sent to the Information Technology and Software sector.",
      },
      due(r),
      { az: "Reyestrdə məlumat tapılmadığı halda əmək kitabçasının surəti tələb oluna bilər.", en: "If no data is found in the register, a copy of the labour book may be asked for." },
    ],
    link: link(origin, r),
  }),
  documentsRequested: (r: RegisterRequestRecord, message: string, origin: string): BilingualMessage => ({
    subject: { az: "Əmək kitabçasının surəti tələb olunur", en: "A copy of the labour book is needed" },
    requestNumber: r.number,
    paragraphs: [
      { az: "Sorğunuza baxmaq üçün əmək kitabçanızın surətini (PDF, JPEG və ya PNG) yükləyin.", en: "To examine your request, upload a copy of your labour book (PDF, JPEG or PNG)." },
      { az: `Əməkdaşın qeydi: ${message}`, en: `The officer's note: ${message}` },
      due(r),
    ],
    link: link(origin, r),
  }),
  documentsReceived: (r: RegisterRequestRecord, origin: string): BilingualMessage => ({
    subject: { az: "Əmək kitabçasının surəti qəbul edildi", en: "The copy of the labour book was received" },
    requestNumber: r.number,
    paragraphs: [{ az: "Yüklədiyiniz sənəd qəbul edildi; sorğunuza baxılır.", en: "The document you uploaded was received; your request is being examined." }, due(r)],
    link: link(origin, r),
  }),
  answered: (r: RegisterRequestRecord, text: string, origin: string): BilingualMessage => ({
    subject: { az: "Reyestrdən məlumat sorğunuz cavablandırıldı", en: "Your register request was answered" },
    requestNumber: r.number,
    paragraphs: [{ az: "Sorğunuza cavab:", en: "The answer to your request:" }, { az: text, en: text }],
    link: link(origin, r),
  }),
  refused: (r: RegisterRequestRecord, text: string, origin: string): BilingualMessage => ({
    subject: { az: "Reyestrdən məlumat verilməsindən imtina edildi", en: "Information from the register was refused" },
    requestNumber: r.number,
    paragraphs: [
      { az: "Sorğunuz üzrə məlumatın verilməsindən aşağıdakı səbəbə görə imtina edildi. Çatışmazlıqları aradan qaldırıb yenidən sorğu göndərə bilərsiniz.", en: "Information was refused for the reason below. You may remedy the deficiencies and send a new request." },
      { az: text, en: text },
    ],
    link: link(origin, r),
  }),
  reminder: (r: RegisterRequestRecord): BilingualMessage => ({
    subject: { az: "Xatırlatma: reyestr sorğusunun cavab müddəti 2 gündən sonra bitir", en: "Reminder: a register request is due in 2 days" },
    requestNumber: r.number,
    paragraphs: [{ az: `Sorğuya ${formatBakuDateTime(r.dueAt!)} tarixinədək cavab verilməlidir.`, en: `The request must be answered by ${formatBakuDateTime(r.dueAt!)}.` }],
  }),
  overdue: (r: RegisterRequestRecord): BilingualMessage => ({
    subject: { az: "Gecikmə: reyestr sorğusunun 7 günlük cavab müddəti bitib", en: "Overdue: a register request's 7-day term has passed" },
    requestNumber: r.number,
    paragraphs: [{ az: `Sorğuya ${formatBakuDateTime(r.dueAt!)} tarixinədək cavab verilməli idi.`, en: `The request was due by ${formatBakuDateTime(r.dueAt!)}.` }],
  }),
};
