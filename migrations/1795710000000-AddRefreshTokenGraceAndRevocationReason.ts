/**
 * Refresh-token rotation with a grace window, and logout told apart from theft:
 * - `replaced_by_id` and `replacement_secret` (the successor's secret, encrypted with a key derived
 *   from JWT_SECRET) let a spent token presented again within the grace window get the same
 *   successor instead of revoking the family (two refreshes sent at once);
 * - `revoked_reason` (`logout` or `reuse`) lets a refresh after logout answer `session_ended`
 *   instead of raising a reuse alarm.
 * Existing rows get NULLs: tokens revoked before this migration read as revoked for reuse.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddRefreshTokenGraceAndRevocationReason1795710000000 implements MigrationInterface {
  name = 'AddRefreshTokenGraceAndRevocationReason1795710000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "refresh_token" ADD "revoked_reason" character varying(16)`);
    await queryRunner.query(`ALTER TABLE "refresh_token" ADD "replaced_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "refresh_token" ADD "replacement_secret" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "refresh_token" DROP COLUMN "replacement_secret"`);
    await queryRunner.query(`ALTER TABLE "refresh_token" DROP COLUMN "replaced_by_id"`);
    await queryRunner.query(`ALTER TABLE "refresh_token" DROP COLUMN "revoked_reason"`);
  }
}
