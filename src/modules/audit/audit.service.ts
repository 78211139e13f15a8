import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ClusterLock, ClusterPurge, type PurgeOutcome } from '../../common/cluster-purge.js';
import { paginate, type Page, type PageQueryDto } from '../../common/pagination.js';
import { AppConfig } from '../../config/app-config.js';
import { AuditAction, AuditLog } from './audit-log.entity.js';

export interface AuditEntry {
  action: AuditAction;
  actorId?: string | null;
  subject?: string | null;
  ip?: string | null;
  details?: Record<string, unknown>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

@Injectable()
export class AuditService {
  /** Removes entries older than AUDIT_RETENTION_DAYS; once per cluster (see ClusterPurge). */
  readonly purge: ClusterPurge;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    this.purge = new ClusterPurge(dataSource, 'audit-log', ClusterLock.PurgeAuditLog, (manager) =>
      this.removeOlderThan(manager, new Date(Date.now() - config.auditRetentionDays * DAY_MS)),
    );
  }

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

  /** Runs the retention purge now (the hourly timer calls the same). */
  purgeExpired(): Promise<PurgeOutcome> {
    return this.purge.run();
  }

  /**
   * Removes, inside the caller's transaction, the entries naming one of `names` (ids or emails):
   * those whose subject is one of them, and those of `actorId` that name one in their details
   * (every entry of `actorId` when `names` includes it). The append-only trigger allows exactly these
   * rows, for this transaction only (`snowball.audit_erase`). Returns how many went.
   */
  async erase(manager: EntityManager, scope: { actorId: string; names: string[] }): Promise<number> {
    const names = scope.names.filter((name) => name.length > 0);
    if (names.length === 0) return 0;
    await manager.query(`SELECT set_config('snowball.audit_erase', $1, true)`, [JSON.stringify(names)]);
    // By subject (indexed), or among the actor's own entries (indexed) by actor, subject or details.
    const [, deleted] = await manager.query<[unknown, number]>(
      `DELETE FROM audit_log
        WHERE subject = ANY($1)
           OR (actor_id = $2 AND (actor_id::text = ANY($1)
               OR EXISTS (SELECT 1 FROM unnest($1::text[]) AS named(value) WHERE strpos(details::text, named.value) > 0)))`,
      [names, scope.actorId],
    );
    await manager.query(`SELECT set_config('snowball.audit_erase', '', true)`);
    return deleted;
  }

  /**
   * Deletes the entries older than `cutoff`: the only DELETE the append-only trigger allows besides
   * an erasure, and only while `snowball.audit_purge_before` (transaction-local) says so, and never
   * of an entry younger than a day.
   */
  private async removeOlderThan(manager: EntityManager, cutoff: Date): Promise<number> {
    await manager.query(`SELECT set_config('snowball.audit_purge_before', $1, true)`, [cutoff.toISOString()]);
    const [, deleted] = await manager.query<[unknown, number]>(`DELETE FROM audit_log WHERE created_at < $1`, [cutoff]);
    return deleted;
  }
}
