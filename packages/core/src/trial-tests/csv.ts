/**
 * CSV for the question bank's import (RFC 4180: commas, double-quoted cells with "" inside,
 * CRLF or LF). Semicolon-separated files (Excel in Azerbaijani locale) are accepted too.
 * Browser-safe, so the admin page can show the same row errors before sending. Read by csv/parse.ts.
 */
import { type CsvRow, readCsvRows } from "../csv/parse.js";

export type { CsvRow };

export class CsvError extends Error {
  constructor(readonly line: number) {
    super(`unterminated quote at line ${line}`);
  }
}

/** The rows with a non-blank cell, cells as written; a quote never closed is refused with its line. */
export function parseCsv(input: string): CsvRow[] {
  const { rows, unterminatedQuoteAt } = readCsvRows(input);
  if (unterminatedQuoteAt !== undefined) throw new CsvError(unterminatedQuoteAt);
  return rows;
}

const needsQuotes = /[",;\r\n]/;
export const csvCell = (v: string) => (needsQuotes.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
export const csvLine = (cells: string[]) => cells.map(csvCell).join(",");
