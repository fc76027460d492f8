/** The pages of this service; app.tsx joins every service's list. Each page is its own chunk. */
import type { PageRoute } from "../../lib/pages";

export const routes: PageRoute[] = [
  // The citizen: register and start, take the test, see the result and the certificate.
  { path: "/trial-tests", access: "citizen", load: () => import("./TrialTests") },
  { path: "/trial-tests/:id", access: "citizen", load: () => import("./Attempt") },
  // The Commission admin: the question bank and the test's settings.
  { path: "/admin/questions", access: "admin", load: () => import("./AdminQuestions") },
  { path: "/admin/trial-tests/settings", access: "admin", load: () => import("./AdminSettings") },
];
