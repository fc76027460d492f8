import { useFieldArray } from "react-hook-form";
import type { PageProps } from "../../lib/pages";
import { api } from "../../api/client";
import type { ListOf, StateBody } from "../../api/types";
import { useSchemaForm } from "../../forms/kit";
import { stateBodyFormSchema, type StateBodyForm } from "../../forms/schemas";
import { both, pick, useI18n } from "../../i18n";
import { flash, useFlash } from "../../lib/flash";
import { href, navigate } from "../../lib/router";
import { useApi } from "../../lib/useApi";
import { Button, ButtonGroup, ButtonLink, ErrorSummary, Fieldset, LoadError, Loading, Notice, Page, Table, TextField, fieldId } from "../../ui";
import { sortByText } from "../../lib/text";

function BodyForm({ existing }: { existing?: StateBody }) {
  const { t, lang } = useI18n();
  const { form, kit } = useSchemaForm<StateBodyForm, typeof stateBodyFormSchema>(stateBodyFormSchema, {
    defaultValues: existing ? { id: existing.id, name: existing.name, units: existing.units } : { id: "", name: { az: "", en: "" }, units: [{ id: "", name: { az: "", en: "" } }] },
  });
  const units = useFieldArray({ control: form.control, name: "units" });
  const submit = kit.onSubmit(async ({ id, ...body }) => {
    await api.put(`/admin/state-bodies/${encodeURIComponent(id)}`, body);
    const name = body.name as { az: string; en: string };
    flash(both((d, l) => d.admin.bodySaved(name[l])));
    navigate("/admin/state-bodies");
  });
  const title = existing ? t.admin.editBody(pick(existing.name, lang)) : t.admin.newBody;

  return (
    <Page title={title} back={{ href: href("/admin/state-bodies"), label: t.admin.stateBodies }}>
      <ErrorSummary {...kit.summary} />
      <form class="form form--wide" noValidate onSubmit={submit}>
        <TextField {...kit.field("id")} label={t.admin.bodyId} hint={t.admin.bodyIdHint} width="m" spellcheck={false} autoCapitalize="none" readOnly={!!existing} />
        <TextField {...kit.field("name.az")} label={t.admin.nameAz} />
        <TextField {...kit.field("name.en")} label={t.admin.nameEn} />
        <h2 class="section-title" id={fieldId("units")} tabIndex={-1}>
          {t.admin.units}
        </h2>
        {kit.errorOf("units") ? <p class="field__error">{kit.errorOf("units")}</p> : null}
        {units.fields.map((u, i) => (
          <Fieldset
            key={u.id}
            legend={t.admin.unit(i + 1)}
            actions={
              <Button variant="quiet" small onClick={() => units.remove(i)}>
                {t.admin.removeUnit(i + 1)}
              </Button>
            }
          >
            <TextField {...kit.field(`units.${i}.id`)} label={t.admin.unitId} width="m" spellcheck={false} autoCapitalize="none" />
            <TextField {...kit.field(`units.${i}.name.az`)} label={t.admin.nameAz} />
            <TextField {...kit.field(`units.${i}.name.en`)} label={t.admin.nameEn} />
          </Fieldset>
        ))}
        <p>
          <Button variant="secondary" onClick={() => units.append({ id: "", name: { az: "", en: "" } }, { focusName: `units.${units.fields.length}.id` })}>
            {t.admin.addUnit}
          </Button>
        </p>
        <ButtonGroup>
          <Button type="submit" busy={form.formState.isSubmitting} busyLabel={t.common.saving}>
            {t.common.save}
          </Button>
          <ButtonLink href={href("/admin/state-bodies")} variant="secondary">
            {t.common.cancel}
          </ButtonLink>
        </ButtonGroup>
      </form>
    </Page>
  );
}

function EditBody({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const { data, error, reload } = useApi<ListOf<StateBody>>("/state-bodies");
  if (error) return <LoadError message={pick(error.text, lang)} onRetry={reload} />;
  if (!data) return <Loading />;
  const existing = data.items.find((b) => b.id === id);
  return existing ? <BodyForm existing={existing} /> : <Page title={t.errors.notFoundTitle} back={{ href: href("/admin/state-bodies"), label: t.admin.stateBodies }} />;
}

/** The list, the new-body form (`?new=1`) and the edit form (`?edit=<id>`) are separate views. */
export default function StateBodies({ query }: PageProps) {
  const editId = query.get("edit");
  if (query.get("new")) return <BodyForm key="new" />;
  if (editId) return <EditBody key={`edit:${editId}`} id={editId} />;
  return <BodiesList key="list" />;
}

function BodiesList() {
  const { t, lang } = useI18n();
  const saved = useFlash();
  const { data, error, loading, reload } = useApi<ListOf<StateBody>>("/state-bodies");

  return (
    <Page title={t.admin.stateBodies} lead={t.admin.stateBodiesLead} back={{ href: href("/official"), label: t.nav.workspace }}>
      {saved ? <Notice tone="success" title={saved[lang]} /> : null}
      <p>
        <ButtonLink href={href("/admin/state-bodies", { new: "1" })}>{t.admin.newBody}</ButtonLink>
      </p>
      {loading && !data ? <Loading /> : null}
      {error ? <LoadError message={pick(error.text, lang)} onRetry={reload} /> : null}
      {data && !data.items.length ? <Notice>{t.admin.noBodies}</Notice> : null}
      {data?.items.length ? (
        <Table
          caption={t.admin.stateBodies}
          captionHidden
          rows={sortByText(data.items, (b) => pick(b.name, lang), lang)}
          rowKey={(b) => b.id}
          columns={[
            { header: t.competitions.stateBody, cell: (b) => <strong>{pick(b.name, lang)}</strong> },
            { header: t.admin.bodyId, cell: (b) => <span class="code">{b.id}</span> },
            {
              header: t.admin.units,
              cell: (b) =>
                b.units.length ? (
                  <details class="details">
                    <summary class="details__summary">{t.admin.unitsCount(b.units.length)}</summary>
                    <ul class="plain-list">
                      {b.units.map((u) => (
                        <li key={u.id}>{pick(u.name, lang)}</li>
                      ))}
                    </ul>
                  </details>
                ) : (
                  t.admin.unitsCount(0)
                ),
            },
            {
              header: t.common.actions,
              cell: (b) => (
                <ButtonLink small variant="secondary" href={href("/admin/state-bodies", { edit: b.id })}>
                  {t.common.edit}
                  <span class="visually-hidden">: {pick(b.name, lang)}</span>
                </ButtonLink>
              ),
            },
          ]}
        />
      ) : null}
    </Page>
  );
}
