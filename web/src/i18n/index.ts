import type { Bilingual } from "@exidmet/core/errors";
import { createStore, useStore } from "../lib/store";
import { az, type Dict } from "./az";
import { en } from "./en";

export type Lang = "az" | "en";
export type { Dict, Bilingual };

export const dictionaries: Record<Lang, Dict> = { az, en };
const KEY = "exidmet.lang";

function stored(): Lang {
  try {
    return window.localStorage.getItem(KEY) === "en" ? "en" : "az";
  } catch {
    return "az";
  }
}

export const langStore = createStore<Lang>(stored());

function apply(lang: Lang) {
  document.documentElement.lang = lang;
}
apply(langStore.get());

export function setLang(lang: Lang) {
  try {
    window.localStorage.setItem(KEY, lang);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
  apply(lang);
  langStore.set(lang);
}

export function useI18n() {
  const lang = useStore(langStore);
  return { lang, t: dictionaries[lang], setLang };
}

/** The current-language text of a bilingual value from the API. */
export const pick = (value: Bilingual | undefined, lang: Lang) => (value ? value[lang] || value.az : "");

/** A dictionary entry in both languages (for messages stored before the language is known). */
export const both = (get: (d: Dict, lang: Lang) => string): Bilingual => ({ az: get(az, "az"), en: get(en, "en") });

/**
 * A service's own texts, kept beside its pages (`pages/<area>/texts.ts`: `{ az, en }`, `en` typed as
 * `typeof az` so a missing key fails the build).
 */
export function useTexts<T>(texts: { az: T; en: T }): T {
  return texts[useI18n().lang];
}
