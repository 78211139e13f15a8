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
  assertInTransaction(manager);
  await manager.query(`WITH ${changeNumberCte('$1')} SELECT ${SET_SYNC_SEQ} FROM clock`, [ownerId]);
  await joinRequestWrite(manager, ownerId);
}

/**
 * `takeChangeNumber` as the first CTE (`clock`) of the transaction's first write, for a hot path that
 * saves the round trip (POST /v1/interactions): the owner's clock row stays locked from the first
 * statement to COMMIT, and every round trip in that span holds up the user's other writes
 * (docs/performance.md, "The write path and the owner's clock"). The statement must select
 * `CHANGE_NUMBER_SET` (which keeps the number for the transaction's later statements) and take its
 * own rows' `sync_seq` from the CTE (`INSERT … SELECT …, clock.seq FROM clock`; Citus refuses a
 * subquery in VALUES): within one statement the `snowball_sync_seq()` defaults can't see the setting. `ownerParam` is the owner's bind parameter (`$1`). After it, call
 * `changeNumberTaken`. Nothing may lock a row before it, as for `takeChangeNumber`: the statement's
 * foreign-key checks run at its end, after the clock.
 */
export function changeNumberCte(ownerParam: string): string {
  return `clock AS (
       INSERT INTO owner_clock (owner_id, seq) VALUES (${ownerParam}, 1)
       ON CONFLICT (owner_id) DO UPDATE SET seq = owner_clock.seq + 1
       RETURNING seq
     )`;
}

/** Keeps the `clock` CTE's number in the transaction-local setting `snowball_sync_seq()` reads. */
const SET_SYNC_SEQ = `set_config('snowball.sync_seq', seq::text, true)`;

/** The select-list expression of a statement with `changeNumberCte`: keeps the number for the transaction. */
export const CHANGE_NUMBER_SET = `(SELECT ${SET_SYNC_SEQ} FROM clock)`;

/** The rest of `takeChangeNumber`, after a statement with `changeNumberCte` ran. */
export async function changeNumberTaken(manager: EntityManager, ownerId: string): Promise<void> {
  assertInTransaction(manager);
  await joinRequestWrite(manager, ownerId);
}

function assertInTransaction(manager: EntityManager): void {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('a change number must be taken inside a transaction');
  }
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
