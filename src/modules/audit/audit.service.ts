import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { paginate, type Page, type PageQueryDto } from '../../common/pagination.js';
import { AuditAction, AuditLog } from './audit-log.entity.js';

export interface AuditEntry {
  action: AuditAction;
  actorId?: string | null;
  subject?: string | null;
  ip?: string | null;
  details?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Appends an entry using the caller's transaction, so it commits or rolls back with the change. */
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await manager.insert(AuditLog, {
      action: entry.action,
      actorId: entry.actorId ?? null,
      subject: entry.subject ?? null,
      ip: entry.ip ?? null,
      details: (entry.details ?? {}) as never,
    });
  }

  async list(page: PageQueryDto, filter: { action?: AuditAction; actorId?: string }): Promise<Page<AuditLog>> {
    const query = this.dataSource.getRepository(AuditLog).createQueryBuilder('entry');
    if (filter.action) query.andWhere('entry.action = :action', { action: filter.action });
    if (filter.actorId) query.andWhere('entry.actorId = :actorId', { actorId: filter.actorId });
    return paginate(query, 'entry', page);
  }
}
