import { useFieldArray, type Control, type UseFormReturn } from "react-hook-form";
import { api } from "../../api/client";
import { educationLevels, type Competition, type ListOf, type StateBody } from "../../api/types";
import { useSchemaForm, type FormKit } from "../../forms/kit";
import { announceCompetitionSchema, emptyVacancy, prepareAnnounce, type AnnounceForm } from "../../forms/schemas";
import { both, pick, useI18n } from "../../i18n";
import { flash } from "../../lib/flash";
import { formatDate, todayInBaku } from "../../lib/format";
import { href, navigate } from "../../lib/router";
import { useApi } from "../../lib/useApi";
import { Button, ButtonGroup, CheckboxField, CheckboxGroup, DateField, ErrorSummary, Fieldset, LoadError, Loading, Notice, Page, SelectField, TextField, fieldId } from "../../ui";
import { byLabel } from "../../lib/text";

type Kit = FormKit<AnnounceForm>;

function Specialties({ index, control, kit }: { index: number; control: Control<AnnounceForm>; kit: Kit }) {
  const { t } = useI18n();
  const name = `vacancies.${index}.education.specialties` as const;
  const rows = useFieldArray({ control, name });
  return (
    <div class="subgroup" id={fieldId(name)} tabIndex={-1}>
      <h4 class="subgroup__title">{t.admin.specialties}</h4>
      <p class="field__hint">{t.admin.specialtiesHint}</p>
      {rows.fields.map((row, j) => (
        <div class="row row--specialty" key={row.id} data-group={t.admin.specialty(j + 1)}>
          <TextField {...kit.field(`${name}.${j}.code`)} label={t.admin.specialtyCode} width="s" spellcheck={false} autoCapitalize="characters" />
          <TextField {...kit.field(`${name}.${j}.name`)} label={t.admin.specialtyName} />
          <Button variant="quiet" small onClick={() => rows.remove(j)}>
            {t.admin.removeSpecialty(j + 1)}
          </Button>
        </div>
      ))}
      <Button variant="secondary" small onClick={() => rows.append({ code: "", name: "" }, { focusName: `${name}.${rows.fields.length}.code` })}>
        {t.admin.addSpecialty}
      </Button>
    </div>
  );
}

function VacancyBlock({ index, form, kit, bodies, onRemove }: { index: number; form: UseFormReturn<AnnounceForm, unknown, any>; kit: Kit; bodies: StateBody[]; onRemove?: () => void }) {
  const { t, lang } = useI18n();
  const base = `vacancies.${index}` as const;
  const bodyId = form.watch(`${base}.stateBodyId`);
  const body = bodies.find((b) => b.id === bodyId);
  return (
    <Fieldset
      legend={t.admin.vacancy(index + 1)}
      id={fieldId(base)}
      actions={
        onRemove ? (
          <Button variant="quiet" small onClick={onRemove}>
            {t.admin.removeVacancy(index + 1)}
          </Button>
        ) : null
      }
    >
      <TextField {...kit.field(`${base}.positionCode`)} label={t.competitions.positionCode} width="s" spellcheck={false} autoCapitalize="characters" />
      <SelectField
        {...kit.field(`${base}.stateBodyId`, { onChange: () => form.setValue(`${base}.unitId`, "") })}
        label={t.competitions.stateBody}
        placeholder={t.admin.chooseStateBody}
        options={byLabel(bodies.map((b) => ({ value: b.id, label: pick(b.name, lang) })), lang)}
      />
      <SelectField
        {...kit.field(`${base}.unitId`)}
        label={t.competitions.unit}
        placeholder={t.admin.chooseUnit}
        options={byLabel((body?.units ?? []).map((u) => ({ value: u.id, label: pick(u.name, lang) })), lang)}
      />
      <TextField {...kit.field(`${base}.positionName.az`)} label={t.admin.positionNameAz} />
      <TextField {...kit.field(`${base}.positionName.en`)} label={t.admin.positionNameEn} />
      <div class="row">
        <SelectField
          {...kit.field(`${base}.classification`)}
          label={t.admin.classification}
          placeholder={t.admin.chooseClassification}
          options={[5, 6, 7].map((n) => ({ value: String(n), label: t.competitions.classificationValue(n) }))}
        />
        <TextField {...kit.field(`${base}.places`)} label={t.admin.places} width="xs" inputMode="numeric" autoComplete="off" />
      </div>
      <CheckboxGroup
        {...kit.field(`${base}.education.levels`)}
        label={t.admin.levels}
        hint={t.admin.levelsHint}
        options={educationLevels.map((l) => ({ value: l, label: t.levels[l] }))}
      />
      <Specialties index={index} control={form.control} kit={kit} />
      <div class="subgroup" id={fieldId(`${base}.seniority`)} tabIndex={-1}>
        <h4 class="subgroup__title">{t.admin.seniority}</h4>
        <p class="field__hint">{t.admin.seniorityHint}</p>
        <div class="row">
          <TextField {...kit.field(`${base}.seniority.totalYears`)} label={t.admin.seniorityTotal} optional width="xs" inputMode="numeric" autoComplete="off" />
          <TextField {...kit.field(`${base}.seniority.fieldYears`)} label={t.admin.seniorityField} optional width="xs" inputMode="numeric" autoComplete="off" />
          <TextField {...kit.field(`${base}.seniority.specialtyYears`)} label={t.admin.senioritySpecialty} optional width="xs" inputMode="numeric" autoComplete="off" />
        </div>
      </div>
    </Fieldset>
  );
}

function AnnounceFormView({ bodies }: { bodies: StateBody[] }) {
  const { t } = useI18n();
  const { form, kit } = useSchemaForm<AnnounceForm, typeof announceCompetitionSchema>(announceCompetitionSchema, { defaultValues: { title: { az: "", en: "" }, announcedOn: formatDate(todayInBaku()), autoAdmit: false, vacancies: [emptyVacancy()] }, prepare: prepareAnnounce });
  const vacancies = useFieldArray({ control: form.control, name: "vacancies" });
  const submit = kit.onSubmit(async (body) => {
    const competition = await api.post<Competition>("/admin/competitions", body);
    flash(both((d) => d.admin.announced));
    navigate(`/competitions/${encodeURIComponent(competition.id)}`);
  });

  return (
    <Page title={t.admin.announce} lead={t.admin.announceLead} back={{ href: href("/official"), label: t.nav.workspace }}>
      <ErrorSummary {...kit.summary} />
      <form class="form form--wide" noValidate onSubmit={submit}>
        <TextField {...kit.field("title.az")} label={t.admin.competitionTitleAz} />
        <TextField {...kit.field("title.en")} label={t.admin.competitionTitleEn} />
        <DateField {...kit.field("announcedOn")} label={t.admin.announcedOn} hint={t.admin.announcedOnHint} />
        <CheckboxField {...kit.field("autoAdmit")} label={t.admin.autoAdmit} hint={t.admin.autoAdmitHint} />
        <h2 class="section-title" id={fieldId("vacancies")} tabIndex={-1}>
          {t.competitions.vacanciesTitle}
        </h2>
        {kit.errorOf("vacancies") ? <p class="field__error">{kit.errorOf("vacancies")}</p> : null}
        {vacancies.fields.map((v, i) => (
          <VacancyBlock key={v.id} index={i} form={form} kit={kit} bodies={bodies} onRemove={vacancies.fields.length > 1 ? () => vacancies.remove(i) : undefined} />
        ))}
        <p>
          <Button variant="secondary" onClick={() => vacancies.append(emptyVacancy(), { focusName: `vacancies.${vacancies.fields.length}.positionCode` })}>
            {t.admin.addVacancy}
          </Button>
        </p>
        <ButtonGroup>
          <Button type="submit" busy={form.formState.isSubmitting} busyLabel={t.common.saving}>
            {t.admin.announceSubmit}
          </Button>
        </ButtonGroup>
      </form>
    </Page>
  );
}

export default function Announce() {
  const { t, lang } = useI18n();
  const bodies = useApi<ListOf<StateBody>>("/state-bodies");
  if (bodies.loading && !bodies.data) return <Loading />;
  if (bodies.error) return <LoadError message={pick(bodies.error.text, lang)} onRetry={bodies.reload} />;
  const withUnits = (bodies.data?.items ?? []).filter((b) => b.units.length);
  if (!withUnits.length) {
    return (
      <Page title={t.admin.announce} back={{ href: href("/official"), label: t.nav.workspace }}>
        <Notice tone="warning" title={t.admin.needBodies}>
          <p>
            <a href={href("/admin/state-bodies")}>{t.admin.stateBodies}</a>
          </p>
        </Notice>
      </Page>
    );
  }
  return <AnnounceFormView bodies={withUnits} />;
}
