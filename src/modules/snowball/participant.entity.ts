import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { SyncedEntity } from '../../database/base.entity.js';
import { Contact, Seniority } from '../contacts/contact.entity.js';
import { Inquiry } from '../inquiries/inquiry.entity.js';

export enum ParticipantOrigin {
  Seed = 'seed',
  Referral = 'referral',
  /** Reached directly: a conversation or ask was logged in the inquiry before anyone added them. */
  Direct = 'direct',
}

/** suggested → to_ask → asked → accepted | declined | no_response → met → thanked */
export enum ParticipantStage {
  Suggested = 'suggested',
  ToAsk = 'to_ask',
  Asked = 'asked',
  Accepted = 'accepted',
  Declined = 'declined',
  NoResponse = 'no_response',
  Met = 'met',
  Thanked = 'thanked',
}

/** A contact's place in one inquiry's snowball. */
@ForeignKey(() => Inquiry, ['ownerId', 'inquiryId'], ['ownerId', 'id'], {
  name: 'fk_participant_inquiry',
  onDelete: 'CASCADE',
})
@ForeignKey(() => Contact, ['ownerId', 'contactId'], ['ownerId', 'id'], {
  name: 'fk_participant_contact',
  onDelete: 'CASCADE',
})
@Entity('participant')
@Index('ix_participant_owner_id_sync_seq_id', ['ownerId', 'syncSeq', 'id'])
@Index('uq_participant_owner_id_inquiry_id_contact_id', ['ownerId', 'inquiryId', 'contactId'], {
  unique: true,
  where: '"deleted_at" IS NULL',
})
@Index('ix_participant_owner_id_inquiry_id_created_at', ['ownerId', 'inquiryId', 'createdAt', 'id'])
@Index('ix_participant_owner_id_inquiry_id_stage', ['ownerId', 'inquiryId', 'stage'])
@Index('ix_participant_owner_id_inquiry_id_wave', ['ownerId', 'inquiryId', 'wave'])
@Index('ix_participant_owner_id_contact_id', ['ownerId', 'contactId'])
export class Participant extends SyncedEntity {
  @Column({ type: 'uuid' })
  inquiryId: string;

  @Column({ type: 'uuid' })
  contactId: string;

  @Column({ type: 'enum', enum: ParticipantOrigin, enumName: 'participant_origin' })
  origin: ParticipantOrigin;

  /** 0 for seeds; otherwise the minimum over referrers of (referrer's wave + 1). */
  @Column({ type: 'integer' })
  wave: number;

  @Column({ type: 'enum', enum: ParticipantStage, enumName: 'participant_stage' })
  stage: ParticipantStage;

  /*
   * A read model of the contact, kept beside the participant for the per-inquiry reads (suggestions,
   * stats): filled when the participant is created and refreshed in the transactions that change the
   * contact's name, organisation, perspective or liveness (participant-contacts.repository.ts). Never
   * selected by default, never exported or synced: the contact itself is the source.
   */
  @Column({ type: 'varchar', length: 200, nullable: true, select: false })
  contactName?: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true, select: false })
  contactOrganization?: string | null;

  @Column({ type: 'enum', enum: Seniority, enumName: 'seniority', nullable: true, select: false })
  contactSeniority?: Seniority | null;

  @Column({ type: 'boolean', nullable: true, select: false })
  contactSameOrganization?: boolean | null;

  /** False until filled, so a participant whose summary was never filled is left out, not shown blank. */
  @Column({ type: 'boolean', default: false, select: false })
  contactLive?: boolean;

  /** The contact, when a query maps it in (`innerJoinAndMapOne`, joined on owner and id); not a column. */
  contact?: Contact;
}
