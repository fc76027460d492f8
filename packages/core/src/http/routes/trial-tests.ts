/** Service 6: online trial tests. */
import type { RouteDef } from "../route-def.js";

export const trialTestRoutes: readonly RouteDef[] = [];
