import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { decodeCursor, DEFAULT_LIMIT, encodeCursor, type Page, type PageQueryDto } from '../../common/pagination.js';
import { agendaCalendar } from './agenda-calendar.js';
import { toAgendaItemDto } from './agenda.mapper.js';
import { AgendaRepository } from './agenda.repository.js';
import { type AgendaItemDto, AgendaItemType } from './dto/agenda.dto.js';

/** The feed carries every due item up to this many (most overdue first). */
export const FEED_MAX_ITEMS = 1000;

const ALL_TYPES = Object.values(AgendaItemType);

const typesOrAll = (types: AgendaItemType[] | undefined) => (types?.length ? types : ALL_TYPES);

@Injectable()
export class AgendaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agenda: AgendaRepository,
  ) {}

  /** What is due, oldest first, one keyset page at a time (on dueAt, then id). */
  async page(ownerId: string, page: PageQueryDto, types?: AgendaItemType[]): Promise<Page<AgendaItemDto>> {
    const limit = page.limit ?? DEFAULT_LIMIT;
    const cursor = page.cursor ? decodeCursor(page.cursor) : null;
    const rows = await this.agenda.due(this.dataSource.manager, ownerId, {
      types: typesOrAll(types),
      after: cursor ? { dueAt: new Date(cursor.k), id: cursor.id } : null,
      limit: limit + 1,
    });
    const hasMore = rows.length > limit;
    const data = (hasMore ? rows.slice(0, limit) : rows).map(toAgendaItemDto);
    const last = data[data.length - 1];
    return { data, nextCursor: hasMore && last ? encodeCursor({ k: last.dueAt.toISOString(), id: last.id }) : null };
  }

  /** The same items as an iCalendar feed (no pagination; the first FEED_MAX_ITEMS). */
  async feed(ownerId: string, types?: AgendaItemType[]): Promise<string> {
    const rows = await this.agenda.due(this.dataSource.manager, ownerId, {
      types: typesOrAll(types),
      after: null,
      limit: FEED_MAX_ITEMS,
    });
    return agendaCalendar(rows.map(toAgendaItemDto), new Date());
  }
}
