/**
 * The counters of every request budget and of login throttling (rate-limiter-flexible's Postgres
 * store, which gets `tableCreated: true` and so never runs DDL itself), shared by every instance.
 *
 * No entity maps it: the library owns its columns (`key`, `points`, `expire` in epoch milliseconds).
 * UNLOGGED: counters are worth no WAL; after a crash PostgreSQL empties the table and budgets start
 * full again, and replicas don't carry it. Keyed by `<limiter>:<IP, user id or hashed email>`, not by
 * owner: on Citus it stays a coordinator-local table (the app's sessions run on the coordinator).
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddRateLimitTable1795700000000 implements MigrationInterface {
  name = 'AddRateLimitTable1795700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE UNLOGGED TABLE "rate_limit" ("key" character varying(255) NOT NULL, "points" integer NOT NULL DEFAULT 0, "expire" bigint, CONSTRAINT "pk_rate_limit" PRIMARY KEY ("key"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limit"`);
  }
}
