import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../common/auth/authenticated.decorator.js';
import { CurrentUser, type Principal } from '../../common/auth/principal.js';
import { Problems } from '../../common/http/api-responses.js';
import { UuidParam } from '../../common/http/uuid-param.js';
import { PageOf, PageQueryDto } from '../../common/pagination.js';
import { AnalyticsService } from './analytics.service.js';
import { InquiryStatsDto } from './dto/stats.dto.js';
import { SuggestionDto } from './dto/suggestions.dto.js';
import { ThemeDto } from './dto/themes.dto.js';

export class ThemePageDto extends PageOf(ThemeDto, 'ThemePageDto') {}
export class SuggestionPageDto extends PageOf(SuggestionDto, 'SuggestionPageDto') {}

@ApiTags('Insight into the loop')
@Authenticated()
@Controller('v1/inquiries/:id')
export class AnalyticsController {
  constructor(private readonly analytics: AnalyticsService) {}

  /**
   * The inquiry in figures: funnel, response and acceptance rates, median time to an answer, waves
   * with diversity warnings, perspective coverage and gaps, top connectors, insights by kind and
   * theme, figures per cycle (definitions in docs/metrics.md).
   */
  @Get('stats')
  @Problems.badRequest()
  @Problems.notFound('inquiry')
  async getInquiryStats(@CurrentUser() principal: Principal, @UuidParam('id') id: string): Promise<InquiryStatsDto> {
    return this.analytics.stats(principal.userId, id);
  }

  /** Themes with the insights, contacts and perspectives behind them; themes heard from several perspectives (patterns) first. */
  @Get('themes')
  @Problems.badRequest()
  @Problems.notFound('inquiry')
  async listThemes(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @Query() page: PageQueryDto,
  ): Promise<ThemePageDto> {
    return this.analytics.themes(principal.userId, id, page);
  }

  /** Who to ask next, ranked, each with machine-readable reason codes and a sentence (scoring in docs/metrics.md). */
  @Get('suggestions')
  @Problems.badRequest()
  @Problems.notFound('inquiry')
  async listSuggestions(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @Query() page: PageQueryDto,
  ): Promise<SuggestionPageDto> {
    return this.analytics.suggestions(principal.userId, id, page);
  }
}
