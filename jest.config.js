/** Jest: TypeScript through ts-jest (type checking is done once by `npm run typecheck`). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests', '<rootDir>/src'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // Transpile only (tsconfig.jest.json sets isolatedModules, where ts-jest 29.4 wants it).
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json', diagnostics: false }],
  },
  testTimeout: 30000,
  // After jest's own summary: every skipped test and why, and the slowest files and tests with their times.
  reporters: [
    'default',
    '<rootDir>/tests/support/skip-summary-reporter.js',
    '<rootDir>/tests/support/slowest-reporter.js',
  ],
};
