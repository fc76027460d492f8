import type { z } from "zod";
import { errors, type FieldIssue } from "../errors.js";
import { genericMessage, ruleMessages, ruleText } from "./messages.js";

/** Turns zod's issues into bilingual field issues; the browser shows the same texts. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const issue of error.issues) {
    const base = issue.path.map(String).join(".");
    // unrecognized_keys names the keys itself: report each as its own field.
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) issues.push({ path: base ? `${base}.${key}` : key, code: "unknownField", ...ruleMessages.unknownField });
      continue;
    }
    const known = ruleText(issue.message);
    const text = known ?? genericMessage(issue.code, issue as never);
    issues.push({ path: base, code: known ? issue.message : issue.code, az: text.az, en: text.en });
  }
  return issues;
}

/** Parses input or throws a 400 that names every problem. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw errors.validation(toFieldIssues(result.error));
}
