/**
 * CSV for the question bank's import (RFC 4180: commas, double-quoted cells with "" inside,
 * CRLF or LF). Semicolon-separated files (Excel in Azerbaijani locale) are accepted too.
 * Browser-safe, so the admin page can show the same row errors before sending.
 */

export interface CsvRow {
  /** 1-based line number of the row's first line in the file (for row-level errors). */
  line: number;
  cells: string[];
}

export class CsvError extends Error {
  constructor(readonly line: number) {
    super(`unterminated quote at line ${line}`);
  }
}

export function parseCsv(input: string): CsvRow[] {
  const src = input.replace(/^\uFEFF/, "");
  const firstLine = src.split(/\r?\n/, 1)[0] ?? "";
  const sep = firstLine.split(";").length > firstLine.split(",").length ? ";" : ",";
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === "\n") line++;
        cell += c;
      }
      continue;
    }
    if (c === '"' && cell === "") quoted = true;
    else if (c === sep) {
      cells.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && src[i + 1] === "\n") i++;
      cells.push(cell);
      if (cells.some((x) => x.trim() !== "")) rows.push({ line: rowLine, cells });
      cells = [];
      cell = "";
      line++;
      rowLine = line;
    } else cell += c;
  }
  if (quoted) throw new CsvError(rowLine);
  cells.push(cell);
  if (cells.some((x) => x.trim() !== "")) rows.push({ line: rowLine, cells });
  return rows;
}

const needsQuotes = /[",;\r\n]/;
export const csvCell = (v: string) => (needsQuotes.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
export const csvLine = (cells: string[]) => cells.map(csvCell).join(",");
