import { ConditionFailed, type Condition, type Key, type Page, type QueryOptions, type Store, type StoredRecord, type Write, mainTable } from "../src/index.js";

/** An in-memory Store with the same semantics as the DynamoDB one, for fast unit tests of use cases. */
export class MemoryStore implements Store {
  readonly items = new Map<string, StoredRecord>();
  private id = (k: Key) => `${k.pk}\u0000${k.sk}`;

  async get<T extends StoredRecord>(key: Key) {
    const item = this.items.get(this.id(key));
    return item ? (structuredClone(item) as T) : undefined;
  }

  async getMany<T extends StoredRecord>(keys: Key[]) {
    return (await Promise.all(keys.map((k) => this.get<T>(k)))).filter(Boolean) as T[];
  }

  private ok(c: Condition | undefined, item: StoredRecord | undefined) {
    if (!c || c.kind === "none") return true;
    if (c.kind === "notExists") return !item;
    if (c.kind === "exists") return !!item;
    return item?.version === c.version;
  }

  async transact(writes: Write[]) {
    writes.forEach((w, i) => {
      const key = w.op === "put" ? w.record : w.key;
      const current = this.items.get(this.id(key));
      if (w.op !== "add" && !this.ok(w.condition, current)) throw new ConditionFailed(i);
    });
    for (const w of writes) {
      if (w.op === "put") this.items.set(this.id(w.record), structuredClone(w.record));
      if (w.op === "delete") this.items.delete(this.id(w.key));
      if (w.op === "add") {
        const current = (this.items.get(this.id(w.key)) ?? { ...w.key, version: 0 }) as StoredRecord;
        const next: StoredRecord = { ...current, type: w.type };
        for (const [f, d] of Object.entries(w.counters)) next[f] = Number(next[f] ?? 0) + d;
        this.items.set(this.id(w.key), next);
      }
    }
  }

  async query<T extends StoredRecord>(partition: string, o: QueryOptions = {}): Promise<Page<T>> {
    const index = o.index ? mainTable.indexes.find((i) => i.name === o.index)! : undefined;
    const pkA = index?.partitionKey ?? "pk";
    const skA = index?.sortKey ?? "sk";
    let items = [...this.items.values()].filter((i) => i[pkA] === partition && i[skA] !== undefined);
    const sk = (i: StoredRecord) => String(i[skA]);
    if (o.skBeginsWith !== undefined) items = items.filter((i) => sk(i).startsWith(o.skBeginsWith!));
    if (o.skBetween) items = items.filter((i) => sk(i) >= o.skBetween![0] && sk(i) <= o.skBetween![1]);
    if (o.skLessOrEqual !== undefined) items = items.filter((i) => sk(i) <= o.skLessOrEqual!);
    items.sort((a, b) => (sk(a) < sk(b) ? -1 : sk(a) > sk(b) ? 1 : 0));
    if (o.newestFirst) items.reverse();
    const start = o.cursor ? Number(o.cursor) : 0;
    const end = o.limit ? start + o.limit : items.length;
    return { items: structuredClone(items.slice(start, end)) as T[], cursor: end < items.length ? String(end) : undefined };
  }
}

export const fixedClock = (iso: string) => {
  let now = new Date(iso);
  return { now: () => now, set: (next: string) => (now = new Date(next)), advanceMs: (ms: number) => (now = new Date(now.getTime() + ms)) };
};

export class RecordingTimers {
  readonly armed: { name: string; deadlineKey: Key; dueAt: string }[] = [];
  async arm(t: { name: string; deadlineKey: Key; dueAt: string }) {
    if (!this.armed.some((a) => a.name === t.name)) this.armed.push(t);
  }
}

export class RecordingMailer {
  readonly sent: { to: string; subject: string; text: string; html: string }[] = [];
  failing = false;
  async send(e: { to: string; subject: string; text: string; html: string }) {
    if (this.failing) throw Object.assign(new Error("SES down"), { name: "ServiceUnavailable" });
    this.sent.push(e);
  }
}
