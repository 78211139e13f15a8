import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class CreateApiKeyDto {
  /** What the key is for, e.g. "Calendar feed" or "Phone shortcut". */
  @ApiProperty({ example: 'Calendar feed', maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;
}

export class ApiKeyDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  name: string;

  /** The key's public start, to tell keys apart (the whole key starts with `snb_<prefix>_`). */
  prefix: string;

  createdAt: Date;

  /** When the key last authenticated a request (updated at most once a minute). */
  @ApiProperty({ type: Date, nullable: true })
  lastUsedAt: Date | null;

  /** For `If-Match` on DELETE (as `"<version>"`). */
  version: number;
}

export class CreatedApiKeyDto extends ApiKeyDto {
  /**
   * The whole key. Shown only in this response; use it as `Authorization: Bearer <key>`.
   * Absent from an Idempotency-Key replay (the secret is never stored).
   */
  key?: string;
}
