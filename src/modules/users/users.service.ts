import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error.js';
import { paginate, type Page, type PageQueryDto } from '../../common/pagination.js';
import { versionedUpdate } from '../../common/versioned-update.js';
import { AuditAction } from '../audit/audit-log.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { PasswordHasher } from './password-hasher.js';
import { User, UserRole } from './user.entity.js';

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

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
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(User, { id });
      if (!before) throw AppError.notFound('User');
      const updated = await versionedUpdate(manager, User, { id, expectedVersion, label: 'User' }, changes);
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
  }

  /** Creates or promotes the admin from ADMIN_EMAIL / ADMIN_PASSWORD. Safe to run at every start. */
  async ensureAdmin(email: string, password: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['snowball:ensure-admin']);
      const existing = await manager.findOneBy(User, { email: normaliseEmail(email) });
      if (existing?.role === UserRole.Admin && !existing.disabled) return;
      let user: User;
      if (existing) {
        user = await versionedUpdate(
          manager,
          User,
          { id: existing.id, label: 'User' },
          { role: UserRole.Admin, disabled: false },
        );
      } else {
        user = await this.create(manager, { email, password, name: 'Administrator', role: UserRole.Admin });
      }
      await this.audit.record(manager, {
        action: AuditAction.AdminBootstrapped,
        actorId: null,
        subject: user.id,
        details: { created: !existing },
      });
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
