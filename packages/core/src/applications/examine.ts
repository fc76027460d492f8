import type { Bilingual } from "../errors.js";
import type { Vacancy } from "../competitions/competition.js";
import type { ApplicationForm, YearsMonthsDays } from "./form.js";
import { fieldLabels, fillingRules, optionLabels } from "./labels.js";

/** A ground for refusal, named for the citizen: which item, and why. */
export interface RefusalReason extends Bilingual {
  path: string;
  code: string;
}

const eligibilityQuestions = ["incapacity", "conviction", "medicalMeasures", "kinship", "disciplinary"] as const;

const months = (s: YearsMonthsDays | undefined) => (s ? s.years * 12 + s.months + s.days / 31 : 0);

/**
 * The automatic examination of a well-formed application against the regulation and the vacancy:
 * a "Bəli" on 4.1–4.5 (naming the question), the vacancy's education (note 6) and seniority
 * (note 4) requirements. No reasons: the candidacy may be registered for the test stage.
 */
export function examineApplication(form: ApplicationForm, vacancy: Pick<Vacancy, "education" | "seniority">): RefusalReason[] {
  const reasons: RefusalReason[] = [];
  for (const q of eligibilityQuestions) {
    if (form.eligibility[q] === "yes") {
      const label = fieldLabels[`eligibility.${q}`];
      reasons.push({
        path: `eligibility.${q}`,
        code: `eligibility.${q}`,
        az: `${label.az} — “${optionLabels.yesNo.yes.az}” cavabı dövlət qulluğuna qəbul üçün əsasdır ki, müraciət qəbul edilməsin.`,
        en: `${label.en} — a “${optionLabels.yesNo.yes.en}” answer is a ground for refusing admission to the civil service.`,
      });
    }
  }

  const req = vacancy.education;
  const levelOk = form.education.filter((e) => req.levels.includes(e.level));
  const codes = new Set(req.specialties.map((s) => s.code.toUpperCase()));
  const meets = levelOk.some((e) => codes.size === 0 || codes.has(e.specialtyCode.toUpperCase()));
  if (!meets) {
    const levels = req.levels.map((l) => optionLabels.educationLevel[l]);
    const specialties = req.specialties.map((s) => `${s.code} ${s.name}`).join(", ");
    reasons.push({
      path: "education",
      code: "rule6.education",
      az: `${fillingRules[6].az} Tələb: ${levels.map((l) => l.az).join(" / ")}${specialties ? `; ixtisas: ${specialties}` : ""}.`,
      en: `${fillingRules[6].en} Required: ${levels.map((l) => l.en).join(" / ")}${specialties ? `; specialty: ${specialties}` : ""}.`,
    });
  }

  const s = vacancy.seniority ?? {};
  const lines = [
    ["total", s.totalYears],
    ["field", s.fieldYears],
    ["specialty", s.specialtyYears],
  ] as const;
  for (const [line, years] of lines) {
    if (!years) continue;
    if (months(form.employment.seniority[line]) < years * 12) {
      const label = fieldLabels[`employment.seniority.${line}`];
      reasons.push({
        path: `employment.seniority.${line}`,
        code: "rule4.seniority",
        az: `6.5. ${label.az}: vəzifə ən azı ${years} il staj tələb edir.`,
        en: `6.5. ${label.en}: the position requires at least ${years} years.`,
      });
    }
  }
  return reasons;
}
