/**
 * Fuzzing every route of the route table with fast-check: random and adversarial bodies, path
 * parameters and query strings (huge strings, deep nesting, wrong types, Azerbaijani letters, RTL
 * marks, null bytes, lone surrogates, prototype-pollution keys, invalid JSON). Every answer must be
 * below 500 and every refusal a clear one (our bilingual error body naming the problem, or API
 * Gateway's own message). Shared by fuzz.test.ts (npm test) and fuzz.hard.test.ts (more runs).
 */
import { routes, type RouteDef } from "@exidmet/core/http/routes";
import fc from "fast-check";
import { validForm } from "../../packages/core/test/fixtures.js";
import { api, localCloud, signInAs } from "../setup/local-cloud.js";
import { demoOfficials } from "@exidmet/local/seed/demo-data";
import { call, hasBody, isClearRefusal, newCitizen, pathParamsOf } from "./support.js";

const specials = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\uD800",
  "\uDFFF\uD800",
  "\u200F\u202Eəlihciq\u202C",
  "\u2066RTL\u2069",
  "\uFEFF",
  "ƏəĞğİıÖöŞşÇçÜü",
  "Məmmədova Aygün Rəşid qızı",
  "İSTANBUL ıi İi",
  "👩🏽‍💻🇦🇿",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "' OR '1'='1' --",
  "${jndi:ldap://x/a}",
  "{{7*7}}",
  "../../../etc/passwd",
  "%00%2e%2e%2f",
  "__proto__",
  "constructor",
  "NaN",
  "-1",
  "1e309",
  "9007199254740993",
  "true",
  "null",
  "2026-02-30",
  "0000-00-00",
  "AZE12345678",
  "\r\nSet-Cookie: x=1",
];
const hostileKeys = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "__defineGetter__", "valueOf", "", "a.b", "$where"];

export const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...specials) },
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(..."ƏəĞğİıÖöŞşÇçÜüXxQq\u200F\u202E\u0000 "), maxLength: 60 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 400_000 }).map((n) => "Ə".repeat(n)) },
);

const scalar = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 64),
  fc.boolean(),
  fc.constant(null),
);

export const jsonValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small", withCrossShrink: true }, scalar, tie("array"), tie("object")),
  array: fc.array(tie("value"), { maxLength: 6 }),
  object: fc.dictionary(fc.oneof(fc.constantFrom(...hostileKeys), fc.string({ maxLength: 12 })), tie("value"), { maxKeys: 6 }),
})).value;

/** Nesting deeper than any route accepts. */
const deep = fc.tuple(fc.integer({ min: 17, max: 20_000 }), fc.boolean()).map(([n, arrays]) => (arrays ? "[".repeat(n) + "]".repeat(n) : '{"a":'.repeat(n) + "1" + "}".repeat(n)));

/** Raw bodies JSON.stringify cannot produce: `__proto__` as a real key, invalid JSON, other types. */
const rawHostile = fc.constantFrom(
  '{"__proto__":{"isAdmin":true,"groups":["admin"]}}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  '{"a":1,"a":2}',
  "{not json",
  "[1,2",
  "\u0000",
  "null",
  '"just a string"',
  "12345",
  "[]",
  "{}",
  '{"x":"\\ud800"}',
  "\uFEFF{}",
);

/** Replaces one leaf (or adds one key) of a valid sample with a hostile value: reaches the deeper validators. */
function mutate(sample: unknown, pathChoice: number, value: unknown, addKey?: string): unknown {
  const copy = structuredClone(sample) as Record<string, unknown>;
  const leaves: [Record<string, unknown>, string][] = [];
  const walk = (node: unknown) => {
    if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) {
      leaves.push([node as Record<string, unknown>, k]);
      walk(v);
    }
  };
  walk(copy);
  if (!leaves.length) return value;
  const [parent, key] = leaves[pathChoice % leaves.length]!;
  if (addKey !== undefined) (parent[key] && typeof parent[key] === "object" ? (parent[key] as Record<string, unknown>) : copy)[addKey] = value;
  else parent[key] = value;
  return copy;
}

/** Valid bodies of some routes (citizens' own writes only: a valid mutation of an admin write would change shared data). */
function samples(route: RouteDef, idCard: string, email: string): unknown | undefined {
  if (route.id === "me.applications.submit" || route.id === "me.applications.saveDraft") {
    const f = validForm();
    f.identity.idCardNumber = idCard;
    f.contact.email = email;
    return f;
  }
  if (route.id === "me.uploads.start") return { purpose: "labour-book", fileName: "a.pdf", contentType: "application/pdf", size: 1000 };
  return undefined;
}

const queryKeys = ["cursor", "limit", "competitionId", "status", "q", "sort", "order", "vacancyId", "stateBody", "from", "to", "page", "lang", "kind", "year"];

export interface FuzzStats {
  requests: number;
  byStatus: Record<string, number>;
  failures: string[];
  /** 2xx answers to writes by the fuzz citizens (upper bound of what they may own afterwards). */
  citizenWrites: number;
}

export interface FuzzContext {
  tokenFor(route: RouteDef): Promise<string | undefined>;
  realParams: Record<string, string>;
  citizen: { idCard: string; email: string };
}

export async function fuzzContext(): Promise<FuzzContext & { citizens: { token: string; idCard: string; email: string }[] }> {
  const citizens = await Promise.all([0, 1, 2, 3].map(async (i) => {
    const c = await newCitizen(`fuzz${i}`);
    return { ...c, token: await signInAs("citizens", c.email, c.password) };
  }));
  const officialTokens = new Map<string, string>();
  let turn = 0;
  const competitions = await api("GET", "/competitions");
  const comp = (competitions.body as { items: { id: string; vacancies: { id: string }[] }[] }).items[0]!;
  return {
    citizens,
    citizen: citizens[0]!,
    realParams: { vacancyId: comp.vacancies[0]!.id, competitionId: comp.id },
    async tokenFor(route) {
      if (route.access.kind === "public") return undefined;
      if (route.access.kind === "citizen") return citizens[turn++ % citizens.length]!.token;
      const group = route.access.groups[0]!;
      if (!officialTokens.has(group)) {
        const o = demoOfficials.find((x) => x.group === group)!;
        officialTokens.set(group, await signInAs("officials", o.username, o.password));
      }
      return officialTokens.get(group);
    },
  };
}

/** encodeURIComponent, except that lone surrogates (which no URL can carry) go as U+FFFD, as a browser sends them. */
const encodeSegment = (v: string) => {
  try {
    return encodeURIComponent(v);
  } catch {
    return [...Buffer.from(v, "utf8")].map((b) => `%${b.toString(16).padStart(2, "0")}`).join("");
  }
};

async function send(route: RouteDef, token: string | undefined, pathValues: Record<string, string>, query: Record<string, string>, rawBody: string | undefined, stats: FuzzStats, what: string) {
  const path = route.path.replace(/\{([A-Za-z0-9_]+)\+?\}/g, (_, n: string) => encodeSegment(pathValues[n] ?? "x"));
  const qs = new URLSearchParams(query).toString();
  let res: Awaited<ReturnType<typeof call>>;
  try {
    res = await call(localCloud().urls.api, route.method, `${path}${qs ? `?${qs}` : ""}`, { token, rawBody });
  } catch (e) {
    stats.failures.push(`${route.id} ${what}: request failed ${(e as Error).message}`);
    return;
  }
  stats.requests++;
  stats.byStatus[res.status] = (stats.byStatus[res.status] ?? 0) + 1;
  if (res.status >= 500) stats.failures.push(`${route.id} ${what}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
  else if (res.status >= 400 && !isClearRefusal(res.body)) stats.failures.push(`${route.id} ${what}: ${res.status} without a clear reason: ${String(JSON.stringify(res.body)).slice(0, 200)}`);
  else if (res.status < 300 && hasBody(route) && route.access.kind === "citizen") stats.citizenWrites++;
}

/** Fuzzes one route: `runs` bodies (if it takes one) and `runs` path/query combinations. */
export async function fuzzRoute(route: RouteDef, ctx: FuzzContext, runs: number, stats: FuzzStats, seed?: number) {
  const params = pathParamsOf(route);
  const token = await ctx.tokenFor(route);
  const realPath = Object.fromEntries(params.map((p) => [p, ctx.realParams[p] ?? "zz0nonexistent0001"]));
  if (hasBody(route)) {
    const sample = samples(route, ctx.citizen.idCard, ctx.citizen.email);
    const bodies: fc.Arbitrary<string> = fc.oneof(
      jsonValue.map((v) => JSON.stringify(v) ?? "null"),
      deep,
      rawHostile,
      ...(sample ? [fc.tuple(fc.nat(), jsonValue, fc.option(fc.constantFrom(...hostileKeys))).map(([i, v, k]) => JSON.stringify(mutate(sample, i, v, k ?? undefined)) ?? "null")] : []),
    );
    await fc.assert(
      fc.asyncProperty(bodies, async (raw) => {
        await send(route, await ctx.tokenFor(route), realPath, {}, raw, stats, `body ${raw.slice(0, 80)}`);
      }),
      { numRuns: runs, seed, endOnFailure: true },
    );
  }
  const pathArb = fc.record(Object.fromEntries(params.map((p) => [p, fc.oneof(hostileString.map((s) => s.slice(0, 3000)), fc.constant(realPath[p]!))])) as Record<string, fc.Arbitrary<string>>);
  const queryArb = fc.dictionary(fc.oneof(fc.constantFrom(...queryKeys), fc.string({ maxLength: 10 })), hostileString.map((s) => s.slice(0, 3000)), { maxKeys: 4 });
  await fc.assert(
    fc.asyncProperty(pathArb, queryArb, async (pathValues, query) => {
      await send(route, token, pathValues, query, hasBody(route) ? "{}" : undefined, stats, `path ${JSON.stringify(pathValues).slice(0, 80)} query ${JSON.stringify(query).slice(0, 80)}`);
    }),
    { numRuns: runs, seed, endOnFailure: true },
  );
}

export { routes };
