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
import { CreateInquiryDto, InquiryDto, ListInquiriesQueryDto, UpdateInquiryDto } from './dto/inquiry.dto.js';
import { CreateQuestionDto, ListQuestionsQueryDto, QuestionDto, UpdateQuestionDto } from './dto/question.dto.js';
import { InquiriesService } from './inquiries.service.js';
import { toInquiryDto, toQuestionDto } from './inquiry.mapper.js';

export class InquiryPageDto extends PageOf(InquiryDto, 'InquiryPageDto') {}
export class QuestionPageDto extends PageOf(QuestionDto, 'QuestionPageDto') {}

@ApiTags('Inquiries')
@Authenticated()
@Controller('v1')
export class InquiriesController {
  constructor(private readonly inquiries: InquiriesService) {}

  /** Start a focus of inquiry (cycle 1). */
  @Post('inquiries')
  @IdempotentPost()
  @Problems.badRequest()
  async createInquiry(@CurrentUser() principal: Principal, @Body() body: CreateInquiryDto): Promise<InquiryDto> {
    return toInquiryDto(await this.inquiries.create(principal.userId, body));
  }

  /** List your inquiries, newest first. */
  @Get('inquiries')
  @Problems.badRequest()
  async listInquiries(
    @CurrentUser() principal: Principal,
    @Query() query: ListInquiriesQueryDto,
  ): Promise<InquiryPageDto> {
    const { status, ...page } = query;
    return mapPage(await this.inquiries.list(principal.userId, page, { status }), toInquiryDto);
  }

  /** One inquiry (with its ETag). */
  @Get('inquiries/:id')
  @Problems.badRequest()
  @Problems.notFound('inquiry')
  async getInquiry(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InquiryDto> {
    const inquiry = await this.inquiries.get(principal.userId, id);
    setETag(reply, inquiry.version);
    return toInquiryDto(inquiry);
  }

  /** Change an inquiry (title, challenge, status…). `currentCycle` moves only through reflections. */
  @Patch('inquiries/:id')
  @ConditionalWrite()
  @Problems.badRequest()
  @Problems.notFound('inquiry')
  async updateInquiry(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @Body() body: UpdateInquiryDto,
    @IfMatch() expectedVersion: number | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InquiryDto> {
    const inquiry = await this.inquiries.update(principal.userId, id, body, expectedVersion);
    setETag(reply, inquiry.version);
    return toInquiryDto(inquiry);
  }

  /** Delete an inquiry (soft delete: it disappears from every route). */
  @Delete('inquiries/:id')
  @HttpCode(204)
  @ConditionalWrite()
  @Problems.badRequest()
  @Problems.notFound('inquiry')
  async deleteInquiry(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @IfMatch() expectedVersion: number | undefined,
  ): Promise<void> {
    await this.inquiries.remove(principal.userId, id, expectedVersion);
  }

  /** Add a question in the inquiry's current cycle; with `revisesId` it replaces that question (which becomes `revised`). */
  @Post('inquiries/:id/questions')
  @IdempotentPost()
  @Problems.badRequest()
  @Problems.notFound('inquiry or revised question')
  @Problems.unprocessable(
    'revisesId is a question of another inquiry, or already revised or retired.',
    ErrorCode.QuestionOfOtherInquiry,
    ErrorCode.QuestionNotRevisable,
  )
  async createQuestion(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @Body() body: CreateQuestionDto,
  ): Promise<QuestionDto> {
    return toQuestionDto(await this.inquiries.createQuestion(principal.userId, id, body));
  }

  /** The inquiry's questions, newest first (`?status=`, `?cycle=`). */
  @Get('inquiries/:id/questions')
  @Problems.badRequest()
  @Problems.notFound('inquiry')
  async listQuestions(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @Query() query: ListQuestionsQueryDto,
  ): Promise<QuestionPageDto> {
    const { status, cycle, ...page } = query;
    return mapPage(await this.inquiries.listQuestions(principal.userId, id, page, { status, cycle }), toQuestionDto);
  }

  /** Edit a question's text or mark it answered, open or retired. */
  @Patch('questions/:id')
  @ConditionalWrite()
  @Problems.badRequest()
  @Problems.notFound('question')
  @Problems.unprocessable('The question is revised: its status stays revised.', ErrorCode.RevisedQuestionLocked)
  async updateQuestion(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @Body() body: UpdateQuestionDto,
    @IfMatch() expectedVersion: number | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<QuestionDto> {
    const question = await this.inquiries.updateQuestion(principal.userId, id, body, expectedVersion);
    setETag(reply, question.version);
    return toQuestionDto(question);
  }
}
