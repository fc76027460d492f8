/** The pages of this service; app.tsx joins every service's list. Each page is its own chunk. */
import type { PageRoute } from "../../lib/pages";

export const routes: PageRoute[] = [
  { path: "/certificate", access: "public", load: () => import("./Verify") },
  { path: "/certificate/:code", access: "public", load: () => import("./Verify") },
];
