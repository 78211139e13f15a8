/** Partial indexes for the agenda and reflection figures: conversations per inquiry, keep-in-touch contacts. */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAgendaIndexes1795619525378 implements MigrationInterface {
  name = 'AddAgendaIndexes1795619525378';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_contact_keep_in_touch" ON "contact"  ("owner_id", "last_interaction_at") WHERE "keep_in_touch_days" IS NOT NULL AND "deleted_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_interaction_conversations" ON "interaction"  ("owner_id", "inquiry_id", "created_at") WHERE "kind" IN ('meeting', 'call') AND "deleted_at" IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_interaction_conversations"`);
    await queryRunner.query(`DROP INDEX "public"."ix_contact_keep_in_touch"`);
  }
}
