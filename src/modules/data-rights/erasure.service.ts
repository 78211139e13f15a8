import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { sha256 } from '../../common/crypto.js';
import { DomainEvents } from '../../common/events/domain-events.js';
import { InquiryInsightsRewritten } from '../../common/events/events.js';
import { ownerTransaction, takeChangeNumber } from '../../database/sync-clock.js';
import { AuditAction } from '../audit/audit-log.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { SnowballService } from '../snowball/snowball.service.js';
import { SyncEntity } from '../sync/dto/sync.dto.js';
import { PasswordHasher } from '../users/password-hasher.js';
import { UsersService } from '../users/users.service.js';
import type { ErasureDto } from './dto/data-rights.dto.js';

type Gone = Array<{ id: string; version: number }>;
type Result<T> = [T, number];

/**
 * Removal for good (docs/data-rights.md): a contact with everything about it, or a whole account.
 * With the import, the one place that writes other modules' tables directly: an erasure has to reach
 * every row that names the person, in one transaction, as hard DELETEs, and no module's own delete
 * (soft, one row) does that. The referral graph's rule (orphans leave or become seeds) stays with
 * the snowball module (`SnowballService.eraseContact`).
 */
@Injectable()
export class ErasureService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly snowball: SnowballService,
    private readonly audit: AuditService,
    private readonly hasher: PasswordHasher,
    private readonly events: DomainEvents,
    private readonly users: UsersService,
  ) {}

  /**
   * Erases contact `contactId` (live or soft-deleted; another user's is a 404) and everything about
   * it: its interactions, the insights from it or from those conversations (or, with
   * `keepInsights`, the insights without the contact), its participations and every referral from
   * or to it (waves recomputed), its commitments and opportunities, its id in reflections' queued
   * contacts, the stored idempotency replays and the audit entries naming it. Each removed row gets a
   * sync tombstone, so `GET /v1/sync` reports it as a delete. One transaction.
   */
  eraseContact(ownerId: string, contactId: string, keepInsights: boolean): Promise<ErasureDto> {
    return ownerTransaction(this.dataSource, ownerId, async (manager) => {
      const [contact] = await manager.query<Array<{ id: string }>>(
        `SELECT id FROM contact WHERE owner_id = $1 AND id = $2 FOR UPDATE`,
        [ownerId, contactId],
      );
      if (!contact) throw AppError.notFound('Contact');
      const tombstones: Array<{ entity: SyncEntity; rows: Gone }> = [];

      const graph = await this.snowball.eraseContact(manager, ownerId, contactId);
      tombstones.push({ entity: SyncEntity.Referral, rows: graph.referrals });
      tombstones.push({ entity: SyncEntity.Participant, rows: graph.participants });

      const conversations = (
        await manager.query<Array<{ id: string }>>(
          `SELECT id FROM interaction WHERE owner_id = $1 AND contact_id = $2`,
          [ownerId, contactId],
        )
      ).map((row) => row.id);
      // The inquiries whose insights change here: their read-model counts are recounted below.
      const touched = (
        await manager.query<Array<{ inquiry_id: string }>>(
          `SELECT DISTINCT inquiry_id FROM insight
            WHERE owner_id = $1 AND (contact_id = $2 OR interaction_id = ANY($3::uuid[])) AND deleted_at IS NULL`,
          [ownerId, contactId, conversations],
        )
      ).map((row) => row.inquiry_id);
      let insightsKept = 0;
      if (keepInsights) {
        const [, kept] = await manager.query<Result<unknown>>(
          `UPDATE insight SET sync_seq = snowball_sync_seq(), version = version + 1, updated_at = now(),
                  contact_id = NULL,
                  interaction_id = CASE WHEN interaction_id = ANY($3::uuid[]) THEN NULL ELSE interaction_id END
            WHERE owner_id = $1 AND (contact_id = $2 OR interaction_id = ANY($3::uuid[]))`,
          [ownerId, contactId, conversations],
        );
        insightsKept = kept;
      } else {
        const [insights] = await manager.query<Result<Gone>>(
          `DELETE FROM insight WHERE owner_id = $1 AND (contact_id = $2 OR interaction_id = ANY($3::uuid[]))
           RETURNING id, version`,
          [ownerId, contactId, conversations],
        );
        tombstones.push({ entity: SyncEntity.Insight, rows: insights });
      }
      // Referrals between other people that came up in a conversation with them no longer name it.
      await manager.query(
        `UPDATE referral SET sync_seq = snowball_sync_seq(), interaction_id = NULL, version = version + 1, updated_at = now()
          WHERE owner_id = $1 AND interaction_id = ANY($2::uuid[])`,
        [ownerId, conversations],
      );
      const removed = async (entity: SyncEntity, table: string) => {
        const [rows] = await manager.query<Result<Gone>>(
          `DELETE FROM "${table}" WHERE owner_id = $1 AND ${table === 'contact' ? 'id' : 'contact_id'} = $2 RETURNING id, version`,
          [ownerId, contactId],
        );
        tombstones.push({ entity, rows });
        return rows.length;
      };
      const interactions = await removed(SyncEntity.Interaction, 'interaction');
      const commitments = await removed(SyncEntity.Commitment, 'commitment');
      const opportunities = await removed(SyncEntity.Opportunity, 'opportunity');
      await manager.query(
        `UPDATE reflection SET sync_seq = snowball_sync_seq(), version = version + 1, updated_at = now(),
                next_contact_ids = array_remove(next_contact_ids, $2::uuid)
          WHERE owner_id = $1 AND $2::uuid = ANY(next_contact_ids)`,
        [ownerId, contactId],
      );
      const contacts = await removed(SyncEntity.Contact, 'contact');
      if (touched.length > 0) await this.events.publish(manager, new InquiryInsightsRewritten(ownerId, touched));
      await this.writeTombstones(manager, ownerId, tombstones);

      // Stored responses that would replay the person's data, and audit entries naming them.
      await manager.query(
        `DELETE FROM idempotency_key WHERE owner_id = $1 AND response_body IS NOT NULL AND strpos(response_body::text, $2) > 0`,
        [ownerId, contactId],
      );
      await this.audit.erase(manager, { actorId: ownerId, names: [contactId] });
      const counts: ErasureDto = {
        contacts,
        interactions,
        insights: tombstones.find((t) => t.entity === SyncEntity.Insight)?.rows.length ?? 0,
        insightsKept,
        participants: graph.participants.length,
        referrals: graph.referrals.length,
        commitments,
        opportunities,
      };
      // That an erasure happened, and how much went; never whom.
      await this.audit.record(manager, {
        action: AuditAction.ContactErased,
        actorId: ownerId,
        details: { ...counts },
      });
      return counts;
    });
  }

  /**
   * Deletes the account and everything it owns, for good, after checking its password: every row
   * of every table, its tokens and API keys (which stop working at once: the auth guard reads the
   * user on every request), its rate-limit counters, its idempotency keys and its audit entries. The
   * audit keeps one `account.deleted` entry with the former user id and nothing else.
   */
  async deleteAccount(userId: string, password: string): Promise<void> {
    const [account] = await this.dataSource.query<Array<{ email: string; password_hash: string }>>(
      `SELECT email, password_hash FROM app_user WHERE id = $1`,
      [userId],
    );
    if (!account) throw AppError.notFound('User');
    if (!(await this.hasher.verify(account.password_hash, password))) {
      throw new AppError(
        ErrorCode.PasswordConfirmationFailed,
        'The password does not match this account: nothing was deleted.',
      );
    }
    await this.dataSource.transaction(async (manager) => {
      // Waits for the user's write in progress, and keeps any other from starting on a half-deleted account.
      await takeChangeNumber(manager, userId);
      const [locked] = await manager.query<
        Array<{
          email: string;
        }>
      >(`SELECT email FROM app_user WHERE id = $1 FOR UPDATE`, [userId]);
      if (!locked) throw AppError.notFound('User');
      // Children before parents (the foreign keys between them are composite, by owner).
      for (const table of [
        'sync_tombstone',
        'inquiry_insight_count',
        'inquiry_theme_contact',
        'referral',
        'participant',
        'insight',
        'commitment',
        'opportunity',
        'reflection',
        'interaction',
        'question',
        'inquiry',
        'contact',
        'idempotency_key',
        'api_key',
        'owner_clock',
      ]) {
        await manager.query(`DELETE FROM "${table}" WHERE owner_id = $1`, [userId]);
      }
      await manager.query(`DELETE FROM refresh_token WHERE user_id = $1`, [userId]);
      // Counters keyed by the user (`<budget>:<user id>`) or by their email's hash (login throttling).
      await manager.query(`DELETE FROM rate_limit WHERE key LIKE $1 OR strpos(key, $2) > 0`, [
        `%:${userId}`,
        `:${sha256(locked.email)}`,
      ]);
      await this.audit.erase(manager, { actorId: userId, names: [userId, locked.email] });
      await manager.query(`DELETE FROM app_user WHERE id = $1`, [userId]);
      await this.audit.record(manager, { action: AuditAction.AccountDeleted, subject: userId });
    });
    // Its tokens stop working at once here (other instances: within the authentication cache's TTL).
    this.users.forgetActive(userId);
  }

  private async writeTombstones(
    manager: EntityManager,
    ownerId: string,
    groups: Array<{ entity: SyncEntity; rows: Gone }>,
  ): Promise<void> {
    const rows = groups.flatMap(({ entity, rows: gone }) => gone.map((row) => ({ entity, ...row })));
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO sync_tombstone (owner_id, entity, entity_id, version, sync_seq, deleted_at)
       SELECT $1, gone.entity, gone.id, gone.version + 1, snowball_sync_seq(), now()
         FROM unnest($2::text[], $3::uuid[], $4::int[]) AS gone(entity, id, version)
       ON CONFLICT (owner_id, entity, entity_id)
       DO UPDATE SET version = EXCLUDED.version, sync_seq = EXCLUDED.sync_seq, deleted_at = EXCLUDED.deleted_at`,
      [ownerId, rows.map((row) => row.entity), rows.map((row) => row.id), rows.map((row) => row.version)],
    );
  }
}
