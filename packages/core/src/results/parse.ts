import type { z } from "zod";
import { errors, type Bilingual, type FieldIssue } from "../errors.js";
import { toFieldIssues } from "../validation/parse.js";

/** toFieldIssues, plus this area's own rule texts (keys the shared rule table does not have). */
export function issuesWith(error: z.ZodError, own: Record<string, Bilingual>): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    const key = issue.message;
    if (key in own) return [{ path: issue.path.map(String).join("."), code: key, ...own[key] }];
    return toFieldIssues({ issues: [issue] } as z.ZodError);
  });
}

/** Parses input or throws a 400 naming every problem in both languages. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, own: Record<string, Bilingual>): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw errors.validation(issuesWith(result.error, own));
}
