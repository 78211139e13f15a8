import { ApiProperty } from '@nestjs/swagger';

/** A contact as the snowball shows it: who, and where they work. */
export class ContactSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  name: string;

  @ApiProperty({ type: String, nullable: true })
  organization: string | null;

  @ApiProperty({ type: String, nullable: true })
  title: string | null;
}

/** One step of a referral chain: the contact, and why the previous person referred them (null for the seed). */
export class ChainStepDto {
  contact: ContactSummaryDto;

  /** 0 for the seed. */
  wave: number;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The referral that led here; null for the seed.',
  })
  referralId: string | null;

  @ApiProperty({ type: String, nullable: true })
  reason: string | null;
}

export class ChainDto {
  /** From a seed to the contact; empty when the contact is not reachable from a seed. */
  @ApiProperty({ type: ChainStepDto, isArray: true })
  path: ChainStepDto[];

  /**
   * Every shortest chain from a seed to the contact (at most 10), the first equal to `path`; several
   * when people at the same distance referred them (Maria → Jamal → Elena and Sofia → Grace → Elena).
   */
  @ApiProperty({ type: 'array', items: { type: 'array', items: { $ref: '#/components/schemas/ChainStepDto' } } })
  paths: ChainStepDto[][];
}
