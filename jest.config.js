const os = require('os');
const { BUNDLE } = require('./tests/support/fluent-bundle');

/** @type {import('jest').Config} */
module.exports = {
  // jest's default is one worker fewer than the cores, which on a 2-core machine means one file
  // at a time in jest's own process (whose heap grows file after file): two workers there
  // roughly halve the suite. Tests wait on what the user sees, so they pass either way.
  maxWorkers: Math.max(2, (os.availableParallelism?.() ?? os.cpus().length) - 1),
  testEnvironment: 'node',
  // Every test lives under tests/, mirroring src/ (tests/build/habits.test.ts keeps it so);
  // tests/e2e holds the browser tests, run by `npm run test:e2e` (jest.e2e.config.js).
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/'],
  setupFiles: ['<rootDir>/jest.setup.ts'],
  // Fluent UI, bundled once from its ES modules (tests/support/fluent-bundle.js says why).
  globalSetup: '<rootDir>/tests/support/fluent-bundle.js',
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
    '^@fluentui/react-components$': BUNDLE,
  },
};
