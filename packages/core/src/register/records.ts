/**
 * How the register is stored (one table, see resources.ts):
 *  - `REG#<FIN>` / `PERSON`: the person's record (versioned; `contentHash` makes re-imports no-ops);
 *  - `REG#<FIN>` / `BODY#<body>`: one small index item per (person, body) they serve or served in,
 *    on the byBody index as `REGBODY#<body>` / `<normalised surname name>#<FIN>` — an HR officer's
 *    name search; a FIN lookup is a `get` of this very item (does the person belong to my body?);
 *  - `REG#<FIN>` / `CHANGE#<at>#v<version>`: every change — who, when, the record before and after;
 *  - `REG#<FIN>` / `READ#<at>#<id>`: every read of the record by an official (the servant sees them);
 *  - `REGSTAT#<body>` / …: the statistics counters (stats.ts).
 */
import { createHash } from "node:crypto";
import type { Key, StoredRecord, Write } from "../ports/store.js";
import { newId } from "../records/ids.js";
import { type Appointment, normaliseName, type PersonData } from "./model.js";
import { addDelta, bodiesOf, type Counters, counterWrites, currentAppointment } from "./stats.js";

export const personKey = (fin: string): Key => ({ pk: `REG#${fin}`, sk: "PERSON" });
export const bodyIndexKey = (fin: string, body: string): Key => ({ pk: `REG#${fin}`, sk: `BODY#${body}` });

export interface PersonRecord extends StoredRecord, PersonData {
  type: "RegisterPerson";
  contentHash: string;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
}

/** What an HR officer's list shows of a person, kept on the (person, body) index item. */
export interface BodyIndexRecord extends StoredRecord {
  type: "RegisterBodyIndex";
  fin: string;
  stateBodyId: string;
  lastName: string;
  firstName: string;
  patronymic: string;
  birthDate: string;
  /** In this body: serving now, or the last post held. */
  serving: boolean;
  position: string;
  unitId: string;
  status: Appointment["status"];
  firstStart: string;
  lastEnd?: string;
}

export interface ReadRecord extends StoredRecord {
  type: "RegisterRead";
  at: string;
  username: string;
  role: "hr-officer" | "admin" | "it-officer";
  stateBodyId?: string;
  purpose: string;
}

export interface ChangeRecord extends StoredRecord {
  type: "RegisterChange";
  at: string;
  actor: string;
  source: "edit" | "import";
  importId?: string;
  before: PersonData | null;
  after: PersonData;
}

export const contentHash = (p: PersonData) => createHash("sha256").update(JSON.stringify(p)).digest("hex").slice(0, 32);

export const toPersonData = (r: PersonRecord): PersonData => ({
  fin: r.fin,
  lastName: r.lastName,
  firstName: r.firstName,
  patronymic: r.patronymic,
  gender: r.gender,
  birthDate: r.birthDate,
  education: r.education,
  appointments: r.appointments,
});

export function bodyIndexItem(p: PersonData, body: string, version: number): BodyIndexRecord {
  const inBody = p.appointments.filter((a) => a.stateBodyId === body);
  const current = currentAppointment(p);
  const shown = current && current.stateBodyId === body ? current : inBody.at(-1)!;
  const ends = inBody.map((a) => a.endDate).filter((d): d is string => !!d).sort();
  return {
    ...bodyIndexKey(p.fin, body),
    type: "RegisterBodyIndex",
    version,
    fin: p.fin,
    stateBodyId: body,
    lastName: p.lastName,
    firstName: p.firstName,
    patronymic: p.patronymic,
    birthDate: p.birthDate,
    serving: shown.status !== "ended",
    position: shown.position,
    unitId: shown.unitId,
    status: shown.status,
    firstStart: inBody[0].startDate,
    ...(shown.status === "ended" && ends.length ? { lastEnd: ends.at(-1) } : {}),
    byBodyPk: `REGBODY#${body}`,
    byBodySk: `${normaliseName(`${p.lastName} ${p.firstName} ${p.patronymic}`)}#${p.fin}`,
  };
}

/**
 * The writes of one person's change: the record (conditional on the version read), the index items
 * of every body before and after, the change entry; and the counter deltas (merged by the caller,
 * since a transaction may touch each counter item once).
 */
export function personChange(input: {
  existing: PersonRecord | undefined;
  next: PersonData;
  actor: string;
  at: string;
  source: ChangeRecord["source"];
  importId?: string;
  delta: Map<string, Counters>;
}): Write[] {
  const { existing, next, actor, at } = input;
  const before = existing ? toPersonData(existing) : undefined;
  const version = (existing?.version ?? 0) + 1;
  const record: PersonRecord = {
    ...personKey(next.fin),
    type: "RegisterPerson",
    version,
    ...next,
    contentHash: contentHash(next),
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
    updatedBy: actor,
  };
  const writes: Write[] = [{ op: "put", record, condition: existing ? { kind: "versionIs", version: existing.version } : { kind: "notExists" } }];
  const after = new Set(bodiesOf(next));
  for (const body of bodiesOf(before)) if (!after.has(body)) writes.push({ op: "delete", key: bodyIndexKey(next.fin, body) });
  for (const body of after) writes.push({ op: "put", record: bodyIndexItem(next, body, version) });
  const change: ChangeRecord = {
    pk: `REG#${next.fin}`,
    sk: `CHANGE#${at}#v${String(version).padStart(6, "0")}`,
    type: "RegisterChange",
    version: 1,
    at,
    actor,
    source: input.source,
    ...(input.importId ? { importId: input.importId } : {}),
    before: before ?? null,
    after: next,
  };
  writes.push({ op: "put", record: change, condition: { kind: "notExists" } });
  addDelta(input.delta, before, next);
  return writes;
}

export { counterWrites };

/** The read-log entry of an official's read of a person's record (same request as the read). */
export function readEntry(input: { fin: string; at: Date; username: string; role: ReadRecord["role"]; stateBodyId?: string; purpose: string }): Write {
  const at = input.at.toISOString();
  const record: ReadRecord = {
    pk: `REG#${input.fin}`,
    sk: `READ#${at}#${newId()}`,
    type: "RegisterRead",
    version: 1,
    at,
    username: input.username,
    role: input.role,
    ...(input.stateBodyId ? { stateBodyId: input.stateBodyId } : {}),
    purpose: input.purpose,
  };
  return { op: "put", record, condition: { kind: "notExists" } };
}
