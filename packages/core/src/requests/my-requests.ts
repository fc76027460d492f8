import * as z from "zod";
import type { Needs } from "../context.js";
import type { StoredRecord } from "../ports/store.js";
import type { RequestSummary } from "../records/history.js";
import { parseOrThrow } from "../validation/parse.js";
import { statusText } from "./status-text.js";

export const myRequestsQuerySchema = z
  .object({ cursor: z.string().max(1024).optional(), limit: z.coerce.number().int().min(1).max(50).default(20) })
  .strict();

/** "My requests": every request of every service the citizen owns, newest first, from one index. */
export async function listMyRequests(ctx: Needs<"store">, ownerSub: string, rawQuery: unknown) {
  const q = parseOrThrow(myRequestsQuerySchema, rawQuery ?? {});
  const page = await ctx.store.query<StoredRecord & RequestSummary>(`OWNER#${ownerSub}`, { index: "byOwner", newestFirst: true, limit: q.limit, cursor: q.cursor });
  return {
    items: page.items.map((r) => ({
      id: r.id,
      service: r.service,
      number: r.number,
      title: r.title,
      status: r.status,
      statusText: statusText(r.status),
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      ...(r.dueAt ? { dueAt: r.dueAt } : {}),
      history: r.history.map((h) => ({ ...h, statusText: statusText(h.status) })),
      ...(r.link ? { link: r.link } : {}),
      ...(r.facts?.length ? { facts: r.facts } : {}),
      ...(r.download ? { download: r.download } : {}),
    })),
    ...(page.cursor ? { cursor: page.cursor } : {}),
  };
}
