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
 * A request budget per minute. Over budget: 429 problem+json with `Retry-After` in seconds.
 * Counters live in this process (see docs/decisions.md for scale-out).
 */
abstract class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiterMemory,
  ) {}

  /** The key to count this request under, or null to not count it. */
  protected abstract keyOf(request: AuthenticatedRequest): string | null;

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    if (this.reflector.getAllAndOverride<boolean>(SKIP_RATE_LIMIT, [context.getHandler(), context.getClass()])) {
      return true;
    }
    const key = this.keyOf(context.switchToHttp().getRequest<AuthenticatedRequest>());
    if (key === null) return true;
    try {
      await this.limiter.consume(key);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      throw new AppError(ErrorCode.RateLimited, 'Rate limit exceeded; retry after the time given in Retry-After.', {
        headers: { 'retry-after': String(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))) },
      });
    }
    return true;
  }
}

/** Per client IP; runs before authentication, so requests with bad tokens count too. */
@Injectable()
export class IpRateLimitGuard extends RateLimitGuard {
  constructor(reflector: Reflector, config: AppConfig) {
    super(reflector, new RateLimiterMemory({ keyPrefix: 'ip', points: config.rateLimit.ipPerMinute, duration: 60 }));
  }

  protected keyOf(request: AuthenticatedRequest): string {
    return request.ip;
  }
}

/** Per user, across their IPs, devices and API keys; runs after authentication. */
@Injectable()
export class UserRateLimitGuard extends RateLimitGuard {
  constructor(reflector: Reflector, config: AppConfig) {
    super(
      reflector,
      new RateLimiterMemory({ keyPrefix: 'user', points: config.rateLimit.userPerMinute, duration: 60 }),
    );
  }

  protected keyOf(request: AuthenticatedRequest): string | null {
    return request.principal?.userId ?? null;
  }
}
