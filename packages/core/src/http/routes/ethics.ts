/** Service 7: complaints about breaches of the rules of ethical conduct. */
import type { RouteDef } from "../route-def.js";

export const ethicsRoutes: readonly RouteDef[] = [];
