import * as z from "zod";
import { requiredText } from "./fields.js";

/** A name given in both languages (Azerbaijani is the official one). */
export const bilingualText = (max: number) => z.object({ az: requiredText(max), en: requiredText(max) }).strict();
