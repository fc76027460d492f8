/** The pages of this service; app.tsx joins every service's list. Each page is its own chunk. */
import type { PageRoute } from "../../lib/pages";

export const routes: PageRoute[] = [
  // The citizen's application to one vacancy: the form, its draft, its status.
  { path: "/apply/:vacancyId", access: "citizen", load: () => import("./Apply") },
  // The IT sector's queue and decisions (admins pass every officials' page, read-only here).
  { path: "/officer/applications", access: "it-officer", load: () => import("./Queue") },
  { path: "/officer/applications/:id", access: "it-officer", load: () => import("./OfficerApplication") },
];
