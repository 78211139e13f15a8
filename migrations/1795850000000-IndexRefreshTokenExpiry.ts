/**
 * `ix_refresh_token_expires_at`: the hourly purge of refresh-token families whose every token expired
 * (src/modules/auth/refresh-token-purge.ts) finds them by expiry instead of reading the whole table.
 * `refresh_token` is coordinator-local on Citus, so this is a plain index there too.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IndexRefreshTokenExpiry1795850000000 implements MigrationInterface {
  name = 'IndexRefreshTokenExpiry1795850000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_refresh_token_expires_at" ON "refresh_token" ("expires_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_refresh_token_expires_at"`);
  }
}
