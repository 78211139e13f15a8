import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsString, Matches } from 'class-validator';
import { Optional } from '../../../common/validation.js';

const booleanText = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ImportContactsQueryDto {
  /** Answer what the import would do, without writing anything. */
  @ApiPropertyOptional({ type: Boolean, default: false })
  @Optional()
  @Transform(booleanText)
  @IsBoolean({ message: 'dryRun must be true or false' })
  dryRun?: boolean;

  /**
   * The country (ISO 3166 code, `US`, `GB`) that phone numbers written without `+<country code>`
   * are read in. Without it such numbers are kept as written and don't take part in dedupe.
   */
  @ApiPropertyOptional({ example: 'US', pattern: '^[A-Za-z]{2}$' })
  @Optional()
  @IsString()
  @Matches(/^[A-Za-z]{2}$/, { message: 'region must be a two-letter country code such as US or GB' })
  region?: string;
}

export class ExportContactsQueryDto {
  @ApiProperty({ enum: ['csv', 'vcard'], default: 'csv' })
  @Optional()
  @IsIn(['csv', 'vcard'], { message: 'format must be csv or vcard' })
  format?: 'csv' | 'vcard';
}

/** A row that likely is a contact you already have (same name at the same organisation), reported, not merged. */
export class PossibleDuplicateDto {
  /** The file's line where the row starts. */
  @ApiProperty({ type: 'integer' })
  line: number;

  name: string;

  /** The contact the row was imported as (null on a dry run when it would be created). */
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  importedAs: string | null;

  /**
   * The contact it likely is: an existing contact, or the one an earlier row of the same file was
   * imported as (null on a dry run, when that row's contact would be created).
   */
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  contactId: string | null;

  contactName: string;

  /** The line of that earlier row when the likely duplicate is in the same file; null for an existing contact. */
  @ApiProperty({ type: 'integer', nullable: true })
  contactLine: number | null;

  reason: string;
}

/** A field of an existing contact the file has another value for: reported, never changed. */
export class FieldDifferenceDto {
  @ApiProperty({ type: 'integer' })
  line: number;

  @ApiProperty({ format: 'uuid' })
  contactId: string;

  field: string;

  /** What the contact holds (kept). */
  @ApiProperty({ nullable: true })
  current: unknown;

  /** What the file says. */
  @ApiProperty({ nullable: true })
  incoming: unknown;
}

export class ImportIssueDto {
  @ApiProperty({ type: 'integer' })
  line: number;

  message: string;
}

/** What an import did (or, with `dryRun`, would do). */
export class ImportReportDto {
  @ApiProperty({ enum: ['linkedin-csv', 'google-csv', 'vcard'] })
  format: string;

  dryRun: boolean;

  /** Contacts created. */
  @ApiProperty({ type: 'integer' })
  created: number;

  /** Rows that matched a contact (same email, LinkedIn profile or phone) and filled something it lacked. */
  @ApiProperty({ type: 'integer' })
  updated: number;

  /** Rows that matched a contact that already had everything they hold. */
  @ApiProperty({ type: 'integer' })
  unchanged: number;

  /** Rows not imported: unreadable, nothing to identify the person by, or the same person as an earlier row (see errors). */
  @ApiProperty({ type: 'integer' })
  skipped: number;

  @ApiProperty({ type: PossibleDuplicateDto, isArray: true })
  possibleDuplicates: PossibleDuplicateDto[];

  @ApiProperty({ type: FieldDifferenceDto, isArray: true })
  differences: FieldDifferenceDto[];

  /** Rows skipped and values left out, by line. */
  @ApiProperty({ type: ImportIssueDto, isArray: true })
  errors: ImportIssueDto[];
}
