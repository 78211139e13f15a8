/**
 * `npm run test:citus`: the HTTP suite against a real Citus cluster (CITUS_URL, set by
 * scripts/test-citus.sh), one file at a time on the cluster's one database, plus test/citus/.
 * Left out: unit tests (no database), the outage test (it runs and stops its own server) and the
 * idempotency fault injection (below).
 */
import base from './jest.config.mjs';

export default {
  ...base,
  testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts', '<rootDir>/test/citus/**/*.e2e-spec.ts'],
  // Left out as well: the idempotency fault injection, which plants failing triggers on the
  // idempotency table; on Citus that table is distributed and triggers on shards are not the app's
  // behaviour under test (the exactly-once SQL is the same, and is covered on PostgreSQL).
  testPathIgnorePatterns: [
    '/node_modules/',
    '/test/e2e/database-outage\\.e2e-spec\\.ts$',
    '/test/e2e/idempotency-faults\\.e2e-spec\\.ts$',
  ],
  maxWorkers: 1,
};
