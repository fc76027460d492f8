/**
 * `#/seniority` — the calculator (public) and, for a signed-in citizen, the request for the
 * certificate: identity (from the account), the periods, the labour-book scans. The figures are
 * computed as the citizen types by the very function the server runs.
 */
import { useMemo, useState } from "preact/hooks";
import type { SeniorityResult } from "@exidmet/core/seniority/compute";
import { calculateSchema, submitSchema } from "@exidmet/core/seniority/form";
import type { PageProps } from "../../lib/pages";
import { api, request } from "../../api/client";
import type { CitizenProfile } from "../../api/types";
import { useSession } from "../../auth/session";
import { useSchemaForm } from "../../forms/kit";
import { pick, useI18n, useTexts } from "../../i18n";
import { href, navigate } from "../../lib/router";
import { useApi } from "../../lib/useApi";
import { Button, ButtonGroup, ButtonLink, ErrorSummary, FileUpload, Fieldset, LoadError, Loading, Notice, Page, TextField } from "../../ui";
import { blankPeriod, type BracketsView, Convention, Figures, liveResult, PeriodsEditor, type PeriodForm, type RequestView, toPeriod } from "./parts";
import { texts } from "./texts";

interface CalcForm {
  email: string;
  idCard: string;
  fin: string;
  fullName: string;
  periods: PeriodForm[];
  scans: string[];
}

/** Made once per form: a doubled or retried submission of this form is one request. */
const newRequestKey = () =>
  typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID().replace(/-/g, "") : `${Date.now()}${Math.random().toString(36).slice(2)}`.replace(/[^A-Za-z0-9]/g, "");

function CalculatorForm({ brackets, profile }: { brackets: BracketsView; profile?: CitizenProfile }) {
  const tx = useTexts(texts);
  const citizen = !!profile;
  const requestKey = useMemo(newRequestKey, []);
  const schema = citizen ? submitSchema(brackets.today) : calculateSchema(brackets.today);
  const prepare = (v: CalcForm) =>
    citizen
      ? { email: v.email.trim(), idCard: v.idCard.trim(), fin: v.fin.trim(), fullName: v.fullName, periods: v.periods.map(toPeriod), scans: v.scans ?? [], requestKey }
      : { periods: v.periods.map(toPeriod) };
  const { form, kit } = useSchemaForm<CalcForm, typeof schema>(schema, {
    defaultValues: { email: profile?.email ?? "", idCard: profile?.idCard ?? "", fin: profile?.fin ?? "", fullName: profile?.name ?? "", periods: [blankPeriod()], scans: [] },
    prepare,
  });
  const [confirmed, setConfirmed] = useState<SeniorityResult | null>(null);
  const periods = form.watch("periods");
  const live = liveResult(periods, brackets);

  const submit = kit.onSubmit(async (body: Record<string, unknown>) => {
    if (citizen) {
      const created = await api.post<RequestView>("/me/seniority", body);
      navigate(`/seniority/requests/${created.id}`, { submitted: "1" });
    } else {
      setConfirmed(await request<SeniorityResult>("POST", "/seniority/calculate", { body }));
    }
  });

  return (
    <>
      <ErrorSummary {...kit.summary} />
      <form class="form form--wide" noValidate onSubmit={submit}>
          {citizen ? (
            <Fieldset legend={tx.identity}>
              <TextField {...kit.field("email")} label={tx.email} hint={tx.fromAccount} type="email" readOnly width="m" />
              <TextField {...kit.field("idCard")} label={tx.idCard} hint={tx.fromAccount} readOnly width="s" />
              <TextField {...kit.field("fin")} label={tx.fin} hint={profile?.fin ? tx.finHintAccount : tx.finHintTyped} readOnly={!!profile?.fin} width="s" autoCapitalize="characters" spellcheck={false} />
              <TextField {...kit.field("fullName")} label={tx.fullName} hint={tx.fullNameHint} autoComplete="name" />
            </Fieldset>
          ) : null}
          <PeriodsEditor form={form} kit={kit} />
          <Figures result={confirmed ?? live} live={!confirmed} />
          {citizen ? (
            <>
              <FileUpload name="scans" label={tx.scans} hint={tx.scansHint} purpose="labour-book" multiple error={kit.errorOf("scans")} onChange={(files) => form.setValue("scans", files.map((f) => f.uploadId))} />
              <ButtonGroup>
                <Button type="submit" busy={form.formState.isSubmitting} busyLabel={tx.submitting}>
                  {tx.submit}
                </Button>
              </ButtonGroup>
            </>
          ) : (
            <>
              {confirmed ? <Notice tone="success" title={tx.calculated} /> : null}
              <ButtonGroup>
                <Button type="submit" variant="secondary" busy={form.formState.isSubmitting} onClick={() => setConfirmed(null)}>
                  {tx.calculate}
                </Button>
              </ButtonGroup>
              <Notice title={tx.signInToSubmit}>
                <p>{tx.signInText}</p>
                <ButtonLink href={href("/sign-in", { next: "/seniority" })}>{tx.signInToSubmit}</ButtonLink>
              </Notice>
            </>
          )}
          <Convention />
      </form>
    </>
  );
}

export default function Calculator(_: PageProps) {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  const session = useSession();
  const citizen = session?.kind === "citizen";
  const brackets = useApi<BracketsView>("/seniority/brackets");
  const me = useApi<CitizenProfile>(citizen ? "/me" : null, true);
  const failed = brackets.error ?? me.error;
  return (
    <Page title={tx.calcTitle} caption={tx.serviceName} lead={tx.calcLead} back={{ href: href("/services/5"), label: tx.serviceName }}>
      {failed ? <LoadError message={pick(failed.text, lang)} onRetry={() => (brackets.error ? brackets.reload() : me.reload())} /> : null}
      {!failed && (!brackets.data || (citizen && !me.data)) ? <Loading /> : null}
      {brackets.data && (!citizen || me.data) ? <CalculatorForm key={citizen ? "citizen" : "public"} brackets={brackets.data} profile={citizen ? me.data : undefined} /> : null}
    </Page>
  );
}
