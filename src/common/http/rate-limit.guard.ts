import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import { AppConfig } from '../../config/app-config.js';
import type { AuthenticatedRequest } from '../auth/principal.js';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-codes.js';
import { reportBudget } from './rate-limit-headers.js';
import { type BudgetCount, BudgetSpent, ReservedBudget, reservationSize } from './reserved-budget.js';
import { RateLimiters } from './rate-limiters.js';

const SKIP_RATE_LIMIT = 'snowball:skip-rate-limit';
const WINDOW_SECONDS = 60;

/** Exempts a route (health checks) from rate limiting. */
export const SkipRateLimit = () => SetMetadata(SKIP_RATE_LIMIT, true);

/**
 * A request budget per minute, counted in PostgreSQL so every instance shares it (see RateLimiters),
 * in reservations of 1 % of the quota (ReservedBudget: no counter update per request).
 * Every counted response says where the budget stands (`RateLimit-Policy`, `RateLimit`); over budget:
 * 429 problem+json with `Retry-After` in seconds.
 */
abstract class RateLimitGuard implements CanActivate {
  private readonly budget: ReservedBudget;

  constructor(
    private readonly reflector: Reflector,
    limiters: RateLimiters,
    private readonly policy: string,
    private readonly quota: number,
  ) {
    // ReservedBudget refuses a spent key from memory itself (the counter's in-memory block would
    // also refuse the single request it retries a refused reservation with).
    const limiter = limiters.create({ keyPrefix: policy, points: quota, duration: WINDOW_SECONDS });
    this.budget = new ReservedBudget(limiter, reservationSize(quota));
  }

  /** The key to count this request under, or null to not count it. */
  protected abstract keyOf(request: AuthenticatedRequest): string | null;

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    if (this.reflector.getAllAndOverride<boolean>(SKIP_RATE_LIMIT, [context.getHandler(), context.getClass()])) {
      return true;
    }
    const http = context.switchToHttp();
    const key = this.keyOf(http.getRequest<AuthenticatedRequest>());
    if (key === null) return true;
    const reply = http.getResponse<FastifyReply>();
    try {
      this.report(reply, await this.budget.consume(key));
    } catch (rejection) {
      if (!(rejection instanceof BudgetSpent)) throw rejection;
      this.report(reply, { remaining: 0, msBeforeNext: rejection.msBeforeNext });
      throw new AppError(ErrorCode.RateLimited, 'Rate limit exceeded; retry after the time given in Retry-After.', {
        headers: { 'retry-after': String(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))) },
      });
    }
    return true;
  }

  private report(reply: FastifyReply, state: BudgetCount): void {
    reportBudget(reply, {
      policy: this.policy,
      quota: this.quota,
      windowSeconds: WINDOW_SECONDS,
      remaining: state.remaining,
      resetSeconds: Math.max(0, Math.ceil(state.msBeforeNext / 1000)),
    });
  }
}

/** Per client IP; runs before authentication, so requests with bad tokens count too. */
@Injectable()
export class IpRateLimitGuard extends RateLimitGuard {
  constructor(reflector: Reflector, limiters: RateLimiters, config: AppConfig) {
    super(reflector, limiters, 'ip', config.rateLimit.ipPerMinute);
  }

  protected keyOf(request: AuthenticatedRequest): string {
    return request.ip;
  }
}

/** Per user, across their IPs, devices and API keys; runs after authentication. */
@Injectable()
export class UserRateLimitGuard extends RateLimitGuard {
  constructor(reflector: Reflector, limiters: RateLimiters, config: AppConfig) {
    super(reflector, limiters, 'user', config.rateLimit.userPerMinute);
  }

  protected keyOf(request: AuthenticatedRequest): string | null {
    return request.principal?.userId ?? null;
  }
}
