/** Questions as the admin's import file (the same format an admin uploads). Browser-safe. */
import { csvLine } from "../csv.js";
import type { TopicId } from "../topics.js";

export const IMPORT_HEADER = ["id", "topic", "text", "option_a", "option_b", "option_c", "option_d", "correct", "active"];

export function questionsToCsv(questions: { id: string; topic: TopicId; text: string; options: string[]; correct: number; active?: boolean }[]): string {
  return [
    csvLine(IMPORT_HEADER),
    ...questions.map((q) => csvLine([q.id, q.topic, q.text, ...q.options, "ABCD"[q.correct]!, q.active === false ? "no" : "yes"])),
  ].join("\r\n");
}
