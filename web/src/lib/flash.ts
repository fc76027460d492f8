import { useEffect, useState } from "preact/hooks";
import type { Bilingual } from "@exidmet/core/errors";
import { createStore } from "./store";

/** A one-time confirmation carried to the next page (e.g. "The account was created"). */
const flashStore = createStore<Bilingual | null>(null);

export const flash = (message: Bilingual) => flashStore.set(message);

/** The pending confirmation, taken once when the page mounts. */
export function useFlash(): Bilingual | null {
  const [message] = useState(() => flashStore.get());
  useEffect(() => flashStore.set(null), []);
  return message;
}
