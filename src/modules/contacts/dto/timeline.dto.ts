import { ApiProperty } from '@nestjs/swagger';

export enum TimelineItemType {
  Interaction = 'interaction',
  Insight = 'insight',
  Referral = 'referral',
  Commitment = 'commitment',
  Opportunity = 'opportunity',
}

/** One event in a contact's history. `type` says which; `id` is that resource's id. */
export class TimelineItemDto {
  @ApiProperty({ enum: TimelineItemType, enumName: 'TimelineItemType' })
  type: TimelineItemType;

  @ApiProperty({ format: 'uuid' })
  id: string;

  /**
   * When it happened: occurredAt for interactions and opportunities; for insights and referrals the
   * occurredAt of the conversation they came from (createdAt when they name none); createdAt for
   * commitments. The timeline is ordered by it.
   */
  at: Date;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  inquiryId: string | null;

  /**
   * The kind within the type: the interaction kind, the insight kind, `referred_by` / `referred`
   * for referrals (this contact was referred, or referred someone), `me` / `them` for commitments,
   * the opportunity kind for opportunities.
   */
  @ApiProperty({ type: String, nullable: true })
  kind: string | null;

  /** A one-line description (summary, insight text, referral reason, commitment or opportunity description). */
  @ApiProperty({ type: String, nullable: true })
  text: string | null;

  /** For referrals, the other person. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  otherContactId: string | null;

  /** For referrals, the other person's name (null when they were deleted). */
  @ApiProperty({ type: String, nullable: true })
  otherContactName: string | null;

  /** For asks, the outcome (`pending`, `accepted`, `declined`, `no_response`); null otherwise. */
  @ApiProperty({ type: String, nullable: true })
  outcome: string | null;
}
