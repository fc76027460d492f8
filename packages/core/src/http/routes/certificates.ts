/** Certificates (services 5 and 6): the public verification by code. */
import type { RouteDef } from "../route-def.js";

export const certificateRoutes: readonly RouteDef[] = [];
