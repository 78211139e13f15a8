import { ApiProperty } from '@nestjs/swagger';

/** The result of a health check (the shape @nestjs/terminus returns). */
export class HealthDto {
  @ApiProperty({ enum: ['ok', 'error', 'shutting_down'], example: 'ok' })
  status: string;

  /** Indicators that are up, e.g. `{ "database": { "status": "up" } }`. */
  @ApiProperty({ type: 'object', additionalProperties: true, example: { database: { status: 'up' } } })
  info: Record<string, unknown>;

  /** Indicators that are down. */
  @ApiProperty({ type: 'object', additionalProperties: true, example: {} })
  error: Record<string, unknown>;

  @ApiProperty({ type: 'object', additionalProperties: true })
  details: Record<string, unknown>;
}
