/**
 * Reading the register. An HR officer sees the people who serve or served in their own state body
 * (principal.stateBody) — by FIN or by name — and the body's statistics; a civil servant sees only
 * their own record and who among officials read it. Everyone else gets nothing. Every read of a
 * person's record by an official writes a read entry under the person (and an audit entry) in the
 * same request, before the data is returned.
 */
import { auditEntry } from "../audit/audit.js";
import type { Needs } from "../context.js";
import { errors, type Bilingual } from "../errors.js";
import type { Principal } from "../principal.js";
import { bakuDate } from "../time/baku.js";
import { parseOrThrow } from "../validation/parse.js";
import { finParamSchema, personView } from "./admin-usecases.js";
import { normaliseName, searchSchema, statsQuerySchema } from "./model.js";
import { type BodyIndexRecord, bodyIndexKey, type PersonRecord, personKey, readEntry, type ReadRecord } from "./records.js";
import { foldStatistics, statsPk } from "./stats.js";

export type Official = Extract<Principal, { kind: "official" }>;
type Citizen = Extract<Principal, { kind: "citizen" }>;

/** An HR officer without a state body on their account sees nothing (a misconfigured account). */
function hrBody(official: Official): string {
  if (!official.stateBody) throw errors.forbidden();
  return official.stateBody;
}

const notInBody = () => errors.notFound({ az: "Dövlət orqanınızda qulluq keçən və ya keçmiş belə şəxs", en: "Such a person serving or having served in your state body" });

const listItem = (r: BodyIndexRecord) => ({
  fin: r.fin,
  stateBodyId: r.stateBodyId,
  lastName: r.lastName,
  firstName: r.firstName,
  patronymic: r.patronymic,
  birthDate: r.birthDate,
  serving: r.serving,
  position: r.position,
  unitId: r.unitId,
  status: r.status,
  firstStart: r.firstStart,
  ...(r.lastEnd ? { lastEnd: r.lastEnd } : {}),
});

/** Search the body's current and former servants by FIN (exact) or by surname (and name) prefix. */
export async function searchBody(ctx: Needs<"store" | "clock">, official: Official, rawQuery: unknown) {
  const body = hrBody(official);
  const q = parseOrThrow(searchSchema, rawQuery ?? {});
  const now = ctx.clock.now();
  let items: BodyIndexRecord[];
  let cursor: string | undefined;
  if (q.fin) {
    const hit = await ctx.store.get<BodyIndexRecord>(bodyIndexKey(q.fin, body));
    items = hit ? [hit] : [];
  } else {
    const page = await ctx.store.query<BodyIndexRecord>(`REGBODY#${body}`, { index: "byBody", skBeginsWith: normaliseName(q.name!), limit: q.limit, cursor: q.cursor });
    items = page.items;
    cursor = page.cursor;
  }
  // The search itself reveals names of the body's people: it is audited (not a read of a record).
  await ctx.store.transact([auditEntry({ actor: official.username, action: "register.search", subject: `REGBODY#${body}`, at: now, detail: { by: q.fin ? "fin" : "name", results: items.length } })]);
  return { items: items.map(listItem), ...(cursor ? { cursor } : {}) };
}

/** One person's record, if they serve or served in the officer's body (404 otherwise: nothing leaks). */
export async function getPersonForHr(ctx: Needs<"store" | "clock">, official: Official, rawFin: unknown) {
  const body = hrBody(official);
  const parsed = finParamSchema.safeParse({ fin: rawFin });
  if (!parsed.success) throw notInBody();
  const fin = parsed.data.fin;
  const [a, b] = await ctx.store.getMany<PersonRecord | BodyIndexRecord>([bodyIndexKey(fin, body), personKey(fin)]);
  const found = [a, b].filter(Boolean);
  const index = found.find((r) => r!.type === "RegisterBodyIndex");
  const person = found.find((r) => r!.type === "RegisterPerson") as PersonRecord | undefined;
  if (!index || !person) throw notInBody();
  const now = ctx.clock.now();
  await ctx.store.transact([
    readEntry({ fin, at: now, username: official.username, role: "hr-officer", stateBodyId: body, purpose: "register.hr.read" }),
    auditEntry({ actor: official.username, action: "register.person.read", subject: `REG#${fin}`, at: now, detail: { stateBodyId: body } }),
  ]);
  return { person: personView(person), stateBodyId: body };
}

/** The body's statistics from its counters (no scan): headcounts by dimension and joiners/leavers per month. */
export async function bodyStatistics(ctx: Needs<"store" | "clock">, official: Official, rawQuery: unknown) {
  const body = hrBody(official);
  const q = parseOrThrow(statsQuerySchema, rawQuery ?? {});
  const today = bakuDate(ctx.clock.now());
  const to = q.to ?? today.slice(0, 7);
  let from = q.from;
  if (!from) {
    const [y, m] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
    from = m === 12 ? `${y}-01` : `${y - 1}-${String(m + 1).padStart(2, "0")}`; // the last 12 months
  }
  const items: ({ sk: string } & Record<string, unknown>)[] = [];
  let cursor: string | undefined;
  do {
    const page = await ctx.store.query<{ pk: string; sk: string; type: string; version: number }>(statsPk(body), { limit: 500, cursor });
    items.push(...(page.items as never[]));
    cursor = page.cursor;
  } while (cursor);
  return { stateBodyId: body, ...foldStatistics(items, today, { from, to }) };
}

/**
 * The servant's own record (by the FIN of their account) and the log of officials' reads of it.
 * Not found, or no FIN on the account: a reasoned answer, and the way to the 7-day request.
 */
export async function getMyRecord(ctx: Needs<"store">, citizen: Citizen) {
  const noFin: Bilingual = {
    az: "Hesabınızda FİN göstərilməyib, ona görə reyestrdə qeydiniz müəyyən edilə bilmir. Sorğu göndərin: Komissiyanın əməkdaşı 7 gün ərzində cavab verəcək.",
    en: "Your account has no FIN, so your record cannot be identified in the register. Send a request: a Commission officer will answer within 7 days.",
  };
  const notFoundText: Bilingual = {
    az: "Hesabınızdakı FİN ilə reyestrdə qeyd tapılmadı. Sorğu göndərin: Komissiyanın əməkdaşı 7 gün ərzində cavab verəcək (əmək kitabçasının surəti tələb oluna bilər).",
    en: "No record with your account's FIN was found in the register. Send a request: a Commission officer will answer within 7 days (a copy of the labour book may be asked for).",
  };
  if (!citizen.fin) return { found: false as const, reason: noFin, fin: null };
  const fin = citizen.fin.toUpperCase();
  const person = await ctx.store.get<PersonRecord>(personKey(fin));
  if (!person) return { found: false as const, reason: notFoundText, fin };
  const reads = await ctx.store.query<ReadRecord>(`REG#${fin}`, { skBeginsWith: "READ#", newestFirst: true, limit: 100 });
  return {
    found: true as const,
    fin,
    person: personView(person),
    reads: reads.items.map((r) => ({ at: r.at, username: r.username, role: r.role, ...(r.stateBodyId ? { stateBodyId: r.stateBodyId } : {}) })),
  };
}
