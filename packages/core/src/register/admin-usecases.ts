/**
 * The Commission admin keeps the register: single edits of a person's record and the CSV import.
 * Every change commits in one transaction with its change entry (who, when, before, after), the
 * person's index items and the statistics counters, so the counters never drift from the records.
 */
import * as z from "zod";
import { auditEntry } from "../audit/audit.js";
import type { Needs } from "../context.js";
import { listStateBodies } from "../directory/state-bodies.js";
import { errors } from "../errors.js";
import { ConditionFailed, type Key, type StoredRecord, type Write } from "../ports/store.js";
import { stableHash } from "../records/ids.js";
import { bakuDate } from "../time/baku.js";
import { fin } from "../validation/fields.js";
import { ruleIssue } from "../validation/messages.js";
import { parseOrThrow } from "../validation/parse.js";
import { issueAt, MAX_IMPORT_ROWS, parseRegisterCsv } from "./csv.js";
import { normalisePerson, type PersonData, personSchema, registerRules } from "./model.js";
import { type ChangeRecord, contentHash, counterWrites, type PersonRecord, personChange, personKey, readEntry, type ReadRecord, toPersonData } from "./records.js";
import type { Counters } from "./stats.js";

export interface Official {
  username: string;
  groups?: readonly string[];
}

type Ctx = Needs<"store" | "clock">;

export const finParamSchema = z.object({ fin }).strict();

const notFound = () => errors.notFound({ az: "Reyestrdə bu FİN ilə şəxs", en: "A person with this FIN in the register" });

async function bodiesMap(ctx: Needs<"store">) {
  return new Map((await listStateBodies(ctx)).map((b) => [b.id, new Set(b.units.map((u) => u.id))]));
}

/** The record as officials and the servant read it. */
export const personView = (r: PersonRecord) => ({ ...toPersonData(r), version: r.version, updatedAt: r.updatedAt });

/** A person's full record with its change history and read log, for the admin (or the IT sector); the read is logged. */
export async function getPersonForAdmin(ctx: Ctx, official: Official, rawFin: unknown) {
  const { fin: id } = parseOrThrow(finParamSchema, { fin: rawFin });
  const record = await ctx.store.get<PersonRecord>(personKey(id));
  if (!record) throw notFound();
  const role = official.groups?.includes("admin") ? "admin" : "it-officer";
  const now = ctx.clock.now();
  await ctx.store.transact([
    readEntry({ fin: id, at: now, username: official.username, role, purpose: "register.admin.read" }),
    auditEntry({ actor: official.username, action: "register.person.read", subject: `REG#${id}`, at: now }),
  ]);
  const changes = await ctx.store.query<ChangeRecord>(`REG#${id}`, { skBeginsWith: "CHANGE#", newestFirst: true, limit: 20 });
  return {
    person: personView(record),
    changes: changes.items.map((c) => ({ at: c.at, actor: c.actor, source: c.source, importId: c.importId, before: c.before, after: c.after })),
  };
}

const editSchema = z.object({ person: z.unknown(), expectedVersion: z.number().int().min(0).optional() }).strict();

/**
 * Creates or replaces one person's record (`expectedVersion`: the version the admin edited, 0 for a
 * new person; a stale one is refused 409 rather than overwriting someone else's change).
 */
export async function putPerson(ctx: Ctx, official: Official, rawFin: unknown, rawBody: unknown) {
  const { fin: id } = parseOrThrow(finParamSchema, { fin: rawFin });
  const body = parseOrThrow(editSchema, rawBody ?? {});
  const today = bakuDate(ctx.clock.now());
  const parsed = parseOrThrow(personSchema({ today }), body.person ?? {});
  if (parsed.fin !== id) throw errors.validation([ruleIssue("person.fin", registerRules["register.finMismatch"])]);
  const bodies = await bodiesMap(ctx);
  const issues = parsed.appointments.flatMap((a, i) =>
    !bodies.has(a.stateBodyId)
      ? [ruleIssue(`person.appointments.${i}.stateBodyId`, registerRules["register.unknownBody"])]
      : !bodies.get(a.stateBodyId)!.has(a.unitId)
        ? [ruleIssue(`person.appointments.${i}.unitId`, registerRules["register.unknownUnit"])]
        : [],
  );
  if (issues.length) throw errors.validation(issues);
  const next = normalisePerson(parsed as PersonData);
  const existing = await ctx.store.get<PersonRecord>(personKey(id));
  if (body.expectedVersion !== undefined && (existing?.version ?? 0) !== body.expectedVersion) {
    throw errors.conflict("stale_version", { az: "Qeyd siz redaktə edərkən dəyişdirilib. Səhifəni yeniləyib yenidən cəhd edin.", en: "The record changed while you were editing it. Reload and try again." });
  }
  if (existing?.contentHash === contentHash(next)) return { person: personView(existing), changed: false };
  const now = ctx.clock.now();
  const at = now.toISOString();
  const delta = new Map<string, Counters>();
  const writes = personChange({ existing, next, actor: official.username, at, source: "edit", delta });
  writes.push(...counterWrites(delta), auditEntry({ actor: official.username, action: existing ? "register.person.update" : "register.person.create", subject: `REG#${id}`, at: now }));
  try {
    await ctx.store.transact(writes);
  } catch (err) {
    if (err instanceof ConditionFailed) {
      throw errors.conflict("concurrent_change", { az: "Qeyd eyni vaxtda dəyişdirildi. Yenidən cəhd edin.", en: "The record changed at the same time. Try again." });
    }
    throw err;
  }
  const saved = (writes[0] as unknown as { record: PersonRecord }).record;
  return { person: personView(saved), changed: true, created: !existing };
}

// ---- CSV import ----

export const importSchema = z.object({ csv: z.string().min(1, { error: "required" }).max(240_000) }).strict();

interface ImportRecord extends StoredRecord {
  type: "RegisterImport";
  id: string;
  status: "completed";
  rows: number;
  people: number;
  created: number;
  updated: number;
  unchanged: number;
  importedBy: string;
  importedAt: string;
}

const importKey = (id: string): Key => ({ pk: `REGIMPORT#${id}`, sk: "IMPORT" });
/** DynamoDB: at most 100 items per transaction. */
const MAX_WRITES = 100;

/**
 * Imports a CSV file. All rows are checked first: a file with any bad row is refused (422) with
 * every bad row's line and reason, and nothing is written. Then each person whose record differs
 * is written with its change entry; people are grouped into transactions of at most 100 items,
 * each carrying the counter deltas of its own people. So a failure between two transactions
 * leaves only whole people written, and importing the same file again (deterministic id = hash of
 * the content) resumes: records already equal to the file are skipped, the rest are written. A file
 * fully imported before answers at once with `alreadyImported`.
 */
export async function importRegister(ctx: Ctx, official: Official, rawBody: unknown) {
  const { csv } = parseOrThrow(importSchema, rawBody ?? {});
  const id = stableHash(`register-import|${csv.replace(/\r\n/g, "\n").trim()}`, 24);
  const done = await ctx.store.get<ImportRecord>(importKey(id));
  if (done) return { importId: id, rows: done.rows, people: done.people, created: 0, updated: 0, unchanged: done.people, alreadyImported: true };

  const now = ctx.clock.now();
  const today = bakuDate(now);
  const parsed = parseRegisterCsv(csv, { today, bodies: await bodiesMap(ctx) });
  if (parsed.headerProblem) {
    throw errors.refused(
      "import_header",
      { az: `Faylın başlıq sətrində bu sütunlar yoxdur: ${parsed.headerProblem.join(", ")}. Heç nə yazılmadı.`, en: `The header row lacks these columns: ${parsed.headerProblem.join(", ")}. Nothing was written.` },
    );
  }
  if (parsed.rows === 0) throw errors.refused("import_empty", { az: "Faylda məlumat sətri yoxdur.", en: "The file has no data rows." });
  if (parsed.rows > MAX_IMPORT_ROWS) {
    throw errors.refused("import_too_large", {
      az: `Faylda ${parsed.rows} sətir var; bir faylda ən çoxu ${MAX_IMPORT_ROWS} sətir ola bilər. Faylı hissələrə bölün.`,
      en: `The file has ${parsed.rows} rows; one file may have at most ${MAX_IMPORT_ROWS}. Split the file.`,
    });
  }
  const seen = new Set<string>();
  if (parsed.issues.length) {
    const lines = new Set(parsed.issues.map((i) => i.path.split(".")[1]));
    throw errors.refused(
      "import_rejected",
      {
        az: `Fayl qəbul edilmədi: ${lines.size} sətirdə səhv var. Reyestrdə heç nə dəyişmədi; səhvləri düzəldib faylı yenidən yükləyin.`,
        en: `The file was not accepted: ${lines.size} row(s) have errors. Nothing in the register changed; correct them and upload the file again.`,
      },
      parsed.issues.filter((i) => (seen.has(i.path) ? false : (seen.add(i.path), true))).slice(0, 500),
    );
  }

  const at = now.toISOString();
  let created = 0;
  let updated = 0;
  let unchanged = 0;
  let pending = parsed.people;
  for (let attempt = 0; attempt < 4 && pending.length; attempt++) {
    const existing = new Map((await ctx.store.getMany<PersonRecord>(pending.map((p) => personKey(p.fin)))).map((r) => [r.fin, r]));
    const retry: PersonData[] = [];
    // Build each person's writes, then pack whole people into transactions.
    const units = pending.flatMap((p) => {
      const old = existing.get(p.fin);
      if (old?.contentHash === contentHash(p)) {
        unchanged++;
        return [];
      }
      const delta = new Map<string, Counters>();
      const writes = personChange({ existing: old, next: p, actor: official.username, at, source: "import", importId: id, delta });
      return [{ person: p, isNew: !old, writes, delta }];
    });
    let i = 0;
    while (i < units.length) {
      const chunk: typeof units = [];
      const delta = new Map<string, Counters>();
      const counterKeys = new Set<string>();
      let plain = 0;
      while (i < units.length) {
        const u = units[i];
        const keys = new Set(counterKeys);
        for (const [body, items] of u.delta) for (const sk of items.keys()) keys.add(`${body}|${sk}`);
        if (chunk.length && plain + u.writes.length + keys.size > MAX_WRITES) break;
        chunk.push(u);
        plain += u.writes.length;
        for (const k of keys) counterKeys.add(k);
        for (const [body, items] of u.delta) {
          let target = delta.get(body);
          if (!target) delta.set(body, (target = new Map()));
          for (const [sk, fields] of items) {
            let t = target.get(sk);
            if (!t) target.set(sk, (t = new Map()));
            for (const [f, v] of fields) t.set(f, (t.get(f) ?? 0) + v);
          }
        }
        i++;
      }
      const writes: Write[] = [...chunk.flatMap((u) => u.writes), ...counterWrites(delta)];
      try {
        await ctx.store.transact(writes);
        for (const u of chunk) if (u.isNew) created++;
        else updated++;
      } catch (err) {
        if (!(err instanceof ConditionFailed)) throw err;
        retry.push(...chunk.map((u) => u.person)); // changed meanwhile: read again and recompute
      }
    }
    pending = retry;
  }
  if (pending.length) {
    throw errors.conflict("import_incomplete", {
      az: "Eyni vaxtda edilən dəyişikliklərə görə idxal başa çatmadı. Eyni faylı yenidən yükləyin: artıq yazılmış şəxslər təkrarlanmayacaq.",
      en: "The import could not finish because of concurrent changes. Upload the same file again: people already written will not be repeated.",
    });
  }
  const record: ImportRecord = {
    ...importKey(id),
    type: "RegisterImport",
    version: 1,
    id,
    status: "completed",
    rows: parsed.rows,
    people: parsed.people.length,
    created,
    updated,
    unchanged,
    importedBy: official.username,
    importedAt: at,
  };
  await ctx.store
    .transact([
      { op: "put", record, condition: { kind: "notExists" } },
      auditEntry({ actor: official.username, action: "register.import", subject: "REGISTER", at: now, detail: { importId: id, rows: parsed.rows, people: parsed.people.length, created, updated } }),
    ])
    .catch((err) => {
      if (!(err instanceof ConditionFailed)) throw err; // the same file finished in parallel
    });
  return { importId: id, rows: parsed.rows, people: parsed.people.length, created, updated, unchanged, alreadyImported: false };
}

export { issueAt };
export type { ReadRecord };
