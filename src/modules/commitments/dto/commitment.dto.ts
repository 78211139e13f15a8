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
import { CommitmentOwner, CommitmentStatus } from '../commitment.entity.js';

export class CreateCommitmentDto {
  /** The person the promise was made to (`me`) or by (`them`). */
  @ValidateUUID({ description: 'The person the promise was made to (owner me) or by (owner them).' })
  contactId: string;

  /** The inquiry the promise belongs to, if any. */
  @ValidateNullableUUID('The inquiry the promise belongs to, if any.')
  inquiryId?: string | null;

  /** What was promised, e.g. "Send her the maintenance survey results". */
  @ApiProperty({ maxLength: 10000, example: 'Send her the maintenance survey results' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(10000)
  description: string;

  /** Who promised: `me` (you) or `them` (the contact). */
  @ValidateEnum(CommitmentOwner, 'CommitmentOwner', { description: 'Who promised: me (you) or them (the contact).' })
  owner: CommitmentOwner;

  /** When it is due: an ISO-8601 timestamp with a time zone, or a date (midnight UTC). */
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, example: '2025-03-01T09:00:00Z' })
  @Optional({ nullable: true })
  @Timestamp()
  dueAt?: string | null;

  /** Defaults to `open`. */
  @ApiPropertyOptional({ enum: CommitmentStatus, enumName: 'CommitmentStatus', default: CommitmentStatus.Open })
  @Optional()
  @IsEnum(CommitmentStatus)
  status?: CommitmentStatus;
}

/** Every field optional; `inquiryId` and `dueAt` accept null to clear them. */
export class UpdateCommitmentDto {
  @ApiPropertyOptional({ type: String, format: 'uuid' })
  @Optional()
  @IsUUID('all')
  contactId?: string;

  @ValidateNullableUUID('The inquiry the promise belongs to; null to detach it.')
  inquiryId?: string | null;

  @ApiPropertyOptional({ maxLength: 10000 })
  @Optional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(10000)
  description?: string;

  @ApiPropertyOptional({ enum: CommitmentOwner, enumName: 'CommitmentOwner' })
  @Optional()
  @IsEnum(CommitmentOwner)
  owner?: CommitmentOwner;

  /** An ISO-8601 timestamp with a time zone, or a date; null to clear it. */
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  @Optional({ nullable: true })
  @Timestamp()
  dueAt?: string | null;

  @ApiPropertyOptional({ enum: CommitmentStatus, enumName: 'CommitmentStatus' })
  @Optional()
  @IsEnum(CommitmentStatus)
  status?: CommitmentStatus;
}

export class ListCommitmentsQueryDto extends PageQueryDto {
  @ValidateEnum(CommitmentStatus, 'CommitmentStatus', { optional: true })
  status?: CommitmentStatus;

  /** Only commitments due strictly before this instant (commitments without a due date are left out). */
  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    description: 'Only commitments due strictly before this instant (those without a due date are left out).',
  })
  @Optional()
  @Timestamp()
  dueBefore?: string;

  @ValidateUUID({ optional: true, description: 'Only commitments with this contact.' })
  contactId?: string;

  @ValidateUUID({ optional: true, description: 'Only commitments of this inquiry.' })
  inquiryId?: string;

  @ValidateEnum(CommitmentOwner, 'CommitmentOwner', {
    optional: true,
    description: 'Only promises made by me or them.',
  })
  owner?: CommitmentOwner;
}

export class CommitmentDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  contactId: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  inquiryId: string | null;

  description: string;

  /** Who promised: `me` (you) or `them` (the contact). */
  @ApiProperty({ enum: CommitmentOwner, enumName: 'CommitmentOwner' })
  owner: CommitmentOwner;

  @ApiProperty({ type: Date, nullable: true })
  dueAt: Date | null;

  @ApiProperty({ enum: CommitmentStatus, enumName: 'CommitmentStatus' })
  status: CommitmentStatus;

  createdAt: Date;

  updatedAt: Date;

  /** The ETag of the resource. */
  version: number;
}
