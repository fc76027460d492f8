/** The pages of this service; app.tsx joins every service's list. Each page is its own chunk. */
import type { PageRoute } from "../../lib/pages";

export const routes: PageRoute[] = [
  // The calculator is public; a signed-in citizen also requests the certificate there.
  { path: "/seniority", access: "public", load: () => import("./Calculator") },
  { path: "/seniority/requests/:id", access: "citizen", load: () => import("./Request") },
  // The legal sector's queue and decisions (admins pass every officials' page, read-only here).
  { path: "/legal/seniority", access: "legal-officer", load: () => import("./Queue") },
  { path: "/legal/seniority/:id", access: "legal-officer", load: () => import("./LegalRequest") },
];
