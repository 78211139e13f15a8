import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { DISTRIBUTED_TABLES } from '../../migrations/1795690000001-DistributeByOwnerOnCitus.js';
import { IdempotencyService } from '../../src/modules/idempotency/idempotency.service.js';
import { registerUser } from '../factories/users.js';
import { createContact } from '../support/api.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * What makes `npm run test:citus` mean something: the schema really is distributed as
 * docs/scale-out.md says, the app's sessions really refuse a query that fans out to every shard (so
 * the rest of the suite passing proves every route is routed to one shard), and the one named
 * exception (the idempotency purge) still runs.
 */
describe('Citus: placement and single-shard routing', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('distributes every user-owned table by owner_id, all co-located with contact', async () => {
    const rows = await t.sql<{ table: string; column: string; colocation: number }>(
      `SELECT logicalrelid::text AS table, column_to_column_name(logicalrelid, partkey) AS column,
              colocationid AS colocation
         FROM pg_dist_partition WHERE partmethod = 'h'`,
    );
    expect(rows.map((row) => row.table).sort()).toEqual(
      [
        ...DISTRIBUTED_TABLES,
        'owner_clock',
        'sync_tombstone',
        'contact_identity',
        'inquiry_insight_count',
        'inquiry_theme_contact',
        'contact_duplicate_dismissal',
      ].sort(),
    );
    expect(new Set(rows.map((row) => row.column))).toEqual(new Set(['owner_id']));
    expect(new Set(rows.map((row) => row.colocation)).size).toBe(1);
  });

  it('keeps the account tables, the audit log and the rate-limit counters local to the coordinator', async () => {
    const local = [
      'app_user',
      'api_key',
      'refresh_token',
      'audit_log',
      'rate_limit',
      'usage_day',
      'user_activity',
      'migrations',
    ];
    const distributed = await t.sql<{ table: string }>(
      `SELECT logicalrelid::text AS table FROM pg_dist_partition WHERE logicalrelid::text = ANY($1)`,
      [local],
    );
    expect(distributed).toEqual([]);
    const present = await t.sql<{ table: string }>(
      `SELECT tablename AS table FROM pg_tables WHERE schemaname = 'public' AND tablename = ANY($1)`,
      [local],
    );
    expect(present.map((row) => row.table).sort()).toEqual([...local].sort());
  });

  it("refuses, in the app's own sessions, a query that is not routed to one shard", async () => {
    const dataSource = t.app.get(DataSource);
    await expect(dataSource.query(`SELECT count(*) FROM contact`)).rejects.toThrow(/multi-task query/);
    // One user's rows are routed to one shard: allowed.
    const user = await registerUser(t);
    await createContact(t, user, { name: 'Routed Person' });
    const [row] = await dataSource.query<Array<{ n: string }>>(
      `SELECT count(*) AS n FROM contact WHERE owner_id = $1`,
      [user.id],
    );
    expect(Number(row.n)).toBe(1);
  });

  it('runs the idempotency purge (a named query across every user) under the same sessions', async () => {
    const alice = await registerUser(t);
    const bob = await registerUser(t);
    await t.sql(
      `INSERT INTO idempotency_key (owner_id, key, request_hash, state, created_at)
       VALUES ($1, 'old', 'h', 'completed', now() - interval '3 days'),
              ($2, 'old', 'h', 'completed', now() - interval '3 days'),
              ($1, 'fresh', 'h', 'completed', now())`,
      [alice.id, bob.id],
    );
    const outcome = await t.app.get(IdempotencyService).purgeExpired();
    expect(outcome).toEqual({ ran: true, deleted: 2 });
    const left = await t.sql<{ key: string }>(`SELECT key FROM idempotency_key WHERE owner_id = ANY($1)`, [
      [alice.id, bob.id],
    ]);
    expect(left.map((row) => row.key)).toEqual(['fresh']);
  });
});
