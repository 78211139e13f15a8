import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { ValidateUUID } from '../../../common/validation.js';
import { CreateContactDto } from '../../contacts/dto/contact.dto.js';

export class CreateReferralDto {
  /** The participant who made the referral (a contact already in this inquiry). */
  @ValidateUUID({ description: 'The participant who made the referral.' })
  referrerId: string;

  /** An existing contact who was referred. Give this or `referred`, not both. */
  @ValidateUUID({ optional: true, description: 'An existing contact. Give this or `referred`.' })
  referredId?: string;

  /** A new contact to create and refer in the same step. */
  @ApiPropertyOptional({ type: CreateContactDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => CreateContactDto)
  referred?: CreateContactDto;

  /** Why the referrer suggested this person. */
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;

  /** The conversation in which the referral came up. */
  @ValidateUUID({ optional: true, description: 'The conversation in which the referral came up.' })
  interactionId?: string;
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
