import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { SyncedEntity } from '../../database/base.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { Inquiry } from '../inquiries/inquiry.entity.js';
import { Interaction } from '../interactions/interaction.entity.js';

/** "X suggested I talk to Y" within an inquiry: an edge of the snowball (a DAG). */
@ForeignKey(() => Inquiry, ['ownerId', 'inquiryId'], ['ownerId', 'id'], {
  name: 'fk_referral_inquiry',
  onDelete: 'CASCADE',
})
@ForeignKey(() => Contact, ['ownerId', 'referrerId'], ['ownerId', 'id'], {
  name: 'fk_referral_referrer',
  onDelete: 'CASCADE',
})
@ForeignKey(() => Contact, ['ownerId', 'referredId'], ['ownerId', 'id'], {
  name: 'fk_referral_referred',
  onDelete: 'CASCADE',
})
@ForeignKey(() => Interaction, ['ownerId', 'interactionId'], ['ownerId', 'id'], {
  name: 'fk_referral_interaction',
  onDelete: 'NO ACTION',
})
@Entity('referral')
@Index('ix_referral_owner_id_sync_seq_id', ['ownerId', 'syncSeq', 'id'])
@Index(
  'uq_referral_owner_id_inquiry_id_referrer_id_referred_id',
  ['ownerId', 'inquiryId', 'referrerId', 'referredId'],
  {
    unique: true,
    where: '"deleted_at" IS NULL',
  },
)
@Index('ix_referral_owner_id_inquiry_id_created_at', ['ownerId', 'inquiryId', 'createdAt', 'id'])
@Index('ix_referral_owner_id_inquiry_id_referred_id', ['ownerId', 'inquiryId', 'referredId'])
@Index('ix_referral_owner_id_referrer_id', ['ownerId', 'referrerId'])
@Index('ix_referral_owner_id_referred_id', ['ownerId', 'referredId'])
export class Referral extends SyncedEntity {
  @Column({ type: 'uuid' })
  inquiryId: string;

  @Column({ type: 'uuid' })
  referrerId: string;

  @Column({ type: 'uuid' })
  referredId: string;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** The conversation the referral came up in. */
  @Column({ type: 'uuid', nullable: true })
  interactionId: string | null;
}
