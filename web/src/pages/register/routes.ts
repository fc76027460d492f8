/** The pages of this service; app.tsx joins every service's list. Each page is its own chunk. */
import type { PageRoute } from "../../lib/pages";

export const routes: PageRoute[] = [
  // The civil servant: their own record and read log; the 7-day request.
  { path: "/register/me", access: "citizen", load: () => import("./MyRecord") },
  { path: "/register/requests/:id", access: "citizen", load: () => import("./MyRequest") },
  // The HR officer: their own body's people and statistics.
  { path: "/hr/register", access: "hr-officer", load: () => import("./HrSearch") },
  { path: "/hr/register/people/:fin", access: "hr-officer", load: () => import("./HrPerson") },
  { path: "/hr/register/statistics", access: "hr-officer", load: () => import("./HrStats") },
  // The IT sector: the 7-day requests.
  { path: "/officer/register-requests", access: "it-officer", load: () => import("./Queue") },
  { path: "/officer/register-requests/:id", access: "it-officer", load: () => import("./OfficerRequest") },
  // The Commission admin keeps the register.
  { path: "/admin/register", access: "admin", load: () => import("./AdminRegister") },
  { path: "/admin/register/new", access: "admin", load: () => import("./AdminPerson") },
  { path: "/admin/register/people/:fin", access: "admin", load: () => import("./AdminPerson") },
];
