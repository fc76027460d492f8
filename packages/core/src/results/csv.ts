/** The results' CSV: the file read by the shared reader (csv/parse.ts), and the files we write. */
import { type CsvRow, readCsvTable } from "../csv/parse.js";

export type { CsvRow };

/** The header (trimmed, lower-cased) and the rows (cells trimmed), each with its line in the file. */
export function parseCsv(input: string): { header: string[]; rows: CsvRow[]; separator: string } {
  const { header, rows, separator } = readCsvTable(input);
  return { header: header.map((h) => h.toLowerCase()), rows, separator };
}

/** A cell for a CSV we write: always quoted; spreadsheet formulas neutralised (CSV injection). */
export const csvCell = (v: unknown) => {
  const s = String(v ?? "");
  return `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;
};

export const csvDocument = (rows: unknown[][]) => `\uFEFF${rows.map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
