import * as z from "zod";
import { requiredText, text } from "../validation/fields.js";

/**
 * The IT-sector officer's decisions on an application, as ONE set of schemas for the browser
 * (the decision forms) and the Lambdas. No server-only imports here.
 */
export const reasonSchema = z.object({ reason: requiredText(2000) }).strict();
/** Admission needs no written ground; an officer may add a note. */
export const admitSchema = z.object({ reason: text(2000).optional() }).strict();
export const refuseSchema = z.object({ reasons: z.array(requiredText(2000)).min(1).max(20) }).strict();
