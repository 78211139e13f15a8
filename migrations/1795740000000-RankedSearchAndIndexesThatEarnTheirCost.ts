/**
 * Performance (issue 8) and search (issue 10), docs/performance.md:
 * - contact search: a GiST trigram index led by owner_id (btree_gist) over name, organization, title,
 *   tags, responsibilities, interests and notes; it serves the match (`%>` word similarity, `LIKE`)
 *   AND the ranking (`<->>` nearest first), so a page reads about a page of index entries;
 * - insight search: one GIN index led by owner_id over the `simple` and the `english` (stemmed)
 *   vectors of text, quote and themes;
 * - extended statistics on (owner_id, inquiry_id): inquiry_id implies owner_id, which the planner
 *   otherwise multiplies as independent (an inquiry estimated at 1 row, then quadratic plans);
 * - themes: a covering index of an inquiry's live insights (contact, themes), read index-only, so
 *   the themes route reads the inquiry's insights and not the user's whole insight table;
 * - indexes no query uses dropped (each costs every write): contact (owner_id, seniority), and the
 *   audit-log indexes only the old login throttling read.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { sequentialOnCitus } from './citus.js';

export const CONTACT_SEARCH_DOCUMENT = `lower(name || ' ' || coalesce(organization, '') || ' ' || coalesce(title, '') || ' ' || snowball_join_tags(tags) || ' ' || coalesce(responsibilities, '') || ' ' || coalesce(interests, '') || ' ' || coalesce(notes, ''))`;
const OLD_CONTACT_SEARCH_DOCUMENT = `lower(name || ' ' || coalesce(organization, '') || ' ' || coalesce(title, '') || ' ' || snowball_join_tags(tags))`;
export const INSIGHT_SEARCH_DOCUMENT = `(to_tsvector('simple', text || ' ' || coalesce(quote, '') || ' ' || snowball_join_tags(themes)) || to_tsvector('english', text || ' ' || coalesce(quote, '') || ' ' || snowball_join_tags(themes)))`;

const INQUIRY_TABLES = ['participant', 'referral', 'interaction', 'insight', 'commitment', 'question'];

export class RankedSearchAndIndexesThatEarnTheirCost1795740000000 implements MigrationInterface {
  name = 'RankedSearchAndIndexesThatEarnTheirCost1795740000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await sequentialOnCitus(queryRunner);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`DROP INDEX "public"."ix_contact_search_trgm"`);
    await queryRunner.query(
      `CREATE INDEX "ix_contact_search_trgm" ON "contact" USING gist ("owner_id", (${CONTACT_SEARCH_DOCUMENT}) gist_trgm_ops(siglen = 512))`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_insight_search"`);
    await queryRunner.query(
      `CREATE INDEX "ix_insight_search" ON "insight" USING gin ("owner_id", ${INSIGHT_SEARCH_DOCUMENT})`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_insight_owner_id_inquiry_id_themes" ON "insight" ("owner_id", "inquiry_id", "contact_id") INCLUDE ("themes") WHERE "deleted_at" IS NULL`,
    );
    for (const table of INQUIRY_TABLES) {
      await queryRunner.query(
        `CREATE STATISTICS IF NOT EXISTS "st_${table}_owner_id_inquiry_id" (dependencies, ndistinct) ON owner_id, inquiry_id FROM "${table}"`,
      );
      await queryRunner.query(`ANALYZE "${table}"`);
    }
    await queryRunner.query(`DROP INDEX "public"."ix_contact_owner_id_seniority"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_action_ip_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_action_subject_created_at"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await sequentialOnCitus(queryRunner);
    await queryRunner.query(
      `CREATE INDEX "ix_audit_log_action_subject_created_at" ON "audit_log" ("action", "subject", "created_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_audit_log_action_ip_created_at" ON "audit_log" ("action", "ip", "created_at")`,
    );
    await queryRunner.query(`CREATE INDEX "ix_contact_owner_id_seniority" ON "contact" ("owner_id", "seniority")`);
    for (const table of INQUIRY_TABLES) {
      await queryRunner.query(`DROP STATISTICS IF EXISTS "st_${table}_owner_id_inquiry_id"`);
    }
    await queryRunner.query(`DROP INDEX "public"."ix_insight_owner_id_inquiry_id_themes"`);
    await queryRunner.query(`DROP INDEX "public"."ix_insight_search"`);
    await queryRunner.query(
      `CREATE INDEX "ix_insight_search" ON "insight" USING gin (to_tsvector('simple', text || ' ' || coalesce(quote, '')))`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_contact_search_trgm"`);
    await queryRunner.query(
      `CREATE INDEX "ix_contact_search_trgm" ON "contact" USING gin ((${OLD_CONTACT_SEARCH_DOCUMENT}) gin_trgm_ops)`,
    );
  }
}
