import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error.js';
import { paginate, type Page, type PageQueryDto } from '../../common/pagination.js';
import { versionedUpdateAccount } from '../../common/versioned-update.js';
import { ConfigurationError } from '../../config/env.schema.js';
import { AuditAction } from '../audit/audit-log.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { ActiveAccountCache } from './active-account-cache.js';
import { PasswordHasher } from './password-hasher.js';
import { User, UserRole } from './user.entity.js';

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** What start-up says when ADMIN_EMAIL names an account it will not make the admin. */
function adminRefusalMessage(email: string, reason: 'password_mismatch' | 'account_disabled'): string {
  return reason === 'password_mismatch'
    ? `ADMIN_EMAIL: an account ${email} already exists and is not an admin, and ADMIN_PASSWORD is not its password. ` +
        'Snowball will not make an account the admin without proof that it is yours: anyone can register an ' +
        'email address. If the account is yours, set ADMIN_PASSWORD to its password and start again; ' +
        'otherwise set ADMIN_EMAIL to an address without an account, start, and disable this account as that admin.'
    : `ADMIN_EMAIL: the account ${email} exists but is disabled, and start-up never re-enables an account. ` +
        'Have an admin enable it (PATCH /v1/admin/users/{id}), or set ADMIN_EMAIL to an address without an account.';
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

  private readonly logger = new Logger('UsersService');
  private readonly activeAccounts = new ActiveAccountCache<User>();

  /** Inserts a user inside the caller's transaction; a taken email surfaces as 409 (uq_app_user_email). */
  async create(
    manager: EntityManager,
    input: { email: string; password: string; name: string; role?: UserRole },
  ): Promise<User> {
    const user = manager.create(User, {
      email: normaliseEmail(input.email),
      name: input.name.trim(),
      role: input.role ?? UserRole.User,
      passwordHash: await this.hasher.hash(input.password),
    });
    return manager.save(user);
  }

  findByEmail(email: string): Promise<User | null> {
    return this.dataSource.getRepository(User).findOneBy({ email: normaliseEmail(email) });
  }

  /** The user behind a token, or null when missing or disabled (their tokens then stop working). */
  async findActive(id: string): Promise<User | null> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id });
    return user && !user.disabled ? user : null;
  }

  /**
   * `findActive` for authentication on every request: an enabled account is trusted for
   * ACTIVE_ACCOUNT_TTL_MS (a disabled, demoted or deleted one is refused by every instance within
   * that time, at once by the instance that changed it: see `forgetActive`).
   */
  findActiveForAuth(id: string): Promise<User | null> {
    return this.activeAccounts.get(id, () => this.findActive(id));
  }

  /** After a change to an account commits (disabled, role, deleted): authentication reads it again. */
  forgetActive(id: string): void {
    this.activeAccounts.forget(id);
  }

  async get(id: string): Promise<User> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id });
    if (!user) throw AppError.notFound('User');
    return user;
  }

  list(page: PageQueryDto, filter: { role?: UserRole; disabled?: boolean; q?: string }): Promise<Page<User>> {
    const query = this.dataSource.getRepository(User).createQueryBuilder('user');
    if (filter.role) query.andWhere('user.role = :role', { role: filter.role });
    if (filter.disabled !== undefined) query.andWhere('user.disabled = :disabled', { disabled: filter.disabled });
    if (filter.q) query.andWhere('user.email LIKE :q', { q: `%${filter.q.toLowerCase().replace(/[\\%_]/g, '\\$&')}%` });
    return paginate(query, 'user', page);
  }

  /** Admin change of role or disabled flag, audited in the same transaction. */
  async adminUpdate(
    actorId: string,
    id: string,
    changes: { disabled?: boolean; role?: UserRole },
    expectedVersion: number | undefined,
    ip: string,
  ): Promise<User> {
    const updated = await this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(User, { id });
      if (!before) throw AppError.notFound('User');
      const updated = await versionedUpdateAccount(manager, User, { id, expectedVersion, label: 'User' }, changes);
      await this.audit.record(manager, {
        action: AuditAction.AdminUserUpdated,
        actorId,
        subject: id,
        ip,
        details: {
          changes: Object.fromEntries(
            Object.entries(changes).map(([key, value]) => [key, { from: before[key as keyof User], to: value }]),
          ),
        },
      });
      return updated;
    });
    this.forgetActive(id);
    return updated;
  }

  /**
   * Start-up bootstrap of the first admin from ADMIN_EMAIL / ADMIN_PASSWORD; safe to run at every start
   * (and by several instances at once: an advisory lock serialises them).
   *
   * - No account with that email: creates it as an admin with ADMIN_PASSWORD.
   * - An admin already: changes nothing. A disabled admin stays disabled; start-up never re-enables
   *   anyone (a warning is logged). ADMIN_PASSWORD is not written over the account's password.
   * - A non-admin account (for instance one registered through the open /v1/auth/register before the
   *   operator's first start): promoted only when ADMIN_PASSWORD is its password, which proves the
   *   operator holds it, and only when it is enabled. Otherwise start-up is refused with a
   *   ConfigurationError that says why and what to do, and the refusal is audited.
   *
   * Every change (created, promoted) and every refusal is written to the audit log.
   */
  async ensureAdmin(email: string, password: string): Promise<void> {
    let promoted: string | undefined;
    const refusal = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['snowball:ensure-admin']);
      const existing = await manager.findOneBy(User, { email: normaliseEmail(email) });
      if (!existing) {
        const user = await this.create(manager, { email, password, name: 'Administrator', role: UserRole.Admin });
        await this.recordBootstrap(manager, user.id, 'created');
        this.logger.log(`Created the admin account ${user.email} from ADMIN_EMAIL`);
        return null;
      }
      const proven = await this.hasher.verify(existing.passwordHash, password);
      if (existing.role === UserRole.Admin) {
        if (existing.disabled) {
          this.logger.warn(
            `The admin account ADMIN_EMAIL (${existing.email}) is disabled; start-up leaves it disabled. ` +
              'Another admin can enable it again.',
          );
        }
        if (!proven) {
          this.logger.warn(
            `ADMIN_PASSWORD is not the password of the existing admin account ${existing.email}; ` +
              'it is only used when start-up creates the account, so the account keeps its own password.',
          );
        }
        return null;
      }
      if (!proven || existing.disabled) {
        const reason = !proven ? ('password_mismatch' as const) : ('account_disabled' as const);
        await this.audit.record(manager, {
          action: AuditAction.AdminBootstrapRefused,
          actorId: null,
          subject: existing.id,
          details: { reason },
        });
        return { email: existing.email, reason };
      }
      await versionedUpdateAccount(manager, User, { id: existing.id, label: 'User' }, { role: UserRole.Admin });
      await this.recordBootstrap(manager, existing.id, 'promoted');
      promoted = existing.id;
      this.logger.log(`Promoted the existing account ${existing.email} to admin: ADMIN_PASSWORD is its password`);
      return null;
    });
    if (promoted) this.forgetActive(promoted);
    if (refusal) throw new ConfigurationError([adminRefusalMessage(refusal.email, refusal.reason)]);
  }

  private recordBootstrap(manager: EntityManager, userId: string, outcome: 'created' | 'promoted'): Promise<void> {
    return this.audit.record(manager, {
      action: AuditAction.AdminBootstrapped,
      actorId: null,
      subject: userId,
      // `created` is kept for entries written before `outcome` existed.
      details: { outcome, created: outcome === 'created', ...(outcome === 'promoted' ? { proof: 'password' } : {}) },
    });
  }

  async stats(): Promise<{ total: number; admins: number; disabled: number; registeredLast7Days: number }> {
    const row = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('user')
      .select('count(*)', 'total')
      .addSelect(`count(*) FILTER (WHERE user.role = 'admin')`, 'admins')
      .addSelect('count(*) FILTER (WHERE user.disabled)', 'disabled')
      .addSelect(`count(*) FILTER (WHERE user.createdAt > now() - interval '7 days')`, 'recent')
      .getRawOne<Record<string, string>>();
    return {
      total: Number(row?.total ?? 0),
      admins: Number(row?.admins ?? 0),
      disabled: Number(row?.disabled ?? 0),
      registeredLast7Days: Number(row?.recent ?? 0),
    };
  }
}
