import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsObject,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
  ValidateNested,
  type ValidationArguments,
} from 'class-validator';
import {
  ExactlyOneOf,
  Optional,
  Timestamp,
  TimestampDate,
  trim,
  ValidateEnum,
  ValidateNullableUUID,
  ValidateUUID,
} from '../../../common/validation.js';
import { CommitmentOwner } from '../../commitments/commitment.entity.js';
import { CommitmentDto } from '../../commitments/dto/commitment.dto.js';
import { CreateContactDto } from '../../contacts/dto/contact.dto.js';
import { InsightDto } from '../../insights/dto/insight.dto.js';
import { InsightKind } from '../../insights/insight.entity.js';
import { InteractionDto, JoinedParticipantDto } from '../../interactions/dto/interaction.dto.js';
import { InteractionKind } from '../../interactions/interaction.entity.js';
import { ReferralDto } from '../../snowball/dto/referral.dto.js';

const CONVERSATION_KINDS = [InteractionKind.Meeting, InteractionKind.Call];

/** The conversation itself: a meeting or a call. */
export class DebriefConversationDto {
  @ValidateUUID({ description: 'The person you talked to.' })
  contactId: string;

  /** The inquiry it belongs to (needed for insights and suggested people). */
  @ValidateNullableUUID('The inquiry it belongs to (needed for insights and suggested people).')
  inquiryId?: string | null;

  /** `meeting` or `call`. */
  @ApiProperty({ enum: CONVERSATION_KINDS, enumName: 'ConversationKind' })
  @IsIn(CONVERSATION_KINDS)
  kind: InteractionKind;

  /** When it happened (default: now). */
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

  /** What you offered in return. */
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 10000 })
  @Optional({ nullable: true })
  @IsString()
  @MaxLength(10000)
  offered?: string | null;
}

/** Something you heard; it comes from the conversation's contact, in its inquiry. */
export class DebriefInsightDto {
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

  /** The inquiry's questions it speaks to. */
  @ApiPropertyOptional({ type: String, format: 'uuid', isArray: true, maxItems: 50 })
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  questionIds?: string[];

  /** Their words, verbatim. */
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 10000 })
  @Optional({ nullable: true })
  @IsString()
  @MaxLength(10000)
  quote?: string | null;

  /** 1–5. */
  @ApiPropertyOptional({ type: 'integer', nullable: true, minimum: 1, maximum: 5 })
  @Optional({ nullable: true })
  @IsInt()
  @Min(1)
  @Max(5)
  importance?: number | null;
}

/** Someone the contact suggested you talk to: an existing contact or a new one, exactly one. */
export class DebriefReferralDto {
  @ApiPropertyOptional({ type: String, format: 'uuid', description: 'An existing contact. Give this or `contact`.' })
  @ExactlyOneOf(['contact'])
  @IsUUID('all')
  contactId?: string;

  /** A new contact, created in the same step. */
  @ApiPropertyOptional({ type: CreateContactDto })
  @Optional()
  @ValidateNested()
  @Type(() => CreateContactDto)
  contact?: CreateContactDto;

  /** Why they suggested this person ("runs the PMO"). */
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @Optional({ nullable: true })
  @IsString()
  @MaxLength(2000)
  reason?: string | null;
}

/** A promise made in the conversation, by you (`me`) or by them (`them`). */
export class DebriefCommitmentDto {
  @ApiProperty({ maxLength: 10000, example: 'Send her the maintenance survey results' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(10000)
  description: string;

  @ValidateEnum(CommitmentOwner, 'CommitmentOwner', { description: 'Who promised: me (you) or them (the contact).' })
  owner: CommitmentOwner;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, example: '2025-03-08' })
  @Optional({ nullable: true })
  @Timestamp()
  dueAt?: string | null;
}

/** Insights and suggested people belong to an inquiry: refused when the conversation names none. */
function NeedsInquiry(what: string): PropertyDecorator {
  return ValidateBy({
    name: 'needsInquiry',
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => {
        const body = args!.object as { conversation?: { inquiryId?: string | null } };
        return !Array.isArray(value) || value.length === 0 || typeof body.conversation?.inquiryId === 'string';
      },
      defaultMessage: () => `${what} need conversation.inquiryId (they belong to an inquiry)`,
    },
  });
}

export class CreateDebriefDto {
  @ApiProperty({ type: DebriefConversationDto })
  @IsDefined({ message: 'conversation is required' })
  @IsObject({ message: 'conversation must be an object' })
  @ValidateNested()
  @Type(() => DebriefConversationDto)
  conversation: DebriefConversationDto;

  @ApiPropertyOptional({ type: DebriefInsightDto, isArray: true, maxItems: 100 })
  @Optional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => DebriefInsightDto)
  @NeedsInquiry('insights')
  insights?: DebriefInsightDto[];

  /** People the contact suggested: referrals from this contact in the inquiry. */
  @ApiPropertyOptional({ type: DebriefReferralDto, isArray: true, maxItems: 100 })
  @Optional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => DebriefReferralDto)
  @NeedsInquiry('referrals')
  referrals?: DebriefReferralDto[];

  /** Promises made both ways. */
  @ApiPropertyOptional({ type: DebriefCommitmentDto, isArray: true, maxItems: 100 })
  @Optional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => DebriefCommitmentDto)
  commitments?: DebriefCommitmentDto[];
}

/** The thank-you the conversation makes due (the agenda's rule). */
export class ThankYouDueDto {
  /** The conversation it is owed for. */
  @ApiProperty({ format: 'uuid' })
  interactionId: string;

  /** Two days after the conversation. */
  dueAt: Date;

  /** What to do, in words. */
  sentence: string;
}

export class DebriefNextDto {
  /** The thank-you now due (null when a later conversation or a thank-you settles it, or it is too old). */
  @ApiProperty({ type: ThankYouDueDto, nullable: true })
  thankYou: ThankYouDueDto | null;

  /** Who joined the inquiry's snowball with this debrief: the contact (reached directly) and the people suggested. */
  @ApiProperty({ type: JoinedParticipantDto, isArray: true })
  participants: JoinedParticipantDto[];
}

export class DebriefDto {
  conversation: InteractionDto;

  @ApiProperty({ type: InsightDto, isArray: true })
  insights: InsightDto[];

  @ApiProperty({ type: ReferralDto, isArray: true })
  referrals: ReferralDto[];

  @ApiProperty({ type: CommitmentDto, isArray: true })
  commitments: CommitmentDto[];

  next: DebriefNextDto;
}
