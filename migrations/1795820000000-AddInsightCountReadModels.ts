/**
 * Analytics' read models of insight counts (docs/architecture.md, "Read models"; issue 8): per
 * inquiry, the live insights by kind, by theme and by contact (`inquiry_insight_count`), and per inquiry, theme
 * and contact how many of the contact's insights name the theme, with the contact's perspective
 * (`inquiry_theme_contact`). The app keeps them up to date in the write transactions that change
 * insights or a contact's perspective; this migration backfills them from the tables. On Citus both
 * are distributed by owner_id, co-located with contact. The themes route's covering index on insight
 * gives way to a smaller partial one for the cycle's insights. Not synced (derived), no foreign keys (as
 * `owner_clock`): deleting an account deletes them by owner.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { hasCitus } from './citus.js';

export class AddInsightCountReadModels1795820000000 implements MigrationInterface {
  name = 'AddInsightCountReadModels1795820000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "inquiry_insight_count" ("owner_id" uuid NOT NULL, "inquiry_id" uuid NOT NULL, "facet" character varying(8) NOT NULL, "value" text NOT NULL, "insights" integer NOT NULL, CONSTRAINT "pk_inquiry_insight_count" PRIMARY KEY ("owner_id", "inquiry_id", "facet", "value"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "inquiry_theme_contact" ("owner_id" uuid NOT NULL, "inquiry_id" uuid NOT NULL, "theme" text NOT NULL, "contact_id" uuid NOT NULL, "insights" integer NOT NULL, "seniority" "public"."seniority", "same_organization" boolean, CONSTRAINT "pk_inquiry_theme_contact" PRIMARY KEY ("owner_id", "inquiry_id", "theme", "contact_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_inquiry_theme_contact_owner_id_contact_id" ON "inquiry_theme_contact" ("owner_id", "contact_id")`,
    );
    // Themes and the connectors no longer read insights through their covering index; a cycle's
    // insights since its last reflection are counted index-only from a smaller one.
    await queryRunner.query(`DROP INDEX "public"."ix_insight_owner_id_inquiry_id_themes"`);
    await queryRunner.query(
      `CREATE INDEX "ix_insight_owner_id_inquiry_id_live" ON "insight" ("owner_id", "inquiry_id", "created_at") WHERE "deleted_at" IS NULL`,
    );
    if (await hasCitus(queryRunner)) {
      for (const table of ['inquiry_insight_count', 'inquiry_theme_contact']) {
        await queryRunner.query(`SELECT create_distributed_table($1, 'owner_id', colocate_with => 'contact')`, [table]);
      }
    }
    // The backfill: the same definition as RECOUNT_INSIGHTS (src/modules/analytics/insight-counts.repository.ts), for every owner.
    await queryRunner.query(
      `INSERT INTO inquiry_insight_count (owner_id, inquiry_id, facet, value, insights)
       SELECT s.owner_id, s.inquiry_id, 'kind', s.kind::text, count(*)::int
         FROM insight s WHERE s.deleted_at IS NULL
        GROUP BY s.owner_id, s.inquiry_id, s.kind`,
    );
    await queryRunner.query(
      `INSERT INTO inquiry_insight_count (owner_id, inquiry_id, facet, value, insights)
       SELECT s.owner_id, s.inquiry_id, 'theme', t.theme, count(*)::int
         FROM insight s CROSS JOIN LATERAL (SELECT DISTINCT unnest(s.themes) AS theme) t
        WHERE s.deleted_at IS NULL
        GROUP BY s.owner_id, s.inquiry_id, t.theme`,
    );
    await queryRunner.query(
      `INSERT INTO inquiry_insight_count (owner_id, inquiry_id, facet, value, insights)
       SELECT s.owner_id, s.inquiry_id, 'contact', s.contact_id::text, count(*)::int
         FROM insight s WHERE s.deleted_at IS NULL AND s.contact_id IS NOT NULL
        GROUP BY s.owner_id, s.inquiry_id, s.contact_id`,
    );
    await queryRunner.query(
      `INSERT INTO inquiry_theme_contact (owner_id, inquiry_id, theme, contact_id, insights, seniority, same_organization)
       SELECT s.owner_id, s.inquiry_id, t.theme, s.contact_id, count(*)::int, c.seniority, c.same_organization
         FROM insight s CROSS JOIN LATERAL (SELECT DISTINCT unnest(s.themes) AS theme) t
         JOIN contact c ON c.owner_id = s.owner_id AND c.id = s.contact_id
        WHERE s.deleted_at IS NULL
        GROUP BY s.owner_id, s.inquiry_id, t.theme, s.contact_id, c.seniority, c.same_organization`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_insight_owner_id_inquiry_id_live"`);
    await queryRunner.query(
      `CREATE INDEX "ix_insight_owner_id_inquiry_id_themes" ON "insight" ("owner_id", "inquiry_id", "contact_id") INCLUDE ("themes") WHERE "deleted_at" IS NULL`,
    );
    await queryRunner.query(`DROP TABLE "inquiry_theme_contact"`);
    await queryRunner.query(`DROP TABLE "inquiry_insight_count"`);
  }
}
