import * as z from "zod";
import type { Needs } from "../context.js";
import { errors, type Bilingual } from "../errors.js";
import type { StoredRecord } from "../ports/store.js";
import { bilingualText } from "../validation/bilingual.js";
import { slug } from "../validation/fields.js";
import { parseOrThrow } from "../validation/parse.js";

/** The directory of state bodies and their units, kept by the Commission admin. */
export interface StateBody {
  id: string;
  name: Bilingual;
  units: { id: string; name: Bilingual }[];
}

interface StateBodyRecord extends StoredRecord, StateBody {
  type: "StateBody";
  updatedAt: string;
  updatedBy: string;
}

const DIRECTORY = "DIRECTORY";
const bodyKey = (id: string) => ({ pk: DIRECTORY, sk: `BODY#${id}` });

export const stateBodyInputSchema = z
  .object({
    name: bilingualText(200),
    units: z
      .array(z.object({ id: slug, name: bilingualText(200) }).strict())
      .max(200)
      .refine((units) => new Set(units.map((u) => u.id)).size === units.length, { error: "units.duplicateId" }),
  })
  .strict();

export const stateBodyIdSchema = z.object({ bodyId: slug }).strict();

export async function listStateBodies(ctx: Needs<"store">): Promise<StateBody[]> {
  const page = await ctx.store.query<StateBodyRecord>(DIRECTORY, { skBeginsWith: "BODY#", limit: 500 });
  return page.items.map(toStateBody).sort((a, b) => a.name.az.localeCompare(b.name.az, "az"));
}

export async function getStateBody(ctx: Needs<"store">, id: string): Promise<StateBody | undefined> {
  const record = await ctx.store.get<StateBodyRecord>(bodyKey(id));
  return record && toStateBody(record);
}

export async function putStateBody(ctx: Needs<"store" | "clock">, actor: string, rawId: unknown, rawInput: unknown): Promise<{ body: StateBody; created: boolean }> {
  const { bodyId } = parseOrThrow(stateBodyIdSchema, { bodyId: rawId });
  const input = parseOrThrow(stateBodyInputSchema, rawInput);
  const existing = await ctx.store.get<StateBodyRecord>(bodyKey(bodyId));
  const record: StateBodyRecord = {
    ...bodyKey(bodyId),
    type: "StateBody",
    version: (existing?.version ?? 0) + 1,
    id: bodyId,
    name: input.name,
    units: input.units,
    updatedAt: ctx.clock.now().toISOString(),
    updatedBy: actor,
  };
  try {
    await ctx.store.transact([
      { op: "put", record, condition: existing ? { kind: "versionIs", version: existing.version } : { kind: "notExists" } },
    ]);
  } catch {
    throw errors.conflict("concurrent_change", { az: "Məlumat eyni vaxtda başqa istifadəçi tərəfindən dəyişdirildi. Yenidən cəhd edin.", en: "Someone else changed this at the same time. Try again." });
  }
  return { body: toStateBody(record), created: !existing };
}

const toStateBody = (r: StateBodyRecord): StateBody => ({ id: r.id, name: r.name, units: r.units });
