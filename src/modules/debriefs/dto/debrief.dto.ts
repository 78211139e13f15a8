import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsIn,
  IsObject,
  IsString,
  IsUUID,
  MaxLength,
  ValidateBy,
  ValidateNested,
  type ValidationArguments,
} from 'class-validator';
import { ExactlyOneOf, Optional } from '../../../common/validation.js';
import { CommitmentDto, CreateCommitmentDto } from '../../commitments/dto/commitment.dto.js';
import { CreateContactDto } from '../../contacts/dto/contact.dto.js';
import { CreateInsightDto, InsightDto } from '../../insights/dto/insight.dto.js';
import { CreateInteractionDto, InteractionDto, JoinedParticipantDto } from '../../interactions/dto/interaction.dto.js';
import { InteractionKind } from '../../interactions/interaction.entity.js';
import { ReferralDto } from '../../snowball/dto/referral.dto.js';

const CONVERSATION_KINDS = [InteractionKind.Meeting, InteractionKind.Call];

/** The conversation itself: a meeting or a call (the rules of `POST /v1/interactions` for each field). */
export class DebriefConversationDto extends PickType(CreateInteractionDto, [
  'contactId',
  'inquiryId',
  'occurredAt',
  'durationMinutes',
  'rating',
  'summary',
  'offered',
] as const) {
  /** `meeting` or `call`. */
  @ApiProperty({ enum: CONVERSATION_KINDS, enumName: 'ConversationKind' })
  @IsIn(CONVERSATION_KINDS)
  kind: InteractionKind;
}

/** Something you heard; it comes from the conversation's contact, in its inquiry (the rules of `POST /v1/insights`). */
export class DebriefInsightDto extends PickType(CreateInsightDto, [
  'text',
  'kind',
  'themes',
  'questionIds',
  'quote',
  'importance',
] as const) {}

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

/** A promise made in the conversation, by you (`me`) or by them (`them`) (the rules of `POST /v1/commitments`). */
export class DebriefCommitmentDto extends PickType(CreateCommitmentDto, ['description', 'owner', 'dueAt'] as const) {}

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
