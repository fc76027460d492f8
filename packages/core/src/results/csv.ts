/**
 * A small RFC 4180 reader: quoted cells, doubled quotes, CRLF or LF, a UTF-8 BOM, and either comma
 * or semicolon as the separator (spreadsheets in the Azerbaijani locale write semicolons).
 * Each row keeps its line number in the file, so a refusal can name it.
 */
export interface CsvRow {
  line: number;
  cells: string[];
}

export function parseCsv(input: string): { header: string[]; rows: CsvRow[]; separator: string } {
  const textIn = input.replace(/^\uFEFF/, "");
  const firstLine = textIn.split(/\r?\n/, 1)[0] ?? "";
  const separator = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const all: CsvRow[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < textIn.length; i++) {
    const c = textIn[i];
    if (quoted) {
      if (c === '"' && textIn[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        cell += c;
      }
      continue;
    }
    if (c === '"' && cell === "") quoted = true;
    else if (c === separator) {
      cells.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && textIn[i + 1] === "\n") i++;
      cells.push(cell);
      all.push({ line: rowLine, cells });
      cells = [];
      cell = "";
      line++;
      rowLine = line;
    } else cell += c;
  }
  if (cell !== "" || cells.length) {
    cells.push(cell);
    all.push({ line: rowLine, cells });
  }
  const nonEmpty = all.filter((r) => r.cells.some((c) => c.trim() !== ""));
  const [head, ...rows] = nonEmpty;
  return { header: (head?.cells ?? []).map((h) => h.trim().toLowerCase()), rows: rows.map((r) => ({ line: r.line, cells: r.cells.map((c) => c.trim()) })), separator };
}

/** A cell for a CSV we write: always quoted; spreadsheet formulas neutralised (CSV injection). */
export const csvCell = (v: unknown) => {
  const s = String(v ?? "");
  return `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;
};

export const csvDocument = (rows: unknown[][]) => `\uFEFF${rows.map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
