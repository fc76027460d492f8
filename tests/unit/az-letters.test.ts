/**
 * The Azerbaijani letters (ə, ı, ğ, ş, ç, ö, ü, İ) in case changes, sorting and search, with the
 * helpers every page uses (web/src/lib/text.ts), and the formatting of dates as gün.ay.il.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareText, containsText, lower, sortByText, upper } from "../../web/src/lib/text.js";
import { formatDate, formatDateTime, parseDate } from "../../web/src/lib/format.js";

describe("Azerbaijani text", () => {
  it("upper-cases i → İ and ı → I, and lower-cases I → ı and İ → i", () => {
    expect(upper("istiqamət")).toBe("İSTİQAMƏT");
    expect(upper("ılıq şəhər çay göl öyüd üzüm ağac")).toBe("ILIQ ŞƏHƏR ÇAY GÖL ÖYÜD ÜZÜM AĞAC");
    expect(lower("İSTİQAMƏT ILIQ")).toBe("istiqamət ılıq");
    expect(lower("İsmayılova Günel")).toBe("ismayılova günel");
    // English keeps the English rules.
    expect(upper("ministry", "en")).toBe("MINISTRY");
    expect(lower("INSPECTOR", "en")).toBe("inspector");
  });

  it("sorts by the Azerbaijani alphabet (a b c ç d e ə f g ğ h x ı i j k q l m n o ö p r s ş t u ü v y z)", () => {
    const names = ["Zaur", "Şahin", "Əli", "Ülvi", "Çingiz", "Orxan", "Ömər", "İlqar", "Ilkin", "Xəyal", "Həsən", "Qasım", "Kamran", "Cavid", "Gülnar", "Ağa", "Elçin", "Fuad", "Uğur", "Sevda", "Tural"];
    expect(sortByText(names, (n) => n)).toEqual(["Ağa", "Cavid", "Çingiz", "Elçin", "Əli", "Fuad", "Gülnar", "Həsən", "Xəyal", "Ilkin", "İlqar", "Kamran", "Qasım", "Orxan", "Ömər", "Sevda", "Şahin", "Tural", "Uğur", "Ülvi", "Zaur"]);
    // Not the default code-point order, which puts every letter with a mark after "z".
    expect([...names].sort()).not.toEqual(sortByText(names, (n) => n));
    expect(compareText("ğ", "h")).toBeLessThan(0);
    expect(compareText("Vəzifə 10", "Vəzifə 9")).toBeGreaterThan(0);
    // The input is not changed.
    const input = ["b", "a"];
    sortByText(input, (n) => n);
    expect(input).toEqual(["b", "a"]);
  });

  it("finds names case-insensitively with the Azerbaijani i/ı", () => {
    expect(containsText("İsmayılova Günel", "ismayıl")).toBe(true);
    expect(containsText("ILIQ", "ılıq")).toBe(true);
    expect(containsText("Ilkin", "ilkin")).toBe(false); // I is the capital of ı, not of i
  });

  it("shows dates as gün.ay.il and reads them back", () => {
    expect(formatDate("2026-03-09")).toBe("09.03.2026");
    expect(formatDateTime("2026-03-08T20:30:00Z")).toBe("09.03.2026 00:30"); // Baku, UTC+4
    expect(parseDate("9.3.2026")).toBe("2026-03-09");
  });

  it("no page upper-cases text with the language-blind toUpperCase or sorts names by code points", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const file = path.join(dir, name);
        if (statSync(file).isDirectory()) walk(file);
        else if (/\.(tsx?|css)$/.test(name)) {
          readFileSync(file, "utf8")
            .split("\n")
            .forEach((line, i) => {
              // Codes (FIN, e-mail) are ASCII and say so with `ascii` in a comment on the line.
              if (/(\/\/|\/\*).*ascii/i.test(line)) return;
              if (/\.to(Upper|Lower)Case\(\)|text-transform:\s*(uppercase|lowercase|capitalize)|\.localeCompare\([^,)]*\)/.test(line)) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
            });
        }
      }
    };
    walk("web/src");
    expect(offenders).toEqual([]);
  });
});
