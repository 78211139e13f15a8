import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { OwnedEntity } from '../../database/base.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { Inquiry } from '../inquiries/inquiry.entity.js';

export enum ParticipantOrigin {
  Seed = 'seed',
  Referral = 'referral',
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
@Entity('participant')
@Index('uq_participant_inquiry_id_contact_id', ['inquiryId', 'contactId'], {
  unique: true,
  where: '"deleted_at" IS NULL',
})
@Index('ix_participant_owner_id_inquiry_id_created_at', ['ownerId', 'inquiryId', 'createdAt', 'id'])
@Index('ix_participant_owner_id_inquiry_id_stage', ['ownerId', 'inquiryId', 'stage'])
@Index('ix_participant_owner_id_inquiry_id_wave', ['ownerId', 'inquiryId', 'wave'])
@Index('ix_participant_owner_id_contact_id', ['ownerId', 'contactId'])
export class Participant extends OwnedEntity {
  @Column({ type: 'uuid' })
  inquiryId: string;

  @ManyToOne(() => Inquiry, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'inquiry_id', foreignKeyConstraintName: 'fk_participant_inquiry' })
  inquiry?: Relation<Inquiry>;

  @Column({ type: 'uuid' })
  contactId: string;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id', foreignKeyConstraintName: 'fk_participant_contact' })
  contact?: Relation<Contact>;

  @Column({ type: 'enum', enum: ParticipantOrigin, enumName: 'participant_origin' })
  origin: ParticipantOrigin;

  /** 0 for seeds; otherwise the minimum over referrers of (referrer's wave + 1). */
  @Column({ type: 'integer' })
  wave: number;

  @Column({ type: 'enum', enum: ParticipantStage, enumName: 'participant_stage' })
  stage: ParticipantStage;
}
