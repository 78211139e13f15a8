import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';
import {
  normaliseTagFilter,
  Optional,
  PatchType,
  trim,
  ValidateEnum,
  ValidateNullableUUID,
  ValidateUUID,
} from '../../../common/validation.js';
import { InsightKind } from '../insight.entity.js';

export class CreateInsightDto {
  @ValidateUUID({ description: 'The inquiry the insight belongs to.' })
  inquiryId: string;

  /** Who it came from. */
  @ValidateNullableUUID('Who it came from.')
  contactId?: string | null;

  /** The conversation it came up in (of the same inquiry). */
  @ValidateNullableUUID('The conversation it came up in (of the same inquiry).')
  interactionId?: string | null;

  /** The inquiry's questions it speaks to. */
  @ApiPropertyOptional({ type: String, format: 'uuid', isArray: true, maxItems: 50 })
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  questionIds?: string[];

  @ApiProperty({ maxLength: 10000 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(10000)
  text: string;

  @ValidateEnum(InsightKind, 'InsightKind')
  kind: InsightKind;

  /** Tags; stored trimmed, lower-cased, without duplicates. */
  @ApiPropertyOptional({ type: String, isArray: true, maxItems: 50 })
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  themes?: string[];

  /** 1–5. */
  @ApiPropertyOptional({ type: 'integer', nullable: true, minimum: 1, maximum: 5 })
  @Optional({ nullable: true })
  @IsInt()
  @Min(1)
  @Max(5)
  importance?: number | null;

  /** Their words, verbatim. */
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 10000 })
  @Optional({ nullable: true })
  @IsString()
  @MaxLength(10000)
  quote?: string | null;
}

/** Every field optional; null clears contactId, interactionId, importance or quote. `[]` empties questionIds or themes. */
export class UpdateInsightDto extends PatchType(CreateInsightDto) {}

export class ListInsightsQueryDto extends PageQueryDto {
  @ValidateUUID({ optional: true })
  inquiryId?: string;

  @ValidateUUID({ optional: true })
  contactId?: string;

  @ValidateUUID({ optional: true })
  questionId?: string;

  /** One theme (case-insensitive). */
  @ApiPropertyOptional({ maxLength: 50 })
  @Optional()
  @IsString()
  @MaxLength(50)
  @Transform(normaliseTagFilter)
  theme?: string;

  @ValidateEnum(InsightKind, 'InsightKind', { optional: true })
  kind?: InsightKind;

  /** Full-text search over the text and the quote (all words must match). */
  @ApiPropertyOptional({ maxLength: 200 })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  q?: string;
}

export class InsightDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  inquiryId: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  contactId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  interactionId: string | null;

  @ApiProperty({ type: String, format: 'uuid', isArray: true })
  questionIds: string[];

  text: string;

  @ApiProperty({ enum: InsightKind, enumName: 'InsightKind' })
  kind: InsightKind;

  themes: string[];

  @ApiProperty({ type: 'integer', nullable: true })
  importance: number | null;

  @ApiProperty({ type: String, nullable: true })
  quote: string | null;

  createdAt: Date;

  updatedAt: Date;

  version: number;
}
