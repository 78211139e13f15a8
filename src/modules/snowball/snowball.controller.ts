import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated } from '../../common/auth/authenticated.decorator.js';
import { CurrentUser, type Principal } from '../../common/auth/principal.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { ConditionalWrite, IdempotentPost, Problems } from '../../common/http/api-responses.js';
import { IfMatch, setETag } from '../../common/http/etag.js';
import { UuidParam } from '../../common/http/uuid-param.js';
import { mapPage, PageOf, PageQueryDto } from '../../common/pagination.js';
import { AskDraftReadModel } from './ask-draft.read-model.js';
import { AskDraftDto } from './dto/ask-draft.dto.js';
import { ChainDto } from './dto/chain.dto.js';
import {
  AddParticipantDto,
  ListParticipantsQueryDto,
  ParticipantDto,
  UpdateParticipantDto,
} from './dto/participant.dto.js';
import { CreateReferralDto, ReferralDto } from './dto/referral.dto.js';
import { toParticipantDto, toReferralDto } from './snowball.mapper.js';
import { SnowballService } from './snowball.service.js';

export class ParticipantPageDto extends PageOf(ParticipantDto, 'ParticipantPageDto') {}
export class ReferralPageDto extends PageOf(ReferralDto, 'ReferralPageDto') {}

@ApiTags('Snowball')
@Authenticated()
@Controller('v1/inquiries/:id')
export class SnowballController {
  constructor(
    private readonly snowball: SnowballService,
    private readonly askDrafts: AskDraftReadModel,
  ) {}

  /** Add a contact to the inquiry as a seed (origin `seed`, wave 0, stage `to_ask`). */
  @Post('participants')
  @IdempotentPost()
  @Problems.badRequest()
  @Problems.notFound('inquiry or contact')
  @Problems.conflict('The contact is already a participant of this inquiry.', ErrorCode.ParticipantExists)
  async addParticipant(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @Body() body: AddParticipantDto,
  ): Promise<ParticipantDto> {
    return toParticipantDto(await this.snowball.addSeed(principal.userId, id, body.contactId));
  }

  /** The inquiry's participants, newest first (`?stage=`, `?wave=`). */
  @Get('participants')
  @Problems.badRequest()
  @Problems.notFound('inquiry')
  async listParticipants(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @Query() query: ListParticipantsQueryDto,
  ): Promise<ParticipantPageDto> {
    const { stage, wave, ...page } = query;
    return mapPage(await this.snowball.listParticipants(principal.userId, id, page, { stage, wave }), toParticipantDto);
  }

  /** Move a participant to a stage by hand. */
  @Patch('participants/:contactId')
  @ConditionalWrite()
  @Problems.badRequest()
  @Problems.notFound('inquiry or participant')
  async updateParticipant(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @UuidParam('contactId') contactId: string,
    @Body() body: UpdateParticipantDto,
    @IfMatch() expectedVersion: number | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ParticipantDto> {
    const participant = await this.snowball.updateStage(principal.userId, id, contactId, body.stage, expectedVersion);
    setETag(reply, participant.version);
    return toParticipantDto(participant);
  }

  /**
   * The shortest referral chain from a seed to this participant (`path`), and every shortest chain
   * (`paths`, at most 10, the first equal to `path`), each step with the contact and the referral reason.
   */
  @Get('participants/:contactId/chain')
  @Problems.badRequest()
  @Problems.notFound('inquiry or participant')
  async getReferralChain(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @UuidParam('contactId') contactId: string,
  ): Promise<ChainDto> {
    const paths = await this.snowball.getParticipantChains(principal.userId, id, contactId);
    return { path: paths[0] ?? [], paths };
  }

  /**
   * The ask for this participant: the inquiry's `askTemplate` (or the default) filled with their first
   * name, name, referrer and reason (the earliest referral), the inquiry's title and up to 3 open
   * questions, those not yet heard from their perspective first (docs/domain.md, "Ask drafts").
   */
  @Get('participants/:contactId/ask-draft')
  @Problems.badRequest()
  @Problems.notFound('inquiry or participant')
  getAskDraft(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @UuidParam('contactId') contactId: string,
  ): Promise<AskDraftDto> {
    return this.askDrafts.draft(principal.userId, id, contactId);
  }

  /**
   * Record a referral: "referrer suggested I talk to referred". Give `referredId` (an existing
   * contact) or `referred` (a new contact, created in the same step).
   */
  @Post('referrals')
  @IdempotentPost()
  @Problems.badRequest()
  @Problems.notFound('inquiry, contact or interaction')
  @Problems.conflict(
    'The same referral exists already, or it would create a cycle.',
    ErrorCode.ReferralDuplicate,
    ErrorCode.ReferralCycle,
  )
  @Problems.unprocessable(
    'The referrer is not a participant, the referral is a self-referral, or the interaction is of another inquiry.',
    ErrorCode.ReferrerNotParticipant,
    ErrorCode.SelfReferral,
    ErrorCode.InteractionOfOtherInquiry,
  )
  async createReferral(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @Body() body: CreateReferralDto,
  ): Promise<ReferralDto> {
    return toReferralDto(await this.snowball.createReferral(principal.userId, id, body));
  }

  /** The inquiry's referrals, newest first. */
  @Get('referrals')
  @Problems.badRequest()
  @Problems.notFound('inquiry')
  async listReferrals(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @Query() page: PageQueryDto,
  ): Promise<ReferralPageDto> {
    return mapPage(await this.snowball.listReferrals(principal.userId, id, page), toReferralDto);
  }

  /**
   * Delete a referral. Waves are recomputed; a participant no seed reaches any more leaves the
   * inquiry if still `suggested`, otherwise becomes a seed.
   */
  @Delete('referrals/:referralId')
  @HttpCode(204)
  @ConditionalWrite()
  @Problems.badRequest()
  @Problems.notFound('inquiry or referral')
  async deleteReferral(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @UuidParam('referralId') referralId: string,
    @IfMatch() expectedVersion: number | undefined,
  ): Promise<void> {
    await this.snowball.deleteReferral(principal.userId, id, referralId, expectedVersion);
  }
}
