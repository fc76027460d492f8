/**
 * `#/admin/register/people/:fin` and `#/admin/register/new` — the Commission admin edits one
 * person's register record, or adds a person: identity, education entries, appointments (state body
 * and unit from the state bodies' list). Validated in the browser by the server's own schema; the
 * server's refusals (a record changed meanwhile, a FIN already there, an unknown body or unit) are
 * shown beside the fields and in the error summary. Saving goes back to the record and its history.
 */
import { useMemo, useState } from "preact/hooks";
import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { appointmentStatuses, educationLevels, genders, labels } from "@exidmet/core/register/model";
import { ApiError, api } from "../../api/client";
import type { ListOf, StateBody } from "../../api/types";
import { useSchemaForm, type FormKit } from "../../forms/kit";
import { pick, useI18n, useTexts } from "../../i18n";
import { flash } from "../../lib/flash";
import { formatDateTime, todayInBaku } from "../../lib/format";
import type { PageProps } from "../../lib/pages";
import { href, navigate } from "../../lib/router";
import { byLabel } from "../../lib/text";
import { useApi } from "../../lib/useApi";
import { Button, ButtonGroup, ButtonLink, DateField, ErrorSummary, Fieldset, LoadError, Loading, Notice, Page, RadioGroup, SelectField, TextField, fieldId, type Option } from "../../ui";
import type { PersonView } from "./parts";
import { emptyAppointment, emptyEducation, MAX_APPOINTMENTS, MAX_EDUCATION, personField, personFormSchema, preparePerson, toPersonForm, type PersonForm } from "./personForm";
import { texts } from "./texts";

type Form = UseFormReturn<PersonForm, unknown, any>;
type Kit = FormKit<PersonForm>;

/** Options of a select, keeping a stored value that is no longer in the list (so it is seen, and refused, not silently lost). */
function withCurrent(options: Option[], current: string | undefined, unknown: (id: string) => string): Option[] {
  return current && !options.some((o) => o.value === current) ? [...options, { value: current, label: unknown(current) }] : options;
}

function AppointmentBlock({ index, form, kit, bodies, onRemove }: { index: number; form: Form; kit: Kit; bodies: readonly StateBody[]; onRemove?: () => void }) {
  const { t, lang } = useI18n();
  const tx = useTexts(texts);
  const base = `appointments.${index}` as const;
  const bodyId = form.watch(`${base}.stateBodyId`);
  const unitId = form.watch(`${base}.unitId`);
  const body = bodies.find((b) => b.id === bodyId);
  const bodyOptions = withCurrent(byLabel(bodies.map((b) => ({ value: b.id, label: pick(b.name, lang) })), lang), bodyId, tx.edit.unknownOption);
  const unitOptions = withCurrent(byLabel((body?.units ?? []).map((u) => ({ value: u.id, label: pick(u.name, lang) })), lang), unitId, tx.edit.unknownOption);
  const endHint = (
    <>
      <span class="block">{tx.edit.endHint}</span>
      <span class="block">{t.common.dateHint}</span>
    </>
  );
  return (
    <Fieldset
      legend={tx.edit.appointment(index + 1)}
      id={fieldId(base)}
      actions={
        onRemove ? (
          <Button variant="quiet" small onClick={onRemove}>
            {tx.edit.removeAppointment(index + 1)}
          </Button>
        ) : null
      }
    >
      <SelectField {...kit.field(`${base}.stateBodyId`, { onChange: () => form.setValue(`${base}.unitId`, "") })} label={tx.person.body} placeholder={tx.edit.chooseBody} options={bodyOptions} />
      <SelectField {...kit.field(`${base}.unitId`)} label={tx.person.unit} placeholder={tx.edit.chooseUnit} options={unitOptions} />
      <TextField {...kit.field(`${base}.position`)} label={tx.person.position} />
      <div class="row">
        <SelectField
          {...kit.field(`${base}.classification`)}
          label={tx.person.classification}
          placeholder={tx.edit.choose}
          options={[1, 2, 3, 4, 5, 6, 7].map((n) => ({ value: String(n), label: tx.edit.classificationValue(n) }))}
        />
        <TextField {...kit.field(`${base}.rank`)} label={tx.person.rank} optional />
      </div>
      <SelectField {...kit.field(`${base}.status`)} label={tx.person.status} placeholder={tx.edit.choose} options={appointmentStatuses.map((s) => ({ value: s, label: pick(labels.status[s], lang) }))} />
      <div class="row">
        <DateField {...kit.field(`${base}.startDate`)} label={tx.person.start} />
        <DateField {...kit.field(`${base}.endDate`)} label={tx.person.end} hint={endHint} optional />
      </div>
      <TextField {...kit.field(`${base}.endGround`)} label={tx.person.ground} hint={tx.edit.endHint} optional />
    </Fieldset>
  );
}

function EducationBlock({ index, kit, onRemove }: { index: number; kit: Kit; onRemove: () => void }) {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  const base = `education.${index}` as const;
  return (
    <Fieldset
      legend={tx.edit.educationEntry(index + 1)}
      id={fieldId(base)}
      actions={
        <Button variant="quiet" small onClick={onRemove}>
          {tx.edit.removeEducation(index + 1)}
        </Button>
      }
    >
      <SelectField {...kit.field(`${base}.level`)} label={tx.person.level} placeholder={tx.edit.choose} options={educationLevels.map((l) => ({ value: l, label: pick(labels.education[l], lang) }))} />
      <TextField {...kit.field(`${base}.institution`)} label={tx.person.institution} />
      <TextField {...kit.field(`${base}.specialty`)} label={tx.person.specialty} optional />
      <TextField {...kit.field(`${base}.graduationYear`)} label={tx.person.year} hint={tx.edit.yearHint} optional width="xs" inputMode="numeric" autoComplete="off" />
    </Fieldset>
  );
}

interface Saved {
  person: PersonView;
  changed: boolean;
  created?: boolean;
}

function PersonEditor({ existing, bodies, initialFin, onReload }: { existing: PersonView | null; bodies: readonly StateBody[]; initialFin: string; onReload: () => void }) {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  const schema = useMemo(() => personFormSchema(todayInBaku(), bodies), [bodies]);
  const { form, kit } = useSchemaForm<PersonForm, typeof schema>(schema, { defaultValues: toPersonForm(existing, initialFin), prepare: preparePerson, fieldOf: personField });
  const education = useFieldArray({ control: form.control, name: "education" });
  const appointments = useFieldArray({ control: form.control, name: "appointments" });
  const [refusal, setRefusal] = useState<{ kind: "conflict" | "exists"; fin: string } | null>(null);

  const submit = kit.onSubmit(
    async (person: { fin: string }) => {
      setRefusal(null);
      const saved = await api.put<Saved>(`/admin/register/people/${encodeURIComponent(person.fin)}`, { person, expectedVersion: existing?.version ?? 0 });
      const fin = saved.person.fin;
      const message = (l: "az" | "en") => (!saved.changed ? texts[l].admin.unchangedFlash : saved.created ? texts[l].admin.createdFlash(fin) : texts[l].admin.savedFlash(fin));
      flash({ az: message("az"), en: message("en") });
      navigate("/admin/register", { fin });
    },
    (e) => {
      if (!(e instanceof ApiError) || e.status !== 409) return undefined;
      const fin = form.getValues("fin").trim().toUpperCase(); /* ascii: a FIN */
      if (!existing) {
        // A new person's FIN is already in the register (expectedVersion 0 is stale).
        setRefusal({ kind: "exists", fin });
        return { issues: [{ path: "fin", code: e.code, az: texts.az.edit.finExists, en: texts.en.edit.finExists }] };
      }
      setRefusal({ kind: "conflict", fin });
      return { message: e.text };
    },
  );

  const back = existing ? href("/admin/register", { fin: existing.fin }) : href("/admin/register");
  return (
    <>
      <ErrorSummary {...kit.summary} />
      {refusal?.kind === "conflict" ? (
        <Notice tone="warning" title={tx.edit.conflictText}>
          <Button variant="secondary" onClick={onReload}>
            {tx.edit.reload}
          </Button>
        </Notice>
      ) : null}
      {refusal?.kind === "exists" ? (
        <Notice tone="warning" title={tx.edit.finExists}>
          <ButtonLink variant="secondary" href={href(`/admin/register/people/${encodeURIComponent(refusal.fin)}`)}>
            {tx.edit.openExisting}
          </ButtonLink>
        </Notice>
      ) : null}
      {existing ? <p class="muted">{tx.edit.version(existing.version, formatDateTime(existing.updatedAt))}</p> : null}
      <form class="form form--wide" noValidate onSubmit={submit}>
        <Fieldset legend={tx.edit.identity}>
          <TextField
            {...kit.field("fin")}
            label={tx.person.fin}
            hint={existing ? tx.edit.finFixed : tx.edit.finNew}
            width="s"
            readOnly={!!existing}
            spellcheck={false}
            autoCapitalize="characters"
            autoComplete="off"
          />
          <TextField {...kit.field("lastName")} label={tx.form.lastName} autoComplete="off" />
          <TextField {...kit.field("firstName")} label={tx.form.firstName} autoComplete="off" />
          <TextField {...kit.field("patronymic")} label={tx.form.patronymic} optional autoComplete="off" />
          <RadioGroup {...kit.field("gender")} label={tx.person.gender} options={genders.map((g) => ({ value: g, label: pick(labels.gender[g], lang) }))} />
          <DateField {...kit.field("birthDate")} label={tx.person.birthDate} />
        </Fieldset>

        <h2 class="section-title" id={fieldId("appointments")} tabIndex={-1}>
          {tx.edit.appointments}
        </h2>
        <p class="field__hint">{tx.edit.appointmentsHint}</p>
        {kit.errorOf("appointments") ? <p class="field__error">{kit.errorOf("appointments")}</p> : null}
        {appointments.fields.map((a, i) => (
          <AppointmentBlock key={a.id} index={i} form={form} kit={kit} bodies={bodies} onRemove={appointments.fields.length > 1 ? () => appointments.remove(i) : undefined} />
        ))}
        {appointments.fields.length < MAX_APPOINTMENTS ? (
          <p>
            <Button variant="secondary" onClick={() => appointments.append(emptyAppointment(), { focusName: `appointments.${appointments.fields.length}.stateBodyId` })}>
              {tx.edit.addAppointment}
            </Button>
          </p>
        ) : null}

        <h2 class="section-title" id={fieldId("education")} tabIndex={-1}>
          {tx.edit.education}
        </h2>
        {kit.errorOf("education") ? <p class="field__error">{kit.errorOf("education")}</p> : null}
        {education.fields.length ? null : <p class="muted">{tx.person.noEducation}</p>}
        {education.fields.map((e, i) => (
          <EducationBlock key={e.id} index={i} kit={kit} onRemove={() => education.remove(i)} />
        ))}
        {education.fields.length < MAX_EDUCATION ? (
          <p>
            <Button variant="secondary" onClick={() => education.append(emptyEducation(), { focusName: `education.${education.fields.length}.level` })}>
              {tx.edit.addEducation}
            </Button>
          </p>
        ) : null}

        <ButtonGroup>
          <Button type="submit" busy={form.formState.isSubmitting} busyLabel={tx.edit.saving}>
            {tx.edit.save}
          </Button>
          <ButtonLink href={back} variant="secondary">
            {tx.edit.cancel}
          </ButtonLink>
        </ButtonGroup>
      </form>
    </>
  );
}

export default function AdminPerson({ params, query }: PageProps) {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  const isNew = params.fin === undefined;
  const record = useApi<{ person: PersonView }>(isNew ? null : `/admin/register/people/${encodeURIComponent(params.fin)}`, true);
  const bodies = useApi<ListOf<StateBody>>("/state-bodies");
  const back = { href: isNew ? href("/admin/register") : href("/admin/register", { fin: params.fin }), label: tx.edit.back };
  const person = record.data?.person ?? null;
  const title = isNew ? tx.edit.newTitle : person ? tx.edit.editTitle(`${person.lastName} ${person.firstName} ${person.patronymic}`.trim()) : tx.admin.editRecord;

  let body;
  if ((!isNew && !record.data && !record.error) || (!bodies.data && !bodies.error)) body = <Loading />;
  else if (record.error || bodies.error) {
    const error = (record.error ?? bodies.error)!;
    body = (
      <>
        <LoadError message={pick(error.text, lang)} onRetry={error.status === 404 ? undefined : error === record.error ? record.reload : bodies.reload} />
        {error.status === 404 && error === record.error ? (
          <p>
            <ButtonLink href={href("/admin/register/new", { fin: params.fin })}>{tx.admin.addThis(params.fin)}</ButtonLink>
          </p>
        ) : null}
      </>
    );
  } else {
    // A reload after a refused save brings a new version: the form starts again from it.
    body = <PersonEditor key={person ? `${person.fin}@${person.version}` : "new"} existing={person} bodies={bodies.data!.items} initialFin={query.get("fin") ?? ""} onReload={record.reload} />;
  }
  return (
    <Page title={title} caption={tx.serviceName} lead={tx.edit.lead} back={back}>
      {body}
    </Page>
  );
}
