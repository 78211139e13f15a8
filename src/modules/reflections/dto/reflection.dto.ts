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
