/**
 * The record store, as the domain needs it: keyed records, conditional and transactional writes,
 * and queries by key or index (never a scan). DynamoDB implements it in `@exidmet/aws`.
 */
import type { IndexName } from "../infra/resources.js";

export interface Key {
  pk: string;
  sk: string;
}

/** Every stored record. Index attributes are optional; `version` drives optimistic concurrency. */
export interface StoredRecord extends Key {
  type: string;
  version: number;
  byOwnerPk?: string;
  byOwnerSk?: string;
  byQueuePk?: string;
  byQueueSk?: string;
  byBodyPk?: string;
  byBodySk?: string;
  byDuePk?: string;
  byDueSk?: string;
  expiresAt?: number;
  [field: string]: unknown;
}

export type Condition =
  | { kind: "notExists" }
  | { kind: "exists" }
  | { kind: "versionIs"; version: number }
  | { kind: "none" };

export type Write =
  | { op: "put"; record: StoredRecord; condition?: Condition }
  | { op: "delete"; key: Key; condition?: Condition }
  /** Asserts a record's version without changing it, inside a transaction. */
  | { op: "check"; key: Key; condition: Condition }
  /** Atomic counter change (statistics); creates the record if missing. */
  | { op: "add"; key: Key; type: string; counters: Record<string, number> };

export interface QueryOptions {
  index?: IndexName;
  /** Sort-key prefix, or a range. */
  skBeginsWith?: string;
  skBetween?: [string, string];
  skLessOrEqual?: string;
  limit?: number;
  newestFirst?: boolean;
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  /** Opaque; pass back as `cursor` for the next page. */
  cursor?: string;
}

export class ConditionFailed extends Error {
  /** Index, in the write list, of the write whose condition failed (when known). */
  constructor(readonly failedIndex: number | undefined) {
    super("condition failed");
    this.name = "ConditionFailed";
  }
}

export interface Store {
  get<T extends StoredRecord>(key: Key): Promise<T | undefined>;
  getMany<T extends StoredRecord>(keys: Key[]): Promise<T[]>;
  /** All writes commit together or none does; throws ConditionFailed. */
  transact(writes: Write[]): Promise<void>;
  query<T extends StoredRecord>(partitionValue: string, options?: QueryOptions): Promise<Page<T>>;
}
