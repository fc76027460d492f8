import { useFieldArray } from "react-hook-form";
import type { PageProps } from "../../lib/pages";
import { api } from "../../api/client";
import type { HolidayCalendar } from "../../api/types";
import { useSchemaForm } from "../../forms/kit";
import { holidayField, holidaysFormSchema, prepareHolidays, type HolidaysForm } from "../../forms/schemas";
import { useState } from "preact/hooks";
import { pick, useI18n } from "../../i18n";
import { formatDate, todayInBaku } from "../../lib/format";
import { href } from "../../lib/router";
import { useApi } from "../../lib/useApi";
import { Button, ButtonGroup, DateField, ErrorSummary, LoadError, Loading, Notice, Page, TextField, fieldId } from "../../ui";

function CalendarForm({ year, calendar, onSaved }: { year: number; calendar: HolidayCalendar; onSaved: () => void }) {
  const { t } = useI18n();
  const schema = holidaysFormSchema(year);
  const { form, kit } = useSchemaForm<HolidaysForm, typeof schema>(schema, {
    defaultValues: {
      holidays: calendar.holidays.map((h) => ({ date: formatDate(h.date), name: h.name })),
      workingWeekends: calendar.workingWeekends.map((d) => ({ date: formatDate(d) })),
    },
    prepare: prepareHolidays,
    fieldOf: holidayField,
  });
  const holidays = useFieldArray({ control: form.control, name: "holidays" });
  const weekends = useFieldArray({ control: form.control, name: "workingWeekends" });
  const submit = kit.onSubmit(async (body) => {
    await api.put(`/admin/holidays/${year}`, body);
    onSaved();
  });

  return (
    <>
      <ErrorSummary {...kit.summary} />
      <form class="form form--wide" noValidate onSubmit={submit}>
        <h2 class="section-title" id={fieldId("holidays")} tabIndex={-1}>
          {t.admin.holidaysTitle} — {year}
        </h2>
        {!holidays.fields.length ? <p class="muted">{t.admin.noHolidays}</p> : null}
        <ol class="rows">
          {holidays.fields.map((h, i) => (
            <li class="row row--holiday" key={h.id} data-group={t.admin.holiday(i + 1)}>
              <DateField {...kit.field(`holidays.${i}.date`)} label={t.admin.date} hint={null} />
              <TextField {...kit.field(`holidays.${i}.name.az`)} label={t.admin.nameAz} />
              <TextField {...kit.field(`holidays.${i}.name.en`)} label={t.admin.nameEn} />
              <Button variant="quiet" small onClick={() => holidays.remove(i)}>
                {t.admin.removeHoliday(i + 1)}
              </Button>
            </li>
          ))}
        </ol>
        <p>
          <Button variant="secondary" onClick={() => holidays.append({ date: "", name: { az: "", en: "" } }, { focusName: `holidays.${holidays.fields.length}.date` })}>
            {t.admin.addHoliday}
          </Button>
        </p>
        <h2 class="section-title" id={fieldId("workingWeekends")} tabIndex={-1}>
          {t.admin.workingWeekends}
        </h2>
        {!weekends.fields.length ? <p class="muted">{t.admin.noHolidays}</p> : null}
        <ol class="rows">
          {weekends.fields.map((w, i) => (
            <li class="row row--holiday" key={w.id} data-group={t.admin.workingWeekend(i + 1)}>
              <DateField {...kit.field(`workingWeekends.${i}.date`)} label={t.admin.date} hint={null} />
              <Button variant="quiet" small onClick={() => weekends.remove(i)}>
                {t.admin.removeWorkingWeekend(i + 1)}
              </Button>
            </li>
          ))}
        </ol>
        <p>
          <Button variant="secondary" onClick={() => weekends.append({ date: "" }, { focusName: `workingWeekends.${weekends.fields.length}.date` })}>
            {t.admin.addWorkingWeekend}
          </Button>
        </p>
        <p class="field__hint">{t.common.dateHint}</p>
        <ButtonGroup>
          <Button type="submit" busy={form.formState.isSubmitting} busyLabel={t.common.saving}>
            {t.common.save}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}

export default function Holidays({ query }: PageProps) {
  const { t, lang } = useI18n();
  const [saved, setSaved] = useState<{ year: number; at: number } | null>(null);
  const thisYear = Number(todayInBaku().slice(0, 4));
  const asked = Number(query.get("year"));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : thisYear;
  const { data, error, loading, reload } = useApi<HolidayCalendar>(`/admin/holidays/${year}`, true);
  const calendar = data ?? (error?.status === 404 ? { year, holidays: [], workingWeekends: [] } : undefined);
  const years = [thisYear - 1, thisYear, thisYear + 1, thisYear + 2];

  return (
    <Page title={t.admin.holidays} lead={t.admin.holidaysLead} back={{ href: href("/official"), label: t.nav.workspace }}>
      {saved?.year === year ? <Notice tone="success" title={t.common.saved} /> : null}
      <nav class="year-nav" aria-label={t.admin.year}>
        <ul class="year-nav__list">
          {years.map((y) => (
            <li key={y}>
              <a class="year-nav__link" href={href("/admin/holidays", { year: String(y) })} aria-current={y === year ? "page" : undefined}>
                {y}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {loading && !calendar ? <Loading /> : null}
      {error && error.status !== 404 ? <LoadError message={pick(error.text, lang)} onRetry={reload} /> : null}
      {calendar && !loading ? <CalendarForm
          key={`${year}:${saved?.at ?? 0}`}
          year={year}
          calendar={calendar}
          onSaved={() => {
            setSaved({ year, at: Date.now() });
            reload();
          }}
        /> : null}
    </Page>
  );
}
