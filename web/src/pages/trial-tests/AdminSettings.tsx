/** Service 6, the Commission admin: the test's composition per topic and its time limit. */
import { settingsSchema } from "@exidmet/core/trial-tests/schemas";
import { topicIds, topicNames, type TopicId } from "@exidmet/core/trial-tests/topics";
import { useState } from "preact/hooks";
import { api } from "../../api/client";
import { useSchemaForm } from "../../forms/kit";
import { pick, useI18n, useTexts } from "../../i18n";
import type { PageProps } from "../../lib/pages";
import { href } from "../../lib/router";
import { useApi } from "../../lib/useApi";
import { Button, ErrorSummary, LoadError, Loading, Notice, Page, TextField } from "../../ui";
import { texts } from "./texts";

interface Settings {
  composition: Record<TopicId, number>;
  timeLimitMinutes: number;
  version: number;
  activeQuestions: Record<TopicId, number>;
}
interface SettingsForm {
  composition: Record<TopicId, string>;
  timeLimitMinutes: string;
}

const num = (v: string) => (v.trim() === "" ? undefined : Number(v));

function SettingsEditor({ settings, onSaved }: { settings: Settings; onSaved: () => void }) {
  const tx = useTexts(texts);
  const { t, lang } = useI18n();
  const { form, kit } = useSchemaForm<SettingsForm, typeof settingsSchema>(settingsSchema, {
    defaultValues: {
      composition: Object.fromEntries(topicIds.map((x) => [x, String(settings.composition[x])])) as Record<TopicId, string>,
      timeLimitMinutes: String(settings.timeLimitMinutes),
    },
    prepare: (v) => ({
      composition: Object.fromEntries(topicIds.map((x) => [x, num(v.composition[x])])),
      timeLimitMinutes: num(v.timeLimitMinutes),
      version: settings.version,
    }),
  });
  const submit = kit.onSubmit(async (body) => {
    await api.put("/admin/trial-tests/settings", body);
    onSaved();
  });
  return (
    <>
      <ErrorSummary {...kit.summary} />
      <form class="form" noValidate onSubmit={submit}>
        {topicIds.map((x) => (
          <TextField key={x} {...kit.field(`composition.${x}`)} label={pick(topicNames[x], lang)} hint={tx.activeQuestions(settings.activeQuestions[x])} type="number" inputMode="numeric" width="xs" />
        ))}
        <TextField {...kit.field("timeLimitMinutes")} label={tx.timeLimitLabel} type="number" inputMode="numeric" width="xs" />
        <Button type="submit" busy={form.formState.isSubmitting} busyLabel={t.common.saving}>
          {t.common.save}
        </Button>
      </form>
    </>
  );
}

export default function AdminSettings(_: PageProps) {
  const tx = useTexts(texts);
  const { t, lang } = useI18n();
  const settings = useApi<Settings>("/admin/trial-tests/settings", true);
  const [saved, setSaved] = useState(0);
  return (
    <Page title={tx.settingsTitle} lead={tx.settingsLead} back={{ href: href("/admin/questions"), label: tx.adminTitle }}>
      {saved ? <Notice tone="success" title={t.common.saved} /> : null}
      {settings.loading && !settings.data ? <Loading /> : null}
      {settings.error ? <LoadError message={pick(settings.error.text, lang)} onRetry={settings.reload} /> : null}
      {settings.data && !settings.loading ? (
        <SettingsEditor
          key={`${settings.data.version}:${saved}`}
          settings={settings.data}
          onSaved={() => {
            setSaved((n) => n + 1);
            settings.reload();
          }}
        />
      ) : null}
    </Page>
  );
}
