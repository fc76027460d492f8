/** The pages of this service; app.tsx joins every service's list. Each page is its own chunk. */
import type { PageRoute } from "../../lib/pages";

export const routes: PageRoute[] = [
  { path: "/results/mine", access: "citizen", load: () => import("./MyResults") },
  { path: "/hr/results", access: "hr-officer", load: () => import("./HrResults") },
  // HR officers of every state body, the personnel-selection department and the IT sector (the API decides).
  { path: "/hr/reserve", access: "official", load: () => import("./Reserve") },
  { path: "/officer/results", access: "it-officer", load: () => import("./OfficerResults") },
];
