/**
 * Browser tests of the preview (`npm run test:e2e`): playwright-core drives the system's
 * Debian Chromium (/usr/bin/chromium, or $CHROMIUM_PATH); no browser is ever downloaded.
 * The global setup builds dist-preview/ once (skip with E2E_NO_BUILD=1); each test file
 * starts its own preview server on a free 127.0.0.1 port and stops it.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['**/*.e2e.test.ts'],
  globalSetup: '<rootDir>/tests/e2e/support/global-setup.ts',
  testTimeout: 60_000,
  maxWorkers: 1,
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }],
  },
};
