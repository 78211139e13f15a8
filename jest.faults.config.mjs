/** `npm run test:faults` (issue 11): the fault-injection suites in test/faults/, not part of `npm test`. */
import base from './jest.config.mjs';

export default {
  ...base,
  roots: ['<rootDir>/test/faults'],
  testMatch: ['**/*.fault-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  // Each suite starts its own PostgreSQL; no shared test server.
  globalSetup: undefined,
  globalTeardown: undefined,
  maxWorkers: 1,
  testTimeout: 240_000,
};
