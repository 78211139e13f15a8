/**
 * A participant can join an inquiry **directly**: a meeting, call, ask or thank-you logged in the
 * inquiry with someone who was not in its snowball makes them a participant (origin `direct`,
 * wave 0), so the cycle's figures and the snowball agree (docs/domain.md).
 * `down()` turns direct participants back into seeds (the nearest origin) and drops the value.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { sequentialOnCitus } from './citus.js';

export class AddDirectParticipantOrigin1795760000000 implements MigrationInterface {
  name = 'AddDirectParticipantOrigin1795760000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."participant_origin" ADD VALUE IF NOT EXISTS 'direct'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await sequentialOnCitus(queryRunner);
    await queryRunner.query(`UPDATE "participant" SET "origin" = 'seed' WHERE "origin" = 'direct'`);
    await queryRunner.query(`ALTER TYPE "public"."participant_origin" RENAME TO "participant_origin_old"`);
    await queryRunner.query(`CREATE TYPE "public"."participant_origin" AS ENUM('seed', 'referral')`);
    await queryRunner.query(
      `ALTER TABLE "participant" ALTER COLUMN "origin" TYPE "public"."participant_origin" USING "origin"::text::"public"."participant_origin"`,
    );
    await queryRunner.query(`DROP TYPE "public"."participant_origin_old"`);
  }
}
