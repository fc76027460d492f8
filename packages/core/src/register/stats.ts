/**
 * The register's statistics, kept as counters per state body and updated in the same transaction
 * as every change of a person (Store `add`): reading them never scans the register.
 *
 * What a person adds to a body's counters is a pure function of the record (`contribution`); a
 * change adds `contribution(after) − contribution(before)`, so the counters always equal the sum
 * over the register, whatever the order or mix of edits and imports.
 *
 * Staying right as time passes: age and length of service grow every day without any write, so no
 * counter holds a band. Instead, current servants are counted
 *  - by date of birth (`BIRTH#<year>` items, one attribute per day `dMMDD`), and
 *  - by their seniority anchor (`SVC#<year>`, `dMMDD`): the day their civil service would have begun
 *    had it been continuous (first day of the current post's unbroken period minus the days of all
 *    earlier periods, overlaps counted once). Service length on any day D is then D − anchor.
 * At read time these (a few dozen small items per body, not the people) are folded into age and
 * service bands for today's date, exactly — with `ageOn` on each counted date.
 * Joiners and leavers are counted per month (`FLOW#<year>`, `jMM` / `lMM`): a join is the first day
 * of an unbroken period in the body (a move between units or posts of the same body is no join),
 * a leave its last day.
 */
import type { Key, Write } from "../ports/store.js";
import { addCalendarDays, ageOn, daysBetween } from "../time/baku.js";
import { type AppointmentStatus, ageBands, bandOf, educationLevels, educationRank, type EducationLevel, type PersonData, serviceBands } from "./model.js";

export const statsPk = (body: string) => `REGSTAT#${body}`;
export const STAT_CURRENT = "CUR";
const COUNTER_TYPE = "RegisterCounters";

/** Counter deltas by item (sk) then attribute. */
export type Counters = Map<string, Map<string, number>>;

const OPEN_END = "9999-12-31";

function bump(c: Counters, sk: string, field: string, by: number) {
  let item = c.get(sk);
  if (!item) c.set(sk, (item = new Map()));
  item.set(field, (item.get(field) ?? 0) + by);
}

/** Periods merged when they overlap or touch (the next starts the day after the previous ends). */
export function mergePeriods(periods: { start: string; end: string }[]): { start: string; end: string }[] {
  const sorted = [...periods].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const out: { start: string; end: string }[] = [];
  for (const p of sorted) {
    const last = out.at(-1);
    if (last && (last.end === OPEN_END || addCalendarDays(last.end, 1) >= p.start)) {
      if (p.end > last.end) last.end = p.end;
    } else out.push({ ...p });
  }
  return out;
}

const periodsOf = (p: PersonData, body?: string) =>
  p.appointments.filter((a) => !body || a.stateBodyId === body).map((a) => ({ start: a.startDate, end: a.status === "ended" ? (a.endDate ?? a.startDate) : OPEN_END }));

/** The person's current (not ended) appointment, if any. */
export const currentAppointment = (p: PersonData) => p.appointments.find((a) => a.status !== "ended");

export function highestEducation(p: PersonData): EducationLevel | "none" {
  let best: EducationLevel | "none" = "none";
  for (const e of p.education) if (best === "none" || educationRank[e.level] > educationRank[best]) best = e.level;
  return best;
}

/**
 * The seniority anchor of a current servant: `D − anchor` is their whole civil service on day D
 * (periods of every body, overlaps counted once). Undefined for a person not serving now.
 */
export function seniorityAnchor(p: PersonData): string | undefined {
  const merged = mergePeriods(periodsOf(p));
  const open = merged.find((m) => m.end === OPEN_END);
  if (!open) return undefined;
  const closedDays = merged.filter((m) => m !== open).reduce((sum, m) => sum + daysBetween(m.start, m.end) + 1, 0);
  return addCalendarDays(open.start, -closedDays);
}

/** The bodies a person serves or served in. */
export const bodiesOf = (p: PersonData | undefined) => [...new Set((p?.appointments ?? []).map((a) => a.stateBodyId))];

const dayField = (date: string) => `d${date.slice(5, 7)}${date.slice(8, 10)}`;

/** What one person adds to the counters of every body they serve or served in. */
export function contribution(p: PersonData | undefined): Map<string, Counters> {
  const out = new Map<string, Counters>();
  if (!p) return out;
  const current = currentAppointment(p);
  for (const body of bodiesOf(p)) {
    const c: Counters = new Map();
    bump(c, STAT_CURRENT, "ever", 1);
    if (current && current.stateBodyId === body) {
      bump(c, STAT_CURRENT, "total", 1);
      bump(c, STAT_CURRENT, `class:${current.classification}`, 1);
      bump(c, STAT_CURRENT, `status:${current.status}`, 1);
      bump(c, STAT_CURRENT, `pos:${current.position}`, 1);
      bump(c, STAT_CURRENT, `gender:${p.gender}`, 1);
      bump(c, STAT_CURRENT, `edu:${highestEducation(p)}`, 1);
      bump(c, `BIRTH#${p.birthDate.slice(0, 4)}`, dayField(p.birthDate), 1);
      const anchor = seniorityAnchor(p)!;
      bump(c, `SVC#${anchor.slice(0, 4)}`, dayField(anchor), 1);
    }
    for (const m of mergePeriods(periodsOf(p, body))) {
      bump(c, `FLOW#${m.start.slice(0, 4)}`, `j${m.start.slice(5, 7)}`, 1);
      if (m.end !== OPEN_END) bump(c, `FLOW#${m.end.slice(0, 4)}`, `l${m.end.slice(5, 7)}`, 1);
    }
    out.set(body, c);
  }
  return out;
}

/** after − before, added into `into` (body → item → field), zero deltas dropped later. */
export function addDelta(into: Map<string, Counters>, before: PersonData | undefined, after: PersonData | undefined) {
  for (const [sign, p] of [[-1, before], [1, after]] as const) {
    for (const [body, counters] of contribution(p)) {
      let target = into.get(body);
      if (!target) into.set(body, (target = new Map()));
      for (const [sk, fields] of counters) for (const [f, v] of fields) bump(target, sk, f, sign * v);
    }
  }
}

/** One `add` write per counter item (a transaction may touch an item once). */
export function counterWrites(delta: Map<string, Counters>): Write[] {
  const writes: Write[] = [];
  for (const [body, items] of delta) {
    for (const [sk, fields] of items) {
      const counters = Object.fromEntries([...fields].filter(([, v]) => v !== 0));
      if (Object.keys(counters).length) writes.push({ op: "add", key: { pk: statsPk(body), sk }, type: COUNTER_TYPE, counters });
    }
  }
  return writes;
}

export const counterKeysOf = (delta: Map<string, Counters>): Key[] =>
  [...delta].flatMap(([body, items]) => [...items].filter(([, f]) => [...f.values()].some((v) => v !== 0)).map(([sk]) => ({ pk: statsPk(body), sk })));

// ---- Reading: fold the counter items into the figures an HR officer reads ----

export interface CountRow {
  key: string;
  count: number;
}

export interface BodyStatistics {
  asOf: string;
  current: number;
  former: number;
  everServed: number;
  byClassification: CountRow[];
  byStatus: CountRow[];
  byPosition: CountRow[];
  byGender: CountRow[];
  byEducation: CountRow[];
  byAgeBand: CountRow[];
  byServiceBand: CountRow[];
  flow: { from: string; to: string; joiners: number; leavers: number; months: { month: string; joiners: number; leavers: number }[] };
}

type CounterItem = { sk: string } & Record<string, unknown>;

const dateOf = (year: string, field: string) => `${year}-${field.slice(1, 3)}-${field.slice(3, 5)}`;

/** The month list `from`..`to` inclusive (`YYYY-MM`). */
export function monthRange(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  while (`${y}-${String(m).padStart(2, "0")}` <= to) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

export function foldStatistics(items: CounterItem[], today: string, period: { from: string; to: string }): BodyStatistics {
  const cur = items.find((i) => i.sk === STAT_CURRENT) ?? { sk: STAT_CURRENT };
  const num = (v: unknown) => (typeof v === "number" ? v : Number(v ?? 0)) || 0;
  const prefixed = (prefix: string) =>
    Object.entries(cur)
      .filter(([k, v]) => k.startsWith(prefix) && num(v) > 0)
      .map(([k, v]) => ({ key: k.slice(prefix.length), count: num(v) }));
  const total = num(cur.total);
  const ever = num(cur.ever);
  const sortDesc = (rows: CountRow[]) => rows.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key, "az"));

  const ages = new Map<string, number>(ageBands.map((b) => [b.id, 0]));
  const service = new Map<string, number>(serviceBands.map((b) => [b.id, 0]));
  const months = new Map(monthRange(period.from, period.to).map((m) => [m, { month: m, joiners: 0, leavers: 0 }]));
  for (const item of items) {
    const [kind, year] = item.sk.split("#");
    for (const [field, value] of Object.entries(item)) {
      const n = num(value);
      if (!n || !/^[djl]\d+$/.test(field)) continue;
      if (kind === "BIRTH" && field.startsWith("d")) {
        const band = bandOf(ageBands, ageOn(dateOf(year, field), today));
        ages.set(band.id, ages.get(band.id)! + n);
      } else if (kind === "SVC" && field.startsWith("d")) {
        const band = bandOf(serviceBands, Math.max(0, ageOn(dateOf(year, field), today)));
        service.set(band.id, service.get(band.id)! + n);
      } else if (kind === "FLOW") {
        const m = months.get(`${year}-${field.slice(1, 3)}`);
        if (m) m[field.startsWith("j") ? "joiners" : "leavers"] += n;
      }
    }
  }
  const monthList = [...months.values()];
  return {
    asOf: today,
    current: total,
    former: ever - total,
    everServed: ever,
    byClassification: prefixed("class:").sort((a, b) => Number(a.key) - Number(b.key)),
    byStatus: (["trainee", "probation", "serving"] as AppointmentStatus[]).map((s) => ({ key: s, count: num(cur[`status:${s}`]) })),
    byPosition: sortDesc(prefixed("pos:")),
    byGender: ["male", "female"].map((g) => ({ key: g, count: num(cur[`gender:${g}`]) })),
    byEducation: [...[...educationLevels].reverse(), "none"].map((e) => ({ key: e, count: num(cur[`edu:${e}`]) })).filter((r) => r.count > 0 || r.key !== "none"),
    byAgeBand: ageBands.map((b) => ({ key: b.id, count: ages.get(b.id)! })),
    byServiceBand: serviceBands.map((b) => ({ key: b.id, count: service.get(b.id)! })),
    flow: {
      from: period.from,
      to: period.to,
      joiners: monthList.reduce((s, m) => s + m.joiners, 0),
      leavers: monthList.reduce((s, m) => s + m.leavers, 0),
      months: monthList,
    },
  };
}
