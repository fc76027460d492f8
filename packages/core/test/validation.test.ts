import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fin, idCardNumber, isoDate, mobile, parseOrThrow, password, toFieldIssues } from "../src/index.js";

describe("shared field rules", () => {
  it("ID-card numbers: AZE + 8 digits or AA + 7 digits", () => {
    expect(idCardNumber.safeParse("AZE12345678").success).toBe(true);
    expect(idCardNumber.safeParse("aa1234567").data).toBe("AA1234567");
    expect(idCardNumber.safeParse("AZE1234567").success).toBe(false);
    expect(idCardNumber.safeParse("AA12345678").success).toBe(false);
  });
  it("FIN: 7 Latin capitals and digits", () => {
    expect(fin.safeParse("5ABCD12").success).toBe(true);
    expect(fin.safeParse("5ABCD1").success).toBe(false);
    expect(fin.safeParse("5ABCDƏ1").success).toBe(false);
  });
  it("mobile: +994 with an operator code", () => {
    expect(mobile.safeParse("+994 50 123 45 67").data).toBe("+994501234567");
    expect(mobile.safeParse("+994131234567").success).toBe(false);
  });
  it("dates must be real", () => {
    expect(isoDate.safeParse("2024-02-29").success).toBe(true);
    expect(isoDate.safeParse("2025-02-29").success).toBe(false);
  });
  it("passwords follow the pool's policy", () => {
    expect(password.safeParse("Abcdefghi1").success).toBe(true);
    expect(password.safeParse("abcdefghi1").success).toBe(false);
  });
  it("issues name the field and the reason in both languages", () => {
    const r = z.object({ a: z.object({ idCard: idCardNumber }) }).safeParse({ a: { idCard: "X" } });
    const [issue] = toFieldIssues(r.error!);
    expect(issue.path).toBe("a.idCard");
    expect(issue.az).toMatch(/Şəxsiyyət vəsiqəsinin/);
    expect(issue.en).toMatch(/ID-card/);
  });
  it("unknown fields are refused by strict schemas, each named", () => {
    expect(() => parseOrThrow(z.object({ a: z.string() }).strict(), { a: "x", __proto__x: 1 })).toThrow();
  });
});
