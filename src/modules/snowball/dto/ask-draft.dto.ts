import { ApiProperty } from '@nestjs/swagger';

/** An open question chosen for the ask. */
export class AskQuestionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  text: string;
}

/** The values the placeholders were filled with (null where the person has none). */
export class AskDraftPartsDto {
  /** The first word of the contact's name. */
  firstName: string;

  name: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The name of the person who referred them; null for a seed.',
  })
  referrer: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  referrerId: string | null;

  @ApiProperty({ type: String, nullable: true, description: "The referral's reason, as recorded." })
  reason: string | null;

  /** The inquiry's title. */
  topic: string;

  /** At most 3 open questions, those not yet heard from this person's perspective first. */
  @ApiProperty({ type: [AskQuestionDto] })
  questions: AskQuestionDto[];
}

/** An ask, filled for one participant, for a client to show or edit before sending. */
export class AskDraftDto {
  /** The template with every placeholder filled. */
  text: string;

  /** The template that was filled: the inquiry's `askTemplate`, or the default. */
  template: string;

  /** True when the inquiry has no `askTemplate` and the default was used. */
  usedDefault: boolean;

  parts: AskDraftPartsDto;
}
