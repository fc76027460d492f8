import { officialGroups } from "@exidmet/core/infra/resources";
import { useState } from "preact/hooks";
import type { PageProps } from "../../lib/pages";
import { ApiError, api } from "../../api/client";
import type { ListOf, OfficialAccount, StateBody } from "../../api/types";
import { useSchemaForm } from "../../forms/kit";
import { officialFormSchema, prepareOfficial, type OfficialForm } from "../../forms/schemas";
import { both, pick, useI18n, type Bilingual } from "../../i18n";
import { flash, useFlash } from "../../lib/flash";
import { formatDateTime } from "../../lib/format";
import { href, navigate } from "../../lib/router";
import { useApi } from "../../lib/useApi";
import { Button, ButtonGroup, ButtonLink, ErrorSummary, ListTable, LoadError, Loading, Notice, Page, SelectField, Tag, TextField } from "../../ui";
import { byLabel, sortByText } from "../../lib/text";

function IssueForm({ bodies }: { bodies: StateBody[] }) {
  const { t, lang } = useI18n();
  const { form, kit } = useSchemaForm<OfficialForm, typeof officialFormSchema>(officialFormSchema, { defaultValues: { email: "", fullName: "", group: "hr-officer", stateBody: "" }, prepare: prepareOfficial });
  const group = form.watch("group");
  const submit = kit.onSubmit(async (v) => {
    const { username } = await api.post<{ username: string }>("/admin/officials", v);
    flash(both((d) => d.admin.issued(username)));
    navigate("/admin/officials");
  });

  return (
    <Page title={t.admin.issueTitle} lead={t.admin.officialsLead} back={{ href: href("/admin/officials"), label: t.admin.officials }}>
      <ErrorSummary {...kit.summary} />
      <form class="form" noValidate onSubmit={submit}>
        <TextField {...kit.field("fullName")} label={t.admin.fullName} autoComplete="off" />
        <TextField {...kit.field("email")} label={t.admin.email} type="email" autoComplete="off" spellcheck={false} autoCapitalize="none" />
        <SelectField
          {...kit.field("group")}
          label={t.admin.group}
          placeholder=""
          options={officialGroups.map((g) => ({ value: g, label: t.official.groups[g] }))}
        />
        {group === "hr-officer" ? (
          <SelectField
            {...kit.field("stateBody")}
            label={t.admin.stateBody}
            hint={t.admin.stateBodyHint}
            placeholder={t.admin.chooseStateBody}
            options={byLabel(bodies.map((b) => ({ value: b.id, label: pick(b.name, lang) })), lang)}
          />
        ) : null}
        <ButtonGroup>
          <Button type="submit" busy={form.formState.isSubmitting} busyLabel={t.common.saving}>
            {t.admin.issue}
          </Button>
          <ButtonLink href={href("/admin/officials")} variant="secondary">
            {t.common.cancel}
          </ButtonLink>
        </ButtonGroup>
      </form>
    </Page>
  );
}

type Action = "reset" | "disable" | "enable";

function NewOfficial() {
  const { lang } = useI18n();
  const bodies = useApi<ListOf<StateBody>>("/state-bodies");
  if (bodies.error) return <LoadError message={pick(bodies.error.text, lang)} onRetry={bodies.reload} />;
  return bodies.data ? <IssueForm bodies={bodies.data.items} /> : <Loading />;
}

/** The list (`#/admin/officials`) and the issue form (`?new=1`) are separate views with their own state. */
export default function Officials({ query }: PageProps) {
  return query.get("new") ? <NewOfficial key="new" /> : <OfficialsList key="list" />;
}

function OfficialsList() {
  const { t, lang } = useI18n();
  const issued = useFlash();
  const [notice, setNotice] = useState<{ tone: "success" | "warning"; text: Bilingual } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const list = useApi<ListOf<OfficialAccount>>("/admin/officials", true);
  const bodies = useApi<ListOf<StateBody>>("/state-bodies");
  const bodyName = (id?: string) => (id ? pick(bodies.data?.items.find((b) => b.id === id)?.name, lang) || id : t.common.none);

  const act = async (o: OfficialAccount, action: Action) => {
    if (action === "reset" && !window.confirm(t.admin.confirmReset(o.username))) return;
    if (action === "disable" && !window.confirm(t.admin.confirmDisable(o.username))) return;
    setBusy(`${o.username}:${action}`);
    setNotice(null);
    try {
      await api.post(`/admin/officials/${encodeURIComponent(o.username)}/${action}`);
      const done = { reset: "resetDone", disable: "disableDone", enable: "enableDone" } as const;
      setNotice({ tone: "success", text: both((d) => d.admin[done[action]](o.username)) });
      list.reload();
    } catch (e) {
      setNotice({ tone: "warning", text: e instanceof ApiError ? e.text : both((d) => d.errors.unexpected) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Page title={t.admin.officials} lead={t.admin.officialsLead} back={{ href: href("/official"), label: t.nav.workspace }}>
      {issued ? <Notice tone="success" title={issued[lang]} /> : null}
      {notice ? <Notice tone={notice.tone} title={notice.text[lang]} /> : null}
      <p>
        <ButtonLink href={href("/admin/officials", { new: "1" })}>{t.admin.issue}</ButtonLink>
      </p>
      <ListTable
        list={list}
        empty={t.admin.noOfficials}
        caption={t.admin.officials}
        captionHidden
        order={(items) => sortByText(items, (o) => o.fullName || o.username, lang)}
        rowKey={(o) => o.username}
        columns={[
          {
            header: t.admin.fullName,
            cell: (o) => (
              <>
                <strong class="block">{o.fullName || o.username}</strong>
                <span class="block break">{o.email}</span>
                {o.username !== o.email ? <span class="block muted break">{o.username}</span> : null}
              </>
            ),
          },
          { header: t.admin.group, cell: (o) => o.groups.map((g) => t.official.groups[g as keyof typeof t.official.groups] ?? g).join(", ") },
          { header: t.admin.stateBody, cell: (o) => bodyName(o.stateBody) },
          {
            header: t.admin.status,
            cell: (o) => (
              <>
                <Tag tone={o.enabled ? "green" : "red"}>{o.enabled ? t.admin.enabled : t.admin.disabled}</Tag>{" "}
                <span class="block muted">{t.admin.cognitoStatus[o.status] ?? o.status}</span>
                {o.createdAt ? <span class="block muted">{formatDateTime(o.createdAt)}</span> : null}
              </>
            ),
          },
          {
            header: t.common.actions,
            cell: (o) => (
              <div class="btn-group btn-group--tight">
                <Button small variant="secondary" busy={busy === `${o.username}:reset`} busyLabel={t.common.loading} onClick={() => act(o, "reset")}>
                  {t.admin.reset}
                  <span class="visually-hidden">: {o.email}</span>
                </Button>
                {o.enabled ? (
                  <Button small variant="warning" busy={busy === `${o.username}:disable`} busyLabel={t.common.loading} onClick={() => act(o, "disable")}>
                    {t.admin.disable}
                    <span class="visually-hidden">: {o.email}</span>
                  </Button>
                ) : (
                  <Button small variant="secondary" busy={busy === `${o.username}:enable`} busyLabel={t.common.loading} onClick={() => act(o, "enable")}>
                    {t.admin.enable}
                    <span class="visually-hidden">: {o.email}</span>
                  </Button>
                )}
              </div>
            ),
          },
        ]}
      />
    </Page>
  );
}
