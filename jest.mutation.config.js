/**
 * The suites Stryker runs for every mutant: the pure ones (unit and crypto). The e2e suites spawn
 * the bundle, which Stryker does not rebuild per mutant, so they could only slow it down. The
 * dist/ stamp check is left out too: Stryker instruments src/, so no bundle ever matches it there.
 */
import base from './jest.config.js'

export default {
  ...base,
  testMatch: ['<rootDir>/__tests__/{unit,crypto}/**/*.test.ts'],
  testPathIgnorePatterns: [...base.testPathIgnorePatterns, '<rootDir>/__tests__/unit/dist-stamp.test.ts'],
}
