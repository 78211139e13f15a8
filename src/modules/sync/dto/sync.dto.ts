import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { Optional, QueryInt } from '../../../common/validation.js';

export const SYNC_DEFAULT_LIMIT = 100;
export const SYNC_MAX_LIMIT = 500;

/** The entities delta sync reports, in the order changes of one transaction are listed (parents first). */
export enum SyncEntity {
  Contact = 'contact',
  Inquiry = 'inquiry',
  Question = 'question',
  Participant = 'participant',
  Referral = 'referral',
  Interaction = 'interaction',
  Insight = 'insight',
  Reflection = 'reflection',
  Commitment = 'commitment',
  Opportunity = 'opportunity',
}

export enum SyncOp {
  Upsert = 'upsert',
  Delete = 'delete',
}

export class SyncQueryDto {
  /** The `cursor` of the previous answer; leave out for a first (full) sync. */
  @ApiPropertyOptional({ description: 'The cursor of the previous answer (opaque); leave out for a full sync.' })
  @Optional()
  @IsString()
  @MaxLength(512)
  since?: string;

  @QueryInt({
    min: 1,
    max: SYNC_MAX_LIMIT,
    default: SYNC_DEFAULT_LIMIT,
    description: `How many changes to return (1–${SYNC_MAX_LIMIT}).`,
  })
  limit?: number;
}

export class SyncChangeDto {
  @ApiProperty({ enum: SyncEntity, enumName: 'SyncEntity' })
  entity: SyncEntity;

  @ApiProperty({ format: 'uuid' })
  id: string;

  /** `upsert`: create or replace the local copy with `data`; `delete`: remove it (data is null). */
  @ApiProperty({ enum: SyncOp, enumName: 'SyncOp' })
  op: SyncOp;

  /** The row's version (its ETag, for If-Match on a later PATCH or DELETE). */
  @ApiProperty()
  version: number;

  /**
   * The resource as its own GET returns it (participants and referrals: their stored fields, without
   * the joined contact summary or wave); null for a delete.
   */
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  data: Record<string, unknown> | null;
}

export class SyncPageDto {
  @ApiProperty({ type: SyncChangeDto, isArray: true })
  changes: SyncChangeDto[];

  /** Pass as `?since=` next time (always present; the same one when nothing changed). */
  @ApiProperty()
  cursor: string;

  /** More changes are waiting: call again at once with `cursor`. */
  @ApiProperty()
  hasMore: boolean;
}
