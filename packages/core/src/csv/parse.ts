/**
 * The one CSV reader of the imports (the register, results, the question bank): RFC 4180 with
 * quoted cells, doubled quotes, CRLF or LF, a UTF-8 BOM, and either comma or semicolon as the
 * separator (spreadsheets in the Azerbaijani locale write semicolons). Each row keeps the line
 * number of its first line in the file, so a refusal can name it. Browser-safe (admin pages check a
 * file before sending it).
 */
export interface CsvRow {
  /** 1-based line number of the row's first line in the file (for row-level errors). */
  line: number;
  cells: string[];
}

export interface CsvRows {
  /** The rows with at least one non-blank cell; cells as written (not trimmed). */
  rows: CsvRow[];
  /** Semicolon when the first line has more semicolons than commas, else comma. */
  separator: ";" | ",";
  /** The line of the row whose quote is never closed, if any (its cell then runs to the end). */
  unterminatedQuoteAt?: number;
}

export function readCsvRows(input: string): CsvRows {
  const src = input.replace(/^\uFEFF/, "");
  const firstLine = src.split(/\r?\n/, 1)[0] ?? "";
  const separator = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const rows: CsvRow[] = [];
  const push = (row: CsvRow) => {
    if (row.cells.some((x) => x.trim() !== "")) rows.push(row);
  };
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        cell += c;
      }
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === separator) {
      cells.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && src[i + 1] === "\n") i++;
      cells.push(cell);
      push({ line: rowLine, cells });
      cells = [];
      cell = "";
      rowLine = ++line;
    } else cell += c;
  }
  cells.push(cell);
  push({ line: rowLine, cells });
  return { rows, separator, ...(quoted ? { unterminatedQuoteAt: rowLine } : {}) };
}

/** A file whose first (non-blank) row names the columns: the header and the rows, every cell trimmed. */
export function readCsvTable(input: string): { header: string[]; rows: CsvRow[]; separator: ";" | "," } {
  const { rows: all, separator } = readCsvRows(input);
  const [head, ...rows] = all;
  return { header: (head?.cells ?? []).map((h) => h.trim()), rows: rows.map((r) => ({ line: r.line, cells: r.cells.map((x) => x.trim()) })), separator };
}
