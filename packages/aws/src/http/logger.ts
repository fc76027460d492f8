import { Logger } from "@aws-lambda-powertools/logger";

/**
 * Structured JSON logs. Events, bodies, tokens and claims are never logged: they hold personal
 * data (ID-card numbers, FINs, addresses). Log ids and outcomes only.
 */
export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? "e-xidmet", logLevel: (process.env.LOG_LEVEL as never) ?? "INFO" });
