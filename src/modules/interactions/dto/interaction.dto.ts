import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';
import {
  Optional,
  PatchType,
  TimestampDate,
  ValidateEnum,
  ValidateNullableUUID,
  ValidateUUID,
} from '../../../common/validation.js';
import { AskOutcome, InteractionKind } from '../interaction.entity.js';

export class CreateInteractionDto {
  @ValidateUUID({ description: 'The contact you asked or talked to.' })
  contactId: string;

  /** The inquiry it belongs to; logging then advances the contact's stage in that inquiry. */
  @ValidateNullableUUID('The inquiry it belongs to; logging advances the contact’s stage there.')
  inquiryId?: string | null;

  @ValidateEnum(InteractionKind, 'InteractionKind')
  kind: InteractionKind;

  /** When it happened (default: now): an ISO-8601 timestamp with a time zone, or a date. Back-dating is fine. */
  @ApiPropertyOptional({ type: String, format: 'date-time', example: '2025-03-01T09:00:00Z' })
  @Optional()
  @TimestampDate()
  occurredAt?: Date;

  @ApiPropertyOptional({ type: 'integer', nullable: true, minimum: 0, maximum: 1440 })
  @Optional({ nullable: true })
  @IsInt()
  @Min(0)
  @Max(1440)
  durationMinutes?: number | null;

  /** For asks: pending (default for an ask), accepted, declined or no_response. */
  @ValidateEnum(AskOutcome, 'AskOutcome', { optional: true, nullable: true })
  outcome?: AskOutcome | null;

  /** For asks: when the contact answered (an ISO-8601 timestamp with a time zone, or a date). */
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  @Optional({ nullable: true })
  @TimestampDate()
  respondedAt?: Date | null;

  /** 1–5: how valuable it was. */
  @ApiPropertyOptional({ type: 'integer', nullable: true, minimum: 1, maximum: 5 })
  @Optional({ nullable: true })
  @IsInt()
  @Min(1)
  @Max(5)
  rating?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 10000 })
  @Optional({ nullable: true })
  @IsString()
  @MaxLength(10000)
  summary?: string | null;

  /** What you gave in return. */
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 10000 })
  @Optional({ nullable: true })
  @IsString()
  @MaxLength(10000)
  offered?: string | null;
}

/** Every field optional; null clears inquiryId, durationMinutes, outcome, respondedAt, rating, summary or offered. */
export class UpdateInteractionDto extends PatchType(CreateInteractionDto) {}

export class ListInteractionsQueryDto extends PageQueryDto {
  @ValidateUUID({ optional: true })
  contactId?: string;

  @ValidateUUID({ optional: true })
  inquiryId?: string;

  @ValidateEnum(InteractionKind, 'InteractionKind', { optional: true })
  kind?: InteractionKind;
}

export class InteractionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  contactId: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  inquiryId: string | null;

  @ApiProperty({ enum: InteractionKind, enumName: 'InteractionKind' })
  kind: InteractionKind;

  occurredAt: Date;

  @ApiProperty({ type: 'integer', nullable: true })
  durationMinutes: number | null;

  @ApiProperty({ enum: AskOutcome, enumName: 'AskOutcome', nullable: true })
  outcome: AskOutcome | null;

  @ApiProperty({ type: Date, nullable: true })
  respondedAt: Date | null;

  @ApiProperty({ type: 'integer', nullable: true })
  rating: number | null;

  @ApiProperty({ type: String, nullable: true })
  summary: string | null;

  @ApiProperty({ type: String, nullable: true })
  offered: string | null;

  createdAt: Date;

  updatedAt: Date;

  version: number;
}

/** A contact who joined an inquiry's snowball because of what was logged (docs/domain.md). */
export class JoinedParticipantDto {
  @ApiProperty({ format: 'uuid' })
  inquiryId: string;

  @ApiProperty({ format: 'uuid' })
  contactId: string;

  /** `direct`: reached directly, without the snowball (or `referral` when a debrief's suggestion added them). */
  @ApiProperty({ enum: ['seed', 'referral', 'direct'], enumName: 'ParticipantOrigin' })
  origin: string;

  /** 0 for someone reached directly. */
  wave: number;

  @ApiProperty({
    enum: ['suggested', 'to_ask', 'asked', 'accepted', 'declined', 'no_response', 'met', 'thanked'],
    enumName: 'ParticipantStage',
  })
  stage: string;
}

/** The interaction as logged or changed, and who joined an inquiry because of it. */
export class LoggedInteractionDto extends InteractionDto {
  /**
   * Contacts who were not participants of the interaction's inquiry and joined it because of this
   * ask, meeting, call or thank-you (origin `direct`, wave 0, at the stage it implies); usually empty.
   */
  @ApiProperty({ type: JoinedParticipantDto, isArray: true })
  joined: JoinedParticipantDto[];
}
