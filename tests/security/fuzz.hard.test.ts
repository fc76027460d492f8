/** The fuzz suite with ten times the cases per route (npm run test:hard). */
import { defineFuzzSuite } from "./fuzz-suite.js";

defineFuzzSuite("fuzz-hard", Number(process.env.EXIDMET_FUZZ_HARD_RUNS ?? 120));
