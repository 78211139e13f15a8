import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { SyncedEntity } from '../../database/base.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { Inquiry } from '../inquiries/inquiry.entity.js';

export enum InteractionKind {
  Ask = 'ask',
  Meeting = 'meeting',
  Call = 'call',
  Message = 'message',
  FollowUp = 'follow_up',
  ThankYou = 'thank_you',
  SharedPerspective = 'shared_perspective',
}

export enum AskOutcome {
  Pending = 'pending',
  Accepted = 'accepted',
  Declined = 'declined',
  NoResponse = 'no_response',
}

/** An ask or a conversation with a contact, optionally within an inquiry. */
@ForeignKey(() => Contact, ['ownerId', 'contactId'], ['ownerId', 'id'], {
  name: 'fk_interaction_contact',
  onDelete: 'CASCADE',
})
@ForeignKey(() => Inquiry, ['ownerId', 'inquiryId'], ['ownerId', 'id'], {
  name: 'fk_interaction_inquiry',
  onDelete: 'NO ACTION',
})
@Entity('interaction')
@Index('ix_interaction_owner_id_sync_seq_id', ['ownerId', 'syncSeq', 'id'])
@Index('ix_interaction_owner_id_occurred_at', ['ownerId', 'occurredAt', 'id'])
@Index('ix_interaction_owner_id_contact_id_occurred_at', ['ownerId', 'contactId', 'occurredAt'])
@Index('ix_interaction_owner_id_inquiry_id_occurred_at', ['ownerId', 'inquiryId', 'occurredAt'])
@Index('ix_interaction_owner_id_kind_occurred_at', ['ownerId', 'kind', 'occurredAt'])
@Index('ix_interaction_owner_id_created_at', ['ownerId', 'createdAt', 'id'])
// Conversations per inquiry since a moment (reflection figures, reflection-due agenda items).
@Index('ix_interaction_conversations', ['ownerId', 'inquiryId', 'createdAt'], {
  where: `"kind" IN ('meeting', 'call') AND "deleted_at" IS NULL`,
})
export class Interaction extends SyncedEntity {
  @Column({ type: 'uuid' })
  contactId: string;

  @Column({ type: 'uuid', nullable: true })
  inquiryId: string | null;

  @Column({ type: 'enum', enum: InteractionKind, enumName: 'interaction_kind' })
  kind: InteractionKind;

  @Column({ type: 'timestamptz', precision: 3 })
  occurredAt: Date;

  @Column({ type: 'integer', nullable: true })
  durationMinutes: number | null;

  /** For asks only. */
  @Column({ type: 'enum', enum: AskOutcome, enumName: 'ask_outcome', nullable: true })
  outcome: AskOutcome | null;

  /** For asks: when the contact answered. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  respondedAt: Date | null;

  /** 1–5: how valuable it was. */
  @Column({ type: 'smallint', nullable: true })
  rating: number | null;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  /** What the user gave in return. */
  @Column({ type: 'text', nullable: true })
  offered: string | null;
}
