/**
 * Service 6: the topics of the trial test (the civil-service test for administrative positions of
 * classifications 5–7) and the test's default settings. Browser-safe.
 */
import type { Bilingual } from "../errors.js";

export const topicIds = ["constitution", "civil-service", "ethics", "logic", "computer"] as const;
export type TopicId = (typeof topicIds)[number];

export const topicNames: Record<TopicId, Bilingual> = {
  constitution: { az: "Azərbaycan Respublikasının Konstitusiyası", en: "The Constitution of the Republic of Azerbaijan" },
  "civil-service": { az: "“Dövlət qulluğu haqqında” Qanun və müsabiqə qaydaları", en: "The Law on civil service and the competition rules" },
  ethics: { az: "Dövlət qulluqçularının etik davranış qaydaları", en: "The rules of ethical conduct of civil servants" },
  logic: { az: "Məntiq", en: "Logic" },
  computer: { az: "Kompüter biliyi", en: "Computer literacy" },
};

export interface TrialTestSettings {
  /** Questions drawn per topic; 0 leaves a topic out. */
  composition: Record<TopicId, number>;
  /** The time limit of one attempt, in minutes. */
  timeLimitMinutes: number;
}

export const defaultSettings: TrialTestSettings = {
  composition: { constitution: 5, "civil-service": 5, ethics: 4, logic: 3, computer: 3 },
  timeLimitMinutes: 30,
};

/** Options of every question, in the order the bank stores them (shown to citizens shuffled). */
export const OPTIONS_PER_QUESTION = 4;
export const optionLetters = ["A", "B", "C", "D"] as const;

/** The retake rule of regulation 6, item 3.1.2: "Təkrar imtahan 10 gündən sonra aparıla bilər." */
export const RETAKE_AFTER_DAYS = 10;
