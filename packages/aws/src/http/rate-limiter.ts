import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { mainTable } from "@exidmet/core/infra/resources";
import { type RateLimit, type RateLimiter, windowFor } from "@exidmet/core/rate-limits/limits";
import { dynamo } from "../adapters/clients.js";

/**
 * A fixed one-minute window per user and route in the one table: one conditional UpdateItem adds 1
 * unless the count already reached the limit; the item expires by TTL. One DynamoDB call per
 * limited request, no read-then-write race (50 parallel requests get exactly `perMinute` through).
 */
export class DynamoRateLimiter implements RateLimiter {
  constructor(private readonly tableName = process.env.TABLE_NAME ?? mainTable.localName) {}

  async hit(routeId: string, subject: string, limit: RateLimit, now: Date) {
    const w = windowFor(routeId, subject, now);
    try {
      await dynamo().send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: w.key,
          UpdateExpression: "SET #type = :type, #exp = :exp ADD #count :one",
          ConditionExpression: "attribute_not_exists(#count) OR #count < :limit",
          ExpressionAttributeNames: { "#type": "type", "#exp": mainTable.timeToLiveAttribute, "#count": "count" },
          ExpressionAttributeValues: { ":type": "RateCounter", ":exp": w.expiresAt, ":one": 1, ":limit": limit.perMinute },
        }),
      );
      return { allowed: true, retryAfterSeconds: 0 };
    } catch (err) {
      if ((err as { name?: string }).name === "ConditionalCheckFailedException") return { allowed: false, retryAfterSeconds: w.retryAfterSeconds };
      throw err;
    }
  }
}

let limiter: RateLimiter | undefined;
export const rateLimiter = (): RateLimiter => (limiter ??= new DynamoRateLimiter());
