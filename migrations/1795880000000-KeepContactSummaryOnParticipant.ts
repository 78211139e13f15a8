/**
 * Each participant keeps the summary of its contact that the per-inquiry reads need (issue 8): the
 * name, the organisation, the perspective (seniority, inside/outside) and whether the contact is
 * live. Suggestions and stats read it beside the participant instead of probing `pk_contact` once per
 * participant (10,000 probes per request on the bench's inquiry). The app keeps it up to date in the
 * write transactions that change a contact's summary or create a participant
 * (src/modules/snowball/participant-contacts.repository.ts); this migration backfills it. Derived:
 * not exported, not synced. `contact_live` is false until filled, so a participant whose summary was
 * never filled is left out of the figures rather than counted with a blank name.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The backfill, for every owner: the same definition as REFRESH_PARTICIPANT_CONTACTS
 * (src/modules/snowball/participant-contacts.repository.ts). It writes each participant row once, in
 * the migration's transaction (adding the columns is metadata only, but its lock on `participant`
 * lasts until the migration commits; migrations run before the app serves): about 2.3 s for the
 * bench's 41,252 participants.
 */
export const BACKFILL_PARTICIPANT_CONTACTS = `UPDATE participant p
    SET contact_name = c.name, contact_organization = c.organization, contact_seniority = c.seniority,
        contact_same_organization = c.same_organization, contact_live = c.deleted_at IS NULL
   FROM contact c
  WHERE c.owner_id = p.owner_id AND c.id = p.contact_id`;

export class KeepContactSummaryOnParticipant1795880000000 implements MigrationInterface {
  name = 'KeepContactSummaryOnParticipant1795880000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "participant" ADD "contact_name" character varying(200), ADD "contact_organization" character varying(200), ADD "contact_seniority" "public"."seniority", ADD "contact_same_organization" boolean, ADD "contact_live" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(BACKFILL_PARTICIPANT_CONTACTS);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "participant" DROP COLUMN "contact_live", DROP COLUMN "contact_same_organization", DROP COLUMN "contact_seniority", DROP COLUMN "contact_organization", DROP COLUMN "contact_name"`,
    );
  }
}
