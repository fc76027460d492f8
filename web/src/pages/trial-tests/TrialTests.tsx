/** Service 6, the citizen's page: what the test contains, the registration form and start, the retake date, past results. */
import { registrationSchema } from "@exidmet/core/trial-tests/schemas";
import type { OverviewView } from "@exidmet/core/trial-tests/views";
import { useState } from "preact/hooks";
import { api } from "../../api/client";
import { useSchemaForm } from "../../forms/kit";
import { pick, useI18n, useTexts } from "../../i18n";
import { formatDate, formatDateTime, parseDate, todayInBaku } from "../../lib/format";
import type { PageProps } from "../../lib/pages";
import { href, navigate } from "../../lib/router";
import { useApi } from "../../lib/useApi";
import { Button, ButtonGroup, ButtonLink, CheckboxField, DateField, ErrorSummary, LoadError, Loading, Notice, Page, Table, TextField } from "../../ui";
import { texts } from "./texts";
import { minutesLeft } from "./time";

interface FormValues {
  lastName: string;
  firstName: string;
  patronymic: string;
  birthDate: string;
  idCard: string;
  email: string;
  confirmed: boolean;
}


function RegistrationForm({ account, onStarted }: { account: OverviewView["account"]; onStarted: (id: string) => void }) {
  const tx = useTexts(texts);
  const schema = registrationSchema({ today: todayInBaku(), accountIdCard: account.idCard });
  const { form, kit } = useSchemaForm<FormValues, typeof schema>(schema, {
    defaultValues: { lastName: "", firstName: "", patronymic: "", birthDate: "", idCard: account.idCard, email: account.email, confirmed: false },
    prepare: (v) => ({ ...v, birthDate: parseDate(v.birthDate), patronymic: v.patronymic.trim() || undefined }),
  });
  const submit = kit.onSubmit(async (body) => {
    const attempt = await api.post<{ id: string }>("/me/trial-tests", body);
    onStarted(attempt.id);
  });
  return (
    <section aria-labelledby="trial-form">
      <h2 class="section-title" id="trial-form">
        {tx.formTitle}
      </h2>
      <p>{tx.formLead}</p>
      <ErrorSummary {...kit.summary} />
      <form class="form" noValidate onSubmit={submit}>
        <TextField {...kit.field("lastName")} label={tx.lastName} autoComplete="family-name" />
        <TextField {...kit.field("firstName")} label={tx.firstName} autoComplete="given-name" />
        <TextField {...kit.field("patronymic")} label={tx.patronymic} optional autoComplete="additional-name" />
        <DateField {...kit.field("birthDate")} label={tx.birthDate} />
        <TextField {...kit.field("idCard")} label={tx.idCard} hint={tx.idCardHint} width="m" autoCapitalize="characters" spellcheck={false} />
        <TextField {...kit.field("email")} label={tx.email} hint={tx.emailHint} type="email" autoComplete="email" spellcheck={false} />
        <CheckboxField {...kit.field("confirmed")} label={tx.confirm} />
        <ButtonGroup>
          <Button type="submit" busy={form.formState.isSubmitting} busyLabel={tx.starting}>
            {tx.start}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

export default function TrialTests(_: PageProps) {
  const tx = useTexts(texts);
  const { lang } = useI18n();
  const overview = useApi<OverviewView>("/me/trial-tests", true);
  const [reminder, setReminder] = useState<{ busy: boolean; error?: string }>({ busy: false });
  const o = overview.data;

  const remind = async () => {
    setReminder({ busy: true });
    try {
      await api.post("/me/trial-tests/retake-reminder", {});
      setReminder({ busy: false });
      overview.reload();
    } catch (e) {
      setReminder({ busy: false, error: pick((e as { text?: { az: string; en: string } }).text, lang) });
    }
  };

  return (
    <Page title={tx.title} lead={tx.lead} caption={tx.serviceName} back={{ href: href("/services/6"), label: tx.serviceName }}>
      {overview.loading && !o ? <Loading /> : null}
      {overview.error ? <LoadError message={pick(overview.error.text, lang)} onRetry={overview.reload} /> : null}
      {o ? (
        <>
          <section aria-labelledby="trial-composition">
            <h2 class="section-title" id="trial-composition">
              {tx.composition}
            </h2>
            <p>
              <strong>{tx.questionsTotal(o.settings.totalQuestions)}</strong> · {tx.timeLimit(o.settings.timeLimitMinutes)}
            </p>
            <Table caption={tx.composition} captionHidden columns={[{ header: tx.topic, cell: (r) => pick(r.name, lang) }, { header: tx.questions, cell: (r) => r.questions, numeric: true }]} rows={o.topics} rowKey={(r) => r.topic} />
            <ul class="list">
              {tx.rules.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </section>

          {o.current ? (
            <Notice title={tx.inProgress}>
              <p>{tx.inProgressText(minutesLeft(o.current.secondsLeft))}</p>
              <ButtonLink href={href(`/trial-tests/${o.current.id}`)}>{tx.continue}</ButtonLink>
            </Notice>
          ) : o.retakeFrom ? (
            <Notice tone="warning" title={tx.retakeTitle}>
              <p>{tx.retakeText(formatDateTime(o.retakeFrom))}</p>
              {o.reminderRequested ? (
                <p role="status">{tx.reminderSet(formatDate(new Date(Date.parse(o.retakeFrom) + 4 * 3_600_000).toISOString()))}</p>
              ) : (
                <Button variant="secondary" busy={reminder.busy} onClick={remind}>
                  {tx.remindMe}
                </Button>
              )}
              {reminder.error ? <p class="field__error">{reminder.error}</p> : null}
            </Notice>
          ) : (
            <RegistrationForm account={o.account} onStarted={(id) => navigate(`/trial-tests/${id}`)} />
          )}

          {o.previous.length ? (
            <section aria-labelledby="trial-previous">
              <h2 class="section-title" id="trial-previous">
                {tx.previous}
              </h2>
              <Table
                caption={tx.previous}
                captionHidden
                columns={[
                  { header: tx.number, cell: (p) => <a href={href(`/trial-tests/${p.id}`)}>{p.number}</a> },
                  { header: tx.date, cell: (p) => formatDateTime(p.startedAt) },
                  { header: tx.score, cell: (p) => (p.result ? `${p.result.right} / ${p.result.total} (${p.result.percent}%)` : tx.status[p.status] ?? p.status) },
                ]}
                rows={o.previous}
                rowKey={(p) => p.id}
              />
            </section>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
