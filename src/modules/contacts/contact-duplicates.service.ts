import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { assertOwned } from '../../common/access/owned-refs.js';
import { AppError } from '../../common/errors/app-error.js';
import { decodeOpaqueCursor, DEFAULT_LIMIT, encodeOpaqueCursor, isUuid, type Page } from '../../common/pagination.js';
import { ownerTransaction } from '../../database/sync-clock.js';
import { ContactDuplicatesRepository, type DuplicateCursor } from './contact-duplicates.repository.js';
import type { DuplicatePairDto, ListDuplicatesQueryDto } from './dto/contact-duplicates.dto.js';

/** Likely duplicate contacts, and the pairs the user said are two people (docs/domain.md). */
@Injectable()
export class ContactDuplicatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ContactDuplicatesRepository,
  ) {}

  /** One page of likely duplicate pairs, strongest first. */
  async list(ownerId: string, query: ListDuplicatesQueryDto): Promise<Page<DuplicatePairDto>> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const cursor = query.cursor
      ? decodeOpaqueCursor<DuplicateCursor>(
          query.cursor,
          (value) => Number.isInteger(value.s) && isUuid(value.a) && isUuid(value.b) && value.a < value.b,
        )
      : null;
    const rows = await this.repository.pairs(ownerId, limit + 1, cursor);
    const data = rows.slice(0, limit).map((row) => ({
      contacts: [row.a, row.b],
      reasons: row.reasons,
      score: row.score,
    }));
    const last = rows.length > limit ? rows[limit - 1] : undefined;
    return {
      data,
      nextCursor: last ? encodeOpaqueCursor({ s: last.score, a: last.a.id, b: last.b.id }) : null,
    };
  }

  /** Marks two of the user's live contacts as two people: the pair leaves the list. Idempotent. */
  async dismiss(ownerId: string, id: string, otherId: string): Promise<void> {
    await ownerTransaction(this.dataSource, ownerId, async (manager) => {
      const [low, high] = await this.ownedPair(manager, ownerId, id, otherId);
      await manager.query(
        `INSERT INTO contact_duplicate_dismissal (owner_id, contact_id, other_contact_id) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING`,
        [ownerId, low, high],
      );
    });
  }

  /** Takes a dismissal back: the pair is listed again if it still has a reason. Idempotent. */
  async undismiss(ownerId: string, id: string, otherId: string): Promise<void> {
    await ownerTransaction(this.dataSource, ownerId, async (manager) => {
      const [low, high] = await this.ownedPair(manager, ownerId, id, otherId);
      await manager.query(
        `DELETE FROM contact_duplicate_dismissal WHERE owner_id = $1 AND contact_id = $2 AND other_contact_id = $3`,
        [ownerId, low, high],
      );
    });
  }

  /** The two ids, the lower first, once both are the user's live contacts (404 first, as for any id; then 400 for one contact twice). */
  private async ownedPair(
    manager: EntityManager,
    ownerId: string,
    id: string,
    otherId: string,
  ): Promise<[string, string]> {
    const [a, b] = [id.toLowerCase(), otherId.toLowerCase()];
    await assertOwned(manager, ownerId, { contacts: [a, b] });
    if (a === b) {
      throw AppError.validation([{ field: 'otherId', message: 'otherId must be another contact than id' }]);
    }
    return a < b ? [a, b] : [b, a];
  }
}
