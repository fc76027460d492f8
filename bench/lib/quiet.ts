/** Imported first by bench/run.ts: handlers in this process log warnings and errors only (the bench prints its own lines). */
process.env.LOG_LEVEL ??= "WARN";
process.env.POWERTOOLS_LOG_LEVEL ??= "WARN";
