import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { loggableError } from '../../common/http/logging.js';

/** How often the counters buffered in memory are added to the database. */
export const USAGE_FLUSH_MS = 10_000;

/**
 * Counts requests, server errors (5xx) and the users seen, for the admin stats. The access-log hook
 * calls `record` for every response; the counts are buffered in memory and added to `usage_day` and
 * `user_activity` every USAGE_FLUSH_MS (and on shutdown) in one statement each. Additive upserts, so
 * any number of instances can flush at once; a crash loses at most one interval of counts.
 */
@Injectable()
export class UsageMeter implements OnModuleDestroy {
  private readonly logger = new Logger(UsageMeter.name);
  private days = new Map<string, { requests: number; errors: number }>();
  private seen = new Map<string, Date>();
  private readonly timer: NodeJS.Timeout;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.timer = setInterval(() => void this.flush(), USAGE_FLUSH_MS);
    this.timer.unref();
  }

  record(status: number, userId: string | null, at = new Date()): void {
    const day = at.toISOString().slice(0, 10);
    const counts = this.days.get(day) ?? { requests: 0, errors: 0 };
    counts.requests += 1;
    if (status >= 500) counts.errors += 1;
    this.days.set(day, counts);
    if (userId) this.seen.set(userId, at);
  }

  /** Adds what was counted since the last flush to the database. */
  async flush(): Promise<void> {
    const days = this.days;
    const seen = this.seen;
    this.days = new Map();
    this.seen = new Map();
    try {
      if (days.size > 0) {
        const entries = [...days];
        await this.dataSource.query(
          `INSERT INTO usage_day (day, requests, errors)
           SELECT * FROM unnest($1::date[], $2::bigint[], $3::bigint[])
           ON CONFLICT (day) DO UPDATE SET requests = usage_day.requests + excluded.requests,
                                           errors = usage_day.errors + excluded.errors`,
          [entries.map(([day]) => day), entries.map(([, c]) => c.requests), entries.map(([, c]) => c.errors)],
        );
      }
      if (seen.size > 0) {
        const entries = [...seen];
        // Only users that still exist (an account deleted meanwhile is skipped, not an error).
        await this.dataSource.query(
          `INSERT INTO user_activity (user_id, last_seen_at)
           SELECT s.user_id, s.at FROM unnest($1::uuid[], $2::timestamptz[]) AS s(user_id, at)
             JOIN app_user u ON u.id = s.user_id
           ON CONFLICT (user_id) DO UPDATE SET last_seen_at = greatest(user_activity.last_seen_at, excluded.last_seen_at)`,
          [entries.map(([id]) => id), entries.map(([, at]) => at)],
        );
      }
    } catch (error) {
      this.logger.warn({ err: loggableError(error) }, 'usage counters not saved');
    }
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}
