import type { PageProps } from "../lib/pages";
import { useSession } from "../auth/session";
import { useI18n } from "../i18n";
import { href } from "../lib/router";
import { ButtonGroup, ButtonLink, Notice, Page, SummaryList, Tag } from "../ui";
import NotFound from "./NotFound";
import { availableServices, serviceNumbers, type ServiceNo } from "./services";
import { EthicsServiceLinks } from "./ethics/ServiceLinks";
import { ResultsServiceLinks } from "./results/ServiceLinks";
import { SeniorityServiceLinks } from "./seniority/ServiceLinks";
import { RegisterServiceLinks } from "./register/ServiceLinks";
import { TrialTestsServiceLinks } from "./trial-tests/ServiceLinks";

export default function Service({ params }: PageProps) {
  const { t } = useI18n();
  const session = useSession();
  const n = Number(params.n) as ServiceNo;
  if (!serviceNumbers.includes(n)) return <NotFound />;
  const available = availableServices.includes(n);
  const register = !session ? (
    <ButtonLink href={href("/sign-up")} variant={n === 1 ? "secondary" : "primary"}>
      {t.services.register}
    </ButtonLink>
  ) : null;

  return (
    <Page title={t.services.names[n]} caption={t.services.serviceNo(n)} back={{ href: href("/"), label: t.nav.services }}>
      <p class="page__lead">{t.services.summaries[n]}</p>
      <SummaryList
        rows={[
          [t.services.audienceLabel.replace(/:$/, ""), t.services.audience[n]],
          [t.requests.status, <Tag tone={available ? "green" : "grey"}>{available ? t.common.available : t.common.comingSoon}</Tag>],
        ]}
      />
      {n === 1 ? (
        <>
          <Notice title={t.services.s1HowTitle}>
            <p>{t.services.s1HowText}</p>
          </Notice>
          <ButtonGroup>
            <ButtonLink href={href("/competitions")}>{t.services.seeCompetitions}</ButtonLink>
            {register}
          </ButtonGroup>
          <h2 class="section-title">{t.services.termsTitle}</h2>
          {t.services.s1Terms.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </>
      ) : n === 2 || n === 4 ? (
        <>{register ? <ButtonGroup>{register}</ButtonGroup> : <ResultsServiceLinks n={n} />}</>
      ) : n === 3 ? (
        <>{register ? <ButtonGroup>{register}</ButtonGroup> : <RegisterServiceLinks />}</>
      ) : n === 5 ? (
        <SeniorityServiceLinks />
      ) : n === 6 ? (
        <TrialTestsServiceLinks />
      ) : n === 7 ? (
        <EthicsServiceLinks />
      ) : (
        <>
          <Notice title={<><Tag tone="grey">{t.common.comingSoon}</Tag> {t.services.placeholderTitle}</>}>
            <p>{t.services.placeholderText}</p>
          </Notice>
          {register ? <ButtonGroup>{register}</ButtonGroup> : null}
        </>
      )}
      <p class="muted">{t.common.free}</p>
    </Page>
  );
}
