/**
 * The certificate as a PDF (A4, Azerbaijani first, English beneath each line), with the code and a
 * QR code of the public check. pdf-lib + fontkit with an embedded DejaVu Sans subset (Azerbaijani
 * letters are not in the PDF standard fonts); long tables continue on further pages.
 */
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, type PDFFont, type PDFPage, rgb } from "pdf-lib";
import QRCode from "qrcode";
import type { Bilingual } from "../errors.js";
import { type CertificateContent, certificateKindTitles, verificationUrl } from "./certificate.js";
import { boldBase64, regularBase64 } from "./fonts/dejavu-sans.js";

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const BLUE = rgb(0.043, 0.29, 0.49);
const GREY = rgb(0.3, 0.34, 0.38);

const issuer: Bilingual = {
  az: "Azərbaycan Respublikasının Prezidenti yanında Dövlət Qulluğu Məsələləri üzrə Komissiya",
  en: "Civil Service Commission under the President of the Republic of Azerbaijan",
};

const bytes = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
const displayDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

class Writer {
  page!: PDFPage;
  y = 0;
  constructor(
    private readonly doc: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
  ) {
    this.newPage();
  }
  newPage() {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }
  ensure(height: number) {
    if (this.y - height < MARGIN + 40) this.newPage();
  }
  /** Wrapped text; returns the height used. */
  text(value: string, opts: { size?: number; bold?: boolean; color?: ReturnType<typeof rgb>; x?: number; width?: number } = {}) {
    const size = opts.size ?? 10;
    const font = opts.bold ? this.bold : this.regular;
    const x = opts.x ?? MARGIN;
    const width = opts.width ?? A4[0] - MARGIN - x;
    for (const line of wrap(value, font, size, width)) {
      this.ensure(size * 1.35);
      this.page.drawText(line, { x, y: this.y - size, size, font, color: opts.color ?? rgb(0.1, 0.12, 0.14) });
      this.y -= size * 1.35;
    }
  }
  gap(h: number) {
    this.y -= h;
  }
}

function wrap(value: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of value.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/)) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) <= width || !line) line = next;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

export async function renderCertificatePdf(content: CertificateContent, code: string, webOrigin: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const title = certificateKindTitles[content.kind];
  doc.setTitle(`${title.az} — ${code}`);
  doc.setAuthor(issuer.en);
  doc.setCreationDate(new Date(`${content.issuedOn}T00:00:00Z`));
  doc.setModificationDate(new Date(`${content.issuedOn}T00:00:00Z`));
  const w = new Writer(doc, await doc.embedFont(bytes(regularBase64), { subset: true }), await doc.embedFont(bytes(boldBase64), { subset: true }));

  w.text(issuer.az, { size: 9, color: GREY });
  w.text(issuer.en, { size: 9, color: GREY });
  w.gap(18);
  w.text(title.az, { size: 17, bold: true, color: BLUE, width: 360 });
  w.text(title.en, { size: 12, color: BLUE, width: 360 });
  w.gap(14);

  const url = verificationUrl(webOrigin, code);
  const qr = await doc.embedPng(await QRCode.toBuffer(url, { errorCorrectionLevel: "M", margin: 1, width: 240 }));
  w.page.drawImage(qr, { x: A4[0] - MARGIN - 110, y: A4[1] - MARGIN - 150, width: 110, height: 110 });

  const fact = (label: Bilingual, value: Bilingual | string, strong = false) => {
    const v = typeof value === "string" ? { az: value, en: value } : value;
    w.ensure(40);
    w.text(`${label.az} / ${label.en}`, { size: 8.5, color: GREY, width: 360 });
    w.text(v.az, { size: strong ? 14 : 11, bold: true, width: 360 });
    if (v.en !== v.az) w.text(v.en, { size: 9.5, width: 360 });
    w.gap(6);
  };
  fact({ az: "Sahibi", en: "Holder" }, content.holderName);
  fact(content.headline.label, content.headline.value, true);
  for (const line of content.lines) fact(line.label, line.value);
  fact({ az: "Verilmə tarixi", en: "Date of issue" }, displayDate(content.issuedOn));

  if (content.table) {
    const t = content.table;
    w.gap(8);
    w.ensure(60);
    w.text(`${t.title.az} / ${t.title.en}`, { size: 11, bold: true, color: BLUE });
    w.gap(4);
    const colWidth = (A4[0] - 2 * MARGIN) / t.columns.length;
    const row = (cells: string[], bold: boolean, size: number) => {
      const heights = cells.map((c, i) => wrap(c, bold ? w.bold : w.regular, size, colWidth - 6).length);
      const h = Math.max(...heights) * size * 1.35 + 4;
      w.ensure(h);
      const top = w.y;
      cells.forEach((c, i) => {
        w.y = top;
        w.text(c, { size, bold, x: MARGIN + i * colWidth, width: colWidth - 6 });
      });
      w.y = top - h;
      w.page.drawLine({ start: { x: MARGIN, y: w.y + 2 }, end: { x: A4[0] - MARGIN, y: w.y + 2 }, thickness: 0.4, color: GREY });
    };
    row(t.columns.map((c) => `${c.az} / ${c.en}`), true, 8);
    for (const r of t.rows) row(r, false, 8.5);
  }

  // The code and how to check it, at the foot of every page.
  const pages = doc.getPages();
  pages.forEach((p, i) => {
    const foot = `Yoxlama kodu / Verification code: ${code} · ${url} · ${i + 1}/${pages.length}`;
    p.drawText(foot, { x: MARGIN, y: MARGIN - 10, size: 7.5, font: w.regular, color: GREY, maxWidth: A4[0] - 2 * MARGIN });
  });
  pages[0].drawText(code, { x: A4[0] - MARGIN - 110, y: A4[1] - MARGIN - 165, size: 9, font: w.bold, color: BLUE });
  return doc.save({ useObjectStreams: true });
}
