import { groupsOf, useSession } from "../../auth/session";
import { useTexts } from "../../i18n";
import { href } from "../../lib/router";
import { ButtonGroup, ButtonLink } from "../../ui";
import { texts } from "./texts";

/** The service page's links of service 5: the calculator for everyone, the queue for the legal sector. */
export function SeniorityServiceLinks() {
  const tx = useTexts(texts);
  const groups = groupsOf(useSession());
  return (
    <ButtonGroup>
      <ButtonLink href={href("/seniority")}>{tx.serviceLinks.calc}</ButtonLink>
      {groups.includes("legal-officer") || groups.includes("admin") ? (
        <ButtonLink href={href("/legal/seniority")} variant="secondary">
          {tx.serviceLinks.queue}
        </ButtonLink>
      ) : null}
    </ButtonGroup>
  );
}
