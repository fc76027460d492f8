export * from "./fields.js";
export * from "./messages.js";
export * from "./parse.js";
export * from "./bilingual.js";
