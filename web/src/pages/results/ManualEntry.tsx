/**
 * `#/officer/reserve/new` — the personnel-selection department enters into the reserve a person
 * who passed the interview of a competition held before this system (not appointed): who they are,
 * their education, seniority, the classification they qualified for, their results, the date of
 * entry and their written consent to be told of matching vacancies (`enterReserveSchema`, manual).
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { useFieldArray } from "react-hook-form";
import { educationLevels, enterReserveSchema, reserveRuleMessages, type ReserveRow } from "@exidmet/core/reserve/entry";
import { api } from "../../api/client";
import { useI18n, useTexts } from "../../i18n";
import { formatDate } from "../../lib/format";
import { href } from "../../lib/router";
import { Button, ButtonGroup, CheckboxField, DateField, ErrorSummary, Fieldset, Notice, Page, SelectField, TextArea, TextField } from "../../ui";
import { optional, typedDate, typedNumber, useAreaForm } from "./forms";
import { texts } from "./texts";

type Education = { level: string; specialtyCode: string; specialtyName: string };
type ManualValues = {
  fullName: string;
  email: string;
  classification: string;
  seniorityYears: string;
  education: Education[];
  competition: string;
  test: { score: string; passMark: string; date: string };
  interview: { date: string; note: string };
  enteredOn: string;
  consent: boolean;
};

const noEducation: Education = { level: "", specialtyCode: "", specialtyName: "" };
const blank: ManualValues = {
  fullName: "",
  email: "",
  classification: "",
  seniorityYears: "",
  education: [noEducation],
  competition: "",
  test: { score: "", passMark: "", date: "" },
  interview: { date: "", note: "" },
  enteredOn: "",
  consent: false,
};

/** The API body: numbers and dates typed as text become the API's types, keeping the field paths. */
const prepare = (v: ManualValues) => ({
  source: "manual",
  fullName: v.fullName,
  email: v.email,
  classification: typedNumber(v.classification),
  education: v.education.map((e) => ({ level: e.level || undefined, specialtyCode: e.specialtyCode, specialtyName: e.specialtyName })),
  seniorityYears: typedNumber(v.seniorityYears),
  test: { score: typedNumber(v.test.score), passMark: typedNumber(v.test.passMark), date: typedDate(v.test.date) },
  interview: { date: typedDate(v.interview.date), note: optional(v.interview.note) },
  competition: v.competition,
  enteredOn: typedDate(v.enteredOn),
  consent: v.consent === true ? true : v.consent,
});

export default function ManualEntry() {
  const { t } = useI18n();
  const tx = useTexts(texts);
  const { form, kit } = useAreaForm<ManualValues, typeof enterReserveSchema>(enterReserveSchema, reserveRuleMessages, { defaultValues: blank, prepare });
  const education = useFieldArray({ control: form.control, name: "education" });
  const [done, setDone] = useState<ReserveRow | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const submit = kit.onSubmit(async (body: unknown) => {
    setDone(null);
    // The entry (201 when created, 200 when this person was already entered for this competition).
    const r = await api.post<ReserveRow>("/officer/reserve/entries", body);
    form.reset(blank);
    setDone(r);
  });

  return (
    <Page title={tx.manual.title} lead={tx.manual.lead} caption={tx.s4} back={{ href: href("/officer/reserve"), label: tx.keep.title }}>
      {done ? (
        <div tabIndex={-1} ref={doneRef}>
          <Notice tone="success" title={tx.keep.entered(done.fullName, formatDate(done.enteredOn))} />
        </div>
      ) : null}
      <ErrorSummary {...kit.summary} />
      <form class="form form--wide" noValidate onSubmit={submit}>
        <Fieldset legend={tx.manual.person}>
          <TextField {...kit.field("fullName")} label={tx.manual.fullName} autoComplete="off" />
          <TextField {...kit.field("email")} label={tx.manual.email} type="email" autoComplete="off" spellcheck={false} autoCapitalize="none" />
          <div class="row">
            <SelectField {...kit.field("classification")} label={tx.manual.classification} placeholder="" options={["5", "6", "7"].map((c) => ({ value: c, label: c }))} />
            <TextField {...kit.field("seniorityYears")} label={tx.manual.seniority} width="xs" inputMode="numeric" autoComplete="off" />
          </div>
        </Fieldset>
        {education.fields.map((f, i) => (
          <Fieldset
            key={f.id}
            legend={tx.manual.education(i + 1)}
            actions={
              education.fields.length > 1 ? (
                <Button variant="secondary" small onClick={() => education.remove(i)}>
                  {tx.manual.removeEducation(i + 1)}
                </Button>
              ) : null
            }
          >
            <SelectField {...kit.field(`education.${i}.level`)} label={tx.manual.level} placeholder="" options={educationLevels.map((l) => ({ value: l, label: tx.levels[l] }))} />
            <div class="row row--specialty">
              <TextField {...kit.field(`education.${i}.specialtyCode`)} label={tx.manual.specialtyCode} hint={tx.reserve.specialtyHint} width="s" autoComplete="off" spellcheck={false} />
              <TextField {...kit.field(`education.${i}.specialtyName`)} label={tx.manual.specialtyName} autoComplete="off" />
            </div>
          </Fieldset>
        ))}
        {education.fields.length < 3 ? (
          <ButtonGroup>
            <Button variant="secondary" onClick={() => education.append({ ...noEducation })}>
              {tx.manual.addEducation}
            </Button>
          </ButtonGroup>
        ) : null}
        <Fieldset legend={tx.manual.results}>
          <TextField {...kit.field("competition")} label={tx.manual.competition} hint={tx.manual.competitionHint} autoComplete="off" />
          <div class="row">
            <TextField {...kit.field("test.score")} label={tx.record.score} hint={tx.record.scoreHint} width="xs" inputMode="decimal" autoComplete="off" />
            <TextField {...kit.field("test.passMark")} label={tx.record.passMark} width="xs" inputMode="decimal" autoComplete="off" />
          </div>
          <DateField {...kit.field("test.date")} label={tx.record.testDate} />
          <DateField {...kit.field("interview.date")} label={tx.record.interviewDate} />
          <TextArea {...kit.field("interview.note")} label={tx.manual.interviewNote} optional rows={3} />
        </Fieldset>
        <DateField {...kit.field("enteredOn")} label={tx.manual.enteredOn} />
        <CheckboxField {...kit.field("consent")} label={tx.manual.consent} />
        <Button type="submit" busy={form.formState.isSubmitting} busyLabel={t.common.saving}>
          {tx.manual.save}
        </Button>
      </form>
    </Page>
  );
}
