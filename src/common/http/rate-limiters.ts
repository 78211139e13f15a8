import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource, EntityManager } from 'typeorm';
import { ClusterLock, ClusterPurge } from '../cluster-purge.js';

/**
 * The one table every limiter counts in (created by the AddRateLimitTable migration; the library
 * never runs DDL). Keyed by `<limiter>:<key>` (an IP, a user id, a hashed email), not by owner: on
 * Citus it stays a coordinator-local table.
 */
export const RATE_LIMIT_TABLE = 'rate_limit';

/** Counters whose window ended this long ago are deleted (a margin for clock skew between instances). */
const PURGE_AFTER_MS = 60 * 60 * 1000;
const PURGE_EVERY_MS = 5 * 60 * 1000;
/** While PostgreSQL is unreachable, say so at most this often. */
const FALLBACK_LOG_EVERY_MS = 60 * 1000;

export interface BudgetOptions {
  /** Names the limiter; also the prefix of its keys in the table. */
  keyPrefix: string;
  points: number;
  /** Window in seconds. */
  duration: number;
  /**
   * Once a key has spent its budget, refuse it from this process's memory until the window ends,
   * without asking PostgreSQL again: a client hammering past its limit costs no queries.
   */
  blockSpentInMemory?: boolean;
}

/**
 * The per-process stand-in used while PostgreSQL cannot be reached, so an outage does not turn every
 * request into an error: each instance then enforces the same budget on its own (see docs/operations.md).
 */
class FallbackLimiter extends RateLimiterMemory {
  constructor(
    options: BudgetOptions,
    private readonly onUse: () => void,
  ) {
    super(options);
  }

  override consume(
    key: string | number,
    points?: number,
    options?: { [key: string]: unknown },
  ): Promise<RateLimiterRes> {
    this.onUse();
    return super.consume(key, points, options);
  }

  override penalty(
    key: string | number,
    points?: number,
    options?: { [key: string]: unknown },
  ): Promise<RateLimiterRes> {
    this.onUse();
    return super.penalty(key, points, options);
  }

  override get(key: string | number, options?: { [key: string]: unknown }): Promise<RateLimiterRes | null> {
    this.onUse();
    return super.get(key, options);
  }

  override delete(key: string | number, options?: { [key: string]: unknown }): Promise<boolean> {
    this.onUse();
    return super.delete(key, options);
  }
}

/**
 * Makes request budgets whose counters live in PostgreSQL (rate-limiter-flexible's Postgres store on
 * the app's own connection pool), so every instance on the database enforces one limit. Also purges
 * finished counters, once per cluster.
 */
@Injectable()
export class RateLimiters implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('RateLimit');
  private lastFallbackLog = 0;
  readonly purge: ClusterPurge;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.purge = new ClusterPurge(dataSource, 'rate-limits', ClusterLock.PurgeRateLimits, (manager) =>
      this.deleteFinished(manager),
    );
  }

  create({ blockSpentInMemory, ...options }: BudgetOptions): RateLimiterPostgres {
    return new RateLimiterPostgres({
      ...options,
      ...(blockSpentInMemory ? { inMemoryBlockOnConsumed: options.points } : {}),
      // The TypeORM data source: the limiter queries its pg pool (`driver.master`), no second pool.
      storeClient: this.dataSource,
      storeType: 'typeorm',
      tableName: RATE_LIMIT_TABLE,
      tableCreated: true,
      // Purged by `purge` below, once per cluster, instead of by a timer in every limiter of every instance.
      clearExpiredByTimeout: false,
      insuranceLimiter: new FallbackLimiter(options, () => this.noteFallback()),
    });
  }

  onModuleInit(): void {
    this.purge.start(PURGE_EVERY_MS);
  }

  onModuleDestroy(): void {
    this.purge.stop();
  }

  private async deleteFinished(manager: EntityManager): Promise<number> {
    const result: unknown = await manager.query(`DELETE FROM ${RATE_LIMIT_TABLE} WHERE expire < $1`, [
      Date.now() - PURGE_AFTER_MS,
    ]);
    return Number((result as [unknown, number])[1] ?? 0);
  }

  private noteFallback(): void {
    const now = Date.now();
    if (now - this.lastFallbackLog < FALLBACK_LOG_EVERY_MS) return;
    this.lastFallbackLog = now;
    this.logger.warn('Rate-limit counters in PostgreSQL are unreachable; counting in this process until it is back');
  }
}
