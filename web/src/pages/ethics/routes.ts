/** The pages of this service; app.tsx joins every service's list. Each page is its own chunk. */
import type { PageRoute } from "../../lib/pages";

export const routes: PageRoute[] = [
  // The complainant: a new complaint (its draft is created on the first save), then its own page.
  { path: "/ethics/complaints/new", access: "citizen", load: () => import("./Complaint") },
  { path: "/ethics/complaints/:id", access: "citizen", load: () => import("./Complaint") },
  // The legal sector: the queue (due and overdue first) and one complaint with its actions.
  { path: "/legal/complaints", access: "legal-officer", load: () => import("./Queue") },
  { path: "/legal/complaints/:id", access: "legal-officer", load: () => import("./LegalComplaint") },
];
