import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { OwnedEntity } from '../../database/base.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { Inquiry } from '../inquiries/inquiry.entity.js';

export enum OpportunityKind {
  Promotion = 'promotion',
  Hire = 'hire',
  Project = 'project',
  Speaking = 'speaking',
  Advice = 'advice',
  Introduction = 'introduction',
  Other = 'other',
}

/** What came back: traced along the referral chain to the seed it came from. */
@Entity('opportunity')
@Index('ix_opportunity_owner_id_created_at', ['ownerId', 'createdAt', 'id'])
@Index('ix_opportunity_owner_id_contact_id', ['ownerId', 'contactId'])
@Index('ix_opportunity_owner_id_inquiry_id', ['ownerId', 'inquiryId'])
export class Opportunity extends OwnedEntity {
  @Column({ type: 'uuid' })
  contactId: string;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id', foreignKeyConstraintName: 'fk_opportunity_contact' })
  contact?: Relation<Contact>;

  @Column({ type: 'uuid', nullable: true })
  inquiryId: string | null;

  @ManyToOne(() => Inquiry, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'inquiry_id', foreignKeyConstraintName: 'fk_opportunity_inquiry' })
  inquiry?: Relation<Inquiry>;

  @Column({ type: 'enum', enum: OpportunityKind, enumName: 'opportunity_kind' })
  kind: OpportunityKind;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'timestamptz', precision: 3 })
  occurredAt: Date;
}
