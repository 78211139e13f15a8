/**
 * Delta sync (docs/sync.md): one change counter per user (`owner_clock`), bumped at the start of
 * every write transaction of that user, and stamped on every row the transaction writes
 * (`sync_seq`, taken from the transaction-local setting `snowball.sync_seq`; a write that did not
 * take a number fails, so none can be missed). The counter's row lock serialises one user's write
 * transactions, so they commit in the order of their numbers: a client that has seen number n has
 * seen every change numbered below it, even one whose transaction committed late.
 * Rows that existed before have number 0 (a first, full sync sends them). On Citus `owner_clock` is
 * distributed by owner_id and co-located with the user's rows.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { sequentialOnCitus } from './citus.js';

export const SYNCED_TABLES = [
  'contact',
  'inquiry',
  'question',
  'participant',
  'referral',
  'interaction',
  'insight',
  'reflection',
  'commitment',
  'opportunity',
] as const;

export class AddSyncSequence1795720000000 implements MigrationInterface {
  name = 'AddSyncSequence1795720000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const citus = await sequentialOnCitus(queryRunner);
    // The number the current transaction took (src/database/sync-clock.ts); an error without one.
    await queryRunner.query(
      `CREATE FUNCTION "snowball_sync_seq"() RETURNS bigint LANGUAGE sql STABLE PARALLEL SAFE AS $$ SELECT current_setting('snowball.sync_seq')::bigint $$`,
    );
    await queryRunner.query(
      `CREATE TABLE "owner_clock" ("owner_id" uuid NOT NULL, "seq" bigint NOT NULL, CONSTRAINT "pk_owner_clock" PRIMARY KEY ("owner_id"))`,
    );
    for (const table of SYNCED_TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "sync_seq" bigint NOT NULL DEFAULT '0'`);
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "sync_seq" SET DEFAULT snowball_sync_seq()`);
      await queryRunner.query(
        `CREATE INDEX "ix_${table}_owner_id_sync_seq_id" ON "${table}" ("owner_id", "sync_seq", "id")`,
      );
    }
    if (citus) {
      await queryRunner.query(`SELECT create_distributed_table('owner_clock', 'owner_id', colocate_with => 'contact')`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await sequentialOnCitus(queryRunner);
    for (const table of [...SYNCED_TABLES].reverse()) {
      await queryRunner.query(`DROP INDEX "public"."ix_${table}_owner_id_sync_seq_id"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "sync_seq"`);
    }
    await queryRunner.query(`DROP TABLE "owner_clock"`);
    await queryRunner.query(`DROP FUNCTION "snowball_sync_seq"()`);
  }
}
