import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated } from '../../common/auth/authenticated.decorator.js';
import { CurrentUser, type Principal } from '../../common/auth/principal.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { ConditionalWrite, IdempotentPost, Problems } from '../../common/http/api-responses.js';
import { IfMatch, setETag } from '../../common/http/etag.js';
import { UuidParam } from '../../common/http/uuid-param.js';
import { mapPage, PageOf } from '../../common/pagination.js';
import { CreateInsightDto, InsightDto, ListInsightsQueryDto, UpdateInsightDto } from './dto/insight.dto.js';
import { toInsightDto } from './insight.mapper.js';
import { InsightsService } from './insights.service.js';

export class InsightPageDto extends PageOf(InsightDto, 'InsightPageDto') {}

const REFERENCE_RULES =
  'The interaction or a question belongs to another inquiry, or the interaction to another contact.';
const REFERENCE_CODES = [
  ErrorCode.InteractionOfOtherInquiry,
  ErrorCode.InteractionOfOtherContact,
  ErrorCode.QuestionOfOtherInquiry,
];

@ApiTags('Insights')
@Authenticated()
@Controller('v1/insights')
export class InsightsController {
  constructor(private readonly insights: InsightsService) {}

  /** Record something learned, from a contact and a conversation, speaking to some of the inquiry's questions. */
  @Post()
  @IdempotentPost()
  @Problems.badRequest()
  @Problems.notFound('inquiry, contact, interaction or question')
  @Problems.unprocessable(REFERENCE_RULES, ...REFERENCE_CODES)
  async createInsight(@CurrentUser() principal: Principal, @Body() body: CreateInsightDto): Promise<InsightDto> {
    return toInsightDto(await this.insights.create(principal.userId, body));
  }

  /** List insights, newest first (`?inquiryId=&contactId=&questionId=&theme=&kind=&q=`). */
  @Get()
  @Problems.badRequest()
  async listInsights(
    @CurrentUser() principal: Principal,
    @Query() query: ListInsightsQueryDto,
  ): Promise<InsightPageDto> {
    const { inquiryId, contactId, questionId, theme, kind, q, ...page } = query;
    return mapPage(
      await this.insights.list(principal.userId, page, { inquiryId, contactId, questionId, theme, kind, q }),
      toInsightDto,
    );
  }

  /** One insight (with its ETag). */
  @Get(':id')
  @Problems.badRequest()
  @Problems.notFound('insight')
  async getInsight(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InsightDto> {
    const insight = await this.insights.get(principal.userId, id);
    setETag(reply, insight.version);
    return toInsightDto(insight);
  }

  /** Change an insight; references are checked again. */
  @Patch(':id')
  @ConditionalWrite()
  @Problems.badRequest()
  @Problems.notFound('insight, inquiry, contact, interaction or question')
  @Problems.unprocessable(REFERENCE_RULES, ...REFERENCE_CODES)
  async updateInsight(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @Body() body: UpdateInsightDto,
    @IfMatch() expectedVersion: number | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InsightDto> {
    const insight = await this.insights.update(principal.userId, id, body, expectedVersion);
    setETag(reply, insight.version);
    return toInsightDto(insight);
  }

  /** Delete an insight (soft delete). */
  @Delete(':id')
  @HttpCode(204)
  @ConditionalWrite()
  @Problems.badRequest()
  @Problems.notFound('insight')
  async deleteInsight(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @IfMatch() expectedVersion: number | undefined,
  ): Promise<void> {
    await this.insights.remove(principal.userId, id, expectedVersion);
  }
}
