import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Work that must commit or roll back with every write transaction a request opens for its user:
 * the idempotency interceptor puts the claimed `Idempotency-Key` here, and each write transaction of
 * that user marks the key as committed in the same transaction (docs/operations.md, Idempotency).
 */
export interface WriteTransactionHook {
  ownerId: string;
  /** Runs inside the transaction, right after it took its change number. */
  onWriteTransaction(manager: EntityManager, ownerId: string): Promise<void>;
}

/** The request-scoped hook (AsyncLocalStorage); unset outside an idempotent request. */
export const writeTransactionHook = new AsyncLocalStorage<WriteTransactionHook>();

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
  await joinRequestWrite(manager, ownerId);
}

/**
 * Runs the request's write-transaction hook (if any) in this transaction. `takeChangeNumber` calls
 * it; a write transaction of a user that takes no change number (its tables are not synced) calls
 * it itself to make an idempotent POST exactly-once.
 */
export async function joinRequestWrite(manager: EntityManager, ownerId: string): Promise<void> {
  const hook = writeTransactionHook.getStore();
  if (hook && hook.ownerId === ownerId) await hook.onWriteTransaction(manager, ownerId);
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
