import { ApiProperty } from '@nestjs/swagger';
import { Seniority } from '../../contacts/contact.entity.js';
import { ParticipantOrigin, ParticipantStage } from '../../snowball/participant.entity.js';

export enum SuggestionReasonCode {
  AcceptedNoMeeting = 'accepted_no_meeting',
  ReferredNotAsked = 'referred_not_asked',
  FillsPerspectiveGap = 'fills_perspective_gap',
  HighYieldConnector = 'referred_by_high_yield_connector',
  StalledAsk = 'stalled_ask',
  NotYetAsked = 'not_yet_asked',
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

  wave: number;

  @ApiProperty({ enum: ParticipantStage, enumName: 'ParticipantStage' })
  stage: ParticipantStage;

  @ApiProperty({ enum: ParticipantOrigin, enumName: 'ParticipantOrigin' })
  origin: ParticipantOrigin;

  /** Sum of the reasons' weights; the list is sorted by it (then by wave, then name). */
  score: number;

  @ApiProperty({ type: SuggestionReasonDto, isArray: true })
  reasons: SuggestionReasonDto[];

  /** One sentence combining the reasons. */
  summary: string;
}
