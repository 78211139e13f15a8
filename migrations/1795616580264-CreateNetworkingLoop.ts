/** The networking loop: inquiries, questions, contacts, participants, referrals, interactions, insights, reflections, commitments, opportunities. */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateNetworkingLoop1795616580264 implements MigrationInterface {
  name = 'CreateNetworkingLoop1795616580264';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Trigram search and GIN indexes that lead with owner_id (btree_gin), both shipped with PostgreSQL.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    // array_to_string is only STABLE; an index expression must be IMMUTABLE (true for text[]).
    await queryRunner.query(
      `CREATE FUNCTION "snowball_join_tags"(text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT array_to_string($1, ' ') $$`,
    );
    await queryRunner.query(`CREATE TYPE "public"."seniority" AS ENUM('junior', 'peer', 'senior', 'executive')`);
    await queryRunner.query(
      `CREATE TABLE "contact" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "owner_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "email" character varying(320), "phone" character varying(50), "organization" character varying(200), "title" character varying(200), "seniority" "public"."seniority", "same_organization" boolean, "responsibilities" text, "interests" text, "can_offer" text, "notes" text, "tags" text array NOT NULL DEFAULT '{}', "linkedin_url" character varying(500), "keep_in_touch_days" integer, "last_interaction_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "pk_contact" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_contact_owner_id_linkedin_url" ON "contact"  ("owner_id", "linkedin_url") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_contact_owner_id_email" ON "contact"  ("owner_id", "email") `);
    await queryRunner.query(`CREATE INDEX "ix_contact_owner_id_seniority" ON "contact"  ("owner_id", "seniority") `);
    await queryRunner.query(
      `CREATE INDEX "ix_contact_owner_id_created_at" ON "contact"  ("owner_id", "created_at", "id") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."contribution_potential" AS ENUM('low', 'medium', 'high')`);
    await queryRunner.query(`CREATE TYPE "public"."inquiry_status" AS ENUM('active', 'paused', 'concluded')`);
    await queryRunner.query(
      `CREATE TABLE "inquiry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "owner_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "challenge" text, "motivation" text, "contribution_potential" "public"."contribution_potential", "ask_template" text, "status" "public"."inquiry_status" NOT NULL DEFAULT 'active', "current_cycle" integer NOT NULL DEFAULT '1', CONSTRAINT "pk_inquiry" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_inquiry_owner_id_status" ON "inquiry"  ("owner_id", "status") `);
    await queryRunner.query(
      `CREATE INDEX "ix_inquiry_owner_id_created_at" ON "inquiry"  ("owner_id", "created_at", "id") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."commitment_owner" AS ENUM('me', 'them')`);
    await queryRunner.query(`CREATE TYPE "public"."commitment_status" AS ENUM('open', 'done', 'dropped')`);
    await queryRunner.query(
      `CREATE TABLE "commitment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "owner_id" uuid NOT NULL, "contact_id" uuid NOT NULL, "inquiry_id" uuid, "description" text NOT NULL, "promised_by" "public"."commitment_owner" NOT NULL, "due_at" TIMESTAMP(3) WITH TIME ZONE, "status" "public"."commitment_status" NOT NULL DEFAULT 'open', CONSTRAINT "pk_commitment" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_commitment_owner_id_contact_id" ON "commitment"  ("owner_id", "contact_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_commitment_owner_id_status_due_at" ON "commitment"  ("owner_id", "status", "due_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_commitment_owner_id_created_at" ON "commitment"  ("owner_id", "created_at", "id") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."question_status" AS ENUM('open', 'answered', 'revised', 'retired')`);
    await queryRunner.query(
      `CREATE TABLE "question" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "owner_id" uuid NOT NULL, "inquiry_id" uuid NOT NULL, "text" text NOT NULL, "status" "public"."question_status" NOT NULL DEFAULT 'open', "cycle" integer NOT NULL, "revises_id" uuid, CONSTRAINT "pk_question" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_question_owner_id_revises_id" ON "question"  ("owner_id", "revises_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_question_owner_id_inquiry_id_created_at" ON "question"  ("owner_id", "inquiry_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."interaction_kind" AS ENUM('ask', 'meeting', 'call', 'message', 'follow_up', 'thank_you', 'shared_perspective')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."ask_outcome" AS ENUM('pending', 'accepted', 'declined', 'no_response')`,
    );
    await queryRunner.query(
      `CREATE TABLE "interaction" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "owner_id" uuid NOT NULL, "contact_id" uuid NOT NULL, "inquiry_id" uuid, "kind" "public"."interaction_kind" NOT NULL, "occurred_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "duration_minutes" integer, "outcome" "public"."ask_outcome", "responded_at" TIMESTAMP(3) WITH TIME ZONE, "rating" smallint, "summary" text, "offered" text, CONSTRAINT "pk_interaction" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_interaction_owner_id_created_at" ON "interaction"  ("owner_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_interaction_owner_id_kind_occurred_at" ON "interaction"  ("owner_id", "kind", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_interaction_owner_id_inquiry_id_occurred_at" ON "interaction"  ("owner_id", "inquiry_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_interaction_owner_id_contact_id_occurred_at" ON "interaction"  ("owner_id", "contact_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_interaction_owner_id_occurred_at" ON "interaction"  ("owner_id", "occurred_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."insight_kind" AS ENUM('perspective', 'pattern', 'fact', 'latent_need', 'opportunity', 'risk', 'advice')`,
    );
    await queryRunner.query(
      `CREATE TABLE "insight" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "owner_id" uuid NOT NULL, "inquiry_id" uuid NOT NULL, "contact_id" uuid, "interaction_id" uuid, "question_ids" uuid array NOT NULL DEFAULT '{}', "text" text NOT NULL, "kind" "public"."insight_kind" NOT NULL, "themes" text array NOT NULL DEFAULT '{}', "importance" smallint, "quote" text, CONSTRAINT "pk_insight" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_insight_owner_id_kind" ON "insight"  ("owner_id", "kind") `);
    await queryRunner.query(
      `CREATE INDEX "ix_insight_owner_id_interaction_id" ON "insight"  ("owner_id", "interaction_id") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_insight_owner_id_contact_id" ON "insight"  ("owner_id", "contact_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_insight_owner_id_inquiry_id_created_at" ON "insight"  ("owner_id", "inquiry_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_insight_owner_id_created_at" ON "insight"  ("owner_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."opportunity_kind" AS ENUM('promotion', 'hire', 'project', 'speaking', 'advice', 'introduction', 'other')`,
    );
    await queryRunner.query(
      `CREATE TABLE "opportunity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "owner_id" uuid NOT NULL, "contact_id" uuid NOT NULL, "inquiry_id" uuid, "kind" "public"."opportunity_kind" NOT NULL, "description" text NOT NULL, "occurred_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "pk_opportunity" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_opportunity_owner_id_inquiry_id" ON "opportunity"  ("owner_id", "inquiry_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_opportunity_owner_id_contact_id" ON "opportunity"  ("owner_id", "contact_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_opportunity_owner_id_created_at" ON "opportunity"  ("owner_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "reflection" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "owner_id" uuid NOT NULL, "inquiry_id" uuid NOT NULL, "cycle" integer NOT NULL, "learned" text NOT NULL, "patterns" text, "question_changes" jsonb NOT NULL DEFAULT '[]', "next_contact_ids" uuid array NOT NULL DEFAULT '{}', "figures" jsonb NOT NULL, CONSTRAINT "pk_reflection" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_reflection_owner_id_inquiry_id_created_at" ON "reflection"  ("owner_id", "inquiry_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_reflection_inquiry_id_cycle" ON "reflection"  ("inquiry_id", "cycle") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."participant_origin" AS ENUM('seed', 'referral')`);
    await queryRunner.query(
      `CREATE TYPE "public"."participant_stage" AS ENUM('suggested', 'to_ask', 'asked', 'accepted', 'declined', 'no_response', 'met', 'thanked')`,
    );
    await queryRunner.query(
      `CREATE TABLE "participant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "owner_id" uuid NOT NULL, "inquiry_id" uuid NOT NULL, "contact_id" uuid NOT NULL, "origin" "public"."participant_origin" NOT NULL, "wave" integer NOT NULL, "stage" "public"."participant_stage" NOT NULL, CONSTRAINT "pk_participant" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_participant_owner_id_contact_id" ON "participant"  ("owner_id", "contact_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_participant_owner_id_inquiry_id_wave" ON "participant"  ("owner_id", "inquiry_id", "wave") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_participant_owner_id_inquiry_id_stage" ON "participant"  ("owner_id", "inquiry_id", "stage") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_participant_owner_id_inquiry_id_created_at" ON "participant"  ("owner_id", "inquiry_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_participant_inquiry_id_contact_id" ON "participant" ("inquiry_id", "contact_id") WHERE "deleted_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "referral" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "owner_id" uuid NOT NULL, "inquiry_id" uuid NOT NULL, "referrer_id" uuid NOT NULL, "referred_id" uuid NOT NULL, "reason" text, "interaction_id" uuid, CONSTRAINT "pk_referral" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_referral_owner_id_referred_id" ON "referral"  ("owner_id", "referred_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_referral_owner_id_referrer_id" ON "referral"  ("owner_id", "referrer_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_referral_inquiry_id_referred_id" ON "referral"  ("inquiry_id", "referred_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_referral_owner_id_inquiry_id_created_at" ON "referral"  ("owner_id", "inquiry_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_referral_inquiry_id_referrer_id_referred_id" ON "referral" ("inquiry_id", "referrer_id", "referred_id") WHERE "deleted_at" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "commitment" ADD CONSTRAINT "fk_commitment_contact" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "commitment" ADD CONSTRAINT "fk_commitment_inquiry" FOREIGN KEY ("inquiry_id") REFERENCES "inquiry"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question" ADD CONSTRAINT "fk_question_inquiry" FOREIGN KEY ("inquiry_id") REFERENCES "inquiry"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question" ADD CONSTRAINT "fk_question_revises" FOREIGN KEY ("revises_id") REFERENCES "question"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "interaction" ADD CONSTRAINT "fk_interaction_contact" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "interaction" ADD CONSTRAINT "fk_interaction_inquiry" FOREIGN KEY ("inquiry_id") REFERENCES "inquiry"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "insight" ADD CONSTRAINT "fk_insight_inquiry" FOREIGN KEY ("inquiry_id") REFERENCES "inquiry"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "insight" ADD CONSTRAINT "fk_insight_contact" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "insight" ADD CONSTRAINT "fk_insight_interaction" FOREIGN KEY ("interaction_id") REFERENCES "interaction"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunity" ADD CONSTRAINT "fk_opportunity_contact" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunity" ADD CONSTRAINT "fk_opportunity_inquiry" FOREIGN KEY ("inquiry_id") REFERENCES "inquiry"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reflection" ADD CONSTRAINT "fk_reflection_inquiry" FOREIGN KEY ("inquiry_id") REFERENCES "inquiry"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participant" ADD CONSTRAINT "fk_participant_inquiry" FOREIGN KEY ("inquiry_id") REFERENCES "inquiry"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participant" ADD CONSTRAINT "fk_participant_contact" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referral" ADD CONSTRAINT "fk_referral_inquiry" FOREIGN KEY ("inquiry_id") REFERENCES "inquiry"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referral" ADD CONSTRAINT "fk_referral_referrer" FOREIGN KEY ("referrer_id") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referral" ADD CONSTRAINT "fk_referral_referred" FOREIGN KEY ("referred_id") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referral" ADD CONSTRAINT "fk_referral_interaction" FOREIGN KEY ("interaction_id") REFERENCES "interaction"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    // Indexes TypeORM can't express (declared on the entities with synchronize: false).
    await queryRunner.query(
      `CREATE INDEX "ix_contact_search_trgm" ON "contact" USING gin ((lower(name || ' ' || coalesce(organization, '') || ' ' || coalesce(title, '') || ' ' || snowball_join_tags(tags))) gin_trgm_ops)`,
    );
    await queryRunner.query(`CREATE INDEX "ix_contact_owner_id_tags" ON "contact" USING gin ("owner_id", "tags")`);
    await queryRunner.query(`CREATE INDEX "ix_insight_owner_id_themes" ON "insight" USING gin ("owner_id", "themes")`);
    await queryRunner.query(
      `CREATE INDEX "ix_insight_owner_id_question_ids" ON "insight" USING gin ("owner_id", "question_ids")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_insight_search" ON "insight" USING gin (to_tsvector('simple', text || ' ' || coalesce(quote, '')))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_insight_search"`);
    await queryRunner.query(`DROP INDEX "public"."ix_insight_owner_id_question_ids"`);
    await queryRunner.query(`DROP INDEX "public"."ix_insight_owner_id_themes"`);
    await queryRunner.query(`DROP INDEX "public"."ix_contact_owner_id_tags"`);
    await queryRunner.query(`DROP INDEX "public"."ix_contact_search_trgm"`);
    await queryRunner.query(`ALTER TABLE "referral" DROP CONSTRAINT "fk_referral_interaction"`);
    await queryRunner.query(`ALTER TABLE "referral" DROP CONSTRAINT "fk_referral_referred"`);
    await queryRunner.query(`ALTER TABLE "referral" DROP CONSTRAINT "fk_referral_referrer"`);
    await queryRunner.query(`ALTER TABLE "referral" DROP CONSTRAINT "fk_referral_inquiry"`);
    await queryRunner.query(`ALTER TABLE "participant" DROP CONSTRAINT "fk_participant_contact"`);
    await queryRunner.query(`ALTER TABLE "participant" DROP CONSTRAINT "fk_participant_inquiry"`);
    await queryRunner.query(`ALTER TABLE "reflection" DROP CONSTRAINT "fk_reflection_inquiry"`);
    await queryRunner.query(`ALTER TABLE "opportunity" DROP CONSTRAINT "fk_opportunity_inquiry"`);
    await queryRunner.query(`ALTER TABLE "opportunity" DROP CONSTRAINT "fk_opportunity_contact"`);
    await queryRunner.query(`ALTER TABLE "insight" DROP CONSTRAINT "fk_insight_interaction"`);
    await queryRunner.query(`ALTER TABLE "insight" DROP CONSTRAINT "fk_insight_contact"`);
    await queryRunner.query(`ALTER TABLE "insight" DROP CONSTRAINT "fk_insight_inquiry"`);
    await queryRunner.query(`ALTER TABLE "interaction" DROP CONSTRAINT "fk_interaction_inquiry"`);
    await queryRunner.query(`ALTER TABLE "interaction" DROP CONSTRAINT "fk_interaction_contact"`);
    await queryRunner.query(`ALTER TABLE "question" DROP CONSTRAINT "fk_question_revises"`);
    await queryRunner.query(`ALTER TABLE "question" DROP CONSTRAINT "fk_question_inquiry"`);
    await queryRunner.query(`ALTER TABLE "commitment" DROP CONSTRAINT "fk_commitment_inquiry"`);
    await queryRunner.query(`ALTER TABLE "commitment" DROP CONSTRAINT "fk_commitment_contact"`);
    await queryRunner.query(`DROP INDEX "public"."uq_referral_inquiry_id_referrer_id_referred_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_referral_owner_id_inquiry_id_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_referral_inquiry_id_referred_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_referral_owner_id_referrer_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_referral_owner_id_referred_id"`);
    await queryRunner.query(`DROP TABLE "referral"`);
    await queryRunner.query(`DROP INDEX "public"."uq_participant_inquiry_id_contact_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_participant_owner_id_inquiry_id_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_participant_owner_id_inquiry_id_stage"`);
    await queryRunner.query(`DROP INDEX "public"."ix_participant_owner_id_inquiry_id_wave"`);
    await queryRunner.query(`DROP INDEX "public"."ix_participant_owner_id_contact_id"`);
    await queryRunner.query(`DROP TABLE "participant"`);
    await queryRunner.query(`DROP TYPE "public"."participant_stage"`);
    await queryRunner.query(`DROP TYPE "public"."participant_origin"`);
    await queryRunner.query(`DROP INDEX "public"."uq_reflection_inquiry_id_cycle"`);
    await queryRunner.query(`DROP INDEX "public"."ix_reflection_owner_id_inquiry_id_created_at"`);
    await queryRunner.query(`DROP TABLE "reflection"`);
    await queryRunner.query(`DROP INDEX "public"."ix_opportunity_owner_id_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_opportunity_owner_id_contact_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_opportunity_owner_id_inquiry_id"`);
    await queryRunner.query(`DROP TABLE "opportunity"`);
    await queryRunner.query(`DROP TYPE "public"."opportunity_kind"`);
    await queryRunner.query(`DROP INDEX "public"."ix_insight_owner_id_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_insight_owner_id_inquiry_id_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_insight_owner_id_contact_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_insight_owner_id_interaction_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_insight_owner_id_kind"`);
    await queryRunner.query(`DROP TABLE "insight"`);
    await queryRunner.query(`DROP TYPE "public"."insight_kind"`);
    await queryRunner.query(`DROP INDEX "public"."ix_interaction_owner_id_occurred_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_interaction_owner_id_contact_id_occurred_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_interaction_owner_id_inquiry_id_occurred_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_interaction_owner_id_kind_occurred_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_interaction_owner_id_created_at"`);
    await queryRunner.query(`DROP TABLE "interaction"`);
    await queryRunner.query(`DROP TYPE "public"."ask_outcome"`);
    await queryRunner.query(`DROP TYPE "public"."interaction_kind"`);
    await queryRunner.query(`DROP INDEX "public"."ix_question_owner_id_inquiry_id_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_question_owner_id_revises_id"`);
    await queryRunner.query(`DROP TABLE "question"`);
    await queryRunner.query(`DROP TYPE "public"."question_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_commitment_owner_id_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_commitment_owner_id_status_due_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_commitment_owner_id_contact_id"`);
    await queryRunner.query(`DROP TABLE "commitment"`);
    await queryRunner.query(`DROP TYPE "public"."commitment_status"`);
    await queryRunner.query(`DROP TYPE "public"."commitment_owner"`);
    await queryRunner.query(`DROP INDEX "public"."ix_inquiry_owner_id_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_inquiry_owner_id_status"`);
    await queryRunner.query(`DROP TABLE "inquiry"`);
    await queryRunner.query(`DROP TYPE "public"."inquiry_status"`);
    await queryRunner.query(`DROP TYPE "public"."contribution_potential"`);
    await queryRunner.query(`DROP INDEX "public"."ix_contact_owner_id_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_contact_owner_id_seniority"`);
    await queryRunner.query(`DROP INDEX "public"."ix_contact_owner_id_email"`);
    await queryRunner.query(`DROP INDEX "public"."ix_contact_owner_id_linkedin_url"`);
    await queryRunner.query(`DROP TABLE "contact"`);
    await queryRunner.query(`DROP TYPE "public"."seniority"`);
    await queryRunner.query(`DROP FUNCTION "snowball_join_tags"(text[])`);
  }
}
