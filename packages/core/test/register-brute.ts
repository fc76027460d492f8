/**
 * Statistics of one state body counted the slow way — person by person over the whole register,
 * day by day for the lengths of service — to check the counters kept on write against.
 */
import type { PersonData } from "../src/register/model.js";

const DAY = 86_400_000;
const ms = (d: string) => Date.parse(`${d}T00:00:00Z`);
const iso = (n: number) => new Date(n).toISOString().slice(0, 10);
const fullYears = (from: string, to: string) => {
  const [fy, fm, fd] = from.split("-").map(Number);
  const [ty, tm, td] = to.split("-").map(Number);
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
};
const band = (years: number, edges: number[], ids: string[]) => ids[edges.filter((e) => years >= e).length - 1];
const ageIds = ["under30", "30-39", "40-49", "50-59", "60plus"];
const ageEdges = [0, 30, 40, 50, 60];
const serviceIds = ["under1", "1-5", "5-10", "10-15", "15-20", "20plus"];
const serviceEdges = [0, 1, 5, 10, 15, 20];
const rank: Record<string, number> = { secondary: 1, vocational: 2, secondary_special: 3, bachelor: 4, other: 5, master: 5, doctorate: 6 };

export function bruteStatistics(people: PersonData[], body: string, today: string, period: { from: string; to: string }) {
  const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const byClass = new Map<string, number>();
  const byStatus = new Map<string, number>();
  const byPosition = new Map<string, number>();
  const byGender = new Map<string, number>();
  const byEducation = new Map<string, number>();
  const byAge = new Map<string, number>();
  const byService = new Map<string, number>();
  let current = 0;
  let ever = 0;
  let joiners = 0;
  let leavers = 0;
  const todayMs = ms(today);
  for (const p of people) {
    const inBody = p.appointments.filter((a) => a.stateBodyId === body);
    if (!inBody.length) continue;
    ever++;
    // Joins and leaves: days in the body whose previous (next) day is not in the body.
    const days = new Set<number>();
    for (const a of inBody) for (let d = ms(a.startDate); d <= (a.endDate ? ms(a.endDate) : todayMs + 400 * DAY); d += DAY) days.add(d);
    for (const d of days) {
      const month = iso(d).slice(0, 7);
      if (!days.has(d - DAY) && month >= period.from && month <= period.to) joiners++;
      if (!days.has(d + DAY) && d <= todayMs && month >= period.from && month <= period.to) leavers++;
    }
    const cur = p.appointments.find((a) => a.status !== "ended");
    if (!cur || cur.stateBodyId !== body) continue;
    current++;
    count(byClass, String(cur.classification));
    count(byStatus, cur.status);
    count(byPosition, cur.position);
    count(byGender, p.gender);
    const best = p.education.reduce<string | undefined>((b, e) => (!b || rank[e.level] > rank[b] ? e.level : b), undefined) ?? "none";
    count(byEducation, best);
    count(byAge, band(fullYears(p.birthDate, today), ageEdges, ageIds));
    // Whole civil service in days (every body; overlaps once), up to yesterday.
    const served = new Set<number>();
    for (const a of p.appointments) for (let d = ms(a.startDate); d <= (a.endDate ? ms(a.endDate) : todayMs - DAY); d += DAY) served.add(d);
    count(byService, band(fullYears(iso(todayMs - served.size * DAY), today), serviceEdges, serviceIds));
  }
  return { current, ever, byClass, byStatus, byPosition, byGender, byEducation, byAge, byService, joiners, leavers };
}

/** The API's rows as a map, zeros dropped. */
export const rowsToMap = (rows: { key: string; count: number }[]) => new Map(rows.filter((r) => r.count > 0).map((r) => [r.key, r.count]));
