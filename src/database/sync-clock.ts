import type { DataSource, EntityManager } from 'typeorm';

/**
 * The SQL expression a write stamps a row with: the change number its transaction took
 * (`takeChangeNumber`). Without one the write fails ("unrecognized configuration parameter" or
 * `invalid input syntax for type bigint`), so no write can escape delta sync.
 */
export const SYNC_SEQ = 'snowball_sync_seq()';

/**
 * Takes the user's next change number for this transaction (docs/sync.md): bumps their
 * `owner_clock` row, which stays locked until the transaction ends (so one user's write transactions
 * commit in the order of their numbers), and keeps the number in the transaction-local setting the
 * rows' `sync_seq` defaults read. Call it first in every write transaction of a user, before any
 * other lock, so every writer takes the locks in the same order. One round trip.
 */
export async function takeChangeNumber(manager: EntityManager, ownerId: string): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('takeChangeNumber must run inside a transaction');
  }
  await manager.query(
    `WITH clock AS (
       INSERT INTO owner_clock (owner_id, seq) VALUES ($1, 1)
       ON CONFLICT (owner_id) DO UPDATE SET seq = owner_clock.seq + 1
       RETURNING seq
     )
     SELECT set_config('snowball.sync_seq', seq::text, true) FROM clock`,
    [ownerId],
  );
}

/** A write transaction of one user: takes the change number first, then runs `work`. */
export function ownerTransaction<T>(
  dataSource: DataSource,
  ownerId: string,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return dataSource.transaction(async (manager) => {
    await takeChangeNumber(manager, ownerId);
    return work(manager);
  });
}
