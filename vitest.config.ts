import { defineConfig } from "vitest/config";

/**
 * `npm test` runs three projects: fast unit tests, offline synth tests of the stacks, and the
 * end-to-end project (integration + browser) against the local cloud that one global setup starts.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/*/src/**/*.test.ts", "packages/*/test/**/*.test.ts", "tests/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: "synth",
          include: ["tests/synth/**/*.test.ts"],
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: [
            "tests/local/**/*.test.ts",
            "tests/integration/**/*.test.ts",
            "tests/browser/**/*.test.ts",
            "tests/security/**/*.test.ts",
            "tests/reliability/**/*.test.ts",
          ],
          // The long ones (soak, faults, the logs of a whole run) are `npm run test:hard`.
          exclude: ["**/node_modules/**", "**/*.hard.test.ts"],
          globalSetup: ["tests/setup/global.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One local cloud serves every file; files run one after another to keep the 2-core machine steady.
          fileParallelism: false,
        },
      },
      // `npm run test:hard` (EXIDMET_HARD=1): soak, injected faults, PII in the logs of a whole run.
      ...(process.env.EXIDMET_HARD === "1"
        ? [
            {
              test: {
                name: "hard",
                include: ["tests/security/**/*.hard.test.ts", "tests/reliability/**/*.hard.test.ts"],
                globalSetup: ["tests/setup/global.ts"],
                testTimeout: 1_800_000,
                hookTimeout: 300_000,
                fileParallelism: false,
              },
            },
          ]
        : []),
    ],
  },
});
