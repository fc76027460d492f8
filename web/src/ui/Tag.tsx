import type { ComponentChildren } from "preact";

export type TagTone = "blue" | "green" | "grey" | "red" | "yellow";

export function Tag({ tone = "blue", children }: { tone?: TagTone; children: ComponentChildren }) {
  return <strong class={`tag tag--${tone}`}>{children}</strong>;
}
