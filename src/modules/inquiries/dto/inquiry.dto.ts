import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';
import { Optional, PatchType, trim, ValidateEnum } from '../../../common/validation.js';
import { ContributionPotential, InquiryStatus } from '../inquiry.entity.js';

export class CreateInquiryDto {
  /** A short name for the challenge, e.g. "How do our plants adopt predictive maintenance?" */
  @ApiProperty({ maxLength: 200 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  /** The challenge you want to learn about and contribute to. */
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 10000 })
  @Optional({ nullable: true })
  @IsString()
  @MaxLength(10000)
  challenge?: string | null;

  /** Why it matters to you. */
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 10000 })
  @Optional({ nullable: true })
  @IsString()
  @MaxLength(10000)
  motivation?: string | null;

  @ValidateEnum(ContributionPotential, 'ContributionPotential', { optional: true, nullable: true })
  contributionPotential?: ContributionPotential | null;

  /** Your standard ask ("I'm working on a project about X and would like to hear your experiences…"). */
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 10000 })
  @Optional({ nullable: true })
  @IsString()
  @MaxLength(10000)
  askTemplate?: string | null;

  @ValidateEnum(InquiryStatus, 'InquiryStatus', { optional: true })
  status?: InquiryStatus;
}

/** Every field optional; null clears challenge, motivation, contributionPotential or askTemplate (not title or status). */
export class UpdateInquiryDto extends PatchType(CreateInquiryDto) {}

export class ListInquiriesQueryDto extends PageQueryDto {
  @ValidateEnum(InquiryStatus, 'InquiryStatus', { optional: true })
  status?: InquiryStatus;
}

export class InquiryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  title: string;

  @ApiProperty({ type: String, nullable: true })
  challenge: string | null;

  @ApiProperty({ type: String, nullable: true })
  motivation: string | null;

  @ApiProperty({ enum: ContributionPotential, enumName: 'ContributionPotential', nullable: true })
  contributionPotential: ContributionPotential | null;

  @ApiProperty({ type: String, nullable: true })
  askTemplate: string | null;

  @ApiProperty({ enum: InquiryStatus, enumName: 'InquiryStatus' })
  status: InquiryStatus;

  /** Starts at 1; each reflection closes the current cycle and opens the next. */
  currentCycle: number;

  createdAt: Date;

  updatedAt: Date;

  /** The ETag of the resource. */
  version: number;
}
