/** The pages of this service; app.tsx joins every service's list. Each page is its own chunk. */
import type { PageRoute } from "../../lib/pages";

export const routes: PageRoute[] = [
  { path: "/results/mine", access: "citizen", load: () => import("./MyResults") },
  { path: "/hr/results", access: "hr-officer", load: () => import("./HrResults") },
  // HR officers of every state body, the personnel-selection department and the IT sector (the API decides).
  { path: "/hr/reserve", access: "official", load: () => import("./Reserve") },
  { path: "/officer/results", access: "it-officer", load: () => import("./OfficerResults") },
  // The personnel-selection department keeps the reserve list (the API allows only that group to change it).
  { path: "/officer/reserve", access: "selection-officer", load: () => import("./KeepReserve") },
  { path: "/officer/reserve/leave", access: "selection-officer", load: () => import("./LeaveReserve") },
  { path: "/officer/reserve/new", access: "selection-officer", load: () => import("./ManualEntry") },
  { path: "/officer/reserve/searches", access: "selection-officer", load: () => import("./SearchLog") },
];
