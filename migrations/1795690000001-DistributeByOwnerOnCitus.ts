/**
 * Where each table lives on Citus (docs/scale-out.md). With the `citus` extension present, every
 * user-owned table is distributed by `owner_id` and co-located with `contact`, so one user's rows of
 * every table sit on the same shard and a request about one user is routed to one node. The account
 * tables (app_user, api_key, refresh_token), the audit log and the other coordinator tables stay
 * local to the coordinator: they are looked up by email, key prefix or token hash (never by owner),
 * are small, and are written on every login, which a reference table would turn into a commit on
 * every node. On plain PostgreSQL this migration does nothing.
 *
 * Runs outside a transaction (`transaction = false`): each table is distributed in its own
 * transaction, and a table that is already distributed is skipped, so a migration interrupted
 * half-way can be run again.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Referenced tables first: a distributed table's foreign keys may only point at distributed tables. */
export const DISTRIBUTED_TABLES = [
  'contact',
  'inquiry',
  'question',
  'interaction',
  'participant',
  'referral',
  'insight',
  'reflection',
  'commitment',
  'opportunity',
  'idempotency_key',
] as const;

async function hasCitus(queryRunner: QueryRunner): Promise<boolean> {
  const rows = (await queryRunner.query(`SELECT 1 FROM pg_extension WHERE extname = 'citus'`)) as unknown[];
  return rows.length > 0;
}

async function isDistributed(queryRunner: QueryRunner, table: string): Promise<boolean> {
  const rows = (await queryRunner.query(`SELECT 1 FROM pg_dist_partition WHERE logicalrelid = to_regclass($1)`, [
    `public.${table}`,
  ])) as unknown[];
  return rows.length > 0;
}

export class DistributeByOwnerOnCitus1795690000001 implements MigrationInterface {
  name = 'DistributeByOwnerOnCitus1795690000001';
  transaction = false;

  public async up(queryRunner: QueryRunner): Promise<void> {
    if (!(await hasCitus(queryRunner))) return;
    for (const table of DISTRIBUTED_TABLES) {
      if (await isDistributed(queryRunner, table)) continue;
      await queryRunner.query(
        table === DISTRIBUTED_TABLES[0]
          ? `SELECT create_distributed_table($1, 'owner_id')`
          : `SELECT create_distributed_table($1, 'owner_id', colocate_with => '${DISTRIBUTED_TABLES[0]}')`,
        [table],
      );
    }
    // Rows that were on the coordinator before have been copied into the shards; their local copies
    // go once no local table refers to them any more.
    for (const table of DISTRIBUTED_TABLES) {
      await queryRunner.query(`SELECT truncate_local_data_after_distributing_table($1)`, [table]);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    if (!(await hasCitus(queryRunner))) return;
    for (const table of [...DISTRIBUTED_TABLES].reverse()) {
      if (!(await isDistributed(queryRunner, table))) continue;
      // Undistributing a table brings the ones its foreign keys connect it to back with it.
      await queryRunner.query(`SELECT undistribute_table($1, cascade_via_foreign_keys => true)`, [table]);
    }
  }
}
