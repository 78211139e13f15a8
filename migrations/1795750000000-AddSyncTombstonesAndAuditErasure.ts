/**
 * A user's right to their data (docs/data-rights.md):
 *
 * - `sync_tombstone`: a row for each row that was removed from the database for good (a contact
 *   erased with everything about it), so delta sync can still report it as a delete. Written in the
 *   same transaction as the removal, stamped with that transaction's change number. User-owned:
 *   `PRIMARY KEY (owner_id, entity, entity_id)`, and on Citus distributed by owner_id co-located
 *   with `contact`.
 * - The audit log stays append-only, with two narrow, transaction-local ways to DELETE and none to
 *   UPDATE or TRUNCATE: the retention purge may remove entries older than the cutoff it sets in
 *   `snowball.audit_purge_before` (which must itself be at least a day old), and an erasure may
 *   remove the entries naming what it erases (`snowball.audit_erase`, a JSON array of ids or emails
 *   matched against the actor, the subject and the details). Any other DELETE is refused, row by row.
 * - Indexes on the audit log's actor and subject, which erasure and account deletion look up.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { sequentialOnCitus } from './citus.js';

export class AddSyncTombstonesAndAuditErasure1795750000000 implements MigrationInterface {
  name = 'AddSyncTombstonesAndAuditErasure1795750000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await sequentialOnCitus(queryRunner);
    await queryRunner.query(
      `CREATE TABLE "sync_tombstone" ("owner_id" uuid NOT NULL, "entity" character varying(32) NOT NULL, "entity_id" uuid NOT NULL, "sync_seq" bigint NOT NULL DEFAULT snowball_sync_seq(), "version" integer NOT NULL, "deleted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_sync_tombstone" PRIMARY KEY ("owner_id", "entity", "entity_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_sync_tombstone_owner_id_sync_seq_entity_id" ON "sync_tombstone" ("owner_id", "sync_seq", "entity_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_audit_log_actor_id_created_at" ON "audit_log" ("actor_id", "created_at")`,
    );
    await queryRunner.query(`CREATE INDEX "ix_audit_log_subject" ON "audit_log" ("subject")`);

    await queryRunner.query(`DROP TRIGGER "audit_log_append_only" ON "audit_log"`);
    await queryRunner.query(
      `CREATE TRIGGER "audit_log_append_only" BEFORE UPDATE OR TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_reject_change"()`,
    );
    await queryRunner.query(`CREATE FUNCTION "audit_log_guard_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        purge_before text := current_setting('snowball.audit_purge_before', true);
        erase text := current_setting('snowball.audit_erase', true);
      BEGIN
        IF purge_before IS NOT NULL AND purge_before <> ''
           AND purge_before::timestamptz <= now() - interval '1 day'
           AND OLD.created_at < purge_before::timestamptz THEN
          RETURN OLD;
        END IF;
        IF erase IS NOT NULL AND erase <> '' AND EXISTS (
             SELECT 1 FROM jsonb_array_elements_text(erase::jsonb) AS named(value)
              WHERE OLD.actor_id::text = named.value OR OLD.subject = named.value
                 OR strpos(OLD.details::text, named.value) > 0) THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "audit_log_delete_guard" BEFORE DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION "audit_log_guard_delete"()`,
    );

    const citus = (await queryRunner.query(`SELECT 1 FROM pg_extension WHERE extname = 'citus'`)) as unknown[];
    if (citus.length > 0) {
      await queryRunner.query(
        `SELECT create_distributed_table('sync_tombstone', 'owner_id', colocate_with => 'contact')`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await sequentialOnCitus(queryRunner);
    await queryRunner.query(`DROP TRIGGER "audit_log_delete_guard" ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION "audit_log_guard_delete"()`);
    await queryRunner.query(`DROP TRIGGER "audit_log_append_only" ON "audit_log"`);
    await queryRunner.query(
      `CREATE TRIGGER "audit_log_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_reject_change"()`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_subject"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_actor_id_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sync_tombstone_owner_id_sync_seq_entity_id"`);
    await queryRunner.query(`DROP TABLE "sync_tombstone"`);
  }
}
