/** Small form parts of service 6's admin pages. */
import type { UseFormRegisterReturn } from "react-hook-form";
import { ErrorMessage, Hint, Label } from "../../ui/Field";
import { fieldId } from "../../ui";

export function TextArea({ name, label, hint, error, registration, rows = 3 }: { name: string; label: string; hint?: string; error?: string; registration: UseFormRegisterReturn; rows?: number }) {
  const id = fieldId(name);
  const described = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div class={`field${error ? " field--error" : ""}`}>
      <Label id={id}>{label}</Label>
      <Hint id={id}>{hint}</Hint>
      <ErrorMessage id={id}>{error}</ErrorMessage>
      <textarea {...registration} id={id} class="input input--full" rows={rows} aria-invalid={error ? "true" : undefined} aria-describedby={described} />
    </div>
  );
}
