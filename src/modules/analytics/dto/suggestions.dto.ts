import { ApiProperty } from '@nestjs/swagger';
import { Seniority } from '../../contacts/contact.entity.js';
import { ParticipantOrigin, ParticipantStage } from '../../snowball/participant.entity.js';

export enum SuggestionReasonCode {
  AcceptedNoMeeting = 'accepted_no_meeting',
  ReferredNotAsked = 'referred_not_asked',
  FillsPerspectiveGap = 'fills_perspective_gap',
  MatchesInquiry = 'matches_inquiry',
  HighYieldConnector = 'referred_by_high_yield_connector',
  StalledAsk = 'stalled_ask',
  NotYetAsked = 'not_yet_asked',
}

/** Where a suggestion comes from: a participant of the inquiry, or one of your other contacts. */
export enum SuggestionSource {
  Inquiry = 'inquiry',
  Network = 'network',
}

/** Someone who referred the suggested person in this inquiry, and why. */
export class SuggestionReferrerDto {
  @ApiProperty({ format: 'uuid' })
  contactId: string;

  name: string;

  @ApiProperty({ type: String, nullable: true })
  reason: string | null;
}

export class SuggestionReasonDto {
  @ApiProperty({ enum: SuggestionReasonCode, enumName: 'SuggestionReasonCode' })
  code: SuggestionReasonCode;

  /** The reason for people. */
  message: string;

  /** What the reason adds to the score. */
  weight: number;
}

export class SuggestionDto {
  @ApiProperty({ format: 'uuid' })
  contactId: string;

  name: string;

  @ApiProperty({ type: String, nullable: true })
  organization: string | null;

  @ApiProperty({ enum: Seniority, enumName: 'Seniority', nullable: true })
  seniority: Seniority | null;

  @ApiProperty({ type: Boolean, nullable: true })
  sameOrganization: boolean | null;

  /** `inquiry`: a participant; `network`: one of your contacts not in the inquiry yet (add them as a seed). */
  @ApiProperty({ enum: SuggestionSource, enumName: 'SuggestionSource' })
  source: SuggestionSource;

  /** The participant's wave; null for a network suggestion. */
  @ApiProperty({ type: 'integer', nullable: true })
  wave: number | null;

  /** The participant's stage; null for a network suggestion. */
  @ApiProperty({ enum: ParticipantStage, enumName: 'ParticipantStage', nullable: true })
  stage: ParticipantStage | null;

  /** The participant's origin; null for a network suggestion. */
  @ApiProperty({ enum: ParticipantOrigin, enumName: 'ParticipantOrigin', nullable: true })
  origin: ParticipantOrigin | null;

  /** Who referred them in this inquiry and why, oldest first (empty when no one did). */
  @ApiProperty({ type: SuggestionReferrerDto, isArray: true })
  referredBy: SuggestionReferrerDto[];

  /** Sum of the reasons' weights; the list is sorted by it (then by wave, network people last, then name). */
  score: number;

  @ApiProperty({ type: SuggestionReasonDto, isArray: true })
  reasons: SuggestionReasonDto[];

  /** One sentence combining the reasons. */
  summary: string;
}
