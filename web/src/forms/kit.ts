import { toNestErrors } from "@hookform/resolvers";
import type { Bilingual, FieldIssue } from "@exidmet/core/errors";
import { toFieldIssues } from "@exidmet/core/validation/parse";
import { useEffect, useRef, useState } from "preact/hooks";
import { get, useForm, type DefaultValues, type FieldError, type FieldErrors, type FieldValues, type Path, type Resolver, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import { ApiError } from "../api/client";
import { both, useI18n, type Lang } from "../i18n";
import { fieldId, type SummaryItem } from "../ui";

/**
 * Forms validate with the server's zod schemas (packages/core) and show the server's bilingual
 * texts. A field error's `message` carries both languages so a language switch re-renders it.
 */
export const encodeMessage = (b: Bilingual) => JSON.stringify([b.az, b.en]);

export function decodeMessage(message: unknown, lang: Lang): string {
  if (typeof message !== "string" || !message) return "";
  try {
    const pair = JSON.parse(message) as unknown;
    if (Array.isArray(pair) && pair.length === 2) return String(lang === "en" ? pair[1] : pair[0]);
  } catch {
    /* a plain message */
  }
  return message;
}

/**
 * A react-hook-form resolver over a zod schema. `prepare` turns the form's strings into the API
 * body (dates `DD.MM.YYYY` → `YYYY-MM-DD`, numbers) keeping the same paths, so the schema's
 * issues land on the right fields — exactly as the server would report them.
 */
export function zodResolver<TForm extends FieldValues, S extends z.ZodType>(
  schema: S,
  prepare?: (values: TForm) => unknown,
  fieldOf: (path: string) => string = (p) => p,
): Resolver<TForm, unknown, z.output<S>> {
  return async (values, _context, options) => {
    const result = schema.safeParse(prepare ? prepare(values) : values);
    if (result.success) return { values: result.data, errors: {} };
    const flat: Record<string, FieldError> = {};
    for (const issue of toFieldIssues(result.error)) {
      const path = fieldOf(issue.path) || "root";
      flat[path] ??= { type: issue.code, message: encodeMessage(issue) };
    }
    return { values: {}, errors: toNestErrors(flat, options) as FieldErrors<TForm> };
  };
}

const META = new Set(["type", "message", "ref", "types"]);

/** Every error in a nested RHF error tree, with its dotted field path. */
export function flattenErrors(errors: FieldErrors, prefix = ""): { path: string; message: unknown }[] {
  const out: { path: string; message: unknown }[] = [];
  for (const [key, value] of Object.entries(errors ?? {})) {
    if (!value || META.has(key)) continue;
    const path = key === "root" ? prefix : prefix ? `${prefix}.${key}` : key;
    const v = value as FieldError & Record<string, unknown>;
    if (typeof v.message === "string" && v.message) out.push({ path, message: v.message });
    if (typeof v === "object") out.push(...flattenErrors(v as FieldErrors, path));
  }
  return out;
}

/**
 * How the error summary names a field: its label (or legend / group title), prefixed by the
 * repeatable block it sits in (`data-group`, e.g. "Vacancy 2 — Specialty 1"), so generic rule texts stay clear.
 */
function describeField(id: string): string {
  const el = document.getElementById(id);
  if (!el) return "";
  const label = document.querySelector(`label[for="${id}"]`);
  let own = "";
  if (label) {
    own = Array.from(label.childNodes)
      .filter((n) => !(n instanceof HTMLElement && n.classList.contains("field__optional")))
      .map((n) => n.textContent)
      .join("");
  } else if (el.tagName === "FIELDSET") own = el.querySelector(":scope > legend")?.textContent ?? "";
  else if (/^H[1-6]$/.test(el.tagName)) own = el.textContent ?? "";
  else own = el.querySelector(".subgroup__title")?.textContent ?? "";
  const names = [own.trim()];
  for (let g = el.parentElement?.closest<HTMLElement>("[data-group]"); g; g = g.parentElement?.closest<HTMLElement>("[data-group]")) {
    names.unshift(g.dataset.group ?? "");
  }
  return [...new Set(names.filter(Boolean))].join(" — ");
}

function byDocumentOrder(a: SummaryItem, b: SummaryItem) {
  const ea = a.target ? document.getElementById(a.target) : null;
  const eb = b.target ? document.getElementById(b.target) : null;
  if (!ea || !eb) return ea ? -1 : eb ? 1 : 0;
  return ea.compareDocumentPosition(eb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

export interface Failure {
  message?: Bilingual;
  issues?: FieldIssue[];
}

/**
 * The glue between a form and the design system: field props with their current-language error,
 * the error summary's items, and the submit handler that turns API errors into field errors.
 */
export function useFormKit<T extends FieldValues>(form: UseFormReturn<T, unknown, any>, fieldOf: (path: string) => string = (p) => p) {
  const { lang } = useI18n();
  const [focusKey, setFocusKey] = useState(0);
  const [failure, setFailure] = useState<{ message?: Bilingual; loose: FieldIssue[] } | null>(null);
  const errors = form.formState.errors;
  // The summary names fields by their labels as shown: after a language switch, once more when the new labels are in the page.
  const [, relabel] = useState(0);
  const shownLang = useRef(lang);
  useEffect(() => {
    if (shownLang.current === lang) return;
    shownLang.current = lang;
    relabel((n) => n + 1);
  }, [lang]);

  const errorOf = (name: string) => decodeMessage((get(errors, name) as FieldError | undefined)?.message ?? (get(errors, `${name}.root`) as FieldError | undefined)?.message, lang) || undefined;

  const field = (name: Path<T>, options?: Parameters<UseFormReturn<T>["register"]>[1]) => ({
    name: name as string,
    registration: form.register(name, options),
    error: errorOf(name),
  });

  /** Shows a failure: issues on fields present in the page go beside them, the rest in the summary. */
  const fail = (f: Failure) => {
    const loose: FieldIssue[] = [];
    for (const raw of f.issues ?? []) {
      const issue = { ...raw, path: fieldOf(raw.path) };
      if (issue.path && document.getElementById(fieldId(issue.path))) {
        form.setError(issue.path as Path<T>, { type: issue.code, message: encodeMessage(issue) }, { shouldFocus: false });
      } else loose.push(issue);
    }
    setFailure({ message: f.message, loose });
    setFocusKey((k) => k + 1);
  };

  const fromError = (e: unknown): Failure => {
    if (e instanceof ApiError) {
      const validation = e.issues.length > 0;
      return { message: validation && e.code === "validation_failed" ? undefined : e.text, issues: e.issues };
    }
    console.error(e);
    return { message: both((d) => d.errors.unexpected) };
  };

  const summaryItems: SummaryItem[] = [
    ...flattenErrors(errors as FieldErrors).map(({ path, message }) => {
      const id = fieldId(path);
      const name = describeField(id);
      const text = decodeMessage(message, lang);
      return { target: document.getElementById(id) ? id : undefined, text: name ? `${name}: ${text}` : text };
    }),
    ...(failure?.loose ?? []).map((i) => ({ text: `${i.path ? `${i.path}: ` : ""}${i[lang]}` })),
  ].sort(byDocumentOrder);

  /**
   * Submit handler: runs `handler` with the parsed values; a thrown error becomes a failure
   * (API errors by default, others through `onFailure`; `null` from it means "handled").
   */
  const onSubmit = (handler: (values: any) => Promise<void | Failure> | void | Failure, onFailure?: (e: unknown) => Failure | null | undefined) =>
    form.handleSubmit(
      async (values) => {
        setFailure(null);
        try {
          const result = await handler(values);
          if (result && (result.message || result.issues?.length)) fail(result);
        } catch (e) {
          const handled = onFailure ? onFailure(e) : undefined;
          if (handled !== null) fail(handled ?? fromError(e));
        }
      },
      () => {
        setFailure(null);
        setFocusKey((k) => k + 1);
      },
    );

  return {
    field,
    errorOf,
    fail,
    onSubmit,
    summary: { items: summaryItems, message: failure?.message ? failure.message[lang] : undefined, focusKey },
  };
}

/**
 * A form validated by a core zod schema, plus its kit. Focus goes to the error summary (not the
 * first field) after a failed submit, so the summary is announced and lists every problem.
 */
export function useSchemaForm<TForm extends FieldValues, S extends z.ZodType>(
  schema: S,
  options: { defaultValues: DefaultValues<TForm>; prepare?: (values: TForm) => unknown; fieldOf?: (path: string) => string },
) {
  const form = useForm<TForm, unknown, z.output<S>>({
    resolver: zodResolver<TForm, S>(schema, options.prepare, options.fieldOf),
    defaultValues: options.defaultValues,
    shouldFocusError: false,
  });
  const kit = useFormKit(form, options.fieldOf);
  return { form, kit };
}

export type FormKit<T extends FieldValues> = ReturnType<typeof useFormKit<T>>;
