import type { FunctionComponent } from "preact";
import { useEffect, useState } from "preact/hooks";
import { groupsOf, sessionStore, useSession } from "./auth/session";
import { useI18n } from "./i18n";
import { currentTarget, locationStore, match, navigate, useLocation } from "./lib/router";
import Home from "./pages/Home";
import NotFound, { Forbidden } from "./pages/NotFound";
import { missingConfig } from "./config";
import { Layout, LoadError, Loading, Notice } from "./ui";
import type { PageAccess, PageProps, PageRoute } from "./lib/pages";
import { routes as applicationPages } from "./pages/applications/routes";
import { routes as certificatePages } from "./pages/certificates/routes";
import { routes as ethicsPages } from "./pages/ethics/routes";
import { routes as registerPages } from "./pages/register/routes";
import { routes as resultPages } from "./pages/results/routes";
import { routes as seniorityPages } from "./pages/seniority/routes";
import { routes as trialTestPages } from "./pages/trial-tests/routes";

/** A build without its VITE_* configuration says so on every page instead of failing obscurely. */
const missing = missingConfig();

export type { PageProps } from "./lib/pages";

/** Every page but the home page is its own chunk, loaded when first visited. */
const routes: PageRoute[] = [
  { path: "/", access: "public", load: async () => ({ default: Home }) },
  { path: "/services/:n", access: "public", load: () => import("./pages/Service") },
  { path: "/competitions", access: "public", load: () => import("./pages/Competitions") },
  { path: "/competitions/:id", access: "public", load: () => import("./pages/Competition") },
  { path: "/sign-up", access: "public", load: () => import("./pages/SignUp") },
  { path: "/verify", access: "public", load: () => import("./pages/Verify") },
  { path: "/sign-in", access: "public", load: () => import("./pages/SignIn") },
  { path: "/my-requests", access: "citizen", load: () => import("./pages/MyRequests") },
  { path: "/official/sign-in", access: "public", load: () => import("./pages/OfficialSignIn") },
  { path: "/official", access: "official", load: () => import("./pages/OfficialHome") },
  { path: "/admin/state-bodies", access: "admin", load: () => import("./pages/admin/StateBodies") },
  { path: "/admin/officials", access: "admin", load: () => import("./pages/admin/Officials") },
  { path: "/admin/competitions/new", access: "admin", load: () => import("./pages/admin/Announce") },
  { path: "/admin/holidays", access: "admin", load: () => import("./pages/admin/Holidays") },
  ...applicationPages,
  ...resultPages,
  ...registerPages,
  ...seniorityPages,
  ...certificatePages,
  ...trialTestPages,
  ...ethicsPages,
];

const isOfficialPage = (access: PageAccess) => access !== "public" && access !== "citizen";
/** Pages of one officials' group; admins may open every officials' page. */
const groupAllows = (access: PageAccess, groups: readonly string[]) =>
  !isOfficialPage(access) || access === "official" || groups.includes(access) || groups.includes("admin");

const loaded = new Map<PageRoute, FunctionComponent<PageProps>>();

function resolve(path: string) {
  for (const route of routes) {
    const params = match(route.path, path);
    if (params) return { route, params };
  }
  return null;
}

function RoutePage({ route, props }: { route: PageRoute; props: PageProps }) {
  const { t } = useI18n();
  const [Comp, setComp] = useState<FunctionComponent<PageProps> | null>(() => loaded.get(route) ?? null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (Comp) return;
    let live = true;
    route
      .load()
      .then((m) => {
        loaded.set(route, m.default);
        if (live) setComp(() => m.default);
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [route]);
  if (failed) return <LoadError message={t.errors.network} onRetry={() => window.location.reload()} />;
  return Comp ? <Comp {...props} /> : <Loading />;
}

export function App() {
  const location = useLocation();
  const session = useSession();
  const { t } = useI18n();
  const found = resolve(location.path);
  const access = found?.route.access ?? "public";
  const needsCitizen = access === "citizen" && session?.kind !== "citizen";
  const needsOfficial = isOfficialPage(access) && session?.kind !== "official";

  useEffect(() => {
    // Effects run after paint: re-check against the state of now, not of this render.
    const now = resolve(locationStore.get().path)?.route.access ?? "public";
    const kind = sessionStore.get()?.kind;
    if (now === "citizen" && kind !== "citizen") navigate("/sign-in", { next: currentTarget() }, { replace: true });
    else if (isOfficialPage(now) && kind !== "official") navigate("/official/sign-in", { next: currentTarget() }, { replace: true });
  }, [needsCitizen, needsOfficial, location.seq]);

  useEffect(() => window.scrollTo(0, 0), [location.path]);

  let body;
  if (!found) body = <NotFound />;
  else if (needsCitizen || needsOfficial) body = <Loading />;
  else if (!groupAllows(access, groupsOf(session))) body = <Forbidden />;
  else body = <RoutePage key={found.route.path} route={found.route} props={{ params: found.params, query: location.query }} />;

  return (
    <Layout>
      {missing.length ? <Notice tone="warning" title={t.errors.configMissing(missing.join(", "))} /> : null}
      {body}
    </Layout>
  );
}
