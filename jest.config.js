/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/'],
  setupFiles: ['<rootDir>/jest.setup.ts'],
  // A safety net only: tests wait on what the user sees (jest.setup.ts), not on the clock, and
  // none may rely on jest's 5 s default; this just stops a hung test on a saturated machine.
  testTimeout: 60_000,
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }],
  },
  moduleNameMapper: {
    // office-addin-mock pulls office-addin-manifest, whose ESM-only dependencies break jest.
    '^office-addin-manifest$': '<rootDir>/tests/support/office-addin-manifest-stub.js',
    '\\.(css|png|svg)$': '<rootDir>/tests/support/file-stub.js',
  },
};
