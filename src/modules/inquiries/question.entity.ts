import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { SyncedEntity } from '../../database/base.entity.js';
import { Inquiry } from './inquiry.entity.js';

export enum QuestionStatus {
  Open = 'open',
  Answered = 'answered',
  Revised = 'revised',
  Retired = 'retired',
}

/** A question the user is curious about, introduced in one cycle; `revisesId` links a revision to what it replaced. */
@ForeignKey(() => Inquiry, ['ownerId', 'inquiryId'], ['ownerId', 'id'], {
  name: 'fk_question_inquiry',
  onDelete: 'CASCADE',
})
@ForeignKey(() => Question, ['ownerId', 'revisesId'], ['ownerId', 'id'], {
  name: 'fk_question_revises',
  onDelete: 'NO ACTION',
})
@Entity('question')
@Index('ix_question_owner_id_sync_seq_id', ['ownerId', 'syncSeq', 'id'])
@Index('ix_question_owner_id_inquiry_id_created_at', ['ownerId', 'inquiryId', 'createdAt', 'id'])
@Index('ix_question_owner_id_revises_id', ['ownerId', 'revisesId'])
export class Question extends SyncedEntity {
  @Column({ type: 'uuid' })
  inquiryId: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'enum', enum: QuestionStatus, enumName: 'question_status', default: QuestionStatus.Open })
  status: QuestionStatus;

  /** The cycle of the inquiry in which the question was introduced. */
  @Column({ type: 'integer' })
  cycle: number;

  @Column({ type: 'uuid', nullable: true })
  revisesId: string | null;
}
