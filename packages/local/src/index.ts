/** @exidmet/local — the whole product on local emulators (see README.md). */
export { type LocalCloud, type StartOptions, startLocalCloud } from "./cloud.js";
export { DEFAULT_PORT_BASE, DEFAULT_TEST_PORT_BASE, type LocalCloudOptions, portsFrom, resolveConfig } from "./config.js";
export { type LocalUrls, localUrls, MAIL_FROM } from "./env.js";
export { isLocalCloudError, LocalCloudError } from "./errors.js";
export { findFreeBlock } from "./emulators/ports.js";
export * from "./seed/demo-data.js";
export { signIn } from "./seed/api.js";
