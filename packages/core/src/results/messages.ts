import type { Bilingual } from "../errors.js";
import type { BilingualMessage } from "../notifications/render.js";
import { outcomeText, type ResultRecord } from "./result.js";

const position = (r: ResultRecord): Bilingual => ({
  az: `${r.vacancy.positionName.az} (${r.vacancy.positionCode}), ${r.vacancy.stateBodyName.az}`,
  en: `${r.vacancy.positionName.en} (${r.vacancy.positionCode}), ${r.vacancy.stateBodyName.en}`,
});

const link = (origin: string) => (origin ? `${origin.replace(/\/$/, "")}/#/results/mine` : undefined);

/** The e-mails of service 2 ("Müsabiqə və müsahibə nəticələri barədə məlumatların verilməsi"). */
export const resultMessages = {
  test: (r: ResultRecord, webOrigin: string): BilingualMessage => ({
    subject: { az: "Test imtahanının nəticəsi", en: "Your test-exam result" },
    requestNumber: r.number,
    paragraphs: [
      { az: `Müsabiqənin test imtahanı mərhələsinin nəticəsi qeydə alındı: ${position(r).az}.`, en: `The result of the competition's test exam was recorded: ${position(r).en}.` },
      {
        az: `Namizədin şəxsi kodu: ${r.candidateCode}. Bal: ${r.test!.score} (keçid balı ${r.test!.passMark}) — ${r.test!.passed ? "test imtahanından keçmisiniz" : "test imtahanından keçməmisiniz"}. Tarix: ${r.test!.date}.`,
        en: `Candidate's personal code: ${r.candidateCode}. Score: ${r.test!.score} (pass mark ${r.test!.passMark}) — ${r.test!.passed ? "you passed the test" : "you did not pass the test"}. Date: ${r.test!.date}.`,
      },
    ],
    link: link(webOrigin),
  }),
  interview: (r: ResultRecord, webOrigin: string): BilingualMessage => ({
    subject: { az: "Müsahibənin nəticəsi", en: "Your interview result" },
    requestNumber: r.number,
    paragraphs: [
      { az: `Müsahibənin nəticəsi qeydə alındı: ${position(r).az}.`, en: `The result of the interview was recorded: ${position(r).en}.` },
      { az: `${outcomeText[r.interview!.outcome].az}. Tarix: ${r.interview!.date}.`, en: `${outcomeText[r.interview!.outcome].en}. Date: ${r.interview!.date}.` },
      ...(r.interview!.note ? [{ az: `Müsahibə komissiyasının qeydi: ${r.interview!.note}`, en: `The interview board's note: ${r.interview!.note}` }] : []),
    ],
    link: link(webOrigin),
  }),
};
