/**
 * The officers' forms of services 2 and 4 validate with the very schemas the Lambdas parse with
 * (packages/core/src/results/result.ts, reserve/entry.ts), and name their problems with the same
 * bilingual texts: the shared rule table plus the area's own (`results.score`, `reserve.consent`…),
 * exactly as `parseWith` does on the server.
 */
import { toNestErrors } from "@hookform/resolvers";
import type { Bilingual } from "@exidmet/core/errors";
import { issuesWith } from "@exidmet/core/results/parse";
import { useForm, type DefaultValues, type FieldError, type FieldErrors, type FieldValues, type Resolver } from "react-hook-form";
import type { z } from "zod";
import { encodeMessage, useFormKit } from "../../forms/kit";
import { parseDate } from "../../lib/format";

/** A form over a core schema whose rule keys are the area's own (`own`) or the shared ones. */
export function useAreaForm<TForm extends FieldValues, S extends z.ZodType>(
  schema: S,
  own: Record<string, Bilingual>,
  options: { defaultValues: DefaultValues<TForm>; prepare: (values: TForm) => unknown },
) {
  const resolver: Resolver<TForm, unknown, z.output<S>> = async (values, _context, resolverOptions) => {
    const result = schema.safeParse(options.prepare(values));
    if (result.success) return { values: result.data as z.output<S>, errors: {} };
    const flat: Record<string, FieldError> = {};
    for (const issue of issuesWith(result.error, own)) {
      const path = issue.path || "root";
      flat[path] ??= { type: issue.code, message: encodeMessage(issue) };
    }
    return { values: {}, errors: toNestErrors(flat, resolverOptions) as FieldErrors<TForm> };
  };
  const form = useForm<TForm, unknown, z.output<S>>({ resolver, defaultValues: options.defaultValues, shouldFocusError: false });
  const kit = useFormKit(form);
  return { form, kit };
}

/** A typed number: "" → absent (the schema says it is required), "76,5" → 76.5, other text stays text (and fails). */
export const typedNumber = (s: string | undefined): number | string | undefined => {
  const t = String(s ?? "").trim();
  if (t === "") return undefined;
  const n = t.replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(n) ? Number(n) : t;
};

/** An optional text: empty → absent. */
export const optional = (s: string | undefined) => (String(s ?? "").trim() === "" ? undefined : s);

/** A typed date (gün.ay.il) → YYYY-MM-DD; the schema checks it is a real date. */
export const typedDate = (s: string | undefined) => parseDate(String(s ?? ""));

