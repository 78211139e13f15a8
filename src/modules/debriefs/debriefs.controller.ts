import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../common/auth/authenticated.decorator.js';
import { CurrentUser, type Principal } from '../../common/auth/principal.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { IdempotentPost, Problems } from '../../common/http/api-responses.js';
import { CreateDebriefDto, DebriefDto } from './dto/debrief.dto.js';
import { toDebriefDto } from './debrief.mapper.js';
import { DebriefsService } from './debriefs.service.js';

@ApiTags('Debriefs')
@Authenticated()
@Controller('v1/debriefs')
export class DebriefsController {
  constructor(private readonly debriefs: DebriefsService) {}

  /**
   * Log a conversation after it happened, in one call: the meeting or call, the insights heard, the
   * people suggested (referrals from this contact) and the promises made both ways. All or nothing:
   * a bad part fails the whole request (every field at fault in `errors`, e.g. `insights[2].themes`)
   * and nothing is written. The answer holds everything created and what comes next: the thank-you
   * now due and who joined the snowball, with their waves. Send an `Idempotency-Key` to retry safely.
   */
  @Post()
  @IdempotentPost()
  @Problems.badRequest()
  @Problems.notFound('contact, inquiry or question')
  @Problems.conflict(
    'The suggested person is already referred by this contact, or upstream of them.',
    ErrorCode.ReferralDuplicate,
    ErrorCode.ReferralCycle,
  )
  @Problems.unprocessable(
    'A question of another inquiry, or a contact suggesting themselves.',
    ErrorCode.QuestionOfOtherInquiry,
    ErrorCode.SelfReferral,
  )
  async createDebrief(@CurrentUser() principal: Principal, @Body() body: CreateDebriefDto): Promise<DebriefDto> {
    return toDebriefDto(await this.debriefs.create(principal.userId, body));
  }
}
