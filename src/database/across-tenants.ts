import type { EntityManager } from 'typeorm';

/**
 * The only queries that span every user on purpose, by name. Everything else the app runs is about
 * one user and, on Citus, is routed to that user's shard; `npm run test:citus` makes any other
 * query that fans out to every shard an error (`citus.multi_task_query_log_level = 'error'`).
 */
export enum AcrossTenants {
  /** Deletes expired Idempotency-Key rows of every user (a periodic job, once per cluster). */
  PurgeIdempotencyKeys = 'purge idempotency keys',
}

/**
 * Marks the rest of the current transaction as spanning every user (`reason` says why, for the
 * reader): on Citus its multi-shard queries are allowed even where the session refuses them. On
 * plain PostgreSQL the setting is an unused placeholder. Must run inside a transaction.
 */
export async function allowAcrossTenants(manager: EntityManager, reason: AcrossTenants): Promise<void> {
  void reason;
  await manager.query(`SELECT set_config('citus.multi_task_query_log_level', 'off', true)`);
}
