import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEnum, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';
import {
  Optional,
  Timestamp,
  trim,
  ValidateEnum,
  ValidateNullableUUID,
  ValidateUUID,
} from '../../../common/validation.js';
import { ChainStepDto } from '../../snowball/dto/chain.dto.js';
import { OpportunityKind } from '../opportunity.entity.js';

export class CreateOpportunityDto {
  /** The person the opportunity came from. */
  @ValidateUUID({ description: 'The person the opportunity came from.' })
  contactId: string;

  /** The inquiry it came out of, if any: its chain is traced within that inquiry's snowball. */
  @ValidateNullableUUID("The inquiry it came out of, if any: its chain is traced within that inquiry's snowball.")
  inquiryId?: string | null;

  @ValidateEnum(OpportunityKind, 'OpportunityKind')
  kind: OpportunityKind;

  /** What came back, e.g. "Invited to speak at the plant managers' summit". */
  @ApiProperty({ maxLength: 10000, example: "Invited to speak at the plant managers' summit" })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(10000)
  description: string;

  /** When it happened: an ISO-8601 timestamp with a time zone, or a date. Defaults to now. */
  @ApiPropertyOptional({ type: String, format: 'date-time', example: '2025-03-01T09:00:00Z' })
  @Optional()
  @Timestamp()
  occurredAt?: string;
}

/** Every field optional; `inquiryId` accepts null to detach the opportunity from its inquiry. */
export class UpdateOpportunityDto {
  @ApiPropertyOptional({ type: String, format: 'uuid' })
  @Optional()
  @IsUUID('all')
  contactId?: string;

  @ValidateNullableUUID('The inquiry it came out of; null to detach it.')
  inquiryId?: string | null;

  @ApiPropertyOptional({ enum: OpportunityKind, enumName: 'OpportunityKind' })
  @Optional()
  @IsEnum(OpportunityKind)
  kind?: OpportunityKind;

  @ApiPropertyOptional({ maxLength: 10000 })
  @Optional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(10000)
  description?: string;

  /** An ISO-8601 timestamp with a time zone, or a date. */
  @ApiPropertyOptional({ type: String, format: 'date-time' })
  @Optional()
  @Timestamp()
  occurredAt?: string;
}

export class ListOpportunitiesQueryDto extends PageQueryDto {
  @ValidateEnum(OpportunityKind, 'OpportunityKind', { optional: true })
  kind?: OpportunityKind;

  @ValidateUUID({ optional: true, description: 'Only opportunities from this contact.' })
  contactId?: string;

  @ValidateUUID({ optional: true, description: 'Only opportunities of this inquiry.' })
  inquiryId?: string;
}

export class OpportunityDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  contactId: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  inquiryId: string | null;

  @ApiProperty({ enum: OpportunityKind, enumName: 'OpportunityKind' })
  kind: OpportunityKind;

  description: string;

  occurredAt: Date;

  createdAt: Date;

  updatedAt: Date;

  /** The ETag of the resource. */
  version: number;
}

/** One opportunity with the referral chain that led to its contact. */
export class OpportunityWithChainDto extends OpportunityDto {
  /**
   * The referral path in the opportunity's inquiry, from a seed to the contact, each step with the
   * contact and the reason they were referred. Just the seed when the contact is a seed; empty when
   * the opportunity has no inquiry or the contact is not in that inquiry's snowball.
   */
  @ApiProperty({ type: ChainStepDto, isArray: true })
  chain: ChainStepDto[];

  /**
   * Every shortest referral path to the contact (at most 10, earliest referrals first), so each
   * connector gets the credit; `chain` is the first of them. Empty when `chain` is.
   */
  @ApiProperty({ type: 'array', items: { type: 'array', items: { $ref: '#/components/schemas/ChainStepDto' } } })
  chains: ChainStepDto[][];
}
