import type { ListOf, OfficialProfile, StateBody } from "../api/types";
import { groupsOf, useSession } from "../auth/session";
import { pick, useI18n } from "../i18n";
import { href } from "../lib/router";
import { useApi } from "../lib/useApi";
import { LoadError, Page, SummaryList, Tag } from "../ui";
import { groupServices, type ServiceNo } from "./services";
import { workPages } from "./work-pages";
import { useTexts } from "../i18n";
import { texts as applicationTexts } from "./applications/texts";

const adminPages = [
  { path: "/admin/competitions/new", key: "announce" },
  { path: "/admin/state-bodies", key: "stateBodies" },
  { path: "/admin/officials", key: "officials" },
  { path: "/admin/holidays", key: "holidays" },
] as const;

export default function OfficialHome() {
  const { t, lang } = useI18n();
  const session = useSession();
  const me = useApi<OfficialProfile>("/officials/me", true);
  const groups = me.data?.groups ?? groupsOf(session);
  const stateBodyId = me.data?.stateBody ?? (session?.claims["custom:stateBody"] as string | undefined);
  const bodies = useApi<ListOf<StateBody>>(stateBodyId ? "/state-bodies" : null);
  const body = bodies.data?.items.find((b) => b.id === stateBodyId);
  const services = [...new Set(groups.flatMap((g) => groupServices[g] ?? []))].sort() as ServiceNo[];
  const groupName = (g: string) => t.official.groups[g as keyof typeof t.official.groups] ?? g;
  const tx = useTexts(applicationTexts);
  const pages = workPages.filter((p) => p.groups.some((g) => groups.includes(g)));

  return (
    <Page title={t.official.homeTitle} lead={t.official.homeLead}>
      {me.error ? <LoadError message={pick(me.error.text, lang)} onRetry={me.reload} /> : null}
      <section class="panel" aria-labelledby="official-profile">
        <h2 class="section-title" id="official-profile">
          {t.official.profile}
        </h2>
        <SummaryList
          rows={[
            [t.official.username, me.data?.username ?? String(session?.claims["cognito:username"] ?? "")],
            [t.account.email, me.data?.email ?? String(session?.claims.email ?? "")],
            [t.official.group, groups.map(groupName).join(", ") || t.common.none],
            ...(stateBodyId ? ([[t.official.stateBody, body ? pick(body.name, lang) : stateBodyId]] as [string, string][]) : []),
          ]}
        />
      </section>

      {groups.includes("admin") ? (
        <section aria-labelledby="admin-sections">
          <h2 class="section-title" id="admin-sections">
            {t.official.adminSections}
          </h2>
          <ul class="tile-list">
            {adminPages.map((p) => (
              <li class="tile" key={p.path}>
                <a class="tile__link" href={href(p.path)}>
                  {t.admin[p.key]}
                </a>
                <p class="tile__text">{t.admin[`${p.key}Lead`]}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {pages.length ? (
        <section aria-labelledby="work-pages">
          <h2 class="section-title" id="work-pages">
            {tx.officer.queueTitle}
          </h2>
          <ul class="tile-list">
            {pages.map((p) => (
              <li class="tile" key={p.path}>
                <a class="tile__link" href={href(p.path)}>
                  {pick(p.title, lang)}
                </a>
                <p class="tile__text">{pick(p.lead, lang)}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {services.length ? (
        <section aria-labelledby="work-queues">
          <h2 class="section-title" id="work-queues">
            {t.official.workQueues}
          </h2>
          <p>{t.official.queuesSoon}</p>
          <ul class="tile-list">
            {services.map((n) => (
              <li class="tile" key={n}>
                <p class="tile__meta">
                  <span class="muted">{t.services.serviceNo(n)}</span> <Tag tone="grey">{t.common.comingSoon}</Tag>
                </p>
                <a class="tile__link" href={href(`/services/${n}`)}>
                  {t.services.names[n]}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Page>
  );
}
