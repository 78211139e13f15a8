import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { SyncedEntity } from '../../database/base.entity.js';
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
@ForeignKey(() => Contact, ['ownerId', 'contactId'], ['ownerId', 'id'], {
  name: 'fk_commitment_contact',
  onDelete: 'CASCADE',
})
@ForeignKey(() => Inquiry, ['ownerId', 'inquiryId'], ['ownerId', 'id'], {
  name: 'fk_commitment_inquiry',
  onDelete: 'NO ACTION',
})
@Entity('commitment')
@Index('ix_commitment_owner_id_sync_seq_id', ['ownerId', 'syncSeq', 'id'])
@Index('ix_commitment_owner_id_created_at', ['ownerId', 'createdAt', 'id'])
@Index('ix_commitment_owner_id_status_due_at', ['ownerId', 'status', 'dueAt'])
@Index('ix_commitment_owner_id_contact_id', ['ownerId', 'contactId'])
export class Commitment extends SyncedEntity {
  @Column({ type: 'uuid' })
  contactId: string;

  @Column({ type: 'uuid', nullable: true })
  inquiryId: string | null;

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
