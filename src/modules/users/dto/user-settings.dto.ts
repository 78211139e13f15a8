import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { Optional } from '../../../common/validation.js';

/** The signed-in user's preferences. */
export class UserSettingsDto {
  /** Days without an answer after which an ask is suggested for one follow-up (default 14). */
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 365, example: 14 })
  followUpDays: number;
}

/** Change some preferences; omitted ones stay as they are. */
export class UpdateUserSettingsDto {
  /** Days without an answer after which an ask is suggested for one follow-up (1–365). */
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 365 })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(365)
  followUpDays?: number;
}
