/**
 * Contact search and lists within a page of work (issue 8, docs/performance.md "Contact search"):
 *
 * - `snowball_search_words(document)`: the words of a search document (maximal runs of letters and
 *   digits, the same words pg_trgm sees; none over 255 bytes) as a tsvector; IMMUTABLE so it can be indexed. PL/pgSQL with
 *   a high COST, so the planner sees what splitting a document costs (15 µs) and never prefers
 *   computing it for every contact (a sequential scan) to reading the index.
 * - `ix_contact_search_words`: GIN over (owner_id, words of the document) (btree_gin). It serves the
 *   two first relevance tiers of a search — every word of `q` is a whole word of the contact, or
 *   begins one — with exact posting lists: a rare word reads its few entries, and the planner's
 *   statistics on the expression tell a common prefix (`mar`: 12 % of the contacts) from a rare one,
 *   so a common one walks the primary key in id order and stops after a page.
 * - `ix_contact_search_trgm` becomes a GIN (gin_trgm_ops) instead of the GiST of 1795740000000: it now
 *   serves only the match of the last tier (a typo, or a literal fragment), never the ordering, and a
 *   GIN costs a fraction of the GiST's signature work on every insert and update (see the insert
 *   figures in docs/performance.md).
 * - `contact` gets `parallel_workers = 0`: a page is a few hundred rows at most; under 32 connections
 *   on two cores, starting parallel workers for it cost more than the whole page (26 ms measured).
 *
 * The indexes are built in the migration's transaction (not CONCURRENTLY, which PostgreSQL refuses
 * inside one): on 100,000 contacts they take about 1 s (words) and 2 s (trigrams), during which writes
 * to `contact` wait. A deployment with far more contacts per database can build the words index by
 * hand with CREATE INDEX CONCURRENTLY first (same name and expression; this migration then skips it).
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { sequentialOnCitus } from './citus.js';
import { CONTACT_SEARCH_DOCUMENT } from './1795740000000-RankedSearchAndIndexesThatEarnTheirCost.js';

export class SearchServedByWordsAndTrigramGin1795810000000 implements MigrationInterface {
  name = 'SearchServedByWordsAndTrigramGin1795810000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await sequentialOnCitus(queryRunner);
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION snowball_search_words(document text) RETURNS tsvector
         LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE COST 1000 AS $$
         BEGIN
           -- Words over 255 bytes are left out (a tsvector refuses words over 2,047 bytes; nobody types
           -- such a word to find a contact, and the trigram tier still matches inside it).
           RETURN array_to_tsvector(ARRAY(
             SELECT word FROM unnest(regexp_split_to_array(document, '[^[:alnum:]]+')) AS word
              WHERE word <> '' AND octet_length(word) <= 255));
         END $$`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_contact_search_trgm"`);
    await queryRunner.query(
      `CREATE INDEX "ix_contact_search_trgm" ON "contact" USING gin ("owner_id", (${CONTACT_SEARCH_DOCUMENT}) gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX IF NOT EXISTS "ix_contact_search_words" ON "contact" USING gin ("owner_id", snowball_search_words(${CONTACT_SEARCH_DOCUMENT}))`,
    );
    await queryRunner.query(`ALTER TABLE "contact" SET (parallel_workers = 0)`);
    await queryRunner.query(`ANALYZE "contact"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await sequentialOnCitus(queryRunner);
    await queryRunner.query(`ALTER TABLE "contact" RESET (parallel_workers)`);
    await queryRunner.query(`DROP INDEX "public"."ix_contact_search_words"`);
    await queryRunner.query(`DROP FUNCTION snowball_search_words(text)`);
    await queryRunner.query(`DROP INDEX "public"."ix_contact_search_trgm"`);
    await queryRunner.query(
      `CREATE INDEX "ix_contact_search_trgm" ON "contact" USING gist ("owner_id", (${CONTACT_SEARCH_DOCUMENT}) gist_trgm_ops(siglen = 512))`,
    );
  }
}
