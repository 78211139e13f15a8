import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated } from '../../common/auth/authenticated.decorator.js';
import { CurrentUser, type Principal } from '../../common/auth/principal.js';
import { ConditionalWrite, IdempotentPost, Problems } from '../../common/http/api-responses.js';
import { IfMatch, setETag } from '../../common/http/etag.js';
import { UuidParam } from '../../common/http/uuid-param.js';
import { mapPage, PageOf } from '../../common/pagination.js';
import {
  CreateOpportunityDto,
  ListOpportunitiesQueryDto,
  OpportunityDto,
  OpportunityWithChainDto,
  UpdateOpportunityDto,
} from './dto/opportunity.dto.js';
import { OpportunitiesService } from './opportunities.service.js';
import { toOpportunityDto, toOpportunityWithChainDto } from './opportunity.mapper.js';

export class OpportunityPageDto extends PageOf(OpportunityDto, 'OpportunityPageDto') {}

@ApiTags('Opportunities')
@Authenticated()
@Controller('v1/opportunities')
export class OpportunitiesController {
  constructor(private readonly opportunities: OpportunitiesService) {}

  /** Record an opportunity that came back (a project, an introduction, a talk…); `occurredAt` defaults to now. */
  @Post()
  @IdempotentPost()
  @Problems.badRequest()
  @Problems.notFound('contact or inquiry')
  async createOpportunity(
    @CurrentUser() principal: Principal,
    @Body() body: CreateOpportunityDto,
  ): Promise<OpportunityDto> {
    return toOpportunityDto(await this.opportunities.create(principal.userId, body));
  }

  /** List opportunities, newest first; `?kind=`, `?contactId=`, `?inquiryId=` filter. */
  @Get()
  @Problems.badRequest()
  async listOpportunities(
    @CurrentUser() principal: Principal,
    @Query() query: ListOpportunitiesQueryDto,
  ): Promise<OpportunityPageDto> {
    const { kind, contactId, inquiryId, ...page } = query;
    return mapPage(
      await this.opportunities.list(principal.userId, page, { kind, contactId, inquiryId }),
      toOpportunityDto,
    );
  }

  /**
   * One opportunity (with its ETag), `chains`: every shortest referral path from a seed to its contact
   * (at most 10), and `chain`, the first of them (kept for compatibility).
   */
  @Get(':id')
  @Problems.badRequest()
  @Problems.notFound('opportunity')
  async getOpportunity(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OpportunityWithChainDto> {
    const { opportunity, chain, chains } = await this.opportunities.getWithChain(principal.userId, id);
    setETag(reply, opportunity.version);
    return toOpportunityWithChainDto(opportunity, chain, chains);
  }

  /** Change an opportunity. */
  @Patch(':id')
  @ConditionalWrite()
  @Problems.badRequest()
  @Problems.notFound('opportunity, contact or inquiry')
  async updateOpportunity(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @Body() body: UpdateOpportunityDto,
    @IfMatch() expectedVersion: number | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OpportunityDto> {
    const opportunity = await this.opportunities.update(principal.userId, id, body, expectedVersion);
    setETag(reply, opportunity.version);
    return toOpportunityDto(opportunity);
  }

  /** Delete an opportunity (soft delete). */
  @Delete(':id')
  @HttpCode(204)
  @ConditionalWrite()
  @Problems.badRequest()
  @Problems.notFound('opportunity')
  async deleteOpportunity(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @IfMatch() expectedVersion: number | undefined,
  ): Promise<void> {
    await this.opportunities.remove(principal.userId, id, expectedVersion);
  }
}
