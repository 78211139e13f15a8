import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { OwnedEntity } from '../../database/base.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { Inquiry } from '../inquiries/inquiry.entity.js';
import { Interaction } from '../interactions/interaction.entity.js';

/** "X suggested I talk to Y" within an inquiry: an edge of the snowball (a DAG). */
@Entity('referral')
@Index('uq_referral_inquiry_id_referrer_id_referred_id', ['inquiryId', 'referrerId', 'referredId'], {
  unique: true,
  where: '"deleted_at" IS NULL',
})
@Index('ix_referral_owner_id_inquiry_id_created_at', ['ownerId', 'inquiryId', 'createdAt', 'id'])
@Index('ix_referral_inquiry_id_referred_id', ['inquiryId', 'referredId'])
@Index('ix_referral_owner_id_referrer_id', ['ownerId', 'referrerId'])
@Index('ix_referral_owner_id_referred_id', ['ownerId', 'referredId'])
export class Referral extends OwnedEntity {
  @Column({ type: 'uuid' })
  inquiryId: string;

  @ManyToOne(() => Inquiry, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'inquiry_id', foreignKeyConstraintName: 'fk_referral_inquiry' })
  inquiry?: Relation<Inquiry>;

  @Column({ type: 'uuid' })
  referrerId: string;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'referrer_id', foreignKeyConstraintName: 'fk_referral_referrer' })
  referrer?: Relation<Contact>;

  @Column({ type: 'uuid' })
  referredId: string;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'referred_id', foreignKeyConstraintName: 'fk_referral_referred' })
  referred?: Relation<Contact>;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** The conversation the referral came up in. */
  @Column({ type: 'uuid', nullable: true })
  interactionId: string | null;

  @ManyToOne(() => Interaction, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'interaction_id', foreignKeyConstraintName: 'fk_referral_interaction' })
  interaction?: Relation<Interaction>;
}
