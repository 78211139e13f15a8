/**
 * The insight search ranks every match by `ts_rank` over the search document, which the old index was
 * an expression over: each matching row's two text vectors were built again per request (a common
 * word in 205,000 insights: 10,000 matches, ~120 ms on each of three processes). Stored, the ranking
 * reads the vector: docs/performance.md, "Insight search from a stored document". Adding the column
 * rewrites the table once (about 6 s for 205,000 insights).
 *
 * TypeORM compares a generated column's expression with the copy it keeps in `typeorm_metadata`
 * (keyed by the database's name), so the row is written here, for the database being migrated.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

const DOCUMENT = `to_tsvector('simple', text || ' ' || coalesce(quote, '') || ' ' || snowball_join_tags(themes)) || to_tsvector('english', text || ' ' || coalesce(quote, '') || ' ' || snowball_join_tags(themes))`;

export class StoreInsightSearchDocument1795890000000 implements MigrationInterface {
  name = 'StoreInsightSearchDocument1795890000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" character varying NOT NULL, "database" character varying, "schema" character varying, "table" character varying, "name" character varying, "value" text)`,
    );
    await queryRunner.query(
      `ALTER TABLE "insight" ADD "search_document" tsvector GENERATED ALWAYS AS (${DOCUMENT}) STORED`,
    );
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata" ("database", "schema", "table", "type", "name", "value")
       VALUES (current_database(), 'public', 'insight', 'GENERATED_COLUMN', 'search_document', $1)`,
      [DOCUMENT],
    );
    await queryRunner.query(`DROP INDEX "public"."ix_insight_search"`);
    await queryRunner.query(`CREATE INDEX "ix_insight_search" ON "insight" USING gin ("owner_id", "search_document")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_insight_search"`);
    await queryRunner.query(`CREATE INDEX "ix_insight_search" ON "insight" USING gin ("owner_id", (${DOCUMENT}))`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "schema" = 'public' AND "table" = 'insight' AND "name" = 'search_document'`,
    );
    await queryRunner.query(`ALTER TABLE "insight" DROP COLUMN "search_document"`);
    const [{ left }] = (await queryRunner.query(`SELECT count(*)::int AS left FROM "typeorm_metadata"`)) as Array<{
      left: number;
    }>;
    if (left === 0) await queryRunner.query(`DROP TABLE "typeorm_metadata"`);
  }
}
