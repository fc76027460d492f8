/**
 * The register's CSV: one row per appointment; a person with three appointments has three rows
 * with the same FIN and identity (education may differ between rows: each distinct entry is kept).
 * Every row is checked, and every bad row reported with its line and reason, before anything is
 * written. Browser-safe (the admin page checks a file before sending it).
 */
import { readCsvTable } from "../csv/parse.js";
import type { FieldIssue } from "../errors.js";
import { toFieldIssues } from "../validation/parse.js";
import { ruleIssue } from "../validation/messages.js";
import { appointmentSchema, csvSynonyms, educationSchema, normalisePerson, type PersonData, personSchema, registerRules } from "./model.js";
import { fin as finSchema, isoDate } from "../validation/fields.js";
import * as z from "zod";

export const csvColumns = [
  "fin",
  "lastName",
  "firstName",
  "patronymic",
  "gender",
  "birthDate",
  "educationLevel",
  "educationInstitution",
  "educationSpecialty",
  "educationYear",
  "stateBodyId",
  "unitId",
  "position",
  "classification",
  "rank",
  "startDate",
  "endDate",
  "status",
  "endGround",
] as const;
export type CsvColumn = (typeof csvColumns)[number];

export const MAX_IMPORT_ROWS = 300;

/** `DD.MM.YYYY` (as spreadsheets write it) or `YYYY-MM-DD`. */
const toIso = (s: string) => {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  return m ? `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}` : s;
};
const word = <T extends string>(s: string, synonyms: Record<string, T>) => synonyms[s.toLocaleLowerCase("az")] ?? s.toLowerCase();

const identitySchema = z
  .object({ fin: finSchema, lastName: z.string().min(1, { error: "required" }), firstName: z.string().min(1, { error: "required" }), patronymic: z.string(), gender: z.enum(["male", "female"], { error: registerRules["register.gender"] }), birthDate: isoDate })
  .strict();

export const issueAt = (line: number, column: string, i: { code: string; az: string; en: string }): FieldIssue => ({
  path: `line.${line}.${column}`,
  code: i.code,
  az: `Sətir ${line}, ${column}: ${i.az}`,
  en: `Line ${line}, ${column}: ${i.en}`,
});

export interface ParsedRegister {
  people: PersonData[];
  rows: number;
  issues: FieldIssue[];
}

/**
 * Parses and checks a whole file: header, each row's cells, then each person's rows together (the
 * same identity on every row, the record's rules) and the state bodies and units. `bodies` is the
 * directory (id → unit ids).
 */
export function parseRegisterCsv(csv: string, opts: { today: string; bodies: Map<string, Set<string>> }): ParsedRegister & { headerProblem?: string[] } {
  const { header, rows } = readCsvTable(csv);
  const lower = header.map((h) => h.toLowerCase());
  const missing = csvColumns.filter((c) => !lower.includes(c.toLowerCase()));
  if (missing.length) return { people: [], rows: rows.length, issues: [], headerProblem: missing };
  const col = Object.fromEntries(csvColumns.map((c) => [c, lower.indexOf(c.toLowerCase())])) as Record<CsvColumn, number>;
  const issues: FieldIssue[] = [];
  const byFin = new Map<string, { line: number; identity: z.infer<typeof identitySchema>; appointment: z.infer<typeof appointmentSchema>; education?: z.infer<typeof educationSchema> }[]>();

  for (const row of rows) {
    if (row.cells.length !== header.length) {
      issues.push(issueAt(row.line, "*", ruleIssue("", registerRules["register.columns"])));
      continue;
    }
    const v = (c: CsvColumn) => row.cells[col[c]] ?? "";
    const rowIssues: FieldIssue[] = [];
    const identity = identitySchema.safeParse({ fin: v("fin").toUpperCase(), lastName: v("lastName"), firstName: v("firstName"), patronymic: v("patronymic"), gender: word(v("gender"), csvSynonyms.gender), birthDate: toIso(v("birthDate")) });
    if (!identity.success) for (const i of toFieldIssues(identity.error)) rowIssues.push(issueAt(row.line, i.path, i));
    const appointment = appointmentSchema.safeParse({
      stateBodyId: v("stateBodyId"),
      unitId: v("unitId"),
      position: v("position"),
      classification: v("classification"),
      rank: v("rank"),
      startDate: toIso(v("startDate")),
      endDate: toIso(v("endDate")),
      status: word(v("status"), csvSynonyms.status),
      endGround: v("endGround"),
    });
    if (!appointment.success) for (const i of toFieldIssues(appointment.error)) rowIssues.push(issueAt(row.line, i.path, i));
    else {
      const units = opts.bodies.get(appointment.data.stateBodyId);
      if (!units) rowIssues.push(issueAt(row.line, "stateBodyId", ruleIssue("", registerRules["register.unknownBody"])));
      else if (!units.has(appointment.data.unitId)) rowIssues.push(issueAt(row.line, "unitId", ruleIssue("", registerRules["register.unknownUnit"])));
    }
    let education: z.infer<typeof educationSchema> | undefined;
    if (v("educationLevel") || v("educationInstitution")) {
      const e = educationSchema.safeParse({ level: word(v("educationLevel"), csvSynonyms.education), institution: v("educationInstitution"), specialty: v("educationSpecialty"), graduationYear: v("educationYear") });
      if (!e.success) for (const i of toFieldIssues(e.error)) rowIssues.push(issueAt(row.line, `education${i.path.charAt(0).toUpperCase()}${i.path.slice(1)}`, i));
      else education = e.data;
    }
    if (rowIssues.length || !identity.success || !appointment.success) {
      issues.push(...rowIssues);
      continue;
    }
    const list = byFin.get(identity.data.fin) ?? [];
    list.push({ line: row.line, identity: identity.data, appointment: appointment.data, education });
    byFin.set(identity.data.fin, list);
  }

  const people: PersonData[] = [];
  for (const [fin, list] of byFin) {
    const first = list[0].identity;
    const differs = list.find((r) => JSON.stringify(r.identity) !== JSON.stringify(first));
    if (differs) {
      issues.push(issueAt(differs.line, "fin", ruleIssue("", registerRules["register.identityDiffers"])));
      continue;
    }
    const education = [...new Map(list.filter((r) => r.education).map((r) => [JSON.stringify(r.education), r.education!])).values()];
    const candidate = { ...first, fin, education, appointments: list.map((r) => r.appointment) };
    const checked = personSchema({ today: opts.today }).safeParse(candidate);
    if (!checked.success) {
      for (const i of toFieldIssues(checked.error)) {
        const m = /^appointments\.(\d+)\.?(.*)$/.exec(i.path);
        const line = m ? list[Number(m[1])].line : list[0].line;
        issues.push(issueAt(line, m ? m[2] || "status" : i.path || "fin", i));
      }
      continue;
    }
    people.push(normalisePerson(checked.data as PersonData));
  }
  issues.sort((a, b) => Number(a.path.split(".")[1]) - Number(b.path.split(".")[1]));
  return { people, rows: rows.length, issues };
}

/** The CSV of people (for the seed and for export): one row per appointment. */
export function registerCsv(people: PersonData[]): string {
  const cell = (v: unknown) => {
    const s = String(v ?? "");
    return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [csvColumns.join(";")];
  for (const p of people) {
    const edu = p.education.length ? p.education : [undefined];
    p.appointments.forEach((a, i) => {
      const e = edu[Math.min(i, edu.length - 1)];
      lines.push(
        [p.fin, p.lastName, p.firstName, p.patronymic, p.gender, p.birthDate, e?.level, e?.institution, e?.specialty, e?.graduationYear, a.stateBodyId, a.unitId, a.position, a.classification, a.rank, a.startDate, a.endDate, a.status, a.endGround]
          .map(cell)
          .join(";"),
      );
    });
  }
  return `${lines.join("\r\n")}\r\n`;
}
