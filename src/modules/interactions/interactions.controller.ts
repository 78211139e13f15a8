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
  CreateInteractionDto,
  InteractionDto,
  ListInteractionsQueryDto,
  LoggedInteractionDto,
  UpdateInteractionDto,
} from './dto/interaction.dto.js';
import { toInteractionDto, toLoggedInteractionDto } from './interaction.mapper.js';
import { InteractionsService } from './interactions.service.js';

export class InteractionPageDto extends PageOf(InteractionDto, 'InteractionPageDto') {}

@ApiTags('Interactions')
@Authenticated()
@Controller('v1/interactions')
export class InteractionsController {
  constructor(private readonly interactions: InteractionsService) {}

  /**
   * Log an ask or a conversation. In an inquiry it advances the contact's stage (ask → asked or its
   * outcome, meeting/call → met, thank_you → thanked; never backwards) and updates lastInteractionAt.
   * Someone who is not a participant of the inquiry yet joins it, reached directly (`joined`).
   * `respondedAt` before `occurredAt` is a 400.
   */
  @Post()
  @IdempotentPost()
  @Problems.badRequest()
  @Problems.notFound('contact or inquiry')
  async createInteraction(
    @CurrentUser() principal: Principal,
    @Body() body: CreateInteractionDto,
  ): Promise<LoggedInteractionDto> {
    return toLoggedInteractionDto(await this.interactions.create(principal.userId, body));
  }

  /** List interactions, most recent first by occurredAt (`?contactId=&inquiryId=&kind=`). */
  @Get()
  @Problems.badRequest()
  async listInteractions(
    @CurrentUser() principal: Principal,
    @Query() query: ListInteractionsQueryDto,
  ): Promise<InteractionPageDto> {
    const { contactId, inquiryId, kind, ...page } = query;
    return mapPage(
      await this.interactions.list(principal.userId, page, { contactId, inquiryId, kind }),
      toInteractionDto,
    );
  }

  /** One interaction (with its ETag). */
  @Get(':id')
  @Problems.badRequest()
  @Problems.notFound('interaction')
  async getInteraction(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InteractionDto> {
    const interaction = await this.interactions.get(principal.userId, id);
    setETag(reply, interaction.version);
    return toInteractionDto(interaction);
  }

  /** Change an interaction (e.g. record an ask's outcome); new effects apply, stages never move back. */
  @Patch(':id')
  @ConditionalWrite()
  @Problems.badRequest()
  @Problems.notFound('interaction, contact or inquiry')
  async updateInteraction(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @Body() body: UpdateInteractionDto,
    @IfMatch() expectedVersion: number | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoggedInteractionDto> {
    const logged = await this.interactions.update(principal.userId, id, body, expectedVersion);
    setETag(reply, logged.interaction.version);
    return toLoggedInteractionDto(logged);
  }

  /** Delete an interaction (soft delete); lastInteractionAt falls back to the latest remaining one. */
  @Delete(':id')
  @HttpCode(204)
  @ConditionalWrite()
  @Problems.badRequest()
  @Problems.notFound('interaction')
  async deleteInteraction(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @IfMatch() expectedVersion: number | undefined,
  ): Promise<void> {
    await this.interactions.remove(principal.userId, id, expectedVersion);
  }
}
