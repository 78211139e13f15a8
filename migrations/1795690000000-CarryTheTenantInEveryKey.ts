/**
 * Keys that carry the tenant: every user-owned table gets `PRIMARY KEY (owner_id, id)`, the unique
 * indexes lead with `owner_id`, and every foreign key between user-owned tables becomes composite,
 * `(owner_id, x_id) REFERENCES x (owner_id, id)`, so the database itself refuses a reference to
 * another user's row (and Citus can distribute and co-locate every table by `owner_id`).
 * `ON DELETE SET NULL` becomes `NO ACTION`: Citus refuses SET NULL on a key that includes the
 * distribution column (and it would null `owner_id`); rows are only ever soft-deleted, and the
 * soft-delete code clears references itself. Existing rows are kept; the new foreign keys are
 * validated against them (a cross-owner reference already stored would stop the migration).
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** [table, constraint, column, referenced table, ON DELETE before, ON DELETE now] */
const FOREIGN_KEYS: Array<[string, string, string, string, string, string]> = [
  ['commitment', 'fk_commitment_contact', 'contact_id', 'contact', 'CASCADE', 'CASCADE'],
  ['commitment', 'fk_commitment_inquiry', 'inquiry_id', 'inquiry', 'SET NULL', 'NO ACTION'],
  ['question', 'fk_question_inquiry', 'inquiry_id', 'inquiry', 'CASCADE', 'CASCADE'],
  ['question', 'fk_question_revises', 'revises_id', 'question', 'SET NULL', 'NO ACTION'],
  ['interaction', 'fk_interaction_contact', 'contact_id', 'contact', 'CASCADE', 'CASCADE'],
  ['interaction', 'fk_interaction_inquiry', 'inquiry_id', 'inquiry', 'SET NULL', 'NO ACTION'],
  ['insight', 'fk_insight_inquiry', 'inquiry_id', 'inquiry', 'CASCADE', 'CASCADE'],
  ['insight', 'fk_insight_contact', 'contact_id', 'contact', 'SET NULL', 'NO ACTION'],
  ['insight', 'fk_insight_interaction', 'interaction_id', 'interaction', 'SET NULL', 'NO ACTION'],
  ['opportunity', 'fk_opportunity_contact', 'contact_id', 'contact', 'CASCADE', 'CASCADE'],
  ['opportunity', 'fk_opportunity_inquiry', 'inquiry_id', 'inquiry', 'SET NULL', 'NO ACTION'],
  ['reflection', 'fk_reflection_inquiry', 'inquiry_id', 'inquiry', 'CASCADE', 'CASCADE'],
  ['participant', 'fk_participant_inquiry', 'inquiry_id', 'inquiry', 'CASCADE', 'CASCADE'],
  ['participant', 'fk_participant_contact', 'contact_id', 'contact', 'CASCADE', 'CASCADE'],
  ['referral', 'fk_referral_inquiry', 'inquiry_id', 'inquiry', 'CASCADE', 'CASCADE'],
  ['referral', 'fk_referral_referrer', 'referrer_id', 'contact', 'CASCADE', 'CASCADE'],
  ['referral', 'fk_referral_referred', 'referred_id', 'contact', 'CASCADE', 'CASCADE'],
  ['referral', 'fk_referral_interaction', 'interaction_id', 'interaction', 'SET NULL', 'NO ACTION'],
];

const OWNED_TABLES = [
  'api_key',
  'contact',
  'inquiry',
  'question',
  'interaction',
  'insight',
  'reflection',
  'participant',
  'referral',
  'commitment',
  'opportunity',
];

/** [old index, new index, table, old columns, new columns, partial predicate] */
const INDEXES: Array<[string, string, string, string, string, string, boolean]> = [
  [
    'uq_reflection_inquiry_id_cycle',
    'uq_reflection_owner_id_inquiry_id_cycle',
    'reflection',
    '"inquiry_id", "cycle"',
    '"owner_id", "inquiry_id", "cycle"',
    '',
    true,
  ],
  [
    'uq_participant_inquiry_id_contact_id',
    'uq_participant_owner_id_inquiry_id_contact_id',
    'participant',
    '"inquiry_id", "contact_id"',
    '"owner_id", "inquiry_id", "contact_id"',
    ' WHERE "deleted_at" IS NULL',
    true,
  ],
  [
    'uq_referral_inquiry_id_referrer_id_referred_id',
    'uq_referral_owner_id_inquiry_id_referrer_id_referred_id',
    'referral',
    '"inquiry_id", "referrer_id", "referred_id"',
    '"owner_id", "inquiry_id", "referrer_id", "referred_id"',
    ' WHERE "deleted_at" IS NULL',
    true,
  ],
  [
    'ix_referral_inquiry_id_referred_id',
    'ix_referral_owner_id_inquiry_id_referred_id',
    'referral',
    '"inquiry_id", "referred_id"',
    '"owner_id", "inquiry_id", "referred_id"',
    '',
    false,
  ],
];

export class CarryTheTenantInEveryKey1795690000000 implements MigrationInterface {
  name = 'CarryTheTenantInEveryKey1795690000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, name] of FOREIGN_KEYS) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${name}"`);
    }
    for (const [oldName, newName, table, , columns, where, unique] of INDEXES) {
      await queryRunner.query(`DROP INDEX "public"."${oldName}"`);
      await queryRunner.query(`CREATE ${unique ? 'UNIQUE ' : ''}INDEX "${newName}" ON "${table}" (${columns})${where}`);
    }
    for (const table of OWNED_TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "pk_${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "pk_${table}" PRIMARY KEY ("owner_id", "id")`);
    }
    for (const [table, name, column, target, , onDelete] of FOREIGN_KEYS) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${name}" FOREIGN KEY ("owner_id", "${column}") REFERENCES "${target}"("owner_id","id") ON DELETE ${onDelete} ON UPDATE NO ACTION`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, name] of [...FOREIGN_KEYS].reverse()) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${name}"`);
    }
    for (const table of [...OWNED_TABLES].reverse()) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "pk_${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "pk_${table}" PRIMARY KEY ("id")`);
    }
    for (const [oldName, newName, table, columns, , where, unique] of [...INDEXES].reverse()) {
      await queryRunner.query(`DROP INDEX "public"."${newName}"`);
      await queryRunner.query(`CREATE ${unique ? 'UNIQUE ' : ''}INDEX "${oldName}" ON "${table}" (${columns})${where}`);
    }
    for (const [table, name, column, target, onDelete] of [...FOREIGN_KEYS].reverse()) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${name}" FOREIGN KEY ("${column}") REFERENCES "${target}"("id") ON DELETE ${onDelete} ON UPDATE NO ACTION`,
      );
    }
  }
}
