/**
 * `npm run mutation` (see CONTRIBUTING): StrykerJS over src/ with the unit and crypto suites.
 * One file at a time: `npm run mutation -- --mutate src/time.ts`. Incremental, so a re-run only
 * tests mutants whose code or tests changed; everything it writes goes to the ignored reports/.
 */
export default {
  testRunner: 'jest',
  // Jest runs in ESM mode (jest.config.js); Stryker's child processes need the same flag.
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  jest: { projectType: 'custom', configFile: 'jest.mutation.config.js', enableFindRelatedTests: true },
  mutate: ['src/**/*.ts', '!src/**/*.d.ts', '!src/index.ts', '!src/runner.ts', '!src/**/*.generated.ts'],
  // dist/ is not read by the unit suites (bar the stamp check, left out in jest.mutation.config.js).
  ignorePatterns: ['dist', 'reports', '.emulator', 'coverage'],
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  tempDirName: 'reports/.stryker-tmp',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // The machine this runs on is usually shared; raise it with --concurrency on an idle one.
  concurrency: 1,
  timeoutMS: 10_000,
}
