/**
 * Likely duplicates (docs/domain.md): `contact_duplicate_dismissal`, the pairs of contacts a user
 * said are not one person, which `GET /v1/contacts/duplicates` leaves out. One row per pair, the
 * lower id first; user-owned (`PRIMARY KEY (owner_id, contact_id, other_contact_id)`, composite
 * foreign keys to both contacts, removed with either), and on Citus distributed by owner_id,
 * co-located with `contact`.
 *
 * No index on `contact`: the duplicates query reads every live contact of the owner (an index can't
 * spare that), so an index would only add a cost to every contact write (imports above all) for
 * nothing; the measurements are in docs/performance.md.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { sequentialOnCitus } from './citus.js';

export class AddContactDuplicateDismissals1795790000000 implements MigrationInterface {
  name = 'AddContactDuplicateDismissals1795790000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // As the other migrations that distribute a table and then add its foreign keys (AddContactValues).
    const citus = await sequentialOnCitus(queryRunner);
    await queryRunner.query(
      `CREATE TABLE "contact_duplicate_dismissal" ("owner_id" uuid NOT NULL, "contact_id" uuid NOT NULL, "other_contact_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_contact_duplicate_dismissal_order" CHECK ("contact_id" < "other_contact_id"), CONSTRAINT "pk_contact_duplicate_dismissal" PRIMARY KEY ("owner_id", "contact_id", "other_contact_id"))`,
    );
    if (citus) {
      await queryRunner.query(
        `SELECT create_distributed_table('contact_duplicate_dismissal', 'owner_id', colocate_with => 'contact')`,
      );
    }
    await queryRunner.query(
      `ALTER TABLE "contact_duplicate_dismissal" ADD CONSTRAINT "fk_contact_duplicate_dismissal_contact" FOREIGN KEY ("owner_id", "contact_id") REFERENCES "contact"("owner_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contact_duplicate_dismissal" ADD CONSTRAINT "fk_contact_duplicate_dismissal_other_contact" FOREIGN KEY ("owner_id", "other_contact_id") REFERENCES "contact"("owner_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "contact_duplicate_dismissal"`);
  }
}
