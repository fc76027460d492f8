export * from "./store.js";
export * from "./services.js";
