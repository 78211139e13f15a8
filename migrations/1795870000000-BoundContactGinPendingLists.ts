/**
 * Every logged interaction updates its contact (`last_interaction_at`, `sync_seq`: both indexed, so the
 * update is never HOT), and a non-HOT update adds the row to every index, the GIN indexes' pending
 * lists included. A GIN scan reads its whole pending list: with the default limit of 4 MB, after a few
 * thousand writes a rare-name search read ~250 pages of it per tier (6–7 ms of PostgreSQL per search
 * instead of ~1). At 512 kB the list stays under 64 pages (a search after the same writes: ~1.2 ms of
 * PostgreSQL). Smaller costs the bulk inserts: the inserting session merges the list into the index
 * each time it fills, and at 64 kB a 10,000-row import into the account of 100,000 contacts took
 * 3.2–3.5 s instead of 2.0–2.5 (512 kB: 2.55 s, 1 MB: 2.41 s).
 * docs/performance.md, "GIN pending lists".
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

const CONTACT_GIN_INDEXES = [
  'ix_contact_search_trgm',
  'ix_contact_search_words',
  'ix_contact_owner_id_tags',
  'ix_contact_owner_id_document',
];

export class BoundContactGinPendingLists1795870000000 implements MigrationInterface {
  name = 'BoundContactGinPendingLists1795870000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const index of CONTACT_GIN_INDEXES) {
      await queryRunner.query(`ALTER INDEX "public"."${index}" SET (gin_pending_list_limit = 512)`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of CONTACT_GIN_INDEXES) {
      await queryRunner.query(`ALTER INDEX "public"."${index}" RESET (gin_pending_list_limit)`);
    }
  }
}
