import * as z from "zod";

/**
 * A draft is whatever the citizen has typed so far, accepted as any JSON object up to 64,000
 * characters and kept verbatim as JSON text. Stored as text, not as a DynamoDB map, because a map
 * cannot hold every JSON value (numbers beyond ±1e125, empty keys, nesting past 32 levels): a draft
 * the citizen can save must never be lost to a storage error.
 */
export const draftSchema = z.record(z.string(), z.unknown()).refine((d) => JSON.stringify(d).length <= 64_000, { error: "too_big" });

export type Draft = z.infer<typeof draftSchema>;

/** JSON.stringify escapes unpaired surrogates, so the text is always well-formed UTF-8. */
export const draftText = (draft: Draft): string => JSON.stringify(draft);

export function draftOf(record: { draftJson?: string }): Draft | undefined {
  return record.draftJson === undefined ? undefined : (JSON.parse(record.draftJson) as Draft);
}
