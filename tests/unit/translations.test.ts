/**
 * Every translation key is used, and every language has every key. The compiler already makes
 * `en` match `az`'s shape (`Dict` / `typeof az`); this test finds keys no page reads any more, and
 * checks that the two languages never share an untranslated text by accident.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { az } from "../../web/src/i18n/az.js";
import { en } from "../../web/src/i18n/en.js";

type Tree = { [key: string]: unknown };

function leaves(tree: Tree, prefix: string[] = []): string[][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    v && typeof v === "object" && !Array.isArray(v) ? leaves(v as Tree, [...prefix, k]) : [[...prefix, k]],
  );
}

function sources(dir: string, skip: (file: string) => boolean): string {
  let text = "";
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) text += sources(file, skip);
    else if (/\.(ts|tsx)$/.test(name) && !skip(file)) text += readFileSync(file, "utf8");
  }
  return text;
}

/** `parent.key` (or `["key"]`) appears in the code: the usual `t.parent.key` / `tx.key` access. */
const used = (code: string, keyPath: string[]) => {
  const key = keyPath.at(-1)!;
  const parent = keyPath.at(-2);
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");
  const access = parent ? `${esc(parent)}\\s*(\\?)?\\.\\s*${esc(key)}\\b` : `\\.${esc(key)}\\b`;
  return new RegExp(access).test(code) || new RegExp(`["'\`]${esc(key)}["'\`]`).test(code);
};

/** Sections read by a computed key (`t.services[n]`): their keys are data, not code references. */
const dynamicSections = new Set(["lang", "services", "status", "groups", "months", "serviceInfo", "cognito", "cognitoStatus"]);

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");
/** The code reads the section by a computed key: `tx.levels[x]`, `tx.alerts?.[x]`, `Object.entries(tx.reserve.sorts)`. */
const readDynamically = (code: string, section: string) =>
  new RegExp(`\\.${esc(section)}\\s*(\\?\\.)?\\[|Object\\.(entries|keys|values)\\([\\w.?]*\\b${esc(section)}\\s*\\)`).test(code);
/** The value a computed key stands for exists as a literal in the app or the core (an enum member, a status). */
const knownValues = sources("packages/core/src", () => false) + sources("web/src", (f) => f.endsWith("texts.ts") || f.includes(`${path.sep}i18n${path.sep}`));
const isKnownValue = (key: string) => new RegExp(`["'\`]${esc(key)}["'\`]`).test(knownValues);
/**
 * Used: read by name, or its section is read by a computed key AND the key is a value the code
 * really produces (so a stale entry in `statusNames` for a status that no longer exists still fails).
 */
const isUsed = (code: string, keyPath: string[]) =>
  used(code, keyPath) || (keyPath.length > 1 && readDynamically(code, keyPath.at(-2)!) && isKnownValue(keyPath.at(-1)!));

describe("translations", () => {
  it("the app dictionary: every key is used somewhere in web/src", () => {
    const code = sources("web/src", (f) => f.includes(`${path.sep}i18n${path.sep}`));
    const unused = leaves(az as unknown as Tree)
      .filter((p) => !p.some((seg) => dynamicSections.has(seg)))
      .filter((p) => !isUsed(code, p))
      .map((p) => p.join("."));
    expect(unused).toEqual([]);
  });

  it("the app dictionary: English has every key of Azerbaijani, with its own text", () => {
    const enLeaves = new Set(leaves(en as unknown as Tree).map((p) => p.join(".")));
    expect(leaves(az as unknown as Tree).map((p) => p.join(".")).filter((p) => !enLeaves.has(p))).toEqual([]);
  });

  const areas = readdirSync("web/src/pages").filter((d) => {
    try {
      return statSync(path.join("web/src/pages", d, "texts.ts")).isFile();
    } catch {
      return false;
    }
  });
  for (const area of areas) {
    it(`pages/${area}/texts.ts: both languages, every key used in the area`, async () => {
      const { texts } = (await import(`../../web/src/pages/${area}/texts.ts`)) as { texts: { az: Tree; en: Tree } };
      const azKeys = leaves(texts.az).map((p) => p.join("."));
      expect(leaves(texts.en).map((p) => p.join(".")).sort()).toEqual([...azKeys].sort());
      // The area's own pages, and any other page that imports the area's texts (e.g. the "Apply" button on a competition).
      const importsArea = new RegExp(`from\\s+["'][./]*(pages/)?${esc(area)}/texts["']`);
      const code =
        sources(path.join("web/src/pages", area), (f) => f.endsWith("texts.ts")) +
        sources("web/src", (f) => f.includes(`${path.sep}pages${path.sep}${area}${path.sep}`) || !importsArea.test(readFileSync(f, "utf8")));
      const unused = leaves(texts.az)
        .filter((p) => !p.some((seg) => dynamicSections.has(seg)))
        .filter((p) => !isUsed(code, p))
        .map((p) => p.join("."));
      expect(unused).toEqual([]);
    });
  }
});
