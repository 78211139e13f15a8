import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { OwnedEntity } from '../../database/base.entity.js';
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
@Entity('reflection')
@Index('uq_reflection_inquiry_id_cycle', ['inquiryId', 'cycle'], { unique: true })
@Index('ix_reflection_owner_id_inquiry_id_created_at', ['ownerId', 'inquiryId', 'createdAt', 'id'])
export class Reflection extends OwnedEntity {
  @Column({ type: 'uuid' })
  inquiryId: string;

  @ManyToOne(() => Inquiry, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'inquiry_id', foreignKeyConstraintName: 'fk_reflection_inquiry' })
  inquiry?: Relation<Inquiry>;

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
