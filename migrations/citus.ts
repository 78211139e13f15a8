import type { QueryRunner } from 'typeorm';

/** Whether this database has the Citus extension (migrations that distribute or need care on Citus). */
export async function hasCitus(queryRunner: QueryRunner): Promise<boolean> {
  const rows = (await queryRunner.query(`SELECT 1 FROM pg_extension WHERE extname = 'citus'`)) as unknown[];
  return rows.length > 0;
}

/**
 * On Citus, a transaction that changes distributed tables and then runs a type or function command
 * must do its shard work one connection at a time (`multi_shard_modify_mode = sequential`), or Citus
 * refuses the later command. Returns whether Citus is present.
 */
export async function sequentialOnCitus(queryRunner: QueryRunner): Promise<boolean> {
  const citus = await hasCitus(queryRunner);
  if (citus) await queryRunner.query(`SET LOCAL citus.multi_shard_modify_mode TO 'sequential'`);
  return citus;
}
