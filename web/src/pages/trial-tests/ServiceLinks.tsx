/** Service 6 on its service page: start (citizens), or the question bank and settings (admins). */
import { useSession } from "../../auth/session";
import { href } from "../../lib/router";
import { useTexts } from "../../i18n";
import { ButtonGroup, ButtonLink } from "../../ui";
import { texts } from "./texts";

export function TrialTestsServiceLinks() {
  const tx = useTexts(texts);
  const session = useSession();
  const groups = (session?.claims["cognito:groups"] as string[] | undefined) ?? [];
  return (
    <>
      <ul class="list">
        {tx.rules.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <ButtonGroup>
        {session?.kind === "official" ? null : <ButtonLink href={href("/trial-tests")}>{tx.start}</ButtonLink>}
        {groups.includes("admin") ? (
          <>
            <ButtonLink variant="secondary" href={href("/admin/questions")}>
              {tx.adminTitle}
            </ButtonLink>
            <ButtonLink variant="secondary" href={href("/admin/trial-tests/settings")}>
              {tx.settingsTitle}
            </ButtonLink>
          </>
        ) : null}
      </ButtonGroup>
    </>
  );
}
