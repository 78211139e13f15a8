import { Injectable } from '@nestjs/common';
import type { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { sha256 } from '../../common/crypto.js';
import { AppError } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { RateLimiters } from '../../common/http/rate-limiters.js';
import { AppConfig } from '../../config/app-config.js';

const DAY_SECONDS = 24 * 60 * 60;
/** The first block of an (email, IP) pair; each further block within a day lasts twice as long… */
export const PAIR_BLOCK_FIRST_SECONDS = 60;
/** …up to this. */
export const PAIR_BLOCK_MAX_SECONDS = 60 * 60;
/** Blocks of a pair are remembered this long for the backoff (a limit nobody reaches). */
const PAIR_BLOCKS_REMEMBERED = 1_000_000;

/** One login attempt let through: say how it ended. */
export interface LoginAttempt {
  succeeded(): Promise<void>;
  failed(): Promise<void>;
}

/**
 * Login throttling that aims at the attacker, not the victim (rate-limiter-flexible's "login
 * endpoint protection" pattern), with counters in the shared `rate_limit` table:
 * - per (email, IP) pair: `LOGIN_MAX_FAILURES` consecutive failures block that pair (1 minute,
 *   doubling at each further block within a day, up to an hour); a success resets the pair. The
 *   right password from another IP is not affected.
 * - per email over every IP: `LOGIN_MAX_FAILURES_PER_EMAIL` failures within 24 hours (password
 *   guessing against one account from many IPs) throttle the email; not reset by a success.
 * - per IP over every email: `LOGIN_MAX_FAILURES_PER_IP` failures within 24 hours (password spraying
 *   from one IP), high enough for an office behind one NAT address; not reset by a success, so an
 *   attacker can't launder a spray by signing in to their own account.
 * Emails appear only as hashes in the keys.
 */
@Injectable()
export class LoginThrottle {
  /** Consecutive failures of one (email, IP) pair; blocked with backoff at the limit. */
  private readonly byPair: RateLimiterAbstract;
  /** How many times the pair was blocked lately: the exponent of the backoff. */
  private readonly pairBlocks: RateLimiterAbstract;
  private readonly byEmail: RateLimiterAbstract;
  private readonly byIp: RateLimiterAbstract;

  constructor(config: AppConfig, limiters: RateLimiters) {
    const { loginMaxFailures, loginMaxFailuresPerEmail, loginMaxFailuresPerIp } = config.rateLimit;
    this.byPair = limiters.create({ keyPrefix: 'login_pair', points: loginMaxFailures, duration: DAY_SECONDS });
    this.pairBlocks = limiters.create({
      keyPrefix: 'login_pair_blocks',
      points: PAIR_BLOCKS_REMEMBERED,
      duration: DAY_SECONDS,
    });
    this.byEmail = limiters.create({
      keyPrefix: 'login_email',
      points: loginMaxFailuresPerEmail,
      duration: DAY_SECONDS,
    });
    this.byIp = limiters.create({ keyPrefix: 'login_ip', points: loginMaxFailuresPerIp, duration: DAY_SECONDS });
  }

  /**
   * Lets one attempt for `email` (normalised) from `ip` through, or refuses it with 429
   * `login_throttled` and `Retry-After`. The pair's attempt is counted before the password is checked,
   * so a burst of parallel guesses can't all slip in before the first failure is counted.
   */
  async begin(email: string, ip: string): Promise<LoginAttempt> {
    const emailKey = sha256(email);
    const pairKey = `${emailKey}:${ip}`;
    const [pair, byEmail, byIp] = await Promise.all([
      this.byPair.penalty(pairKey),
      this.byEmail.get(emailKey),
      this.byIp.get(ip),
    ]);
    if (pair.consumedPoints > this.byPair.points) {
      throw throttled(await this.pairWait(pairKey, pair));
    }
    const waits = [
      { state: byEmail, max: this.byEmail.points },
      { state: byIp, max: this.byIp.points },
    ]
      .filter((budget) => budget.state && budget.state.consumedPoints >= budget.max)
      .map((budget) => (budget.state as RateLimiterRes).msBeforeNext);
    if (waits.length > 0) {
      // Not an attempt at the password: give the pair its point back.
      await this.byPair.reward(pairKey);
      throw throttled(Math.max(...waits));
    }
    return {
      succeeded: async () => {
        await Promise.all([this.byPair.delete(pairKey), this.pairBlocks.delete(pairKey)]);
      },
      failed: async () => {
        await Promise.all([this.byEmail.penalty(emailKey), this.byIp.penalty(ip)]);
        if (pair.consumedPoints >= this.byPair.points) {
          const blocks = await this.pairBlocks.penalty(pairKey);
          await this.byPair.block(pairKey, blockSeconds(blocks.consumedPoints));
        }
      },
    };
  }

  /**
   * How long a spent pair waits. A block lasts at most an hour; a counter past the limit without a
   * block (attempts racing the one whose failure is about to block it, or one that never finished)
   * is blocked for the first length here, so it can't stay spent for the whole day.
   */
  private async pairWait(pairKey: string, pair: RateLimiterRes): Promise<number> {
    if (pair.msBeforeNext <= PAIR_BLOCK_MAX_SECONDS * 1000) return pair.msBeforeNext;
    await this.byPair.block(pairKey, PAIR_BLOCK_FIRST_SECONDS);
    return PAIR_BLOCK_FIRST_SECONDS * 1000;
  }
}

const blockSeconds = (nthBlock: number): number =>
  Math.min(PAIR_BLOCK_FIRST_SECONDS * 2 ** Math.min(nthBlock - 1, 30), PAIR_BLOCK_MAX_SECONDS);

const throttled = (waitMs: number): AppError =>
  new AppError(ErrorCode.LoginThrottled, 'Too many failed logins; wait before trying again.', {
    headers: { 'retry-after': String(Math.max(1, Math.ceil(waitMs / 1000))) },
  });
