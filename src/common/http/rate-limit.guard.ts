import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '../../config/app-config.js';
import type { AuthenticatedRequest } from '../auth/principal.js';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-codes.js';

const SKIP_RATE_LIMIT = 'snowball:skip-rate-limit';

/** Exempts a route (health checks) from rate limiting. */
export const SkipRateLimit = () => SetMetadata(SKIP_RATE_LIMIT, true);

/**
 * Per-IP and per-user request budgets per minute (a user's budget follows them across IPs and
 * devices). Over budget: 429 problem+json with `Retry-After` in seconds. Runs after the auth guard,
 * so the user is known. Counters live in this process (see docs/decisions.md for scale-out).
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly byIp: RateLimiterMemory;
  private readonly byUser: RateLimiterMemory;

  constructor(
    private readonly reflector: Reflector,
    config: AppConfig,
  ) {
    this.byIp = new RateLimiterMemory({ keyPrefix: 'ip', points: config.rateLimit.ipPerMinute, duration: 60 });
    this.byUser = new RateLimiterMemory({ keyPrefix: 'user', points: config.rateLimit.userPerMinute, duration: 60 });
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    if (this.reflector.getAllAndOverride<boolean>(SKIP_RATE_LIMIT, [context.getHandler(), context.getClass()]))
      return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    try {
      await this.byIp.consume(request.ip);
      if (request.principal) await this.byUser.consume(request.principal.userId);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      throw new AppError(ErrorCode.RateLimited, 'Rate limit exceeded; retry after the time given in Retry-After.', {
        headers: { 'retry-after': String(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))) },
      });
    }
    return true;
  }
}
