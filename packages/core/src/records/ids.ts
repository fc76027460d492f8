import { createHash, randomBytes } from "node:crypto";

/** Crockford base32: no I, L, O, U — readable aloud and on paper. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

export function randomCode(length: number): string {
  const bytes = randomBytes(length);
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[bytes[i] % 32];
  return out;
}

export const newId = () => randomCode(16).toLowerCase();

/** Stable short hash, for deterministic names (timer executions, outbox ids). */
export const stableHash = (value: string, length = 20) => createHash("sha256").update(value).digest("hex").slice(0, length);

/** A request number people can read: service, Baku date, random part. `S1-261122-7K3F9Q`. */
export function requestNumber(service: number, bakuDate: string): string {
  return `S${service}-${bakuDate.slice(2).replace(/-/g, "")}-${randomCode(6)}`;
}
