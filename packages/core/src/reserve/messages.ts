import type { CompetitionRecord } from "../competitions/competition.js";
import type { BilingualMessage } from "../notifications/render.js";
import { leaveReasonText, type ReserveEntryRecord, type ReserveRow } from "./entry.js";

const link = (origin: string) => (origin ? `${origin.replace(/\/$/, "")}/#/results/mine` : undefined);

/** The e-mails of service 4 ("Dövlət orqanlarına ehtiyat kadrlar barədə müvafiq məlumatların verilməsi"). */
export const reserveMessages = {
  entered: (e: ReserveEntryRecord, webOrigin: string): BilingualMessage => ({
    subject: { az: "Ehtiyat kadrlar siyahısına daxil edildiniz", en: "You entered the reserve list" },
    requestNumber: e.number,
    paragraphs: [
      {
        az: `Müsahibədən keçdiyiniz, lakin vəzifəyə təyin edilmədiyiniz üçün Komissiyanın ehtiyat kadrlar siyahısına daxil edildiniz (${e.row.classification}-ci təsnifat üzrə inzibati vəzifələr; daxil olma tarixi ${e.row.enteredOn}).`,
        en: `Having passed the interview without being appointed, you entered the Commission's reserve list (administrative positions of classification ${e.row.classification}; entered on ${e.row.enteredOn}).`,
      },
      {
        az: "Dövlət orqanlarında sizə uyğun vakansiya elan edildikdə bu barədə elektron poçtla məlumat veriləcək. Bu bildirişlərdən istənilən vaxt hesabınızda imtina edə bilərsiniz.",
        en: "When a vacancy that matches you is announced in a state body, you will be told by e-mail. You may turn these e-mails off in your account at any time.",
      },
    ],
    link: e.ownerSub ? link(webOrigin) : undefined,
  }),
  left: (e: ReserveEntryRecord, webOrigin: string): BilingualMessage => ({
    subject: { az: "Ehtiyat kadrlar siyahısından çıxarıldınız", en: "You left the reserve list" },
    requestNumber: e.number,
    paragraphs: [
      {
        az: `${e.row.left!.on} tarixindən ehtiyat kadrlar siyahısında deyilsiniz. Səbəb: ${leaveReasonText[e.row.left!.reason].az}.`,
        en: `From ${e.row.left!.on} you are no longer on the reserve list. Reason: ${leaveReasonText[e.row.left!.reason].en}.`,
      },
      ...(e.row.left!.note ? [{ az: e.row.left!.note, en: e.row.left!.note }] : []),
    ],
    link: e.ownerSub ? link(webOrigin) : undefined,
  }),
  vacancies: (row: ReserveRow, c: Pick<CompetitionRecord, "id" | "title" | "closesAt">, vacancies: CompetitionRecord["vacancies"]): BilingualMessage => ({
    subject: { az: "Sizə uyğun vakansiya elan edildi", en: "A vacancy that matches you was announced" },
    paragraphs: [
      {
        az: `Hörmətli ${row.fullName}, ehtiyat kadrlar siyahısında olduğunuz üçün sizə uyğun vakansiya barədə məlumat veririk: “${c.title.az}”. Müraciətlər ${c.closesAt.slice(0, 10)} tarixinədək qəbul edilir.`,
        en: `Dear ${row.fullName}, as you are on the reserve list we let you know of a vacancy that matches you: “${c.title.en}”. Applications are accepted until ${c.closesAt.slice(0, 10)}.`,
      },
      { az: "Bu bildirişlərdən hesabınızda imtina edə bilərsiniz.", en: "You may turn these e-mails off in your account." },
    ],
    list: vacancies.map((v) => ({
      az: `${v.positionName.az} (${v.positionCode}), ${v.stateBodyName.az}, ${v.unitName.az} — ${v.classification}-ci təsnifat`,
      en: `${v.positionName.en} (${v.positionCode}), ${v.stateBodyName.en}, ${v.unitName.en} — classification ${v.classification}`,
    })),
  }),
};
