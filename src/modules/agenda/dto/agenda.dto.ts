import { applyDecorators } from '@nestjs/common';
import { ApiHideProperty, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsArray, IsEnum, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';
import { Optional } from '../../../common/validation.js';

/** Why something is on the agenda (docs/agenda.md states each rule). */
export enum AgendaItemType {
  AskAwaitingAnswer = 'ask_awaiting_answer',
  ThankYouOwed = 'thank_you_owed',
  CommitmentDue = 'commitment_due',
  KeepInTouch = 'keep_in_touch',
  ReflectionDue = 'reflection_due',
}

/** `?types=a,b` or `?types=a&types=b`, as one de-duplicated list (the validator checks each entry). */
const commaSeparated = ({ value }: { value: unknown }): unknown => {
  const parts: unknown[] = (Array.isArray(value) ? (value as unknown[]) : [value]).flatMap((part) =>
    typeof part === 'string' ? part.split(',').map((type) => type.trim()) : [part],
  );
  return [...new Set(parts.filter((part) => part !== ''))];
};

/** The `?types=` filter of both agenda routes. */
const TypesFilter = () =>
  applyDecorators(
    ApiPropertyOptional({
      enum: AgendaItemType,
      enumName: 'AgendaItemType',
      isArray: true,
      description: 'Only these kinds of items, comma-separated (`commitment_due,thank_you_owed`); all when left out.',
    }),
    Optional(),
    Transform(commaSeparated),
    IsArray(),
    IsEnum(AgendaItemType, { each: true }),
  );

export class AgendaQueryDto extends PageQueryDto {
  @TypesFilter()
  types?: AgendaItemType[];
}

export class AgendaFeedQueryDto {
  @TypesFilter()
  types?: AgendaItemType[];

  /** The API key of a calendar subscription: the auth guard reads it, `@Authenticated` documents it. */
  @ApiHideProperty()
  @Optional()
  @IsString()
  @MaxLength(512)
  key?: string;
}

/** One thing that is due. `type` says why; the ids say what it is about. */
export class AgendaItemDto {
  @ApiProperty({ enum: AgendaItemType, enumName: 'AgendaItemType' })
  type: AgendaItemType;

  /**
   * Stable id of the item, the same on every call: the ask or the meeting/call (an interaction),
   * the commitment, the contact to keep in touch with, or the inquiry due a reflection.
   */
  @ApiProperty({ format: 'uuid' })
  id: string;

  /** When it became (or becomes) due; the agenda is ordered by it, most overdue first. */
  dueAt: Date;

  /** What to do, as a sentence. */
  @ApiProperty({ example: 'Thank Grace Hopper for the meeting on 2025-03-01' })
  title: string;

  /** The person it is about (null for a reflection). */
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  contactId: string | null;

  @ApiProperty({ type: String, nullable: true })
  contactName: string | null;

  /** The inquiry it belongs to, if any. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  inquiryId: string | null;

  @ApiProperty({ type: String, nullable: true })
  inquiryTitle: string | null;

  /**
   * The row behind the item: the ask or the meeting/call (interaction id), the commitment, or for a
   * reflection the inquiry's latest reflection (null when it has none yet); null for keep-in-touch.
   */
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  refId: string | null;
}
