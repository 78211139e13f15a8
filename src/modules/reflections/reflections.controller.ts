import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../common/auth/authenticated.decorator.js';
import { CurrentUser, type Principal } from '../../common/auth/principal.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { IdempotentPost, Problems } from '../../common/http/api-responses.js';
import { UuidParam } from '../../common/http/uuid-param.js';
import { mapPage, PageOf, PageQueryDto } from '../../common/pagination.js';
import { CreatedReflectionDto, CreateReflectionDto, ReflectionDto } from './dto/reflection.dto.js';
import { toCreatedReflectionDto, toReflectionDto } from './reflection.mapper.js';
import { ReflectionsService } from './reflections.service.js';

export class ReflectionPageDto extends PageOf(ReflectionDto, 'ReflectionPageDto') {}

@ApiTags('Inquiries')
@Authenticated()
@Controller('v1/inquiries/:id/reflections')
export class ReflectionsController {
  constructor(private readonly reflections: ReflectionsService) {}

  /**
   * Close the current cycle: what you learned, question changes (revise / retire / add), who to ask
   * next. The inquiry moves to the next cycle; the cycle's figures are stored with the reflection.
   * `queue` says who joined, who is now `to_ask` (declined people are asked again) and who was not
   * queued, and why.
   */
  @Post()
  @IdempotentPost()
  @Problems.badRequest()
  @Problems.notFound('inquiry, question or contact')
  @Problems.conflict('The inquiry is concluded.', ErrorCode.InquiryConcluded, ErrorCode.ReflectionExists)
  @Problems.unprocessable(
    'A question of another inquiry, or one already revised or retired.',
    ErrorCode.QuestionOfOtherInquiry,
    ErrorCode.QuestionNotRevisable,
  )
  async createReflection(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @Body() body: CreateReflectionDto,
  ): Promise<CreatedReflectionDto> {
    return toCreatedReflectionDto(await this.reflections.create(principal.userId, id, body));
  }

  /** The inquiry's reflections, newest first. */
  @Get()
  @Problems.badRequest()
  @Problems.notFound('inquiry')
  async listReflections(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @Query() page: PageQueryDto,
  ): Promise<ReflectionPageDto> {
    return mapPage(await this.reflections.list(principal.userId, id, page), toReflectionDto);
  }
}
