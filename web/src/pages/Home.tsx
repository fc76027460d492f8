import { useSession } from "../auth/session";
import { useI18n } from "../i18n";
import { href } from "../lib/router";
import { ButtonGroup, ButtonLink, Page, Tag } from "../ui";
import { availableServices, serviceNumbers } from "./services";

export default function Home() {
  const { t } = useI18n();
  const session = useSession();
  return (
    <Page title={t.home.title} lead={t.home.lead}>
      <div class="intro">
        <p>{t.home.registerOnce}</p>
        <ButtonGroup>
          <ButtonLink href={href("/competitions")}>{t.services.seeCompetitions}</ButtonLink>
          {!session ? (
            <ButtonLink href={href("/sign-up")} variant="secondary">
              {t.services.register}
            </ButtonLink>
          ) : null}
        </ButtonGroup>
      </div>

      <h2 class="section-title">{t.home.servicesTitle}</h2>
      <ol class="service-list">
        {serviceNumbers.map((n) => {
          const available = availableServices.includes(n);
          return (
            <li class="service-card" key={n}>
              <p class="service-card__meta">
                <span class="service-card__no">{t.services.serviceNo(n)}</span>
                <Tag tone={available ? "green" : "grey"}>{available ? t.common.available : t.common.comingSoon}</Tag>
              </p>
              <h3 class="service-card__title">
                <a href={href(`/services/${n}`)}>{t.services.names[n]}</a>
              </h3>
              <p class="service-card__text">{t.services.summaries[n]}</p>
              <p class="service-card__audience">
                <span class="muted">{t.services.audienceLabel}</span> {t.services.audience[n]}
              </p>
            </li>
          );
        })}
      </ol>

      <section class="panel" aria-labelledby="officials-title">
        <h2 class="section-title" id="officials-title">
          {t.nav.officials}
        </h2>
        <p>{t.home.officialsText}</p>
        <p>
          <a href={href("/official/sign-in")}>{t.official.signInTitle}</a>
        </p>
      </section>
    </Page>
  );
}
