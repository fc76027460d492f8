import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import { emailOf, groupsOf, signOut, useSession } from "../auth/session";
import { useI18n } from "../i18n";
import { href, navigate, useLocation } from "../lib/router";
import { upper } from "../lib/text";

function Logo() {
  return (
    <svg class="logo" viewBox="0 0 32 32" width="36" height="36" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="6" class="logo__bg" />
      <path d="M9 9h14v3H12.5v2.5H21v3h-8.5V20H23v3H9z" class="logo__fg" />
    </svg>
  );
}

function NavLink({ to, children, current }: { to: string; children: ComponentChildren; current: string }) {
  const active = to === "/" ? current === "/" : current === to || current.startsWith(`${to}/`);
  return (
    <li class="nav__item">
      <a class="nav__link" href={href(to)} aria-current={active ? "page" : undefined}>
        {children}
      </a>
    </li>
  );
}

export function Header() {
  const { t, lang, setLang } = useI18n();
  const session = useSession();
  const { path, seq } = useLocation();
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(false), [seq]);

  const onSignOut = () => {
    // Leave the protected page first, so no guard sends the user to sign in "to continue" there.
    navigate(session?.kind === "official" ? "/official/sign-in" : "/sign-in", { signedOut: "1" });
    void signOut();
  };

  return (
    <header class="header">
      <div class="header__bar">
        <div class="container header__top">
          <a class="header__brand" href="#/">
            <Logo />
            <span class="header__names">
              <span class="header__name">{t.common.appName}</span>
              <span class="header__org">{t.common.appTagline}</span>
            </span>
          </a>
          <div class="header__tools">
            {/* On a phone the button shows "EN"/"AZ"; its accessible name stays the language's full name. */}
            <button type="button" class="header__button" lang={t.lang.switchToCode} onClick={() => setLang(lang === "az" ? "en" : "az")}>
              <span class="lang-full">{t.lang.switchTo}</span>
              <span class="lang-short" aria-hidden="true">
                {upper(t.lang.switchToCode, "en")}
              </span>
            </button>
            <button type="button" class="header__button header__menu" aria-expanded={open ? "true" : "false"} aria-controls="main-nav" onClick={() => setOpen(!open)}>
              {t.common.menu}
            </button>
          </div>
        </div>
      </div>
      <nav id="main-nav" class={`nav${open ? " nav--open" : ""}`} aria-label={t.common.mainNav}>
        <div class="container nav__inner">
          <ul class="nav__list">
            <NavLink to="/" current={path}>
              {t.nav.services}
            </NavLink>
            <NavLink to="/competitions" current={path}>
              {t.nav.competitions}
            </NavLink>
            {session?.kind === "citizen" ? (
              <NavLink to="/my-requests" current={path}>
                {t.nav.myRequests}
              </NavLink>
            ) : null}
            {session?.kind === "official" ? (
              <NavLink to="/official" current={path}>
                {t.nav.workspace}
              </NavLink>
            ) : null}
            {!session ? (
              <>
                <NavLink to="/sign-in" current={path}>
                  {t.nav.signIn}
                </NavLink>
                <NavLink to="/sign-up" current={path}>
                  {t.nav.signUp}
                </NavLink>
                <NavLink to="/official/sign-in" current={path}>
                  {t.nav.officials}
                </NavLink>
              </>
            ) : null}
          </ul>
          {session ? (
            <div class="nav__user">
              <span class="nav__who">
                <span class="visually-hidden">{t.common.signedInAs} </span>
                {emailOf(session)}
                {session.kind === "official" && groupsOf(session).length ? ` · ${groupsOf(session).map((g) => t.official.groups[g as keyof typeof t.official.groups] ?? g).join(", ")}` : ""}
              </span>
              <button type="button" class="nav__link nav__signout" onClick={onSignOut}>
                {t.nav.signOut}
              </button>
            </div>
          ) : null}
        </div>
      </nav>
    </header>
  );
}

const phones = [
  { tel: "+994124658793", text: "(012) 465-87-93 (#202, #203, #204)" },
  { tel: "+994124652184", text: "(012) 465-21-84" },
  { tel: "+994124653471", text: "(012) 465-34-71", hotline: true },
];
const MAIL = "eXidmet@csc.gov.az";

export function Footer() {
  const { t } = useI18n();
  return (
    <footer class="footer">
      <div class="container footer__grid">
        <section class="footer__col" aria-labelledby="footer-org">
          <h2 class="footer__heading" id="footer-org">
            {t.footer.commission}
          </h2>
          <p>{t.common.free}</p>
          <p>
            <a class="footer__link" href={href("/official/sign-in")}>
              {t.nav.officials}
            </a>
          </p>
        </section>
        <section class="footer__col" aria-labelledby="footer-contacts">
          <h2 class="footer__heading" id="footer-contacts">
            {t.footer.contactsTitle}
          </h2>
          <p>
            {t.footer.questionsBefore}{" "}
            <a class="footer__link" href={`mailto:${MAIL}`}>
              {MAIL}
            </a>
            {t.footer.questionsAfter === "." ? "." : ` ${t.footer.questionsAfter}`}
          </p>
          <p class="footer__label">{t.footer.phonesLabel}</p>
          <ul class="footer__phones">
            {phones.map((p) => (
              <li key={p.tel}>
                <a class="footer__link footer__tap" href={`tel:${p.tel}`}>
                  {p.text}
                  {p.hotline ? ` (${t.footer.hotline})` : ""}
                </a>
              </li>
            ))}
          </ul>
        </section>
        <section class="footer__col" aria-labelledby="footer-complaint">
          <h2 class="footer__heading" id="footer-complaint">
            {t.footer.complaintTitle}
          </h2>
          <p>{t.footer.complaint1}</p>
          <p>
            {t.footer.complaint2Before}{" "}
            <a class="footer__link" href={`mailto:${MAIL}`}>
              {MAIL}
            </a>
            {t.footer.complaint2After === "." ? "." : ` ${t.footer.complaint2After}`}
          </p>
          <p>{t.footer.complaint3}</p>
        </section>
      </div>
      <div class="container footer__bottom">
        <p>© {new Date().getFullYear()} {t.footer.commission}</p>
      </div>
    </footer>
  );
}

export function Layout({ children }: { children: ComponentChildren }) {
  const { t } = useI18n();
  return (
    <>
      <a
        href="#main"
        class="skip-link"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById("main")?.focus();
        }}
      >
        {t.common.skipToContent}
      </a>
      <Header />
      <main id="main" class="main" tabIndex={-1}>
        <div class="container">{children}</div>
      </main>
      <Footer />
    </>
  );
}
