import type { Bilingual } from "../errors.js";
import type { BilingualMessage } from "../notifications/render.js";
import type { ApplicationRecord } from "./application.js";

const position = (r: ApplicationRecord): Bilingual => ({
  az: `${r.vacancy.positionName.az} (${r.vacancy.positionCode}), ${r.vacancy.stateBodyName.az}`,
  en: `${r.vacancy.positionName.en} (${r.vacancy.positionCode}), ${r.vacancy.stateBodyName.en}`,
});

/** The e-mails of service 1, each with the request number. */
export const messages = {
  received: (r: ApplicationRecord): BilingualMessage => ({
    subject: { az: "Müraciətiniz qəbul edildi", en: "Your application was received" },
    requestNumber: r.number,
    paragraphs: [
      { az: `Dövlət qulluğuna qəbul üzrə müsabiqədə iştirak üçün müraciətiniz qeydə alındı: ${position(r).az}.`, en: `Your application to the civil-service competition was registered: ${position(r).en}.` },
      { az: "Müraciətə baxılmasının nəticəsi barədə ayrıca məlumat veriləcək.", en: "You will be told the result of the examination separately." },
    ],
  }),
  refused: (r: ApplicationRecord, reasons: Bilingual[]): BilingualMessage => ({
    subject: { az: "Müraciətinizin qəbulundan imtina edildi", en: "Your application was refused" },
    requestNumber: r.number,
    paragraphs: [
      { az: `Müraciətiniz (${position(r).az}) aşağıdakı səbəblərə görə qəbul edilmədi. Müraciətlərin qəbulu müddəti bitənədək çatışmazlıqları aradan qaldırıb yenidən təqdim edə bilərsiniz; müraciətə yenidən baxılacaq.`, en: `Your application (${position(r).en}) was not accepted for the reasons below. You may correct the deficiencies and submit again until the application window closes; it will be examined again.` },
    ],
    list: reasons,
  }),
  admitted: (r: ApplicationRecord): BilingualMessage => ({
    subject: { az: "Namizədliyiniz test imtahanı mərhələsi üçün qeydə alındı", en: "Your candidacy was registered for the test stage" },
    requestNumber: r.number,
    paragraphs: [
      { az: `Müsabiqənin test imtahanı mərhələsində iştirakınız üçün namizədliyiniz qeydə alındı: ${position(r).az}.`, en: `Your candidacy was registered for the test-exam stage of the competition: ${position(r).en}.` },
      { az: `Namizədin şəxsi kodu: ${r.candidateCode}`, en: `Candidate's personal code: ${r.candidateCode}` },
    ],
  }),
  excluded: (r: ApplicationRecord, reason: Bilingual): BilingualMessage => ({
    subject: { az: "Müsabiqədən kənarlaşdırıldınız", en: "You were excluded from the competition" },
    requestNumber: r.number,
    paragraphs: [
      { az: `“Dövlət orqanlarında dövlət qulluğuna müsabiqə vasitəsilə qəbul Qaydaları”nın 6.3-cü bəndinə əsasən müsabiqədən kənarlaşdırıldınız: ${position(r).az}.`, en: `Under item 6.3 of the Rules of competitive admission you were excluded from the competition: ${position(r).en}.` },
      reason,
    ],
  }),
  draftReminder: (r: ApplicationRecord, closesOn: string): BilingualMessage => ({
    subject: { az: "Müraciətiniz hələ təqdim edilməyib", en: "Your application has not been submitted yet" },
    requestNumber: r.number,
    paragraphs: [
      { az: `${position(r).az} vəzifəsi üzrə müraciətiniz qaralama kimi saxlanılıb. Müraciətlərin qəbulu ${closesOn} tarixində başa çatır.`, en: `Your application for ${position(r).en} is saved as a draft. Applications close on ${closesOn}.` },
    ],
  }),
};
