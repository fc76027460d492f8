import { routes } from "@exidmet/core/http/routes";
import { MemoryRateLimiter, rateLimitOf, windowFor } from "@exidmet/core/rate-limits/limits";
import { officialTokenRevoked } from "@exidmet/core/rate-limits/official-status";
import { describe, expect, it } from "vitest";
import { checkInputLimits, inspectBody, MAX_BODY_DEPTH } from "./route-handler.js";

describe("rate limits", () => {
  it("limit submissions, upload starts, and any citizen's submit/start route by default", () => {
    expect(rateLimitOf({ id: "me.applications.submit", method: "POST", access: { kind: "citizen" } })?.perMinute).toBe(30);
    expect(rateLimitOf({ id: "me.uploads.start", method: "POST", access: { kind: "citizen" } })?.perMinute).toBe(30);
    expect(rateLimitOf({ id: "me.trialTests.start", method: "POST", access: { kind: "citizen" } })).toBeDefined();
    expect(rateLimitOf({ id: "me.complaints.submit", method: "POST", access: { kind: "citizen" } })).toBeDefined();
    expect(rateLimitOf({ id: "competitions.list", method: "GET", access: { kind: "public" } })).toBeUndefined();
    expect(rateLimitOf({ id: "x.submit", method: "POST", access: { kind: "citizen" }, rateLimit: { perMinute: 3 } })?.perMinute).toBe(3);
    // Every limited route of the table is a citizen's write.
    for (const r of routes.filter((x) => rateLimitOf(x))) expect([r.access.kind, r.method]).toEqual(["citizen", "POST"]);
  });

  it("count per user, route and minute, and say how long to wait", async () => {
    const limiter = new MemoryRateLimiter();
    const t = new Date("2026-03-01T10:00:45Z");
    const verdicts = [];
    for (let i = 0; i < 4; i++) verdicts.push(await limiter.hit("r", "u1", { perMinute: 3 }, t));
    expect(verdicts.map((v) => v.allowed)).toEqual([true, true, true, false]);
    expect(verdicts[3]!.retryAfterSeconds).toBe(15);
    expect((await limiter.hit("r", "u2", { perMinute: 3 }, t)).allowed).toBe(true);
    expect((await limiter.hit("r", "u1", { perMinute: 3 }, new Date("2026-03-01T10:01:00Z"))).allowed).toBe(true);
    expect(windowFor("r", "u", t).expiresAt).toBeGreaterThan(t.getTime() / 1000);
  });
});

describe("revoked officials' tokens", () => {
  const at = "2026-03-01T10:00:00.000Z";
  const s = Date.parse(at) / 1000;
  it("refuse every token of a disabled account, and tokens issued before the last change", () => {
    expect(officialTokenRevoked(undefined, s)).toBe(false);
    expect(officialTokenRevoked({ disabled: true, revokedBefore: at }, s + 100)).toBe(true);
    expect(officialTokenRevoked({ disabled: false, revokedBefore: at }, s - 60)).toBe(true);
    expect(officialTokenRevoked({ disabled: false, revokedBefore: at }, s + 5)).toBe(false);
  });
});

describe("input limits every route gets", () => {
  it("refuse deep nesting without recursion, unsafe numbers, odd field names; accept normal forms", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(inspectBody(deep).depth).toBeGreaterThan(MAX_BODY_DEPTH);
    expect(() => checkInputLimits({ params: {}, query: {}, body: deep })).toThrow(/too deeply/);
    expect(() => checkInputLimits({ params: {}, query: {}, body: { a: { b: 1e308 } } })).toThrow(expect.objectContaining({ status: 400, code: "invalid_number" }));
    expect(() => checkInputLimits({ params: {}, query: {}, body: { "": 1 } })).toThrow(expect.objectContaining({ code: "invalid_field_name" }));
    expect(() => checkInputLimits({ params: { id: "a\u0000b" }, query: {}, body: undefined })).toThrow(expect.objectContaining({ code: "invalid_path_parameter" }));
    expect(() => checkInputLimits({ params: { id: "x".repeat(201) }, query: {}, body: undefined })).toThrow();
    expect(() => checkInputLimits({ params: {}, query: { q: "\uD800" }, body: undefined })).toThrow(expect.objectContaining({ code: "invalid_query_parameter" }));
    expect(() => checkInputLimits({ params: { id: "ƏəĞğ-01" }, query: { q: "Məmmədova İ.", limit: "20" }, body: { a: [1, 2.5, { b: "ş" }], n: -0.001 } })).not.toThrow();
  });
});
