import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { loggableError } from './http/logging.js';

/**
 * Advisory-lock ids of the periodic jobs, one per job, all in one place so two never share an id.
 * (Advisory locks are per database; on Citus the app's sessions are on the coordinator, so a lock
 * taken there is cluster-wide.)
 */
export enum ClusterLock {
  PurgeIdempotencyKeys = 7_141_001,
  PurgeRateLimits = 7_141_002,
  PurgeAuditLog = 7_141_003,
  PurgeRefreshTokens = 7_141_004,
}

export type PurgeOutcome = { ran: true; deleted: number } | { ran: false };

/**
 * A periodic clean-up that runs once per cluster, not once per instance: each run is a transaction
 * that first tries `pg_try_advisory_xact_lock(lock)`. The instance that gets the lock does the work;
 * any other instance running at the same time skips (it does not wait), and the lock is released
 * with the transaction.
 */
export class ClusterPurge {
  private readonly logger: Logger;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly name: string,
    private readonly lock: ClusterLock,
    /** Deletes what is due, with the given manager (inside the locked transaction); returns the row count. */
    private readonly work: (manager: EntityManager) => Promise<number>,
  ) {
    this.logger = new Logger(`Purge:${name}`);
  }

  /** Runs the purge now, unless another session holds the lock. */
  run(): Promise<PurgeOutcome> {
    return this.dataSource.transaction(async (manager): Promise<PurgeOutcome> => {
      const [row] = await manager.query<Array<{ locked: boolean }>>('SELECT pg_try_advisory_xact_lock($1) AS locked', [
        this.lock,
      ]);
      if (!row?.locked) return { ran: false };
      return { ran: true, deleted: await this.work(manager) };
    });
  }

  /** Runs every `everyMs` until `stop()`; a failed run is logged and the next one tries again. */
  start(everyMs: number): void {
    this.stop();
    this.timer = setInterval(() => {
      this.run().then(
        (outcome) => {
          if (outcome.ran && outcome.deleted > 0) this.logger.log(`deleted ${outcome.deleted} rows`);
        },
        (error: unknown) => this.logger.warn({ err: loggableError(error) }, 'purge failed'),
      );
    }, everyMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
