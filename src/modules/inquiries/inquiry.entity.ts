import { Column, Entity, Index } from 'typeorm';
import { SyncedEntity } from '../../database/base.entity.js';

export enum InquiryStatus {
  Active = 'active',
  Paused = 'paused',
  Concluded = 'concluded',
}

export enum ContributionPotential {
  Low = 'low',
  Medium = 'medium',
  High = 'high',
}

/** A focus of inquiry: a challenge the user wants to learn about and contribute to. */
@Entity('inquiry')
@Index('ix_inquiry_owner_id_sync_seq_id', ['ownerId', 'syncSeq', 'id'])
@Index('ix_inquiry_owner_id_created_at', ['ownerId', 'createdAt', 'id'])
@Index('ix_inquiry_owner_id_status', ['ownerId', 'status'])
export class Inquiry extends SyncedEntity {
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', nullable: true })
  challenge: string | null;

  @Column({ type: 'text', nullable: true })
  motivation: string | null;

  @Column({ type: 'enum', enum: ContributionPotential, enumName: 'contribution_potential', nullable: true })
  contributionPotential: ContributionPotential | null;

  @Column({ type: 'text', nullable: true })
  askTemplate: string | null;

  @Column({ type: 'enum', enum: InquiryStatus, enumName: 'inquiry_status', default: InquiryStatus.Active })
  status: InquiryStatus;

  /** Starts at 1; only a reflection moves it. */
  @Column({ type: 'integer', default: 1 })
  currentCycle: number;
}
