/** Percentiles and small helpers. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export function summary(values: number[]) {
  const s = [...values].sort((a, b) => a - b);
  return { n: s.length, p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), max: s[s.length - 1] ?? NaN };
}

export const round = (n: number, digits = 3) => (Number.isFinite(n) ? Math.round(n * 10 ** digits) / 10 ** digits : n);

/**
 * Counts zod schema constructions (each schema instance gets its `_zod` internals through
 * Object.defineProperty) while `fn` runs: the "every schema built once per process" check.
 */
export async function countSchemaBuilds<T>(fn: () => Promise<T>): Promise<{ result: T; builds: number }> {
  const original = Object.defineProperty;
  let builds = 0;
  const patched = function (this: unknown, o: object, key: PropertyKey, d: PropertyDescriptor) {
    if (key === "_zod") builds++;
    return original(o, key, d);
  } as typeof Object.defineProperty;
  Object.defineProperty = patched;
  try {
    const result = await fn();
    return { result, builds };
  } finally {
    Object.defineProperty = original;
  }
}
