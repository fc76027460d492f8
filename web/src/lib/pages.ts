/** What the router needs to know of a page: its path, who may open it and how to load it. */
import type { FunctionComponent } from "preact";

export interface PageProps {
  params: Record<string, string>;
  query: URLSearchParams;
}
export type PageModule = { default: FunctionComponent<PageProps> };
/** "official" = any official; a group name = officials of that group (admins pass everywhere). */
export type PageAccess = "public" | "citizen" | "official" | "admin" | "it-officer" | "legal-officer" | "selection-officer" | "hr-officer";

export interface PageRoute {
  path: string;
  access: PageAccess;
  load: () => Promise<PageModule>;
}
