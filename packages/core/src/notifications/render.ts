import type { Bilingual } from "../errors.js";

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export interface Rendered {
  subject: string;
  text: string;
  html: string;
}

/** A message in both languages: Azerbaijani first (the default), English below. */
export interface BilingualMessage {
  subject: Bilingual;
  /** Paragraphs; user-supplied values arrive here already as plain text and are escaped for HTML. */
  paragraphs: Bilingual[];
  /** Bulleted reasons, e.g. refusal grounds. */
  list?: Bilingual[];
  requestNumber?: string;
  link?: string;
}

const footer: Bilingual = {
  az: "Azərbaycan Respublikasının Prezidenti yanında Dövlət Qulluğu Məsələləri üzrə Komissiya · eXidmet@csc.gov.az · (012) 465-34-71 (qaynar xətt). Xidmətin göstərilmə qaydasından inzibati qaydada və ya məhkəməyə şikayət verə bilərsiniz.",
  en: "Civil Service Commission under the President of the Republic of Azerbaijan · eXidmet@csc.gov.az · (012) 465-34-71 (hotline). You may complain about how the service was provided, administratively or in court.",
};

export function renderMessage(m: BilingualMessage): Rendered {
  const num = m.requestNumber ? { az: `Sorğunun nömrəsi: ${m.requestNumber}`, en: `Request number: ${m.requestNumber}` } : undefined;
  const langText = (lang: "az" | "en") =>
    [
      ...(num ? [num[lang]] : []),
      ...m.paragraphs.map((p) => p[lang]),
      ...(m.list ?? []).map((r) => `- ${r[lang]}`),
      ...(m.link ? [m.link] : []),
    ].join("\n\n");
  const langHtml = (lang: "az" | "en") =>
    [
      ...(num ? [`<p><strong>${escapeHtml(num[lang])}</strong></p>`] : []),
      ...m.paragraphs.map((p) => `<p>${escapeHtml(p[lang])}</p>`),
      ...(m.list?.length ? [`<ul>${m.list.map((r) => `<li>${escapeHtml(r[lang])}</li>`).join("")}</ul>`] : []),
      ...(m.link ? [`<p><a href="${escapeHtml(m.link)}">${escapeHtml(m.link)}</a></p>`] : []),
    ].join("\n");
  const subject = `${m.subject.az} / ${m.subject.en}${m.requestNumber ? ` [${m.requestNumber}]` : ""}`;
  return {
    subject,
    text: `${langText("az")}\n\n-- \n${footer.az}\n\n==== English ====\n\n${langText("en")}\n\n-- \n${footer.en}\n`,
    html: `<!doctype html><html lang="az"><body>${langHtml("az")}<p><small>${escapeHtml(footer.az)}</small></p><hr><div lang="en">${langHtml("en")}<p><small>${escapeHtml(footer.en)}</small></p></div></body></html>`,
  };
}
