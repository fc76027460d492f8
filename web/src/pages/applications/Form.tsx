/**
 * The official application form (Appendix 1), one part per step: checked as the citizen goes by
 * core's one zod schema, saved as a draft as they type, reviewed and confirmed, then submitted.
 */
import type { Bilingual, FieldIssue } from "@exidmet/core/errors";
import type { FormContext } from "@exidmet/core/applications/form";
import { fieldLabels, fillingRules, optionLabels, partLabels } from "@exidmet/core/applications/labels";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { useFieldArray, useForm, type Path } from "react-hook-form";
import { ApiError, api } from "../../api/client";
import { both, pick, useI18n, useTexts } from "../../i18n";
import { formatDate, formatDateTime } from "../../lib/format";
import { clearUnsent, keepUnsent } from "../../lib/unsent-drafts";
import { Button, ButtonGroup, CheckboxField, DateField, ErrorSummary, Fieldset, fieldId, focusField, Notice, RadioGroup, SelectField, Steps, TextField } from "../../ui";
import { checkForm, draftOf, eligibilityQuestions, emptyEducation, fieldName, parts, REVIEW, seniorityLines, stepOf, toBody, type FormValues } from "./form-model";
import { FormSummary, VacancyPart, type ApplicationView, type LooseForm, type MyApplication } from "./parts";
import { texts } from "./texts";

type SaveState = { state: "idle" | "saving" | "saved" | "error" | "offline"; at?: string; error?: Bilingual };

/** Every retry of an unsent draft while the connection is down (besides the browser's "online" event). */
const OFFLINE_RETRY_MS = 15_000;

/** The error summary of the whole form: each item names the field and its reason and moves to it, switching steps. */
function FormErrors({ issues, message, focusKey, onGo }: { issues: FieldIssue[]; message?: Bilingual | null; focusKey: number; onGo: (path: string) => void }) {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  const sorted = [...issues].sort((a, b) => stepOf(a.path) - stepOf(b.path));
  const items = sorted.map((i) => ({ target: fieldId(i.path), text: `${fieldName(i.path, lang, tx.apply.educationEntry)}: ${pick(i, lang)}`, go: () => onGo(i.path) }));
  return <ErrorSummary items={items} message={message ? pick(message, lang) : undefined} focusKey={focusKey} />;
}

export interface FormProps {
  data: MyApplication;
  account: { email: string; idCard: string };
  initial: FormValues;
  initialStep: number;
  /** `initial` came from this device's unsent copy (lib/unsent-drafts.ts), newer than the server's draft. */
  restored?: boolean;
  resubmission: boolean;
  onSubmitted: (application: ApplicationView) => void;
}

export function ApplicationFormSteps({ data, account, initial, initialStep, restored, resubmission, onSubmitted }: FormProps) {
  const { t, lang } = useI18n();
  const tx = useTexts(texts);
  const vacancyId = data.vacancy.vacancyId;
  const form = useForm<FormValues>({ defaultValues: initial, shouldUnregister: false });
  const education = useFieldArray({ control: form.control, name: "education" });
  const [step, setStep] = useState(Math.min(Math.max(initialStep, 0), REVIEW));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [message, setMessage] = useState<Bilingual | null>(null);
  const [focusKey, setFocusKey] = useState(0);
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [save, setSave] = useState<SaveState>(data.application?.draftSavedAt ? { state: "saved", at: data.application.draftSavedAt } : { state: "idle" });
  const stepTitle = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const ctx: FormContext = useMemo(() => ({ today: data.today, accountIdCard: account.idCard, seniorityRequired: data.requirements.seniority }), [data, account]);

  // ---- checking as the citizen goes: a step is checked once they tried to leave it ----
  const checked = useRef(new Set<number>());
  const recheck = () => {
    if (!checked.current.size) return;
    const all = checkForm(form.getValues(), ctx, checked.current.has(REVIEW));
    setIssues(all.filter((i) => checked.current.has(stepOf(i.path))));
  };

  // ---- the draft, saved as the citizen types ----
  // A restored copy is not on the server yet: the first save sends it.
  const lastSaved = useRef(restored ? "" : JSON.stringify(draftOf(initial, initialStep)));
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const stopped = useRef(false);
  const stepRef = useRef(step);
  stepRef.current = step;
  const unsentScope = `application.${vacancyId}`;
  const saveNow = async () => {
    clearTimeout(timer.current);
    if (stopped.current) return;
    const draft = draftOf(form.getValues(), stepRef.current);
    const json = JSON.stringify(draft);
    if (json === lastSaved.current) return;
    setSave({ state: "saving" });
    try {
      const r = await api.put<{ savedAt: string }>(`/me/applications/${encodeURIComponent(vacancyId)}/draft`, draft);
      lastSaved.current = json;
      // Typed more while this was on its way? Then the newer copy stays until it is sent too.
      if (JSON.stringify(draftOf(form.getValues(), stepRef.current)) === json) clearUnsent(unsentScope);
      setSave({ state: "saved", at: r.savedAt });
    } catch (e) {
      if (e instanceof ApiError && e.status === 0) {
        setSave({ state: "offline" });
        timer.current = setTimeout(() => void saveNow(), OFFLINE_RETRY_MS);
      } else setSave({ state: "error", error: e instanceof ApiError ? e.text : both((d) => d.errors.unexpected) });
    }
  };
  useEffect(() => {
    if (restored) void saveNow();
    const sub = form.watch(() => {
      // Kept on this device at once: a reload or a lost connection before the save loses nothing.
      keepUnsent(unsentScope, draftOf(form.getValues(), stepRef.current));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveNow(), 700);
      recheck();
    });
    const onHide = () => {
      if (document.visibilityState === "hidden") void saveNow();
    };
    const onOnline = () => void saveNow();
    document.addEventListener("visibilitychange", onHide);
    window.addEventListener("online", onOnline);
    return () => {
      sub.unsubscribe();
      document.removeEventListener("visibilitychange", onHide);
      window.removeEventListener("online", onOnline);
      // Leaving the page: whatever is not saved yet goes now.
      void saveNow();
    };
  }, []);

  // ---- moving between steps ----
  const goTo = (n: number, focusPath?: string) => {
    // The draft remembers the step too: coming back (or on another device) opens this step.
    stepRef.current = n;
    void saveNow();
    moved.current = true;
    setStep(n);
    setPendingFocus(focusPath ? fieldId(focusPath) : null);
  };
  useEffect(() => {
    if (!moved.current) return;
    if (pendingFocus && document.getElementById(pendingFocus)) focusField(pendingFocus);
    else {
      stepTitle.current?.focus({ preventScroll: true });
      stepTitle.current?.scrollIntoView({ block: "start" });
      if (pendingFocus) {
        // e.g. "education": the group of the step
        const el = document.getElementById(pendingFocus);
        el?.focus();
      }
    }
    setPendingFocus(null);
  }, [step, pendingFocus]);

  const next = () => {
    checked.current.add(step);
    const all = checkForm(form.getValues(), ctx);
    setIssues(all.filter((i) => checked.current.has(stepOf(i.path))));
    setMessage(null);
    if (all.some((i) => stepOf(i.path) === step)) {
      setFocusKey((k) => k + 1);
      return;
    }
    goTo(step + 1);
  };

  const submit = async () => {
    if (sending) return;
    for (let s = 0; s <= REVIEW; s++) checked.current.add(s);
    const values = form.getValues();
    const all = checkForm(values, ctx, true);
    setIssues(all);
    setMessage(null);
    if (all.length) {
      setFocusKey((k) => k + 1);
      return;
    }
    setSending(true);
    stopped.current = true;
    clearTimeout(timer.current);
    try {
      // One key per press: the server's deterministic id already makes doubled presses one application.
      const key = crypto.randomUUID().replace(/-/g, "");
      const application = await api.post<ApplicationView>(`/me/applications/${encodeURIComponent(vacancyId)}/submit`, toBody(values), key);
      clearUnsent(unsentScope);
      onSubmitted(application);
    } catch (e) {
      stopped.current = false;
      if (e instanceof ApiError) {
        setIssues(e.issues);
        setMessage(e.issues.length && e.code === "validation_failed" ? null : e.text);
      } else setMessage(both((d) => d.errors.unexpected));
      setFocusKey((k) => k + 1);
    } finally {
      setSending(false);
    }
  };

  const errorOf = (path: string) => {
    const i = issues.find((x) => x.path === path);
    return i ? pick(i, lang) : undefined;
  };
  const field = (name: Path<FormValues>) => ({ name, registration: form.register(name), error: errorOf(name) });
  const label = (key: string) => fieldLabels[key][lang];

  const lives = form.watch("contact.livesAtRegisteredAddress");
  const status = form.watch("employment.status");
  const eligibility = form.watch("eligibility");
  const eduValues = form.watch("education");
  const seniorityReq = data.requirements.seniority ?? {};
  const reqYears = { total: seniorityReq.totalYears, field: seniorityReq.fieldYears, specialty: seniorityReq.specialtyYears };
  const yesNo = [
    { value: "yes", label: optionLabels.yesNo.yes[lang] },
    { value: "no", label: optionLabels.yesNo.no[lang] },
  ];
  const stepNames = [...parts.map((p) => partLabels[p][lang]), tx.apply.reviewTitle];

  const requirements = (
    <Notice title={tx.apply.requirementsTitle}>
      <p>{data.requirements.education.levels.map((l) => optionLabels.educationLevel[l as keyof typeof optionLabels.educationLevel]?.[lang] ?? l).join(", ")}</p>
      {data.requirements.education.specialties.length ? (
        <ul class="plain-list">
          {data.requirements.education.specialties.map((s) => (
            <li key={s.code}>
              {s.code} — {s.name}
            </li>
          ))}
        </ul>
      ) : null}
      {(["total", "field", "specialty"] as const).map((k) =>
        reqYears[k] ? (
          <p key={k}>
            {fieldLabels[`employment.seniority.${k}`][lang]}: {tx.apply.seniorityRequired(reqYears[k]!)}
          </p>
        ) : null,
      )}
    </Notice>
  );

  let body;
  switch (step) {
    case 0:
      body = (
        <>
          <TextField {...field("citizen.firstName")} label={label("citizen.firstName")} hint={tx.apply.firstNameHint} autoComplete="given-name" />
          <TextField {...field("citizen.lastName")} label={label("citizen.lastName")} autoComplete="family-name" />
          <TextField {...field("citizen.patronymic")} label={label("citizen.patronymic")} hint={tx.apply.patronymicHint} autoComplete="additional-name" />
          <RadioGroup
            {...field("citizen.gender")}
            label={label("citizen.gender")}
            options={(["male", "female"] as const).map((g) => ({ value: g, label: optionLabels.gender[g][lang] }))}
          />
          <DateField {...field("citizen.birthDate")} label={label("citizen.birthDate")} />
          <Fieldset legend={label("citizen.birthPlace")} id={fieldId("citizen.birthPlace")}>
            <TextField {...field("citizen.birthPlace.country")} label={label("citizen.birthPlace.country")} autoComplete="off" />
            <TextField {...field("citizen.birthPlace.city")} label={label("citizen.birthPlace.city")} autoComplete="off" />
            <TextField {...field("citizen.birthPlace.village")} label={label("citizen.birthPlace.village")} optional autoComplete="off" />
          </Fieldset>
        </>
      );
      break;
    case 1:
      body = (
        <>
          <TextField {...field("identity.idCardNumber")} label={label("identity.idCardNumber")} hint={tx.apply.idCardHint(account.idCard)} width="m" autoCapitalize="characters" spellcheck={false} autoComplete="off" />
          <DateField {...field("identity.issuedOn")} label={label("identity.issuedOn")} />
          <TextField {...field("identity.issuedBy")} label={label("identity.issuedBy")} autoComplete="off" />
        </>
      );
      break;
    case 2:
      body = (
        <>
          <TextField {...field("contact.registeredAddress")} label={label("contact.registeredAddress")} autoComplete="street-address" />
          <CheckboxField {...field("contact.livesAtRegisteredAddress")} label={label("contact.livesAtRegisteredAddress")} hint={tx.apply.livesHint} />
          {!lives ? <TextField {...field("contact.actualAddress")} label={label("contact.actualAddress")} autoComplete="off" /> : null}
          <TextField {...field("contact.email")} label={label("contact.email")} hint={tx.apply.emailHint} type="email" autoComplete="email" spellcheck={false} autoCapitalize="none" />
          <TextField {...field("contact.mobile")} label={label("contact.mobile")} hint={tx.apply.mobileHint} optional type="tel" autoComplete="tel" width="m" />
          <TextField {...field("contact.homePhone")} label={label("contact.homePhone")} hint={tx.apply.phoneHint} optional type="tel" autoComplete="off" width="m" />
          <TextField {...field("contact.workPhone")} label={label("contact.workPhone")} hint={tx.apply.phoneHint} optional type="tel" autoComplete="off" width="m" />
        </>
      );
      break;
    case 3:
      body = (
        <>
          <p class="field__hint">{tx.apply.part4Hint}</p>
          {eligibilityQuestions.map((q) => (
            <RadioGroup key={q} {...field(`eligibility.${q}`)} label={label(`eligibility.${q}`)} options={yesNo} />
          ))}
          {eligibilityQuestions.some((q) => eligibility?.[q] === "yes") ? (
            <Notice tone="warning" title={tx.apply.part4Hint}>
              <ul>
                {eligibilityQuestions
                  .filter((q) => eligibility?.[q] === "yes")
                  .map((q) => (
                    <li key={q}>{label(`eligibility.${q}`)}</li>
                  ))}
              </ul>
            </Notice>
          ) : null}
        </>
      );
      break;
    case 4:
      body = (
        <>
          <p class="field__hint">{tx.apply.optionalPart}</p>
          <RadioGroup {...field("military.liable")} label={label("military.liable")} options={yesNo} />
        </>
      );
      break;
    case 5:
      body = (
        <>
          <RadioGroup
            {...field("employment.status")}
            label={label("employment.status")}
            inline={false}
            options={(["never", "notWorking", "working"] as const).map((s) => ({ value: s, label: optionLabels.employmentStatus[s][lang] }))}
          />
          {status && status !== "never" ? (
            <>
              <TextField {...field("employment.labourBookNumber")} label={label("employment.labourBookNumber")} hint={tx.apply.labourBookHint} width="m" autoComplete="off" />
              <DateField {...field("employment.labourBookOpenedOn")} label={label("employment.labourBookOpenedOn")} />
            </>
          ) : null}
          {status === "working" ? (
            <Fieldset legend={label("employment.currentWorkplace")} id={fieldId("employment.currentWorkplaceGroup")} hint={tx.apply.workingHint}>
              <TextField {...field("employment.currentWorkplace")} label={tx.apply.workplace} autoComplete="organization" />
              <TextField {...field("employment.currentPosition")} label={tx.apply.position} autoComplete="organization-title" />
            </Fieldset>
          ) : null}
          <Fieldset legend={label("employment.seniority")} id={fieldId("employment.seniority")} hint={tx.apply.seniorityHint}>
            {seniorityLines.map((line) => {
              const base = `employment.seniority.${line}` as const;
              return (
                <fieldset class={`fieldset${errorOf(base) ? " field--error" : ""}`} id={fieldId(base)} tabIndex={-1} key={line} data-group={label(base)}>
                  <legend class="fieldset__legend">
                    {label(base)}
                    {!reqYears[line] ? <span class="field__optional"> {t.common.optional}</span> : null}
                  </legend>
                  {reqYears[line] ? <p class="field__hint">{tx.apply.seniorityRequired(reqYears[line]!)}</p> : null}
                  {errorOf(base) ? <p class="field__error">{errorOf(base)}</p> : null}
                  <div class="row">
                    <TextField {...field(`${base}.years`)} label={tx.apply.years} width="xs" inputMode="numeric" autoComplete="off" />
                    <TextField {...field(`${base}.months`)} label={tx.apply.months} width="xs" inputMode="numeric" autoComplete="off" />
                    <TextField {...field(`${base}.days`)} label={tx.apply.days} width="xs" inputMode="numeric" autoComplete="off" />
                  </div>
                </fieldset>
              );
            })}
          </Fieldset>
        </>
      );
      break;
    case 6:
      body = (
        <>
          <p class="field__hint">{tx.apply.educationHint}</p>
          {requirements}
          <div id={fieldId("education")} tabIndex={-1} class="subgroup">
            {errorOf("education") ? <p class="field__error">{errorOf("education")}</p> : null}
            {education.fields.map((row, i) => {
              const base = `education.${i}` as const;
              const foreign = !!eduValues?.[i]?.foreign;
              return (
                <Fieldset
                  key={row.id}
                  legend={tx.apply.educationEntry(i + 1)}
                  id={fieldId(base)}
                  actions={
                    education.fields.length > 1 ? (
                      <Button variant="quiet" small onClick={() => education.remove(i)}>
                        {tx.apply.removeEducation(i + 1)}
                      </Button>
                    ) : null
                  }
                >
                  <SelectField
                    {...field(`${base}.level`)}
                    label={label("education.level")}
                    placeholder={tx.apply.chooseOne}
                    options={(["bachelor", "master", "doctorate", "other"] as const).map((l) => ({ value: l, label: optionLabels.educationLevel[l][lang] }))}
                  />
                  <TextField {...field(`${base}.institution`)} label={label("education.institution")} autoComplete="off" />
                  <TextField {...field(`${base}.entryYear`)} label={label("education.entryYear")} hint={tx.apply.entryYearHint} width="xs" inputMode="numeric" autoComplete="off" />
                  <div class="subgroup">
                    <p class="subgroup__title">{label("education.specialty")}</p>
                    <div class="row row--specialty">
                      <TextField {...field(`${base}.specialtyCode`)} label={tx.apply.specialtyCode} hint={tx.apply.specialtyCodeHint} width="s" autoCapitalize="characters" spellcheck={false} autoComplete="off" />
                      <TextField {...field(`${base}.specialtyName`)} label={tx.apply.specialtyName} autoComplete="off" />
                    </div>
                  </div>
                  <TextField {...field(`${base}.diplomaNumber`)} label={label("education.diplomaNumber")} width="m" autoComplete="off" />
                  <DateField {...field(`${base}.diplomaDate`)} label={label("education.diplomaDate")} />
                  <CheckboxField {...field(`${base}.foreign`)} label={label("education.foreign")} />
                  {foreign ? (
                    <>
                      <TextField {...field(`${base}.nostrificationNumber`)} label={label("education.nostrificationNumber")} width="m" autoComplete="off" />
                      <DateField {...field(`${base}.nostrificationDate`)} label={label("education.nostrificationDate")} />
                    </>
                  ) : null}
                </Fieldset>
              );
            })}
          </div>
          {education.fields.length < 3 ? (
            <p>
              <Button variant="secondary" onClick={() => education.append(emptyEducation(), { focusName: `education.${education.fields.length}.level` })}>
                {tx.apply.addEducation}
              </Button>
            </p>
          ) : (
            <p class="muted">{tx.apply.educationMax}</p>
          )}
          <details class="details">
            <summary class="details__summary">{tx.apply.notes}</summary>
            <ol>
              {Object.entries(fillingRules).map(([n, r]) => (
                <li key={n}>{r[lang]}</li>
              ))}
            </ol>
          </details>
        </>
      );
      break;
    case 7:
      body = (
        <>
          <p class="field__hint">{tx.apply.part8Hint}</p>
          <VacancyPart vacancy={data.vacancy} />
          {requirements}
        </>
      );
      break;
    default:
      body = (
        <>
          <p>{tx.apply.reviewLead}</p>
          <FormSummary form={toBody(form.getValues()) as unknown as LooseForm} vacancy={data.vacancy} onChange={(n) => goTo(n)} headingLevel={3} />
          <fieldset class={`fieldset fieldset--box${errorOf("confirmed") ? " field--error" : ""}`}>
            <legend class="fieldset__legend fieldset__legend--m">{tx.apply.confirmationTitle}</legend>
            <p>
              {fieldLabels.filledOn[lang]}: <strong>{formatDate(data.today)}</strong>
            </p>
            <CheckboxField {...field("confirmed")} label={fieldLabels.confirmation[lang]} hint={tx.apply.rule8} />
          </fieldset>
        </>
      );
  }

  return (
    <>
      <FormErrors issues={issues} message={message} focusKey={focusKey} onGo={(path) => (stepOf(path) === step ? focusField(fieldId(path)) : goTo(stepOf(path), path))} />
      <Steps steps={tx.apply.stepShort} current={step + 1} />
      <p class="muted" role="status" id="draft-state">
        {save.state === "saving"
          ? tx.apply.saving
          : save.state === "saved" && save.at
            ? tx.apply.savedAt(formatDateTime(save.at))
            : save.state === "error"
              ? `${tx.apply.saveFailed} ${pick(save.error, lang)}`
              : save.state === "offline"
                ? tx.apply.offline
                : tx.apply.savedNothing}
      </p>
      {restored ? <Notice tone="info">{tx.apply.restored}</Notice> : null}
      {save.state === "error" || save.state === "offline" ? (
        <p>
          <Button variant="secondary" small onClick={() => void saveNow()}>
            {tx.apply.saveNow}
          </Button>
        </p>
      ) : null}
      <form
        class="form form--wide"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (step === REVIEW) void submit();
          else next();
        }}
      >
        <h2 class="section-title" id="step-title" tabIndex={-1} ref={stepTitle}>
          {stepNames[step]}
        </h2>
        {/* A new subtree per step: inputs of one part never reuse another part's elements. */}
        <div key={step}>{body}</div>
        <ButtonGroup>
          {step === REVIEW ? (
            <Button type="submit" busy={sending} busyLabel={tx.apply.submitting} disabled={sending}>
              {resubmission ? tx.apply.resubmit : tx.apply.submit}
            </Button>
          ) : (
            <Button type="submit">{tx.apply.next}</Button>
          )}
          {step > 0 ? (
            <Button variant="secondary" onClick={() => goTo(step - 1)}>
              {tx.apply.previous}
            </Button>
          ) : null}
        </ButtonGroup>
      </form>
    </>
  );
}
