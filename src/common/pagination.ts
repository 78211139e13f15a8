import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AppError } from './errors/app-error.js';
import { QueryInt } from './validation.js';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

/** `?limit=&cursor=` as every list accepts them. */
export class PageQueryDto {
  /** How many items to return (1–100). */
  @QueryInt({ min: 1, max: MAX_LIMIT, default: DEFAULT_LIMIT, description: 'How many items to return (1–100).' })
  limit?: number;

  /** The `nextCursor` of the previous page. */
  @ApiPropertyOptional({ description: 'The nextCursor of the previous page (opaque).' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;
}

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

/** Builds the OpenAPI class of a page of `item`: `{ data: item[], nextCursor }`. */
export function PageOf<T>(item: new (...args: never[]) => T, name: string) {
  class PageDto {
    @ApiProperty({ type: item, isArray: true })
    data: T[];

    @ApiProperty({
      type: String,
      nullable: true,
      description: 'Pass as ?cursor= to get the next page; null on the last page.',
    })
    nextCursor: string | null;
  }
  Object.defineProperty(PageDto, 'name', { value: name });
  return PageDto;
}

interface CursorPosition {
  /** The sort key of the last row seen (an ISO timestamp). */
  k: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(position: CursorPosition): string {
  return encodeOpaqueCursor(position);
}

/** Any keyset position as an opaque cursor (base64url JSON). */
export function encodeOpaqueCursor(position: object): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/** Reads a cursor this API issued; anything else (garbage, forged shapes) is a 400 on `cursor`. */
export function decodeOpaqueCursor<T>(cursor: string, valid: (value: Record<string, unknown>) => boolean): T {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (value && typeof value === 'object' && valid(value as Record<string, unknown>)) return value as T;
  } catch {
    // fall through
  }
  throw AppError.validation([{ field: 'cursor', message: 'cursor is not a cursor this API issued' }]);
}

export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

export function decodeCursor(cursor: string): CursorPosition {
  return decodeOpaqueCursor<CursorPosition>(
    cursor,
    (value) => typeof value.k === 'string' && !Number.isNaN(Date.parse(value.k)) && isUuid(value.id),
  );
}

/**
 * Keyset pagination, newest first: orders by (`sortColumn` DESC, id DESC), continues strictly after
 * the cursor's row, and fetches one row more than asked to know whether another page exists.
 * `sortProperty` is a timestamp property of `alias` (default `createdAt`, stored with ms precision).
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  alias: string,
  page: PageQueryDto,
  sortProperty: keyof T & string = 'createdAt',
): Promise<Page<T>> {
  const limit = page.limit ?? DEFAULT_LIMIT;
  const sortColumn = `${alias}.${sortProperty}`;
  if (page.cursor) {
    const { k, id } = decodeCursor(page.cursor);
    query.andWhere(`(${sortColumn}, ${alias}.id) < (:cursorKey, :cursorId)`, { cursorKey: new Date(k), cursorId: id });
  }
  const rows = await query
    .orderBy(sortColumn, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .limit(limit + 1)
    .getMany();
  return cutPage(rows, limit, (last) => last[sortProperty] as Date);
}

/** `limit + 1` rows (or fewer) as a page: the cursor of its last row when another row followed. */
function cutPage<T extends { id: string }>(rows: T[], limit: number, key: (row: T) => Date): Page<T> {
  const hasMore = rows.length > limit;
  const data = hasMore ? rows.slice(0, limit) : rows;
  const last = data[data.length - 1];
  return { data, nextCursor: hasMore && last ? encodeCursor({ k: key(last).toISOString(), id: last.id }) : null };
}

/** How many rows a newest-first walk under a sparse filter reads before that filter's index takes over. */
export const walkWindow = (take: number) => Math.max(1_000, 10 * take);

/**
 * The parts of a newest-first page under a filter that an index serves but the (created_at, id)
 * walk can't stop early for (a tag, a theme, a kind): a value few of the owner's rows have would
 * make it walk all of them. `bound` is a CTE body (name it `sparse_bound`): the
 * `offset`-th row from the walk's start (`start`: the owner, and the cursor). `inWindow` keeps the
 * rows the walk reads up to it (all of them when there are fewer); `pastWindow(ids)` the older ones,
 * which come from `ids` (a `SELECT <table>.id FROM <table> WHERE …` the filter's index serves; no
 * bound in it, which would tempt the planner to the walk's index) and are read only when a bound
 * exists. Columns and table as written: `<table>.created_at`, `.id`.
 */
export function sparseWindow(table: string, start: string[], offset: string) {
  const end = `((SELECT created_at FROM sparse_bound), (SELECT id FROM sparse_bound))`;
  const key = `(${table}.created_at, ${table}.id)`;
  return {
    bound: `SELECT ${table}.created_at, ${table}.id FROM ${table} WHERE ${start.join(' AND ')}
             ORDER BY ${table}.created_at DESC, ${table}.id DESC OFFSET ${offset} LIMIT 1`,
    inWindow: `${key} >= (coalesce((SELECT created_at FROM sparse_bound), '-infinity'::timestamptz),
             coalesce((SELECT id FROM sparse_bound), '00000000-0000-0000-0000-000000000000'::uuid))`,
    pastWindow: (ids: string) =>
      `(SELECT id FROM sparse_bound) IS NOT NULL AND ${key} < ${end} AND ${table}.id = ANY (ARRAY(${ids}))`,
  };
}

/**
 * `paginate` (newest first by `created_at`) for a list whose `query` carries a sparse filter
 * (`sparseWindow`); `query`'s alias must be its table's name (`table`), which the window's SQL
 * names. `ids` selects the ids of `table` that pass the filter, by its index. One statement when the
 * window fills the page, two otherwise.
 */
export async function paginateSparse<T extends ObjectLiteral & { id: string; createdAt: Date }>(
  query: SelectQueryBuilder<T>,
  table: string,
  page: PageQueryDto,
  ids: string,
): Promise<Page<T>> {
  const limit = page.limit ?? DEFAULT_LIMIT;
  const start = [`${table}.owner_id = :ownerId`];
  if (page.cursor) {
    const { k, id } = decodeCursor(page.cursor);
    query.andWhere(`(${table}.createdAt, ${table}.id) < (:cursorKey, :cursorId)`, {
      cursorKey: new Date(k),
      cursorId: id,
    });
    start.push(`(${table}.created_at, ${table}.id) < (:cursorKey, :cursorId)`);
  }
  const window = sparseWindow(table, start, String(walkWindow(limit + 1) - 1));
  const read = (condition: string, take: number) =>
    query
      .clone()
      .addCommonTableExpression(window.bound, 'sparse_bound', { materialized: true })
      .andWhere(condition)
      .orderBy(`${table}.createdAt`, 'DESC')
      .addOrderBy(`${table}.id`, 'DESC')
      .limit(take)
      .getMany();
  const rows = await read(window.inWindow, limit + 1);
  if (rows.length <= limit) rows.push(...(await read(window.pastWindow(ids), limit + 1 - rows.length)));
  return cutPage(rows, limit, (last) => last.createdAt);
}

export function mapPage<T, R>(page: Page<T>, map: (item: T) => R): Page<R> {
  return { data: page.data.map(map), nextCursor: page.nextCursor };
}

/** A keyset position in a list ranked by relevance: the last row's rank, as PostgreSQL printed it, and its id. */
export interface RankedCursor {
  r: string;
  id: string;
}

/** Reads a ranked cursor this API issued (400 on `cursor` otherwise). */
export function decodeRankedCursor(cursor: string): RankedCursor {
  return decodeOpaqueCursor<RankedCursor>(
    cursor,
    (value) => typeof value.r === 'string' && Number.isFinite(Number(value.r)) && isUuid(value.id),
  );
}

/**
 * One page of a list ranked by `rank` (an SQL expression; `direction` ASC for distances, DESC for
 * scores), ties broken by id: `query` carries the filters and the cursor's condition. Fetches one row
 * more than asked to know whether another page exists; the next cursor is the last row's rank and id.
 */
export async function rankedPage<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  alias: string,
  rank: string,
  direction: 'ASC' | 'DESC',
  limit: number,
): Promise<Page<T>> {
  const { entities, raw } = await query
    .addSelect(rank, 'search_rank')
    .orderBy(rank, direction)
    .addOrderBy(`${alias}.id`, 'ASC')
    .limit(limit + 1)
    .getRawAndEntities<{ search_rank: string | number }>();
  const hasMore = entities.length > limit;
  const data = hasMore ? entities.slice(0, limit) : entities;
  const last = data.at(-1);
  return {
    data,
    nextCursor:
      hasMore && last ? encodeOpaqueCursor({ r: String(raw[data.length - 1].search_rank), id: last.id }) : null,
  };
}
