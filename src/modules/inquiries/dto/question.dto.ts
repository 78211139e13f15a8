import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';
import { Optional, QueryInt, trim, ValidateEnum, ValidateUUID } from '../../../common/validation.js';
import { QuestionStatus } from '../question.entity.js';

export class CreateQuestionDto {
  @ApiProperty({ maxLength: 2000, example: 'What makes predictive maintenance stick on the shop floor?' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  text: string;

  /** The question this one replaces (same inquiry); it becomes `revised`. */
  @ValidateUUID({ optional: true, description: 'The question this one replaces (same inquiry); it becomes revised.' })
  revisesId?: string;
}

/** Statuses a client may set; `revised` is set by creating a revision. */
const SETTABLE = [QuestionStatus.Open, QuestionStatus.Answered, QuestionStatus.Retired];

export class UpdateQuestionDto {
  @ApiPropertyOptional({ maxLength: 2000 })
  @Optional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  text?: string;

  /** `open`, `answered` or `retired` (a question becomes `revised` when a revision is created). */
  @ApiPropertyOptional({ enum: SETTABLE, enumName: 'SettableQuestionStatus' })
  @Optional()
  @IsIn(SETTABLE)
  status?: QuestionStatus;
}

export class ListQuestionsQueryDto extends PageQueryDto {
  @ValidateEnum(QuestionStatus, 'QuestionStatus', { optional: true })
  status?: QuestionStatus;

  @QueryInt({ min: 1, max: 100000, description: 'Only questions introduced in this cycle.' })
  cycle?: number;
}

export class QuestionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  inquiryId: string;

  text: string;

  @ApiProperty({ enum: QuestionStatus, enumName: 'QuestionStatus' })
  status: QuestionStatus;

  /** The inquiry cycle in which the question was introduced. */
  cycle: number;

  /** The question this one replaced. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  revisesId: string | null;

  createdAt: Date;

  updatedAt: Date;

  version: number;
}
