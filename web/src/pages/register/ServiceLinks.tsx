import { groupsOf, useSession } from "../../auth/session";
import { useTexts } from "../../i18n";
import { href } from "../../lib/router";
import { LinkButtons } from "../../ui";
import { texts } from "./texts";

/** The service page's links of service 3, by who is signed in. */
export function RegisterServiceLinks() {
  const tx = useTexts(texts);
  const session = useSession();
  const groups = groupsOf(session);
  const links: { path: string; label: string }[] = [];
  if (session?.kind === "citizen") links.push({ path: "/register/me", label: tx.links.mine });
  if (groups.includes("hr-officer")) links.push({ path: "/hr/register", label: tx.links.hrSearch }, { path: "/hr/register/statistics", label: tx.links.hrStats });
  if (groups.includes("it-officer")) links.push({ path: "/officer/register-requests", label: tx.links.queue });
  if (groups.includes("admin")) links.push({ path: "/admin/register", label: tx.links.admin });
  return <LinkButtons links={links.map((l) => ({ href: href(l.path), label: l.label }))} />;
}
