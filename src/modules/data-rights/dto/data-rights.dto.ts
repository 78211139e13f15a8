import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsString, MaxLength, MinLength } from 'class-validator';
import { Optional } from '../../../common/validation.js';

export class EraseContactDto {
  /**
   * Keep the insights learned from this contact, without the contact: their text stays, their
   * `contactId` (and an `interactionId` of a conversation with them) become null. Default false:
   * the insights are erased too.
   */
  @Optional()
  @IsBoolean()
  keepInsights?: boolean;
}

/** How many rows of each kind went (or were kept without the contact). */
export class ErasureDto {
  @ApiProperty() contacts: number;
  @ApiProperty() interactions: number;
  @ApiProperty() insights: number;
  /** Insights kept with the contact removed (`keepInsights: true`). */
  @ApiProperty() insightsKept: number;
  @ApiProperty() participants: number;
  @ApiProperty() referrals: number;
  @ApiProperty() commitments: number;
  @ApiProperty() opportunities: number;
}

export class DeleteAccountDto {
  /** The account's password, as confirmation (also when calling with an API key). */
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  password: string;
}

/** How many rows of each section an import restored. */
export class ImportResultDto {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { contacts: 12, inquiries: 1 } })
  imported: Record<string, number>;
}
