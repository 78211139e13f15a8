import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** How many days of requests and errors the admin stats show. */
export const USAGE_DAYS = 30;

/**
 * Service-wide reads for the admin routes over the coordinator tables (app_user, user_activity,
 * usage_day): never user data, so not scoped to an owner.
 */
@Injectable()
export class AdminRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The emails of the given users (one query for a page of the audit log). */
  async emails(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: Array<{ id: string; email: string }> = await this.dataSource.query(
      `SELECT id, email FROM app_user WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.email]));
  }

  async usage(): Promise<{
    activeUsers: { last7Days: number; last30Days: number };
    requestsPerDay: Array<{ day: string; requests: number; errors: number }>;
    databaseBytes: number;
  }> {
    const [active, days, size] = await Promise.all([
      this.dataSource.query<Array<{ last7: number; last30: number }>>(
        `SELECT count(*) FILTER (WHERE last_seen_at > now() - interval '7 days')::int AS last7,
                count(*)::int AS last30
           FROM user_activity WHERE last_seen_at > now() - interval '30 days'`,
      ),
      this.dataSource.query<Array<{ day: string; requests: number; errors: number }>>(
        `SELECT to_char(day, 'YYYY-MM-DD') AS day, requests::float8 AS requests, errors::float8 AS errors
           FROM usage_day WHERE day > current_date - $1::int ORDER BY day DESC`,
        [USAGE_DAYS],
      ),
      this.dataSource.query<Array<{ bytes: number }>>(`SELECT pg_database_size(current_database())::float8 AS bytes`),
    ]);
    return {
      activeUsers: { last7Days: active[0].last7, last30Days: active[0].last30 },
      requestsPerDay: days,
      databaseBytes: size[0].bytes,
    };
  }
}
