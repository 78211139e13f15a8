import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsInt,
  IsString,
  IsUrl,
  Max,
  MaxLength,
  Min,
  Matches,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';
import { normaliseTagFilter, Optional, PatchType, trim, ValidateEnum } from '../../../common/validation.js';
import { Seniority } from '../contact.entity.js';

/** One email, phone or web address as you send it. */
export class ContactValueInputDto {
  /** The address or number; normalised when stored (emails lower-cased, phones E.164 when they can be read, LinkedIn profiles as https://www.linkedin.com/in/<slug>). */
  @ApiProperty({ maxLength: 500, example: 'grace@example.com' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  value: string;

  /** Free label (`work`, `home`, `mobile`, `linkedin`…), stored lower-cased. */
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 50 })
  @Optional({ nullable: true })
  @IsString()
  @MaxLength(50)
  label?: string | null;

  /** The one used first; when none is marked, the first value is primary. At most one per list. */
  @ApiPropertyOptional()
  @Optional()
  @IsBoolean()
  primary?: boolean;
}

/** One email, phone or web address of a contact, as stored. */
export class ContactValueDto {
  value: string;

  @ApiProperty({ type: String, nullable: true })
  label: string | null;

  primary: boolean;
}

const valueList = (example: string) =>
  [
    ApiPropertyOptional({
      type: ContactValueInputDto,
      isArray: true,
      maxItems: 20,
      example: [{ value: example, label: 'work', primary: true }],
    }),
    Optional(),
    IsArray(),
    ArrayMaxSize(20),
    ValidateNested({ each: true }),
    Type(() => ContactValueInputDto),
  ] as const;

export class CreateContactDto {
  @ApiProperty({ maxLength: 200, example: 'Grace Hopper' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'grace@example.com' })
  @Optional({ nullable: true })
  @IsEmail()
  @MaxLength(320)
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 50 })
  @Optional({ nullable: true })
  @IsString()
  @MaxLength(50)
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 })
  @Optional({ nullable: true })
  @IsString()
  @MaxLength(200)
  organization?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 })
  @Optional({ nullable: true })
  @IsString()
  @MaxLength(200)
  title?: string | null;

  @ValidateEnum(Seniority, 'Seniority', { optional: true, nullable: true })
  seniority?: Seniority | null;

  /** Inside (true) or outside (false) your own organisation. */
  @ApiPropertyOptional({ type: Boolean, nullable: true })
  @Optional({ nullable: true })
  @IsBoolean()
  sameOrganization?: boolean | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 10000 })
  @Optional({ nullable: true })
  @IsString()
  @MaxLength(10000)
  responsibilities?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 10000 })
  @Optional({ nullable: true })
  @IsString()
  @MaxLength(10000)
  interests?: string | null;

  /** What you can give back to this person. */
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 10000 })
  @Optional({ nullable: true })
  @IsString()
  @MaxLength(10000)
  canOffer?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 10000 })
  @Optional({ nullable: true })
  @IsString()
  @MaxLength(10000)
  notes?: string | null;

  /** Free tags; stored trimmed, lower-cased and without duplicates. Not null: `[]` removes them all. */
  @ApiPropertyOptional({ type: String, isArray: true, maxItems: 50 })
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(50, { each: true })
  tags?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, example: 'https://www.linkedin.com/in/grace-hopper' })
  @Optional({ nullable: true })
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: '$property must be a web address starting with http:// or https://' },
  )
  @MaxLength(500)
  linkedinUrl?: string | null;

  /** Remind me when I haven't been in touch for this many days. */
  @ApiPropertyOptional({ type: 'integer', nullable: true, minimum: 1, maximum: 3650 })
  @Optional({ nullable: true })
  @IsInt()
  @Min(1)
  @Max(3650)
  keepInTouchDays?: number | null;

  /** Every email address; replaces them all. `email` is then the primary one. */
  @applyAll(valueList('grace@example.com'))
  emails?: ContactValueInputDto[];

  /** Every phone number; replaces them all. `phone` is then the primary one. */
  @applyAll(valueList('+14155550132'))
  phones?: ContactValueInputDto[];

  /** Every web address (LinkedIn profiles among them); replaces them all. `linkedinUrl` is then the primary LinkedIn profile. */
  @applyAll(valueList('https://www.linkedin.com/in/grace-hopper'))
  urls?: ContactValueInputDto[];

  /** When you connected on LinkedIn (an ISO date, `2024-03-01`). */
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2024-03-01' })
  @Optional({ nullable: true })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date like 2024-03-01' })
  connectedOn?: string | null;
}

function applyAll(decorators: readonly PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((decorator) => decorator(target, key));
}

/** Every field optional; null clears a field that may be empty (not name or tags). */
export class UpdateContactDto extends PatchType(CreateContactDto) {}

export class ListContactsQueryDto extends PageQueryDto {
  /**
   * Search in name, organization, title, tags, responsibilities, interests and notes (case-insensitive;
   * every word must match: a word, its beginning, or a typo of it; a word under three letters or with
   * punctuation as a literal substring).
   */
  @ApiPropertyOptional({ maxLength: 200 })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  q?: string;

  /** Only contacts with this tag. */
  @ApiPropertyOptional({ maxLength: 50 })
  @Optional()
  @IsString()
  @MaxLength(50)
  @Transform(normaliseTagFilter)
  tag?: string;

  @ValidateEnum(Seniority, 'Seniority', { optional: true })
  seniority?: Seniority;
}

export class ContactDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  name: string;

  @ApiProperty({ type: String, nullable: true })
  email: string | null;

  @ApiProperty({ type: String, nullable: true })
  phone: string | null;

  @ApiProperty({ type: String, nullable: true })
  organization: string | null;

  @ApiProperty({ type: String, nullable: true })
  title: string | null;

  @ApiProperty({ enum: Seniority, enumName: 'Seniority', nullable: true })
  seniority: Seniority | null;

  @ApiProperty({ type: Boolean, nullable: true })
  sameOrganization: boolean | null;

  @ApiProperty({ type: String, nullable: true })
  responsibilities: string | null;

  @ApiProperty({ type: String, nullable: true })
  interests: string | null;

  @ApiProperty({ type: String, nullable: true })
  canOffer: string | null;

  @ApiProperty({ type: String, nullable: true })
  notes: string | null;

  tags: string[];

  @ApiProperty({ type: String, nullable: true })
  linkedinUrl: string | null;

  @ApiProperty({ type: 'integer', nullable: true })
  keepInTouchDays: number | null;

  /** Every email address (lower-cased); `email` is the primary one. */
  @ApiProperty({ type: ContactValueDto, isArray: true })
  emails: ContactValueDto[];

  /** Every phone number (E.164 when it could be read, else as written); `phone` is the primary one. */
  @ApiProperty({ type: ContactValueDto, isArray: true })
  phones: ContactValueDto[];

  /** Every web address; `linkedinUrl` is the primary LinkedIn profile. */
  @ApiProperty({ type: ContactValueDto, isArray: true })
  urls: ContactValueDto[];

  @ApiProperty({ type: String, format: 'date', nullable: true })
  connectedOn: string | null;

  /** When you last interacted (the latest interaction's occurredAt); derived, read-only. */
  @ApiProperty({ type: Date, nullable: true })
  lastInteractionAt: Date | null;

  createdAt: Date;

  updatedAt: Date;

  version: number;
}
