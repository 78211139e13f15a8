import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated } from '../../common/auth/authenticated.decorator.js';
import { CurrentUser, type Principal } from '../../common/auth/principal.js';
import { ConditionalWrite, IdempotentPost, Problems } from '../../common/http/api-responses.js';
import { IfMatch, setETag } from '../../common/http/etag.js';
import { UuidParam } from '../../common/http/uuid-param.js';
import { mapPage, PageOf } from '../../common/pagination.js';
import { toCommitmentDto } from './commitment.mapper.js';
import { CommitmentsService } from './commitments.service.js';
import {
  CommitmentDto,
  CreateCommitmentDto,
  ListCommitmentsQueryDto,
  UpdateCommitmentDto,
} from './dto/commitment.dto.js';

export class CommitmentPageDto extends PageOf(CommitmentDto, 'CommitmentPageDto') {}

@ApiTags('Commitments')
@Authenticated()
@Controller('v1/commitments')
export class CommitmentsController {
  constructor(private readonly commitments: CommitmentsService) {}

  /** Record a promise, made by you (`owner: me`) or by the contact (`owner: them`). */
  @Post()
  @IdempotentPost()
  @Problems.badRequest()
  @Problems.notFound('contact or inquiry')
  async createCommitment(
    @CurrentUser() principal: Principal,
    @Body() body: CreateCommitmentDto,
  ): Promise<CommitmentDto> {
    return toCommitmentDto(await this.commitments.create(principal.userId, body));
  }

  /** List commitments, newest first; `?status=`, `?dueBefore=`, `?contactId=`, `?inquiryId=`, `?owner=` filter. */
  @Get()
  @Problems.badRequest()
  async listCommitments(
    @CurrentUser() principal: Principal,
    @Query() query: ListCommitmentsQueryDto,
  ): Promise<CommitmentPageDto> {
    const { status, dueBefore, contactId, inquiryId, owner, ...page } = query;
    return mapPage(
      await this.commitments.list(principal.userId, page, { status, dueBefore, contactId, inquiryId, owner }),
      toCommitmentDto,
    );
  }

  /** One commitment (with its ETag). */
  @Get(':id')
  @Problems.badRequest()
  @Problems.notFound('commitment')
  async getCommitment(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommitmentDto> {
    const commitment = await this.commitments.get(principal.userId, id);
    setETag(reply, commitment.version);
    return toCommitmentDto(commitment);
  }

  /** Change a commitment, e.g. mark it `done` or `dropped`, or move its due date. */
  @Patch(':id')
  @ConditionalWrite()
  @Problems.badRequest()
  @Problems.notFound('commitment, contact or inquiry')
  async updateCommitment(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @Body() body: UpdateCommitmentDto,
    @IfMatch() expectedVersion: number | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommitmentDto> {
    const commitment = await this.commitments.update(principal.userId, id, body, expectedVersion);
    setETag(reply, commitment.version);
    return toCommitmentDto(commitment);
  }

  /** Delete a commitment (soft delete). */
  @Delete(':id')
  @HttpCode(204)
  @ConditionalWrite()
  @Problems.badRequest()
  @Problems.notFound('commitment')
  async deleteCommitment(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @IfMatch() expectedVersion: number | undefined,
  ): Promise<void> {
    await this.commitments.remove(principal.userId, id, expectedVersion);
  }
}
