import { type ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-codes.js';

/** Rate limits answer 429 problem+json with a plain `Retry-After` (seconds). */
@Injectable()
export class SnowballThrottlerGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    throw new AppError(ErrorCode.RateLimited, 'Rate limit exceeded; retry after the time given in Retry-After.', {
      headers: { 'retry-after': String(Math.max(1, detail.timeToBlockExpire || detail.timeToExpire)) },
    });
  }
}
