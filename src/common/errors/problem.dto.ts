import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorDto {
  /** Dotted path of the offending field. */
  @ApiProperty({ example: 'email' })
  field: string;

  @ApiProperty({ example: 'email must be an email' })
  message: string;
}

/** RFC 9457 problem details (`application/problem+json`). */
export class ProblemDto {
  @ApiProperty({ example: 'https://snowball.dev/problems/validation-failed' })
  type: string;

  @ApiProperty({ example: 'Validation failed' })
  title: string;

  @ApiProperty({ example: 400 })
  status: number;

  @ApiProperty({ example: 'The request has invalid fields; see errors.' })
  detail: string;

  @ApiProperty({ example: '/v1/auth/register' })
  instance: string;

  /**
   * Machine-readable error code, one per failure (`referral_cycle`, `email_taken`, …): switch on it.
   * docs/integrating.md lists every code; new ones may be added, so treat an unknown code by its status.
   */
  @ApiProperty({ example: 'validation_failed' })
  code: string;

  /** Quote it when reporting a problem; it is in the server logs too. */
  @ApiProperty()
  requestId: string;

  @ApiPropertyOptional({ type: FieldErrorDto, isArray: true })
  errors?: FieldErrorDto[];
}
