import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ownedQuery } from '../../common/owned.js';
import { paginate, type Page, type PageQueryDto } from '../../common/pagination.js';
import { versionedSoftDelete } from '../../common/versioned-update.js';
import { AuditAction } from '../audit/audit-log.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { sameHash, sha256 } from '../../common/crypto.js';
import { ApiKey } from './api-key.entity.js';
import { joinRequestWrite } from '../../database/sync-clock.js';

const KEY_FORMAT = /^snb_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

@Injectable()
export class ApiKeysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  static looksLikeApiKey(token: string): boolean {
    return token.startsWith('snb_');
  }

  async create(ownerId: string, name: string, ip: string): Promise<{ apiKey: ApiKey; key: string }> {
    const prefix = randomBytes(9).toString('base64url').replace(/[-_]/g, 'x').slice(0, 12);
    const secret = randomBytes(32).toString('base64url');
    const apiKey = await this.dataSource.transaction(async (manager) => {
      // Its Idempotency-Key (if any) commits with the key: a retry never creates a second one.
      await joinRequestWrite(manager, ownerId);
      const saved = await manager.save(
        manager.create(ApiKey, { ownerId, name: name.trim(), prefix, secretHash: sha256(secret) }),
      );
      await this.audit.record(manager, {
        action: AuditAction.ApiKeyCreated,
        actorId: ownerId,
        subject: saved.id,
        ip,
        details: { name: saved.name, prefix },
      });
      return saved;
    });
    return { apiKey, key: `snb_${prefix}_${secret}` };
  }

  list(ownerId: string, page: PageQueryDto): Promise<Page<ApiKey>> {
    return paginate(ownedQuery(this.dataSource.manager, ApiKey, 'key', ownerId), 'key', page);
  }

  /** Revoking is a soft delete: the key stops working at once and disappears from lists. */
  async revoke(ownerId: string, id: string, expectedVersion: number | undefined, ip: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await versionedSoftDelete(manager, ApiKey, { id, ownerId, expectedVersion, label: 'API key' });
      await this.audit.record(manager, { action: AuditAction.ApiKeyRevoked, actorId: ownerId, subject: id, ip });
    });
  }

  /** The owner of a live key, or null. Records last use at most once a minute. */
  async authenticate(token: string): Promise<string | null> {
    const match = KEY_FORMAT.exec(token);
    if (!match) return null;
    const [, prefix, secret] = match;
    const key = await this.dataSource.getRepository(ApiKey).findOneBy({ prefix });
    if (!key || !sameHash(key.secretHash, sha256(secret))) return null;
    if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > 60_000) {
      await this.dataSource
        .createQueryBuilder()
        .update(ApiKey)
        .set({ lastUsedAt: () => 'now()' })
        .where('id = :id', { id: key.id })
        .execute();
    }
    return key.ownerId;
  }

  /** Live (not revoked) keys across all users, for admin stats. */
  countLive(): Promise<number> {
    return this.dataSource.getRepository(ApiKey).count();
  }
}
