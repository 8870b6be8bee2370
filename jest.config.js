/** Jest runs in ESM mode because @actions/core, @actions/github and jose ship ESM only. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
  testMatch: ['**/__tests__/**/*.test.ts'],
  // Stryker's sandboxes (npm run mutation) hold copies of the suites.
  modulePathIgnorePatterns: ['<rootDir>/reports/'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/reports/'],
  testTimeout: 60000,
}
