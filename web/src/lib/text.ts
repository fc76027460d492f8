/**
 * Case and order of user-visible text by the language's own rules. JavaScript's default
 * `toUpperCase` turns Azerbaijani "i" into "I" (it must be "İ") and "ı" stays "ı" but "I" lowers to
 * "i" (it must be "ı"); the default sort puts "ç", "ə", "ğ", "ı", "ö", "ş", "ü" after "z".
 * Codes (FIN, e-mail addresses, position codes) are ASCII and keep the plain `toUpperCase`.
 */
export type TextLang = "az" | "en";

export const upper = (text: string, lang: TextLang = "az") => text.toLocaleUpperCase(lang);
export const lower = (text: string, lang: TextLang = "az") => text.toLocaleLowerCase(lang);

const collators = new Map<TextLang, Intl.Collator>();
/** Compares two texts in the language's alphabetical order (a b c ç d e ə f g ğ h x ı i j k q l m n o ö p r s ş t u ü v y z). */
export function compareText(a: string, b: string, lang: TextLang = "az"): number {
  let c = collators.get(lang);
  if (!c) collators.set(lang, (c = new Intl.Collator(lang, { sensitivity: "base", numeric: true })));
  return c.compare(a, b);
}

/** A sorted copy of `items` by the text `key` gives, in the language's alphabetical order. */
export const sortByText = <T>(items: readonly T[], key: (item: T) => string, lang: TextLang = "az"): T[] =>
  [...items].sort((x, y) => compareText(key(x), key(y), lang));

/** Case-insensitive "contains" by the language's rules (a search box over names). */
export const containsText = (haystack: string, needle: string, lang: TextLang = "az") => lower(haystack, lang).includes(lower(needle.trim(), lang));

/** Select options in alphabetical order of their labels (state bodies, units). */
export const byLabel = <T extends { label: string }>(options: readonly T[], lang: TextLang = "az"): T[] => sortByText(options, (o) => o.label, lang);
