/**
 * Suggestions from the whole network, the follow-up setting and the service's usage counters.
 *
 * - `snowball_contact_document(title, responsibilities, interests, tags)`: the words of a contact a
 *   suggestion is matched on (English configuration, the title weighted A), and a GIN index over
 *   `(owner_id, document)` (btree_gin) so matching an inquiry's challenge and open questions against
 *   one user's contacts reads only that user's matching entries. IMMUTABLE so it can be indexed
 *   (`array_to_string` over text[] does not depend on settings).
 * - `app_user.follow_up_days`: after how many days without an answer an ask is suggested for a
 *   follow-up (default 14, 1–365).
 * - `usage_day` (requests and server errors per UTC day) and `user_activity` (when each user was last
 *   seen), written by the access-log hook in batches (src/modules/admin/usage-meter.ts). Not user
 *   data: on Citus they stay coordinator-local, like `rate_limit`.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { sequentialOnCitus } from './citus.js';

export class AddSuggestionSearchFollowUpAndUsage1795770000000 implements MigrationInterface {
  name = 'AddSuggestionSearchFollowUpAndUsage1795770000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await sequentialOnCitus(queryRunner);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    await queryRunner.query(
      `CREATE FUNCTION snowball_contact_document(title character varying, responsibilities text, interests text, tags text[])
         RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
           SELECT setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
               || to_tsvector('english'::regconfig, coalesce(responsibilities, ''))
               || to_tsvector('english'::regconfig, coalesce(interests, ''))
               || to_tsvector('english'::regconfig, coalesce(array_to_string(tags, ' '), ''))
         $$`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_contact_owner_id_document" ON "contact" USING gin ("owner_id", snowball_contact_document("title", "responsibilities", "interests", "tags")) WHERE "deleted_at" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD "follow_up_days" integer NOT NULL DEFAULT 14, ADD CONSTRAINT "ck_app_user_follow_up_days" CHECK ("follow_up_days" BETWEEN 1 AND 365)`,
    );
    await queryRunner.query(
      `CREATE TABLE "usage_day" ("day" date NOT NULL, "requests" bigint NOT NULL DEFAULT 0, "errors" bigint NOT NULL DEFAULT 0, CONSTRAINT "pk_usage_day" PRIMARY KEY ("day"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "user_activity" ("user_id" uuid NOT NULL, "last_seen_at" timestamptz(3) NOT NULL, CONSTRAINT "pk_user_activity" PRIMARY KEY ("user_id"), CONSTRAINT "fk_user_activity_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(`CREATE INDEX "ix_user_activity_last_seen_at" ON "user_activity" ("last_seen_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await sequentialOnCitus(queryRunner);
    await queryRunner.query(`DROP TABLE "user_activity"`);
    await queryRunner.query(`DROP TABLE "usage_day"`);
    await queryRunner.query(
      `ALTER TABLE "app_user" DROP CONSTRAINT "ck_app_user_follow_up_days", DROP COLUMN "follow_up_days"`,
    );
    await queryRunner.query(`DROP INDEX "ix_contact_owner_id_document"`);
    await queryRunner.query(`DROP FUNCTION snowball_contact_document(character varying, text, text, text[])`);
  }
}
