/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }],
  },
  moduleNameMapper: {
    // office-addin-mock pulls office-addin-manifest, whose ESM-only dependencies break jest.
    '^office-addin-manifest$': '<rootDir>/tests/support/office-addin-manifest-stub.js',
    '\\.(css|png|svg)$': '<rootDir>/tests/support/file-stub.js',
  },
};
