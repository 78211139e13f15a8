import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
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

const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** An IP may fail this many times more than one account before it is throttled too. */
const IP_FAILURE_FACTOR = 3;

export interface Session {
  user: User;
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
  ) {}

  register(input: { email: string; password: string; name: string }, ip: string): Promise<Session> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.users.create(manager, input);
      await this.audit.record(manager, { action: AuditAction.UserRegistered, actorId: user.id, subject: user.id, ip });
      return this.startSession(manager, user);
    });
  }

  async login(input: { email: string; password: string }, ip: string): Promise<Session> {
    const email = normaliseEmail(input.email);
    await this.assertNotThrottled(email, ip);
    const user = await this.users.findByEmail(email);
    const valid = user
      ? await this.hasher.verify(user.passwordHash, input.password)
      : (await this.hasher.burn(input.password), false);
    if (!user || !valid || user.disabled) {
      await this.audit.record(this.dataSource.manager, {
        action: AuditAction.LoginFailed,
        actorId: user?.id ?? null,
        subject: email,
        ip,
        details: { reason: !user ? 'unknown_email' : !valid ? 'wrong_password' : 'disabled' },
      });
      throw new AppError(ErrorCode.InvalidCredentials, 'Email or password is wrong, or the account is disabled.');
    }
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

  private async assertNotThrottled(email: string, ip: string): Promise<void> {
    const max = this.config.rateLimit.loginMaxFailures;
    const since = new Date(Date.now() - LOGIN_WINDOW_MS);
    const failures = await this.audit.recentLoginFailures(email, ip, since);
    if (failures.byEmail >= max || failures.byIp >= max * IP_FAILURE_FACTOR) {
      const oldest = failures.oldest?.getTime() ?? Date.now();
      const retryAfter = Math.max(1, Math.ceil((oldest + LOGIN_WINDOW_MS - Date.now()) / 1000));
      throw new AppError(ErrorCode.LoginThrottled, 'Too many failed logins; wait before trying again.', {
        headers: { 'retry-after': String(retryAfter) },
      });
    }
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
