/** Service 5: the civil-service seniority calculator and its certificates. */
import type { RouteDef } from "../route-def.js";

export const seniorityRoutes: readonly RouteDef[] = [];
