import { useSession } from "../../auth/session";
import { groupsOf } from "../../auth/session";
import { useTexts } from "../../i18n";
import { href } from "../../lib/router";
import { LinkButtons } from "../../ui";
import { texts } from "./texts";

/** The service page's links of services 2 and 4, by who is signed in. */
export function ResultsServiceLinks({ n }: { n: 2 | 4 }) {
  const tx = useTexts(texts);
  const session = useSession();
  const groups = groupsOf(session);
  const links: { path: string; label: string }[] = [];
  if (session?.kind === "citizen") links.push({ path: "/results/mine", label: tx.mine.title });
  if (n === 2 && groups.includes("hr-officer")) links.push({ path: "/hr/results", label: tx.hr.title });
  if (n === 2 && (groups.includes("it-officer") || groups.includes("admin"))) links.push({ path: "/officer/results", label: tx.officer.title });
  if (n === 4 && ["hr-officer", "selection-officer", "it-officer"].some((g) => groups.includes(g))) links.push({ path: "/hr/reserve", label: tx.reserve.title });
  if (n === 4 && groups.includes("selection-officer")) links.push({ path: "/officer/reserve", label: tx.keep.title });
  return <LinkButtons links={links.map((l) => ({ href: href(l.path), label: l.label }))} />;
}
