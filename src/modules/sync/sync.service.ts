import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityTarget, SelectQueryBuilder } from 'typeorm';
import { AppError } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { decodeOpaqueCursor, encodeOpaqueCursor, isUuid } from '../../common/pagination.js';
import type { SyncedEntity } from '../../database/base.entity.js';
import { toCommitmentDto } from '../commitments/commitment.mapper.js';
import { Commitment } from '../commitments/commitment.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { toContactDto } from '../contacts/contact.mapper.js';
import { Inquiry } from '../inquiries/inquiry.entity.js';
import { toInquiryDto, toQuestionDto } from '../inquiries/inquiry.mapper.js';
import { Question } from '../inquiries/question.entity.js';
import { Insight } from '../insights/insight.entity.js';
import { toInsightDto } from '../insights/insight.mapper.js';
import { Interaction } from '../interactions/interaction.entity.js';
import { toInteractionDto } from '../interactions/interaction.mapper.js';
import { Opportunity } from '../opportunities/opportunity.entity.js';
import { toOpportunityDto } from '../opportunities/opportunity.mapper.js';
import { Reflection } from '../reflections/reflection.entity.js';
import { toReflectionDto } from '../reflections/reflection.mapper.js';
import { Participant } from '../snowball/participant.entity.js';
import { Referral } from '../snowball/referral.entity.js';
import { type SyncChangeDto, SyncEntity, SyncOp, type SyncPageDto } from './dto/sync.dto.js';
import { SyncTombstone } from './sync-tombstone.entity.js';

interface Source<T extends SyncedEntity = SyncedEntity> {
  entity: SyncEntity;
  target: EntityTarget<T>;
  toData(row: T): Record<string, unknown>;
}

const source = <T extends SyncedEntity>(
  entity: SyncEntity,
  target: EntityTarget<T>,
  toData: (row: T) => object,
): Source => ({ entity, target, toData: toData as (row: SyncedEntity) => Record<string, unknown> });

/** Every synced table, in rank order (the tie-break between changes of one transaction). */
const SOURCES: Source[] = [
  source(SyncEntity.Contact, Contact, toContactDto),
  source(SyncEntity.Inquiry, Inquiry, toInquiryDto),
  source(SyncEntity.Question, Question, toQuestionDto),
  source(SyncEntity.Participant, Participant, (p: Participant) => ({
    id: p.id,
    inquiryId: p.inquiryId,
    contactId: p.contactId,
    origin: p.origin,
    wave: p.wave,
    stage: p.stage,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    version: p.version,
  })),
  source(SyncEntity.Referral, Referral, (r: Referral) => ({
    id: r.id,
    inquiryId: r.inquiryId,
    referrerId: r.referrerId,
    referredId: r.referredId,
    reason: r.reason,
    interactionId: r.interactionId,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    version: r.version,
  })),
  source(SyncEntity.Interaction, Interaction, toInteractionDto),
  source(SyncEntity.Insight, Insight, toInsightDto),
  source(SyncEntity.Reflection, Reflection, toReflectionDto),
  source(SyncEntity.Commitment, Commitment, toCommitmentDto),
  source(SyncEntity.Opportunity, Opportunity, toOpportunityDto),
];

/**
 * Rows removed from the database for good (a contact erased, docs/data-rights.md) come from
 * `sync_tombstone`, ranked after every table: each is reported as a delete of its entity.
 */
const TOMBSTONE_RANK = SOURCES.length;

/**
 * A position in the user's change sequence: after change number `s`, table rank `r`, row `i`
 * (`r`/`i` absent: after everything numbered `s`). `f`: while paging a full sync, the number it
 * started at (rows deleted at or before it are left out: the client never had them). `u`: whose.
 */
interface SyncCursor {
  u: string;
  s: number;
  r?: number;
  i?: string;
  f?: number;
}

/**
 * Delta sync (docs/sync.md): the user's rows of every synced table in the order of their change
 * number (`sync_seq`, see src/database/sync-clock.ts), then table rank, then id. A read model over
 * every module's tables. Each page reads at most `limit + 1` rows per table through
 * `(owner_id, sync_seq, id)`.
 */
@Injectable()
export class SyncService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async changes(ownerId: string, since: string | undefined, limit: number): Promise<SyncPageDto> {
    const clock = await this.clock(ownerId);
    let position: SyncCursor;
    if (since === undefined) {
      position = { u: ownerId, s: -1, f: clock };
    } else {
      position = this.decode(since, ownerId);
      if (position.s > clock) {
        throw new AppError(
          ErrorCode.SyncCursorExpired,
          'This cursor is ahead of your data (it was restored from a backup or reset): drop the local copy and start a full sync without `since`.',
        );
      }
    }

    const candidates: Array<{ seq: number; rank: number; id: string; change: SyncChangeDto }> = [];
    for (const [rank, src] of SOURCES.entries()) {
      const query = this.dataSource.manager
        .createQueryBuilder(src.target, 'row')
        .withDeleted()
        .where('row.ownerId = :ownerId', { ownerId })
        .orderBy('row.syncSeq', 'ASC')
        .addOrderBy('row.id', 'ASC')
        .limit(limit + 1);
      after(query, position, rank, 'row.id');
      if (position.f !== undefined) {
        query.andWhere('(row.deletedAt IS NULL OR row.syncSeq > :full)', { full: position.f });
      }
      for (const row of await query.getMany()) {
        const deleted = row.deletedAt !== null;
        candidates.push({
          seq: Number(row.syncSeq),
          rank,
          id: row.id,
          change: {
            entity: src.entity,
            id: row.id,
            op: deleted ? SyncOp.Delete : SyncOp.Upsert,
            version: row.version,
            data: deleted ? null : src.toData(row),
          },
        });
      }
    }
    const tombstones = this.dataSource.manager
      .createQueryBuilder(SyncTombstone, 'row')
      .where('row.ownerId = :ownerId', { ownerId })
      .orderBy('row.syncSeq', 'ASC')
      .addOrderBy('row.entityId', 'ASC')
      .limit(limit + 1);
    after(tombstones, position, TOMBSTONE_RANK, 'row.entityId');
    // A full sync leaves out what was removed before it started (the client never had it).
    if (position.f !== undefined) tombstones.andWhere('row.syncSeq > :full', { full: position.f });
    for (const row of await tombstones.getMany()) {
      candidates.push({
        seq: Number(row.syncSeq),
        rank: TOMBSTONE_RANK,
        id: row.entityId,
        change: {
          entity: row.entity as SyncEntity,
          id: row.entityId,
          op: SyncOp.Delete,
          version: row.version,
          data: null,
        },
      });
    }
    candidates.sort((a, b) => a.seq - b.seq || a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const page = candidates.slice(0, limit);
    const hasMore = candidates.length > limit;
    const last = page.at(-1);
    let next: SyncCursor;
    if (last) {
      next = { u: ownerId, s: last.seq, r: last.rank, i: last.id };
      if (hasMore && position.f !== undefined) next.f = position.f;
    } else {
      // Nothing new: the caller is up to date with everything numbered up to the clock.
      next = { u: ownerId, s: Math.max(position.s, clock) };
    }
    return { changes: page.map((c) => c.change), cursor: encodeOpaqueCursor(next), hasMore };
  }

  /** The user's last change number (0 before their first write). */
  private async clock(ownerId: string): Promise<number> {
    const rows: Array<{ seq: string }> = await this.dataSource.query(
      `SELECT seq FROM owner_clock WHERE owner_id = $1`,
      [ownerId],
    );
    return rows.length > 0 ? Number(rows[0].seq) : 0;
  }

  private decode(since: string, ownerId: string): SyncCursor {
    const forged = () =>
      AppError.validation([
        { field: 'since', message: 'since is not a cursor this API issued to you; start a full sync without it' },
      ]);
    let cursor: SyncCursor;
    try {
      cursor = this.parse(since);
    } catch {
      throw forged();
    }
    if (cursor.u !== ownerId) throw forged();
    return cursor;
  }

  private parse(since: string): SyncCursor {
    return decodeOpaqueCursor<SyncCursor>(
      since,
      (value) =>
        isUuid(value.u) &&
        Number.isSafeInteger(value.s) &&
        (value.s as number) >= -1 &&
        (value.r === undefined ||
          (Number.isInteger(value.r) && (value.r as number) >= 0 && (value.r as number) <= TOMBSTONE_RANK)) &&
        (value.i === undefined || isUuid(value.i)) &&
        (value.r === undefined) === (value.i === undefined) &&
        (value.f === undefined || Number.isSafeInteger(value.f)),
    );
  }
}

/** Keeps the rows of table `rank` that come after `position` in (change number, rank, id) order. */
function after<T extends object>(
  query: SelectQueryBuilder<T>,
  position: SyncCursor,
  rank: number,
  idColumn: string,
): void {
  if (position.s < 0) return;
  const afterRank = position.r === undefined ? Number.POSITIVE_INFINITY : position.r;
  if (rank < afterRank || position.i === undefined) {
    query.andWhere('row.syncSeq > :seq', { seq: position.s });
  } else if (rank === afterRank) {
    query.andWhere(`(row.syncSeq, ${idColumn}) > (:seq, :id)`, { seq: position.s, id: position.i });
  } else {
    query.andWhere('row.syncSeq >= :seq', { seq: position.s });
  }
}
