/** Jest in ESM mode (see ../shared/notes/runner-facts.md). Two projects: fast pure unit tests, and
 * end-to-end tests that run the bundled dist/ against real tools and loopback stand-ins. */
const common = {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
}
export default {
  // A root option (jest ignores it per project): e2e tests run real downloads and go builds.
  testTimeout: 300000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/__tests__/e2e/**/*.test.ts'] },
  ],
}
