import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength, ValidateBy } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';
import { Optional, PatchType, trim, ValidateEnum } from '../../../common/validation.js';
import { ContributionPotential, InquiryStatus } from '../inquiry.entity.js';

/** The placeholders an ask template may use (docs/domain.md, "Ask drafts"). */
export const ASK_PLACEHOLDERS = ['firstName', 'name', 'referrer', 'reason', 'topic', 'questions'] as const;

/** An ask template may only use known placeholders: `{nmae}` would go out to a person as written. */
function KnownPlaceholders(): PropertyDecorator {
  const unknown = (value: unknown) =>
    typeof value === 'string'
      ? [...value.matchAll(/\{([^{}\s]*)\}/g)]
          .map((match) => match[1])
          .filter((name) => !(ASK_PLACEHOLDERS as readonly string[]).includes(name))
      : [];
  return ValidateBy({
    name: 'knownPlaceholders',
    validator: {
      validate: (value: unknown) => unknown(value).length === 0,
      defaultMessage: (args) =>
        `askTemplate has unknown placeholders: ${unknown(args?.value)
          .map((name) => `{${name}}`)
          .join(', ')} (use ${ASK_PLACEHOLDERS.map((name) => `{${name}}`).join(', ')})`,
    },
  });
}

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

  /**
   * Your standard ask ("I'm working on a project about {topic} and would like to hear your experiences…").
   * Placeholders: {firstName}, {name}, {referrer}, {reason}, {topic}, {questions}; any other is a 400.
   */
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 10000 })
  @Optional({ nullable: true })
  @IsString()
  @MaxLength(10000)
  @KnownPlaceholders()
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
