import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { mainTable } from "@exidmet/core/infra/resources";
import { officialStatusKey, officialTokenRevoked, type OfficialStatusRecord } from "@exidmet/core/rate-limits/official-status";
import { dynamo } from "../adapters/clients.js";

/** How long one Lambda trusts what it read: a disabled official is refused at most this long after the admin's click. */
export const OFFICIAL_STATUS_CACHE_MS = 10_000;

const cache = new Map<string, { at: number; status: OfficialStatusRecord | undefined }>();

async function statusOf(username: string, now: number): Promise<OfficialStatusRecord | undefined> {
  const hit = cache.get(username);
  if (hit && now - hit.at < OFFICIAL_STATUS_CACHE_MS) return hit.status;
  const out = await dynamo().send(new GetCommand({ TableName: process.env.TABLE_NAME ?? mainTable.localName, Key: officialStatusKey(username) }));
  const status = out.Item as OfficialStatusRecord | undefined;
  if (cache.size > 5000) cache.clear();
  cache.set(username, { at: now, status });
  return status;
}

/** True when this official's token must be refused (account disabled, or token issued before the last change). */
export async function officialRevoked(username: string, issuedAtSeconds: number | undefined, now = Date.now()): Promise<boolean> {
  return officialTokenRevoked(await statusOf(username, now), issuedAtSeconds);
}
