export * from "./adapters/clients.js";
export * from "./adapters/dynamo-store.js";
export * from "./adapters/ses-mailer.js";
export * from "./adapters/sfn-timers.js";
export * from "./adapters/cognito-directory.js";
export * from "./adapters/s3-files.js";
export * from "./http/route-handler.js";
export * from "./http/logger.js";
