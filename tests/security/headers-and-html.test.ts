/**
 * HTML in any text field is shown as text, never executed: in e-mails (every text is escaped) and
 * in the web app (no raw-HTML sinks in its source; a CSP without inline scripts). Security headers
 * on the web app and the API; CORS only for the web origin, with the headers the web app needs.
 */
import fs from "node:fs";
import path from "node:path";
import { renderMessage } from "@exidmet/core/notifications/render";
import { securityHeaders } from "@exidmet/local/web-server/server";
import { beforeAll, describe, expect, it } from "vitest";
import { validForm } from "../../packages/core/test/fixtures.js";
import { api, localCloud, mailbox, signInAs } from "../setup/local-cloud.js";
import { newCitizen, recordFigures } from "./support.js";

const hostile = ['<script>alert("x")</script>', "<img src=x onerror=alert(1)>", '"><svg onload=alert(1)>', "javascript:alert(1)", "</p><a href=//evil.example>klik</a>"];
const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : /\.(tsx?|jsx?)$/.test(e.name) ? [p] : [];
  });
}

describe("HTML is text, never markup", () => {
  it("every text of an e-mail is escaped (subject, paragraphs, list, link)", () => {
    for (const h of hostile) {
      const { html, text } = renderMessage({ subject: { az: h, en: h }, paragraphs: [{ az: h, en: h }], list: [{ az: h, en: h }], link: `https://exidmet.example/#/x?${h}` } as never);
      // Only our own tags remain: every "<" of the hostile text arrives as "&lt;".
      expect(html).not.toMatch(/<script|<img|<svg|<a href=\/\/evil|"><svg/i);
      expect(html).toContain(h.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;"));
      expect(text).toContain(h); // the plain-text part shows it as typed
    }
  });

  it("an officer's reason with HTML reaches the citizen's e-mail as text", async () => {
    const c = await newCitizen("sec-html");
    const token = await signInAs("citizens", c.email, c.password);
    const competitions = await api("GET", "/competitions");
    const vacancy = (competitions.body as { items: { vacancies: { id: string; positionCode: string }[] }[] }).items.flatMap((x) => x.vacancies).find((v) => v.positionCode === "VN-06-0317")!;
    const form = validForm();
    form.identity.idCardNumber = c.idCard;
    form.contact.email = c.email;
    form.education[0]!.specialtyCode = "050403";
    const submitted = await api("POST", `/me/applications/${vacancy.id}/submit`, { token, body: form });
    expect(submitted.status).toBeLessThan(300);
    const app = submitted.body as { id: string; status: string };
    const it = await signInAs("officials", "it.officer", "Texnologiya2025");
    const refused = await api("POST", `/officer/applications/${app.id}/refuse`, { token: it, body: { reasons: [`Sənəd natamamdır ${hostile[1]} ${hostile[0]}`] } });
    expect(refused.status, JSON.stringify(refused.body)).toBe(200);
    const mails = await mailbox(c.email);
    const withReason = mails.filter((m) => (m.body.text ?? "").includes("Sənəd natamamdır"));
    expect(withReason.length).toBeGreaterThan(0);
    for (const m of withReason) {
      expect(m.body.html).not.toMatch(/<img src=x|<script>/i);
      expect(m.body.html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    }
    // The officer's view shows it back as data (JSON), not markup.
    const view = await api("GET", `/officer/applications/${app.id}`, { token: it });
    expect(view.headers.get("content-type")).toMatch(/^application\/json/);
  });

  it("the web app has no raw-HTML sinks (dangerouslySetInnerHTML, innerHTML, eval) in its source", () => {
    const offenders = sourceFiles(path.join(root, "web/src")).flatMap((f) => {
      const text = fs.readFileSync(f, "utf8");
      return /dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/.test(text) ? [path.relative(root, f)] : [];
    });
    expect(offenders).toEqual([]);
  });

  it("the built web app has no inline scripts or inline event handlers", async () => {
    const res = await fetch(localCloud().urls.web);
    const html = await res.text();
    if (!/<script/i.test(html)) return; // EXIDMET_TEST_WEB=0: the placeholder page
    for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) expect(tag).toMatch(/\bsrc=/);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });
});

describe("security headers and CORS", () => {
  let webHeaders: Headers;
  beforeAll(async () => {
    webHeaders = (await fetch(localCloud().urls.web)).headers;
  });

  it("the web app: CSP without inline scripts, frame-ancestors 'none', nosniff, DENY framing; HSTS in the deployed config", () => {
    const csp = webHeaders.get("content-security-policy") ?? "";
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? "";
    expect(scriptSrc).toBe("'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(webHeaders.get("x-content-type-options")).toBe("nosniff");
    expect(webHeaders.get("x-frame-options")).toBe("DENY");
    expect(securityHeaders([])["content-security-policy"]).toBe(csp.replace(/connect-src [^;]+/, "connect-src 'self' "));
    // HSTS only where there is TLS: the CloudFront policy (also asserted on the synthesized template in tests/synth).
    const web = fs.readFileSync(path.join(root, "stacks/Web.ts"), "utf8");
    expect(web).toMatch(/strictTransportSecurity: \{ accessControlMaxAge: Duration\.days\(365\), includeSubdomains: true/);
  });

  it("the API: JSON with nosniff and no caching of personal data", async () => {
    const c = await newCitizen("sec-hdr");
    const res = await api("GET", "/me", { token: await signInAs("citizens", c.email, c.password) });
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("CORS only for the web origin; preflights allow the token, JSON and the idempotency key; Retry-After readable", async () => {
    const { urls } = localCloud();
    const webOrigin = new URL(urls.web).origin;
    const preflight = (origin: string) =>
      fetch(`${urls.api}/me/uploads`, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "authorization,content-type,idempotency-key" } });
    const ok = await preflight(webOrigin);
    expect(ok.headers.get("access-control-allow-origin")).toBe(webOrigin);
    const allowed = (ok.headers.get("access-control-allow-headers") ?? "").split(",");
    expect(allowed).toEqual(expect.arrayContaining(["authorization", "content-type", "idempotency-key"]));
    for (const evil of ["https://evil.example", "null", `${webOrigin}.evil.example`, webOrigin.replace("http://", "https://")]) {
      expect((await preflight(evil)).headers.get("access-control-allow-origin")).toBeNull();
      expect((await fetch(`${urls.api}/competitions`, { headers: { origin: evil } })).headers.get("access-control-allow-origin")).toBeNull();
    }
    const simple = await fetch(`${urls.api}/competitions`, { headers: { origin: webOrigin } });
    expect(simple.headers.get("access-control-expose-headers")).toContain("retry-after");
    // The deployed API's CORS lists the same headers.
    const stack = fs.readFileSync(path.join(root, "stacks/Api.ts"), "utf8");
    expect(stack).toContain('corsAllowedHeaders = ["authorization", "content-type", "idempotency-key"]');
    expect(stack).toContain('corsExposedHeaders = ["retry-after"]');
    recordFigures("headers-and-html", { hostileStrings: hostile.length, originsRefused: 4 });
  });
});
