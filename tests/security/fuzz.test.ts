/** Fuzzing every route (see fuzz-cases.ts); `npm run test:hard` runs the same with more cases (fuzz.hard.test.ts). */
import { defineFuzzSuite } from "./fuzz-suite.js";

defineFuzzSuite("fuzz", Number(process.env.EXIDMET_FUZZ_RUNS ?? 12));
