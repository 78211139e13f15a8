import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated } from '../../common/auth/authenticated.decorator.js';
import { CurrentUser, type Principal } from '../../common/auth/principal.js';
import { Problems } from '../../common/http/api-responses.js';
import { PageOf } from '../../common/pagination.js';
import { AgendaService } from './agenda.service.js';
import { AgendaFeedQueryDto, AgendaItemDto, AgendaQueryDto } from './dto/agenda.dto.js';

export class AgendaPageDto extends PageOf(AgendaItemDto, 'AgendaPageDto') {}

@ApiTags('Agenda')
@Controller('v1')
export class AgendaController {
  constructor(private readonly agenda: AgendaService) {}

  /**
   * What is due, most overdue first (by `dueAt`): asks unanswered for over 7 days, thank-yous owed
   * after meetings and calls, open commitments due within 7 days or overdue (both directions),
   * contacts past their `keepInTouchDays`, active inquiries due a reflection. `?types=` filters.
   */
  @Get('agenda')
  @Authenticated()
  @Problems.badRequest()
  async getAgenda(@CurrentUser() principal: Principal, @Query() query: AgendaQueryDto): Promise<AgendaPageDto> {
    const { types, ...page } = query;
    return this.agenda.page(principal.userId, page, types);
  }

  /**
   * The agenda as an iCalendar feed to subscribe to (one event per item, at most 1000, refreshed
   * hourly). Calendar apps can't send headers: pass an API key as `?key=snb_…`.
   */
  @Get('agenda.ics')
  @Authenticated({ queryApiKey: true })
  @ApiProduces('text/calendar')
  @ApiOkResponse({
    description: 'An iCalendar (RFC 5545) document, `text/calendar; charset=utf-8`.',
    content: { 'text/calendar': { schema: { type: 'string' } } },
  })
  @Problems.badRequest()
  async getAgendaFeed(
    @CurrentUser() principal: Principal,
    @Query() query: AgendaFeedQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const calendar = await this.agenda.feed(principal.userId, query.types);
    void reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', 'inline; filename="snowball-agenda.ics"')
      .header('cache-control', 'private, no-cache');
    return calendar;
  }
}
