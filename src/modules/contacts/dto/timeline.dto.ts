import { ApiProperty } from '@nestjs/swagger';

export enum TimelineItemType {
  Interaction = 'interaction',
  Insight = 'insight',
  Referral = 'referral',
  Commitment = 'commitment',
}

/** One event in a contact's history. `type` says which; `id` is that resource's id. */
export class TimelineItemDto {
  @ApiProperty({ enum: TimelineItemType, enumName: 'TimelineItemType' })
  type: TimelineItemType;

  @ApiProperty({ format: 'uuid' })
  id: string;

  /** When it happened: occurredAt for interactions, createdAt otherwise. */
  at: Date;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  inquiryId: string | null;

  /**
   * The kind within the type: the interaction kind, the insight kind, `referred_by` / `referred`
   * for referrals (this contact was referred, or referred someone), `me` / `them` for commitments.
   */
  @ApiProperty({ type: String, nullable: true })
  kind: string | null;

  /** A one-line description (summary, insight text, referral reason, commitment description). */
  @ApiProperty({ type: String, nullable: true })
  text: string | null;

  /** For referrals, the other person. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  otherContactId: string | null;
}
