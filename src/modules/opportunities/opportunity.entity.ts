import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { SyncedEntity } from '../../database/base.entity.js';
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
@ForeignKey(() => Contact, ['ownerId', 'contactId'], ['ownerId', 'id'], {
  name: 'fk_opportunity_contact',
  onDelete: 'CASCADE',
})
@ForeignKey(() => Inquiry, ['ownerId', 'inquiryId'], ['ownerId', 'id'], {
  name: 'fk_opportunity_inquiry',
  onDelete: 'NO ACTION',
})
@Entity('opportunity')
@Index('ix_opportunity_owner_id_sync_seq_id', ['ownerId', 'syncSeq', 'id'])
@Index('ix_opportunity_owner_id_created_at', ['ownerId', 'createdAt', 'id'])
@Index('ix_opportunity_owner_id_contact_id', ['ownerId', 'contactId'])
@Index('ix_opportunity_owner_id_inquiry_id', ['ownerId', 'inquiryId'])
export class Opportunity extends SyncedEntity {
  @Column({ type: 'uuid' })
  contactId: string;

  @Column({ type: 'uuid', nullable: true })
  inquiryId: string | null;

  @Column({ type: 'enum', enum: OpportunityKind, enumName: 'opportunity_kind' })
  kind: OpportunityKind;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'timestamptz', precision: 3 })
  occurredAt: Date;
}
