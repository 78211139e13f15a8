/**
 * `npm run test:citus`: the HTTP suite against a real Citus cluster (CITUS_URL, set by
 * scripts/test-citus.sh), one file at a time on the cluster's one database, plus test/citus/.
 * Left out: unit tests (no database) and the outage test (it runs and stops its own server).
 */
import base from './jest.config.mjs';

export default {
  ...base,
  testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts', '<rootDir>/test/citus/**/*.e2e-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/database-outage\\.e2e-spec\\.ts$'],
  maxWorkers: 1,
};
