/** Services 2 and 4: competition and interview results, and the reserve list. */
import type { RouteDef } from "../route-def.js";

export const resultRoutes: readonly RouteDef[] = [];
