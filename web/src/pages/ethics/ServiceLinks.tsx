/** Service 7's part of its service page (`#/services/7`): where a citizen files and the legal sector works. */
import { groupsOf, useSession } from "../../auth/session";
import { useTexts } from "../../i18n";
import { href } from "../../lib/router";
import { ButtonGroup, ButtonLink } from "../../ui";
import { texts } from "./texts";

export function EthicsServiceLinks() {
  const tx = useTexts(texts);
  const session = useSession();
  const legal = session?.kind === "official" && groupsOf(session).includes("legal-officer");
  return (
    <>
      <p>{tx.lead}</p>
      <p>{tx.privacy}</p>
      <ButtonGroup>
        {legal ? (
          <ButtonLink href={href("/legal/complaints")}>{tx.legal.queueTitle}</ButtonLink>
        ) : session?.kind === "official" ? null : (
          <>
            <ButtonLink href={href("/ethics/complaints/new")}>{tx.startComplaint}</ButtonLink>
            {session ? (
              <ButtonLink href={href("/my-requests")} variant="secondary">
                {tx.myRequests}
              </ButtonLink>
            ) : null}
          </>
        )}
      </ButtonGroup>
    </>
  );
}
