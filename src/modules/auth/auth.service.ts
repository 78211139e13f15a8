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
import { LoginThrottle } from './login-throttle.js';
import { RefreshTokenCipher } from './refresh-token-cipher.js';
import { RefreshToken, RevocationReason } from './refresh-token.entity.js';
import { sameHash, sha256 } from '../../common/crypto.js';
import { TokenService } from './token.service.js';

/**
 * A spent refresh token presented again within this many seconds of its rotation (two refreshes sent
 * at once, a retry after a lost answer) gets the same successor instead of revoking the family.
 */
export const REFRESH_GRACE_SECONDS = 30;

const REFRESH_TOKEN_ID = /^[0-9a-f-]{36}$/;

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
    private readonly cipher: RefreshTokenCipher,
    private readonly audit: AuditService,
    private readonly throttle: LoginThrottle,
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
    const attempt = await this.throttle.begin(email, ip);
    const user = await this.users.findByEmail(email);
    const valid = user
      ? await this.hasher.verify(user.passwordHash, input.password)
      : (await this.hasher.burn(input.password), false);
    if (!user || !valid || user.disabled) {
      await attempt.failed();
      await this.audit.record(this.dataSource.manager, {
        action: AuditAction.LoginFailed,
        actorId: user?.id ?? null,
        subject: email,
        ip,
        details: { reason: !user ? 'unknown_email' : !valid ? 'wrong_password' : 'disabled' },
      });
      throw new AppError(ErrorCode.InvalidCredentials, 'Email or password is wrong, or the account is disabled.');
    }
    await attempt.succeeded();
    return this.dataSource.transaction(async (manager) => {
      await this.audit.record(manager, { action: AuditAction.LoginSucceeded, actorId: user.id, subject: user.id, ip });
      return this.startSession(manager, user);
    });
  }

  /**
   * Rotation: the presented token is spent and a new pair issued in the same family. Presenting the
   * spent token again within {@link REFRESH_GRACE_SECONDS} returns the same successor (with a fresh
   * access token); later, or once the successor is spent too, it means the token leaked: the whole
   * family is revoked, the reuse audited, and the call is 401. A token of a signed-out session is
   * 401 `session_ended`, no alarm.
   */
  async refresh(presented: string, ip: string): Promise<Session> {
    const [id, secret] = presented.split('.');
    if (!id || !secret || !REFRESH_TOKEN_ID.test(id)) throw this.invalidRefresh();
    const outcome = await this.dataSource.transaction(
      async (manager): Promise<{ error: AppError } | { session: Session }> => {
        // Locked: of two refreshes with one token, the second waits here and then sees it spent.
        const token = await manager
          .getRepository(RefreshToken)
          .createQueryBuilder('token')
          .setLock('pessimistic_write')
          .where('token.id = :id', { id })
          .getOne();
        if (!token || !sameHash(token.tokenHash, sha256(secret))) return { error: this.invalidRefresh() };
        if (token.revokedAt) {
          if (token.revokedReason === RevocationReason.Logout) return { error: this.sessionEnded() };
          return { error: await this.reuseDetected(manager, token, ip) };
        }
        if (token.usedAt) {
          const replay = await this.replayWithinGrace(manager, token);
          return replay ? { session: replay } : { error: await this.reuseDetected(manager, token, ip) };
        }
        if (token.expiresAt.getTime() <= Date.now()) return { error: this.invalidRefresh() };
        const user = await this.users.findActive(token.userId);
        if (!user) return { error: this.invalidRefresh() };
        const next = await this.issue(manager, user, token.familyId);
        await manager.update(
          RefreshToken,
          { id: token.id },
          {
            usedAt: new Date(),
            replacedById: next.tokenId,
            replacementSecret: this.cipher.encrypt(next.secret, next.tokenId),
          },
        );
        // This token is spent now, so its predecessor's copy of its secret can never be handed out again.
        await manager
          .createQueryBuilder()
          .update(RefreshToken)
          .set({ replacementSecret: null })
          .where('family_id = :familyId AND replacement_secret IS NOT NULL AND id <> :id', {
            familyId: token.familyId,
            id: token.id,
          })
          .execute();
        return { session: next.session };
      },
    );
    // The family revocation must commit, so the 401 is thrown after the transaction.
    if ('error' in outcome) throw outcome.error;
    return outcome.session;
  }

  /**
   * Ends the presented token's session: its whole family is revoked (as signed out, so a later refresh
   * says `session_ended`) and the logout audited. Unknown tokens and ended sessions are ignored.
   */
  async logout(presented: string, ip: string): Promise<void> {
    const [id, secret] = presented.split('.');
    if (!id || !secret || !REFRESH_TOKEN_ID.test(id)) return;
    const token = await this.dataSource.getRepository(RefreshToken).findOneBy({ id });
    if (!token || !sameHash(token.tokenHash, sha256(secret))) return;
    await this.dataSource.transaction(async (manager) => {
      const ended = await this.revokeFamily(manager, token.familyId, RevocationReason.Logout);
      if (ended === 0) return;
      await this.audit.record(manager, {
        action: AuditAction.Logout,
        actorId: token.userId,
        subject: token.userId,
        ip,
        details: { familyId: token.familyId },
      });
    });
  }

  /**
   * The successor the spent `token` was rotated into, again, when the replay is within the grace
   * window and that successor is still the family's live token; otherwise null.
   */
  private async replayWithinGrace(manager: EntityManager, token: RefreshToken): Promise<Session | null> {
    if (!token.usedAt || !token.replacedById || !token.replacementSecret) return null;
    if (Date.now() - token.usedAt.getTime() > REFRESH_GRACE_SECONDS * 1000) return null;
    const successor = await manager.getRepository(RefreshToken).findOneBy({ id: token.replacedById });
    if (!successor || successor.usedAt || successor.revokedAt || successor.expiresAt.getTime() <= Date.now()) {
      return null;
    }
    const secret = this.cipher.decrypt(token.replacementSecret, successor.id);
    if (!secret || !sameHash(successor.tokenHash, sha256(secret))) return null;
    const user = await this.users.findActive(token.userId);
    if (!user) return null;
    return {
      user,
      accessToken: this.tokens.signAccess(user.id),
      refreshToken: `${successor.id}.${secret}`,
      expiresIn: this.config.accessTokenTtlSeconds,
    };
  }

  /** A spent or revoked token presented again: revoke its family and audit the presumed theft. */
  private async reuseDetected(manager: EntityManager, token: RefreshToken, ip: string): Promise<AppError> {
    await this.revokeFamily(manager, token.familyId, RevocationReason.Reuse);
    await this.audit.record(manager, {
      action: AuditAction.RefreshReuseDetected,
      actorId: token.userId,
      subject: token.userId,
      ip,
      details: { familyId: token.familyId },
    });
    return new AppError(ErrorCode.RefreshTokenReused, 'This refresh token was already used; sign in again.');
  }

  /**
   * Revokes every live token of the family, for `reason`, and drops every encrypted successor secret.
   * Returns how many tokens were still live (0: the session had already ended).
   */
  private async revokeFamily(manager: EntityManager, familyId: string, reason: RevocationReason): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .update(RefreshToken)
      .set({
        revokedAt: () => 'COALESCE(revoked_at, now())',
        revokedReason: () => 'COALESCE(revoked_reason, :reason)',
        replacementSecret: null,
      })
      .where('family_id = :familyId AND (revoked_at IS NULL OR replacement_secret IS NOT NULL)', { familyId })
      .setParameter('reason', reason)
      .execute();
    return result.affected ?? 0;
  }

  private async startSession(manager: EntityManager, user: User): Promise<Session> {
    return (await this.issue(manager, user, randomUUID())).session;
  }

  /** Stores a new refresh token in `familyId` and makes the pair; also returns the token's id and secret. */
  private async issue(
    manager: EntityManager,
    user: User,
    familyId: string,
  ): Promise<{ session: Session; tokenId: string; secret: string }> {
    const secret = this.tokens.newSecret();
    const token = manager.create(RefreshToken, {
      id: randomUUID(),
      userId: user.id,
      familyId,
      tokenHash: sha256(secret),
      expiresAt: new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000),
    });
    await manager.insert(RefreshToken, token);
    const session: Session = {
      user,
      accessToken: this.tokens.signAccess(user.id),
      refreshToken: `${token.id}.${secret}`,
      expiresIn: this.config.accessTokenTtlSeconds,
    };
    return { session, tokenId: token.id, secret };
  }

  private invalidRefresh(): AppError {
    return new AppError(ErrorCode.RefreshTokenInvalid, 'The refresh token is invalid or expired; sign in again.');
  }

  private sessionEnded(): AppError {
    return new AppError(ErrorCode.SessionEnded, 'This session was signed out; sign in again.');
  }
}
