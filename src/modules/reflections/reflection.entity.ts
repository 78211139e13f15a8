import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { SyncedEntity } from '../../database/base.entity.js';
import { Inquiry } from '../inquiries/inquiry.entity.js';

export interface CycleFigures {
  conversations: number;
  insights: number;
  newPeople: number;
  referrals: number;
  perspectivesCovered: number;
}

export interface QuestionChange {
  action: 'revise' | 'retire' | 'add';
  questionId?: string;
  text?: string;
  /** The question a revise or add created. */
  resultingQuestionId?: string;
}

/** Closes one cycle of an inquiry: what was learned, how the questions changed, who is next, the cycle's figures. */
@ForeignKey(() => Inquiry, ['ownerId', 'inquiryId'], ['ownerId', 'id'], {
  name: 'fk_reflection_inquiry',
  onDelete: 'CASCADE',
})
@Entity('reflection')
@Index('ix_reflection_owner_id_sync_seq_id', ['ownerId', 'syncSeq', 'id'])
@Index('uq_reflection_owner_id_inquiry_id_cycle', ['ownerId', 'inquiryId', 'cycle'], { unique: true })
@Index('ix_reflection_owner_id_inquiry_id_created_at', ['ownerId', 'inquiryId', 'createdAt', 'id'])
export class Reflection extends SyncedEntity {
  @Column({ type: 'uuid' })
  inquiryId: string;

  /** The cycle this reflection closed. */
  @Column({ type: 'integer' })
  cycle: number;

  @Column({ type: 'text' })
  learned: string;

  @Column({ type: 'text', nullable: true })
  patterns: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  questionChanges: QuestionChange[];

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  nextContactIds: string[];

  @Column({ type: 'jsonb' })
  figures: CycleFigures;
}
