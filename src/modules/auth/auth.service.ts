import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource, EntityManager } from 'typeorm';
import { RateLimiters } from '../../common/http/rate-limiters.js';
import { AppConfig } from '../../config/app-config.js';
import { AppError } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { AuditAction } from '../audit/audit-log.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { PasswordHasher } from '../users/password-hasher.js';
import type { User } from '../users/user.entity.js';
import { normaliseEmail, UsersService } from '../users/users.service.js';
import { RefreshToken } from './refresh-token.entity.js';
import { sameHash, sha256 } from '../../common/crypto.js';
import { TokenService } from './token.service.js';

/** Failed logins are counted in windows of this length, starting at the first failure. */
const LOGIN_WINDOW_SECONDS = 15 * 60;
/** An IP may fail this many times more than one account before it is throttled too. */
const IP_FAILURE_FACTOR = 3;

/** Emails are hashed in the counter's key: fixed length, and no addresses in the rate-limit table. */
const emailKey = (email: string): string => sha256(email);

export interface Session {
  user: User;
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

@Injectable()
export class AuthService {
  /** Failed logins per account (keyed by the hash of the normalised email); cleared by a successful login. */
  private readonly failuresByEmail: RateLimiterAbstract;
  /** Failed logins per IP, over every account; not cleared by a success (one's own account can't launder it). */
  private readonly failuresByIp: RateLimiterAbstract;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    limiters: RateLimiters,
  ) {
    const max = config.rateLimit.loginMaxFailures;
    this.failuresByEmail = limiters.create({ keyPrefix: 'login_email', points: max, duration: LOGIN_WINDOW_SECONDS });
    this.failuresByIp = limiters.create({
      keyPrefix: 'login_ip',
      points: max * IP_FAILURE_FACTOR,
      duration: LOGIN_WINDOW_SECONDS,
    });
  }

  register(input: { email: string; password: string; name: string }, ip: string): Promise<Session> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.users.create(manager, input);
      await this.audit.record(manager, { action: AuditAction.UserRegistered, actorId: user.id, subject: user.id, ip });
      return this.startSession(manager, user);
    });
  }

  async login(input: { email: string; password: string }, ip: string): Promise<Session> {
    const email = normaliseEmail(input.email);
    const { accountFailures } = await this.assertNotThrottled(email, ip);
    const user = await this.users.findByEmail(email);
    const valid = user
      ? await this.hasher.verify(user.passwordHash, input.password)
      : (await this.hasher.burn(input.password), false);
    if (!user || !valid || user.disabled) {
      await this.countFailure(email, ip);
      await this.audit.record(this.dataSource.manager, {
        action: AuditAction.LoginFailed,
        actorId: user?.id ?? null,
        subject: email,
        ip,
        details: { reason: !user ? 'unknown_email' : !valid ? 'wrong_password' : 'disabled' },
      });
      throw new AppError(ErrorCode.InvalidCredentials, 'Email or password is wrong, or the account is disabled.');
    }
    if (accountFailures > 0) await this.failuresByEmail.delete(emailKey(email));
    return this.dataSource.transaction(async (manager) => {
      await this.audit.record(manager, { action: AuditAction.LoginSucceeded, actorId: user.id, subject: user.id, ip });
      return this.startSession(manager, user);
    });
  }

  /**
   * Rotation: the presented token is spent and a new pair issued in the same family. Presenting a
   * spent (or revoked) token again means it leaked: the whole family is revoked and the call is 401.
   */
  async refresh(presented: string, ip: string): Promise<Session> {
    const [id, secret] = presented.split('.');
    if (!id || !secret || !/^[0-9a-f-]{36}$/.test(id)) throw this.invalidRefresh();
    const outcome = await this.dataSource.transaction(
      async (manager): Promise<{ error: AppError } | { session: Session }> => {
        const token = await manager
          .getRepository(RefreshToken)
          .createQueryBuilder('token')
          .setLock('pessimistic_write')
          .where('token.id = :id', { id })
          .getOne();
        if (!token || !sameHash(token.tokenHash, sha256(secret))) return { error: this.invalidRefresh() };
        if (token.usedAt || token.revokedAt) {
          await manager
            .createQueryBuilder()
            .update(RefreshToken)
            .set({ revokedAt: () => 'now()' })
            .where('family_id = :familyId AND revoked_at IS NULL', { familyId: token.familyId })
            .execute();
          await this.audit.record(manager, {
            action: AuditAction.RefreshReuseDetected,
            actorId: token.userId,
            subject: token.userId,
            ip,
            details: { familyId: token.familyId },
          });
          return {
            error: new AppError(ErrorCode.RefreshTokenReused, 'This refresh token was already used; sign in again.'),
          };
        }
        if (token.expiresAt.getTime() <= Date.now()) return { error: this.invalidRefresh() };
        const user = await this.users.findActive(token.userId);
        if (!user) return { error: this.invalidRefresh() };
        await manager.update(RefreshToken, { id: token.id }, { usedAt: new Date() });
        return { session: await this.startSession(manager, user, token.familyId) };
      },
    );
    // The family revocation must commit, so the 401 is thrown after the transaction.
    if ('error' in outcome) throw outcome.error;
    return outcome.session;
  }

  /** Revokes the presented token's whole family (this device's session). Unknown tokens are ignored. */
  async logout(presented: string): Promise<void> {
    const [id, secret] = presented.split('.');
    if (!id || !secret || !/^[0-9a-f-]{36}$/.test(id)) return;
    const token = await this.dataSource.getRepository(RefreshToken).findOneBy({ id });
    if (!token || !sameHash(token.tokenHash, sha256(secret))) return;
    await this.dataSource
      .createQueryBuilder()
      .update(RefreshToken)
      .set({ revokedAt: () => 'now()' })
      .where('family_id = :familyId AND revoked_at IS NULL', { familyId: token.familyId })
      .execute();
  }

  /**
   * Refuses a login (even with the right password) once the account, or the IP over all accounts,
   * has failed too often within the window; `Retry-After` says when the window ends. Otherwise says
   * how many failures the account has so far.
   */
  private async assertNotThrottled(email: string, ip: string): Promise<{ accountFailures: number }> {
    const [byEmail, byIp] = await Promise.all([this.failuresByEmail.get(emailKey(email)), this.failuresByIp.get(ip)]);
    const exhausted = [
      { state: byEmail, max: this.failuresByEmail.points },
      { state: byIp, max: this.failuresByIp.points },
    ].filter((budget): budget is { state: RateLimiterRes; max: number } =>
      Boolean(budget.state && budget.state.consumedPoints >= budget.max),
    );
    if (exhausted.length === 0) return { accountFailures: byEmail?.consumedPoints ?? 0 };
    const waitMs = Math.max(...exhausted.map((budget) => budget.state.msBeforeNext));
    throw new AppError(ErrorCode.LoginThrottled, 'Too many failed logins; wait before trying again.', {
      headers: { 'retry-after': String(Math.max(1, Math.ceil(waitMs / 1000))) },
    });
  }

  private async countFailure(email: string, ip: string): Promise<void> {
    await Promise.all([this.failuresByEmail.penalty(emailKey(email)), this.failuresByIp.penalty(ip)]);
  }

  private async startSession(manager: EntityManager, user: User, familyId?: string): Promise<Session> {
    const secret = this.tokens.newSecret();
    const token = manager.create(RefreshToken, {
      id: randomUUID(),
      userId: user.id,
      familyId: familyId ?? randomUUID(),
      tokenHash: sha256(secret),
      expiresAt: new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000),
    });
    await manager.insert(RefreshToken, token);
    return {
      user,
      accessToken: this.tokens.signAccess(user.id),
      refreshToken: `${token.id}.${secret}`,
      expiresIn: this.config.accessTokenTtlSeconds,
    };
  }

  private invalidRefresh(): AppError {
    return new AppError(ErrorCode.RefreshTokenInvalid, 'The refresh token is invalid or expired; sign in again.');
  }
}
