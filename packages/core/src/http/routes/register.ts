/** Service 3: the register of civil servants and the 7-day request. */
import type { RouteDef } from "../route-def.js";

export const registerRoutes: readonly RouteDef[] = [];
