import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { OwnedEntity } from '../../database/base.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { Inquiry } from '../inquiries/inquiry.entity.js';

export enum CommitmentOwner {
  Me = 'me',
  Them = 'them',
}

export enum CommitmentStatus {
  Open = 'open',
  Done = 'done',
  Dropped = 'dropped',
}

/** A promise, made by the user (`me`) or by the contact (`them`). */
@Entity('commitment')
@Index('ix_commitment_owner_id_created_at', ['ownerId', 'createdAt', 'id'])
@Index('ix_commitment_owner_id_status_due_at', ['ownerId', 'status', 'dueAt'])
@Index('ix_commitment_owner_id_contact_id', ['ownerId', 'contactId'])
export class Commitment extends OwnedEntity {
  @Column({ type: 'uuid' })
  contactId: string;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id', foreignKeyConstraintName: 'fk_commitment_contact' })
  contact?: Relation<Contact>;

  @Column({ type: 'uuid', nullable: true })
  inquiryId: string | null;

  @ManyToOne(() => Inquiry, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'inquiry_id', foreignKeyConstraintName: 'fk_commitment_inquiry' })
  inquiry?: Relation<Inquiry>;

  @Column({ type: 'text' })
  description: string;

  /** Who promised: `me` (the user) or `them` (the contact). */
  @Column({ name: 'promised_by', type: 'enum', enum: CommitmentOwner, enumName: 'commitment_owner' })
  owner: CommitmentOwner;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  dueAt: Date | null;

  @Column({ type: 'enum', enum: CommitmentStatus, enumName: 'commitment_status', default: CommitmentStatus.Open })
  status: CommitmentStatus;
}
