import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Optional, trim } from '../../../common/validation.js';

export class QuestionChangeDto {
  /** `revise` replaces questionId with a new question (text); `retire` retires questionId; `add` adds a question (text). */
  @ApiProperty({ enum: ['revise', 'retire', 'add'], enumName: 'QuestionChangeAction' })
  @IsIn(['revise', 'retire', 'add'])
  action: 'revise' | 'retire' | 'add';

  /** Required for revise and retire. */
  @ApiPropertyOptional({ format: 'uuid' })
  @ValidateIf((change: QuestionChangeDto) => change.action !== 'add' || change.questionId !== undefined)
  @IsUUID('all')
  questionId?: string;

  /** Required for revise and add. */
  @ApiPropertyOptional({ maxLength: 2000 })
  @ValidateIf((change: QuestionChangeDto) => change.action !== 'retire' || change.text !== undefined)
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  text?: string;
}

export class CreateReflectionDto {
  /** What you learned in this cycle. */
  @ApiProperty({ maxLength: 20000 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(20000)
  learned: string;

  /** Patterns and trends you see forming. */
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 20000 })
  @Optional({ nullable: true })
  @IsString()
  @MaxLength(20000)
  patterns?: string | null;

  @ApiPropertyOptional({ type: QuestionChangeDto, isArray: true, maxItems: 100 })
  @Optional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => QuestionChangeDto)
  questionChanges?: QuestionChangeDto[];

  /** Contacts to ask next: they join (or move back to) stage `to_ask`. */
  @ApiPropertyOptional({ type: String, format: 'uuid', isArray: true, maxItems: 100 })
  @Optional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  nextContactIds?: string[];
}

/** The cycle's figures, frozen when the reflection closes it (definitions in docs/domain.md). */
export class CycleFiguresDto {
  /** Meetings and calls logged in the inquiry during the cycle. */
  conversations: number;

  /** Insights recorded for the inquiry during the cycle. */
  insights: number;

  /** Participants who joined the inquiry during the cycle. */
  newPeople: number;

  /** Referrals recorded during the cycle. */
  referrals: number;

  /** Distinct perspectives (seniority × inside/outside) among the people you had a conversation with during the cycle. */
  perspectivesCovered: number;
}

export class ReflectionQuestionChangeDto {
  @ApiProperty({ enum: ['revise', 'retire', 'add'], enumName: 'QuestionChangeAction' })
  action: 'revise' | 'retire' | 'add';

  @ApiPropertyOptional({ format: 'uuid' })
  questionId?: string;

  @ApiPropertyOptional()
  text?: string;

  /** The question the change created (revise, add). */
  @ApiPropertyOptional({ format: 'uuid' })
  resultingQuestionId?: string;
}

export class ReflectionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  inquiryId: string;

  /** The cycle this reflection closed (the inquiry is now in cycle + 1). */
  cycle: number;

  learned: string;

  @ApiProperty({ type: String, nullable: true })
  patterns: string | null;

  @ApiProperty({ type: ReflectionQuestionChangeDto, isArray: true })
  questionChanges: ReflectionQuestionChangeDto[];

  @ApiProperty({ type: String, format: 'uuid', isArray: true })
  nextContactIds: string[];

  figures: CycleFiguresDto;

  createdAt: Date;
}

export class QueuedContactDto {
  @ApiProperty({ format: 'uuid' })
  contactId: string;

  /** The stage they left for `to_ask` (`to_ask` when they were queued already). */
  @ApiProperty({
    enum: ['suggested', 'to_ask', 'asked', 'accepted', 'declined', 'no_response', 'met', 'thanked'],
    enumName: 'ParticipantStage',
  })
  previousStage: string;
}

export class NotQueuedContactDto {
  @ApiProperty({ format: 'uuid' })
  contactId: string;

  /** Where they stay. */
  @ApiProperty({
    enum: ['suggested', 'to_ask', 'asked', 'accepted', 'declined', 'no_response', 'met', 'thanked'],
    enumName: 'ParticipantStage',
  })
  stage: string;

  /** Why they were not queued, in words ("already met"). */
  reason: string;
}

/** What queuing `nextContactIds` did, person by person. */
export class ReflectionQueueDto {
  /** Contacts who were not in the inquiry and joined it as seeds at `to_ask`. */
  @ApiProperty({ type: String, format: 'uuid', isArray: true })
  joined: string[];

  /** Participants now at `to_ask` (declined or unanswered asks are asked again; the history stays). */
  @ApiProperty({ type: QueuedContactDto, isArray: true })
  queued: QueuedContactDto[];

  /** Participants left at their stage: an ask pending, a yes, or a meeting already. */
  @ApiProperty({ type: NotQueuedContactDto, isArray: true })
  notQueued: NotQueuedContactDto[];
}

/** The reflection just created, with what queuing its next contacts did. */
export class CreatedReflectionDto extends ReflectionDto {
  queue: ReflectionQueueDto;
}
