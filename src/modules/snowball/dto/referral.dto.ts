import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ExactlyOneOf, Optional, ValidateNullableUUID, ValidateUUID } from '../../../common/validation.js';
import { CreateContactDto } from '../../contacts/dto/contact.dto.js';

/** Who was referred: exactly one of `referredId` (an existing contact) or `referred` (a new one). */
export class CreateReferralDto {
  /** The participant who made the referral (a contact already in this inquiry). */
  @ValidateUUID({ description: 'The participant who made the referral.' })
  referrerId: string;

  /** An existing contact who was referred. Give this or `referred`, not both. */
  @ApiPropertyOptional({ type: String, format: 'uuid', description: 'An existing contact. Give this or `referred`.' })
  @ExactlyOneOf(['referred'])
  @IsUUID('all')
  referredId?: string;

  /** A new contact to create and refer in the same step. Give this or `referredId`, not both. */
  @ApiPropertyOptional({ type: CreateContactDto })
  @Optional()
  @ValidateNested()
  @Type(() => CreateContactDto)
  referred?: CreateContactDto;

  /** Why the referrer suggested this person. */
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @Optional({ nullable: true })
  @IsString()
  @MaxLength(2000)
  reason?: string | null;

  /** The conversation in which the referral came up. */
  @ValidateNullableUUID('The conversation in which the referral came up.')
  interactionId?: string | null;
}

export class ReferralDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  inquiryId: string;

  @ApiProperty({ format: 'uuid' })
  referrerId: string;

  @ApiProperty({ format: 'uuid' })
  referredId: string;

  @ApiProperty({ type: String, nullable: true })
  reason: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  interactionId: string | null;

  /** The referred participant's wave after this referral. */
  wave: number;

  createdAt: Date;
}
