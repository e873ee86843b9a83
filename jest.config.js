/** Jest: TypeScript through ts-jest (type checking is done once by `npm run typecheck`). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests', '<rootDir>/src'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { isolatedModules: true, diagnostics: false }],
  },
  testTimeout: 30000,
  // After jest's own summary: every skipped test and why, and the slowest files and tests with their times.
  reporters: [
    'default',
    '<rootDir>/tests/support/skip-summary-reporter.js',
    '<rootDir>/tests/support/slowest-reporter.js',
  ],
};
