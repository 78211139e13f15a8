import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { SyncedEntity } from '../../database/base.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { Inquiry } from '../inquiries/inquiry.entity.js';
import { Interaction } from '../interactions/interaction.entity.js';

export enum InsightKind {
  Perspective = 'perspective',
  Pattern = 'pattern',
  Fact = 'fact',
  LatentNeed = 'latent_need',
  Opportunity = 'opportunity',
  Risk = 'risk',
  Advice = 'advice',
}

/**
 * What an insight's search matches: its text, quote and themes, as typed (`simple`) and as English
 * stems. IMMUTABLE throughout, as a stored generated column needs (migrations/1795890000000-…).
 */
export const INSIGHT_SEARCH_DOCUMENT = `to_tsvector('simple', text || ' ' || coalesce(quote, '') || ' ' || snowball_join_tags(themes)) || to_tsvector('english', text || ' ' || coalesce(quote, '') || ' ' || snowball_join_tags(themes))`;

/** Something learned, from a contact and a conversation, speaking to some of the inquiry's questions. */
@ForeignKey(() => Inquiry, ['ownerId', 'inquiryId'], ['ownerId', 'id'], {
  name: 'fk_insight_inquiry',
  onDelete: 'CASCADE',
})
@ForeignKey(() => Contact, ['ownerId', 'contactId'], ['ownerId', 'id'], {
  name: 'fk_insight_contact',
  onDelete: 'NO ACTION',
})
@ForeignKey(() => Interaction, ['ownerId', 'interactionId'], ['ownerId', 'id'], {
  name: 'fk_insight_interaction',
  onDelete: 'NO ACTION',
})
@Entity('insight')
@Index('ix_insight_owner_id_sync_seq_id', ['ownerId', 'syncSeq', 'id'])
@Index('ix_insight_owner_id_created_at', ['ownerId', 'createdAt', 'id'])
@Index('ix_insight_owner_id_inquiry_id_created_at', ['ownerId', 'inquiryId', 'createdAt'])
@Index('ix_insight_owner_id_contact_id', ['ownerId', 'contactId'])
@Index('ix_insight_owner_id_interaction_id', ['ownerId', 'interactionId'])
@Index('ix_insight_owner_id_kind', ['ownerId', 'kind'])
// GIN indexes created by hand in the migration: themes, question ids, full-text over text and quote.
@Index('ix_insight_owner_id_themes', { synchronize: false })
@Index('ix_insight_owner_id_question_ids', { synchronize: false })
@Index('ix_insight_search', { synchronize: false })
// An inquiry's live insights by time, read index-only: a cycle's insights since its last reflection
// (migrations/1795820000000-…, which dropped the themes route's covering index: themes read a read model).
@Index('ix_insight_owner_id_inquiry_id_live', ['ownerId', 'inquiryId', 'createdAt'], { where: '"deleted_at" IS NULL' })
export class Insight extends SyncedEntity {
  @Column({ type: 'uuid' })
  inquiryId: string;

  @Column({ type: 'uuid', nullable: true })
  contactId: string | null;

  @Column({ type: 'uuid', nullable: true })
  interactionId: string | null;

  /** The questions (of the same inquiry) this insight speaks to. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  questionIds: string[];

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'enum', enum: InsightKind, enumName: 'insight_kind' })
  kind: InsightKind;

  /** Normalised tags: trimmed, lower-case, unique. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes: string[];

  /** 1–5. */
  @Column({ type: 'smallint', nullable: true })
  importance: number | null;

  @Column({ type: 'text', nullable: true })
  quote: string | null;

  /**
   * The search document, kept by PostgreSQL on every write (`ix_insight_search` indexes it, and the
   * ranking reads it instead of building two text vectors per matching row). Never read into the
   * entity, never written, never exported (derived).
   */
  @Column({
    type: 'tsvector',
    name: 'search_document',
    generatedType: 'STORED',
    asExpression: INSIGHT_SEARCH_DOCUMENT,
    nullable: true,
    select: false,
    insert: false,
    update: false,
  })
  searchDocument?: string;
}
