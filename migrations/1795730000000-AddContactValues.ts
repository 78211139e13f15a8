/**
 * Contacts that hold a real person (docs/domain.md, docs/import-export.md): every email, phone and
 * web address of a contact, labelled, one primary per kind (`emails`, `phones`, `urls` as jsonb
 * arrays), and `contact_identity`, the keys a contact is recognised by (normalised email, LinkedIn
 * slug, E.164 phone), one row per key of a live contact, kept in step by ContactsService in the same
 * transaction. A partial unique index makes the database refuse two live contacts of one owner with
 * the same email or LinkedIn profile. Existing contacts get their single email/phone/LinkedIn URL as
 * the primary value (when two contacts of a user already shared an email, the older keeps the key).
 * On Citus the new table is distributed by owner_id, co-located with contact. The B-tree indexes on
 * contact's email and linkedin_url go: lookups by them now go through contact_identity.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { sequentialOnCitus } from './citus.js';

export class AddContactValues1795730000000 implements MigrationInterface {
  name = 'AddContactValues1795730000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const citus = await sequentialOnCitus(queryRunner);
    for (const column of ['emails', 'phones', 'urls']) {
      await queryRunner.query(`ALTER TABLE "contact" ADD "${column}" jsonb NOT NULL DEFAULT '[]'`);
    }
    await queryRunner.query(`ALTER TABLE "contact" ADD "connected_on" date`);
    // Superseded by contact_identity, which every lookup by email or profile goes through.
    await queryRunner.query(`DROP INDEX "public"."ix_contact_owner_id_email"`);
    await queryRunner.query(`DROP INDEX "public"."ix_contact_owner_id_linkedin_url"`);
    await queryRunner.query(
      `CREATE TABLE "contact_identity" ("owner_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "value" character varying(320) NOT NULL, "contact_id" uuid NOT NULL, CONSTRAINT "pk_contact_identity" PRIMARY KEY ("owner_id", "contact_id", "kind", "value"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_contact_identity_owner_id_kind_value" ON "contact_identity" ("owner_id", "kind", "value") WHERE "kind" <> 'phone'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_contact_identity_owner_id_kind_value_phone" ON "contact_identity" ("owner_id", "kind", "value") WHERE "kind" = 'phone'`,
    );
    if (citus) {
      await queryRunner.query(
        `SELECT create_distributed_table('contact_identity', 'owner_id', colocate_with => 'contact')`,
      );
    }
    await queryRunner.query(
      `ALTER TABLE "contact_identity" ADD CONSTRAINT "fk_contact_identity_contact" FOREIGN KEY ("owner_id", "contact_id") REFERENCES "contact"("owner_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    // The single values become the primary ones. Through a helper declared IMMUTABLE (it is, for
    // text): Citus refuses STABLE functions such as jsonb_build_object with column references in a
    // distributed UPDATE. Dropped again at the end.
    await queryRunner.query(
      `CREATE FUNCTION "snowball_primary_value"(text, text) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$ SELECT jsonb_build_array(jsonb_build_object('value', $1, 'label', $2, 'primary', true)) $$`,
    );
    await queryRunner.query(
      `UPDATE "contact" SET "emails" = snowball_primary_value(lower("email"), NULL) WHERE "email" IS NOT NULL`,
    );
    await queryRunner.query(
      `UPDATE "contact" SET "phones" = snowball_primary_value("phone", NULL) WHERE "phone" IS NOT NULL`,
    );
    await queryRunner.query(
      `UPDATE "contact" SET "urls" = snowball_primary_value("linkedin_url", 'linkedin') WHERE "linkedin_url" IS NOT NULL`,
    );
    await queryRunner.query(`DROP FUNCTION "snowball_primary_value"(text, text)`);
    await queryRunner.query(
      `INSERT INTO "contact_identity" ("owner_id", "kind", "value", "contact_id")
       SELECT "owner_id", 'email', lower("email"), "id" FROM "contact"
        WHERE "email" IS NOT NULL AND "deleted_at" IS NULL
        ORDER BY "owner_id", "created_at", "id"
       ON CONFLICT DO NOTHING`,
    );
    await queryRunner.query(
      `INSERT INTO "contact_identity" ("owner_id", "kind", "value", "contact_id")
       SELECT "owner_id", 'linkedin', slug, "id" FROM (
         SELECT "owner_id", "id", "created_at",
                lower(substring("linkedin_url" from '(?i)^https?://([a-z0-9-]+\\.)*linkedin\\.com/in/([^/?#]+)')) AS slug
           FROM "contact" WHERE "linkedin_url" IS NOT NULL AND "deleted_at" IS NULL
       ) profile
        WHERE slug IS NOT NULL
        ORDER BY "owner_id", "created_at", "id"
       ON CONFLICT DO NOTHING`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await sequentialOnCitus(queryRunner);
    await queryRunner.query(`ALTER TABLE "contact_identity" DROP CONSTRAINT "fk_contact_identity_contact"`);
    await queryRunner.query(`DROP TABLE "contact_identity"`);
    await queryRunner.query(
      `CREATE INDEX "ix_contact_owner_id_linkedin_url" ON "contact" ("owner_id", "linkedin_url") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_contact_owner_id_email" ON "contact" ("owner_id", "email") `);
    for (const column of ['connected_on', 'urls', 'phones', 'emails']) {
      await queryRunner.query(`ALTER TABLE "contact" DROP COLUMN "${column}"`);
    }
  }
}
