import { BatchGetCommand, GetCommand, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand, DeleteCommand } from "@aws-sdk/lib-dynamodb";
import { errors } from "@exidmet/core/errors";
import { mainTable } from "@exidmet/core/infra/resources";
import { ConditionFailed, type Condition, type Key, type Page, type QueryOptions, type Store, type StoredRecord, type Write } from "@exidmet/core/ports/store";
import { dynamo } from "./clients.js";

function conditionExpression(condition: Condition | undefined) {
  switch (condition?.kind) {
    case "notExists":
      return { ConditionExpression: "attribute_not_exists(pk)" };
    case "exists":
      return { ConditionExpression: "attribute_exists(pk)" };
    case "versionIs":
      return { ConditionExpression: "#version = :version", ExpressionAttributeNames: { "#version": "version" }, ExpressionAttributeValues: { ":version": condition.version } };
    default:
      return {};
  }
}

function addExpression(w: Extract<Write, { op: "add" }>) {
  const names: Record<string, string> = { "#type": "type" };
  const values: Record<string, unknown> = { ":type": w.type };
  const parts = Object.entries(w.counters).map(([field, delta], i) => {
    names[`#c${i}`] = field;
    values[`:c${i}`] = delta;
    return `#c${i} :c${i}`;
  });
  return { UpdateExpression: `SET #type = :type ADD ${parts.join(", ")}`, ExpressionAttributeNames: names, ExpressionAttributeValues: values };
}

const encodeCursor = (key: Record<string, unknown> | undefined) => (key ? Buffer.from(JSON.stringify(key)).toString("base64url") : undefined);

function decodeCursor(cursor: string | undefined, partitionAttr: string, partitionValue: string) {
  if (!cursor) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    // A cursor only continues the very query it came from.
    if (key && typeof key === "object" && key[partitionAttr] === partitionValue) return key as Record<string, unknown>;
  } catch {
    /* fall through */
  }
  throw errors.badRequest("invalid_cursor", { az: "Səhifələmə göstəricisi (cursor) yanlışdır.", en: "The paging cursor is not valid." });
}

/** The record store on one DynamoDB table (single-table design; see resources.ts). */
export class DynamoStore implements Store {
  constructor(private readonly tableName = process.env.TABLE_NAME ?? mainTable.localName) {}

  async get<T extends StoredRecord>(key: Key): Promise<T | undefined> {
    const out = await dynamo().send(new GetCommand({ TableName: this.tableName, Key: { pk: key.pk, sk: key.sk }, ConsistentRead: true }));
    return out.Item as T | undefined;
  }

  async getMany<T extends StoredRecord>(keys: Key[]): Promise<T[]> {
    const found: T[] = [];
    for (let i = 0; i < keys.length; i += 100) {
      let request: Record<string, { Keys: Record<string, unknown>[]; ConsistentRead?: boolean }> | undefined = {
        [this.tableName]: { Keys: keys.slice(i, i + 100).map((k) => ({ pk: k.pk, sk: k.sk })), ConsistentRead: true },
      };
      while (request && Object.keys(request).length) {
        const out = await dynamo().send(new BatchGetCommand({ RequestItems: request as never }));
        found.push(...((out.Responses?.[this.tableName] ?? []) as T[]));
        request = out.UnprocessedKeys as typeof request;
      }
    }
    return found;
  }

  async transact(writes: Write[]): Promise<void> {
    if (writes.length === 0) return;
    try {
      if (writes.length === 1) return await this.single(writes[0]);
      await dynamo().send(new TransactWriteCommand({ TransactItems: writes.map((w) => this.transactItem(w)) as never }));
    } catch (err) {
      const name = (err as { name?: string }).name;
      if (name === "ConditionalCheckFailedException") throw new ConditionFailed(0);
      if (name === "TransactionCanceledException") {
        const reasons = (err as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
        const index = reasons.findIndex((r) => r.Code === "ConditionalCheckFailed");
        if (index >= 0) throw new ConditionFailed(index);
      }
      throw err;
    }
  }

  /** One write needs no transaction (half the write cost). */
  private async single(w: Write): Promise<void> {
    const TableName = this.tableName;
    switch (w.op) {
      case "put":
        await dynamo().send(new PutCommand({ TableName, Item: w.record, ...conditionExpression(w.condition) }));
        return;
      case "delete":
        await dynamo().send(new DeleteCommand({ TableName, Key: { pk: w.key.pk, sk: w.key.sk }, ...conditionExpression(w.condition) }));
        return;
      case "add":
        await dynamo().send(new UpdateCommand({ TableName, Key: { pk: w.key.pk, sk: w.key.sk }, ...addExpression(w) }));
        return;
      case "check": {
        const item = await this.get({ pk: w.key.pk, sk: w.key.sk });
        const ok =
          w.condition.kind === "none" ||
          (w.condition.kind === "exists" && !!item) ||
          (w.condition.kind === "notExists" && !item) ||
          (w.condition.kind === "versionIs" && item?.version === w.condition.version);
        if (!ok) throw new ConditionFailed(0);
        return;
      }
    }
  }

  private transactItem(w: Write) {
    const TableName = this.tableName;
    switch (w.op) {
      case "put":
        return { Put: { TableName, Item: w.record, ...conditionExpression(w.condition) } };
      case "delete":
        return { Delete: { TableName, Key: { pk: w.key.pk, sk: w.key.sk }, ...conditionExpression(w.condition) } };
      case "check":
        return { ConditionCheck: { TableName, Key: { pk: w.key.pk, sk: w.key.sk }, ...conditionExpression(w.condition) } };
      case "add":
        return { Update: { TableName, Key: { pk: w.key.pk, sk: w.key.sk }, ...addExpression(w) } };
    }
  }

  async query<T extends StoredRecord>(partitionValue: string, options: QueryOptions = {}): Promise<Page<T>> {
    const index = options.index ? mainTable.indexes.find((i) => i.name === options.index) : undefined;
    const pkAttr = index?.partitionKey ?? mainTable.partitionKey;
    const skAttr = index?.sortKey ?? mainTable.sortKey;
    const names: Record<string, string> = { "#pk": pkAttr };
    const values: Record<string, unknown> = { ":pk": partitionValue };
    let keyCondition = "#pk = :pk";
    if (options.skBeginsWith !== undefined) {
      names["#sk"] = skAttr;
      values[":sk"] = options.skBeginsWith;
      keyCondition += " AND begins_with(#sk, :sk)";
    } else if (options.skBetween) {
      names["#sk"] = skAttr;
      values[":a"] = options.skBetween[0];
      values[":b"] = options.skBetween[1];
      keyCondition += " AND #sk BETWEEN :a AND :b";
    } else if (options.skLessOrEqual !== undefined) {
      names["#sk"] = skAttr;
      values[":sk"] = options.skLessOrEqual;
      keyCondition += " AND #sk <= :sk";
    }
    const out = await dynamo().send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: index?.name,
        KeyConditionExpression: keyCondition,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ScanIndexForward: !options.newestFirst,
        Limit: options.limit,
        ExclusiveStartKey: decodeCursor(options.cursor, pkAttr, partitionValue),
        ...(index ? {} : { ConsistentRead: true }),
      }),
    );
    return { items: (out.Items ?? []) as T[], cursor: encodeCursor(out.LastEvaluatedKey) };
  }
}

let store: DynamoStore | undefined;
export const dynamoStore = () => (store ??= new DynamoStore());
