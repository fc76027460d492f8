/**
 * The seniority-bonus brackets as data, versioned by the date they took effect (they change by
 * decree): records `SENIORITY / BRACKETS#<effectiveFrom>`; the defaults apply while none is stored.
 */
import { auditEntry } from "../audit/audit.js";
import type { Needs } from "../context.js";
import { errors } from "../errors.js";
import { ConditionFailed, type StoredRecord } from "../ports/store.js";
import { bakuDate } from "../time/baku.js";
import { parseOrThrow } from "../validation/parse.js";
import { type BracketTable, bracketTableOn, defaultBracketTable } from "./compute.js";
import { bracketTableSchema } from "./form.js";

export const BRACKETS_PK = "SENIORITY";
export const bracketsKey = (effectiveFrom: string) => ({ pk: BRACKETS_PK, sk: `BRACKETS#${effectiveFrom}` });

interface BracketRecord extends StoredRecord, BracketTable {
  type: "SeniorityBrackets";
  addedBy: string;
  addedAt: string;
}

/** Every stored version, oldest first (a handful: one per decree). */
export async function bracketVersions(ctx: Needs<"store">): Promise<BracketTable[]> {
  const page = await ctx.store.query<BracketRecord>(BRACKETS_PK, { skBeginsWith: "BRACKETS#", limit: 200 });
  return page.items.map((r) => ({ effectiveFrom: r.effectiveFrom, brackets: r.brackets }));
}

/** The table in force on a date (Baku). */
export async function bracketsOn(ctx: Needs<"store">, on: string): Promise<BracketTable> {
  return bracketTableOn(await bracketVersions(ctx), on);
}

/** The public view: the table in force today (what the calculator uses) and every version. */
export async function listBrackets(ctx: Needs<"store" | "clock">) {
  const today = bakuDate(ctx.clock.now());
  const versions = await bracketVersions(ctx);
  return { today, current: bracketTableOn(versions, today), versions: versions.length ? versions : [defaultBracketTable], defaults: defaultBracketTable };
}

/** Admin: a new version from a date (a decree); a version is never overwritten (409 if that date exists). */
export async function addBracketVersion(ctx: Needs<"store" | "clock">, admin: { username: string }, raw: unknown) {
  const input = parseOrThrow(bracketTableSchema, raw);
  const now = ctx.clock.now();
  const record: BracketRecord = { ...bracketsKey(input.effectiveFrom), type: "SeniorityBrackets", version: 1, ...input, addedBy: admin.username, addedAt: now.toISOString() };
  try {
    await ctx.store.transact([
      { op: "put", record, condition: { kind: "notExists" } },
      auditEntry({ actor: admin.username, action: "seniority.brackets.add", subject: "SENIORITY#BRACKETS", at: now, detail: { effectiveFrom: input.effectiveFrom } }),
    ]);
  } catch (err) {
    if (err instanceof ConditionFailed) {
      throw errors.conflict("brackets_exist", {
        az: `${input.effectiveFrom} tarixindən qüvvədə olan pillələr artıq var; başqa tarix seçin.`,
        en: `Brackets in force from ${input.effectiveFrom} already exist; choose another date.`,
      });
    }
    throw err;
  }
  return { effectiveFrom: input.effectiveFrom, brackets: input.brackets };
}
