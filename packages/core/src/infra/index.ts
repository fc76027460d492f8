export * from "./resources.js";
export * from "./env.js";
