import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import type { UseFormRegisterReturn } from "react-hook-form";
import { useI18n } from "../i18n";

/** The id of a form control from its field path: `vacancies.0.places` → `f-vacancies-0-places`. */
export const fieldId = (name: string) => `f-${name.replace(/[^A-Za-z0-9_-]+/g, "-")}`;

interface BaseProps {
  name: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string;
  optional?: boolean;
  registration: UseFormRegisterReturn;
}

function describedBy(id: string, hint: unknown, error: unknown) {
  return [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
}

export function Label({ id, children, optional }: { id: string; children: ComponentChildren; optional?: boolean }) {
  const { t } = useI18n();
  return (
    <label class="field__label" for={id}>
      {children}
      {optional ? <span class="field__optional"> {t.common.optional}</span> : null}
    </label>
  );
}

export function Hint({ id, children }: { id: string; children?: ComponentChildren }) {
  return children ? (
    <div class="field__hint" id={`${id}-hint`}>
      {children}
    </div>
  ) : null;
}

export function ErrorMessage({ id, children }: { id: string; children?: string }) {
  const { t } = useI18n();
  return children ? (
    <p class="field__error" id={`${id}-error`}>
      <span class="visually-hidden">{t.errors.prefix} </span>
      {children}
    </p>
  ) : null;
}

/** A field's frame: its label, hint and error above the control (`children`). */
function FieldFrame({ id, label, hint, error, optional, children }: { id: string; label: ComponentChildren; hint?: ComponentChildren; error?: string; optional?: boolean; children: ComponentChildren }) {
  return (
    <div class={`field${error ? " field--error" : ""}`}>
      <Label id={id} optional={optional}>
        {label}
      </Label>
      <Hint id={id}>{hint}</Hint>
      <ErrorMessage id={id}>{error}</ErrorMessage>
      {children}
    </div>
  );
}

type InputWidth = "full" | "m" | "s" | "xs";

export function TextField({
  name,
  label,
  hint,
  error,
  optional,
  registration,
  type = "text",
  autoComplete,
  inputMode,
  width = "full",
  spellcheck,
  placeholder,
  autoCapitalize,
  readOnly,
}: BaseProps & {
  type?: "text" | "email" | "password" | "number" | "tel";
  autoComplete?: string;
  inputMode?: "text" | "numeric" | "email" | "tel" | "decimal";
  width?: InputWidth;
  spellcheck?: boolean;
  placeholder?: string;
  autoCapitalize?: "off" | "none" | "on" | "sentences" | "words" | "characters";
  readOnly?: boolean;
}) {
  const id = fieldId(name);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional}>
      <input
        {...registration}
        id={id}
        class={`input input--${width}`}
        type={type}
        autoComplete={autoComplete}
        inputMode={inputMode}
        spellcheck={spellcheck}
        placeholder={placeholder}
        autoCapitalize={autoCapitalize}
        readOnly={readOnly}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </FieldFrame>
  );
}

/** A multi-line text field; `width` as for a text field (none: the input's own width). */
export function TextArea({ name, label, hint, error, optional, registration, rows, width }: BaseProps & { rows: number; width?: InputWidth }) {
  const id = fieldId(name);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional}>
      <textarea {...registration} id={id} class={width ? `input input--${width}` : "input"} rows={rows} aria-invalid={error ? "true" : undefined} aria-describedby={describedBy(id, hint, error)} />
    </FieldFrame>
  );
}

/** A password input with a visible show/hide toggle (no second "repeat password" field). */
export function PasswordField(props: BaseProps & { autoComplete: "current-password" | "new-password" }) {
  const { t } = useI18n();
  const [shown, setShown] = useState(false);
  const id = fieldId(props.name);
  return (
    <FieldFrame id={id} label={props.label} hint={props.hint} error={props.error}>
      <div class="password">
        <input
          {...props.registration}
          id={id}
          class="input input--full"
          type={shown ? "text" : "password"}
          autoComplete={props.autoComplete}
          spellcheck={false}
          autoCapitalize="none"
          aria-invalid={props.error ? "true" : undefined}
          aria-describedby={describedBy(id, props.hint, props.error)}
        />
        <button type="button" class="btn btn--secondary password__toggle" aria-controls={id} aria-pressed={shown ? "true" : "false"} onClick={() => setShown(!shown)}>
          {shown ? t.common.hidePassword : t.common.showPassword}
        </button>
      </div>
    </FieldFrame>
  );
}

/** A date typed as gün.ay.il (DD.MM.YYYY); the form converts it to YYYY-MM-DD before validation. */
export function DateField(props: BaseProps) {
  const { t } = useI18n();
  return (
    <TextField
      {...props}
      hint={props.hint === undefined ? t.common.dateHint : props.hint}
      width="s"
      inputMode="numeric"
      autoComplete="off"
      placeholder={t.common.datePlaceholder}
    />
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({ name, label, hint, error, optional, registration, options, placeholder }: BaseProps & { options: Option[]; placeholder?: string }) {
  const id = fieldId(name);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional}>
      <select {...registration} id={id} class="select" aria-invalid={error ? "true" : undefined} aria-describedby={describedBy(id, hint, error)}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function CheckboxField({ name, label, hint, error, registration }: Omit<BaseProps, "optional">) {
  const id = fieldId(name);
  return (
    <div class={`field${error ? " field--error" : ""}`}>
      <ErrorMessage id={id}>{error}</ErrorMessage>
      <div class="choice">
        <input {...registration} id={id} type="checkbox" class="choice__input" aria-describedby={describedBy(id, hint, error)} />
        <label class="choice__label" for={id}>
          {label}
        </label>
      </div>
      <Hint id={id}>{hint}</Hint>
    </div>
  );
}

type ChoiceGroupProps = Omit<BaseProps, "optional"> & { options: Option[] };

/** Options of one field in a fieldset whose legend is the question; radios also say when the answer is wrong. */
function ChoiceGroup({ type, name, label, hint, error, registration, options, inline = true }: ChoiceGroupProps & { type: "radio" | "checkbox"; inline?: boolean }) {
  const id = fieldId(name);
  return (
    <fieldset class={`field fieldset${error ? " field--error" : ""}`} id={id} tabIndex={-1} aria-describedby={describedBy(id, hint, error)}>
      <legend class="fieldset__legend">{label}</legend>
      <Hint id={id}>{hint}</Hint>
      <ErrorMessage id={id}>{error}</ErrorMessage>
      <div class={inline ? "choices choices--inline" : "choices"}>
        {options.map((o) => (
          <div class="choice" key={o.value}>
            <input {...registration} id={`${id}-${o.value}`} type={type} value={o.value} class="choice__input" aria-invalid={type === "radio" && error ? "true" : undefined} />
            <label class="choice__label" for={`${id}-${o.value}`}>
              {o.label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** Several checkboxes of one field (an array value) inside a fieldset with a legend. */
export function CheckboxGroup(props: ChoiceGroupProps) {
  return <ChoiceGroup {...props} type="checkbox" />;
}

/** A yes/no (or any one-of) question as radio buttons in a fieldset whose legend is the question. */
export function RadioGroup(props: ChoiceGroupProps & { inline?: boolean }) {
  return <ChoiceGroup {...props} type="radio" />;
}

/** A group of related fields (a repeatable block, a vacancy) with a legend. */
export function Fieldset({ legend, children, id, error, actions, hint }: { legend: ComponentChildren; children: ComponentChildren; id?: string; error?: string; actions?: ComponentChildren; hint?: ComponentChildren }) {
  const fid = id ?? "";
  return (
    <fieldset class={`fieldset fieldset--box${error ? " field--error" : ""}`} id={id} tabIndex={id ? -1 : undefined} data-group={typeof legend === "string" ? legend : undefined}>
      <legend class="fieldset__legend fieldset__legend--m">{legend}</legend>
      {hint ? <Hint id={fid}>{hint}</Hint> : null}
      {fid ? <ErrorMessage id={fid}>{error}</ErrorMessage> : null}
      {children}
      {actions ? <div class="fieldset__actions">{actions}</div> : null}
    </fieldset>
  );
}
