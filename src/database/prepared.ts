import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * Runs a read outside any transaction as a named prepared statement: node-postgres prepares it once
 * per pooled connection (named by `prefix` and a hash of its text), and PostgreSQL keeps its plan
 * instead of planning it on every request (docs/performance.md: 1–5 ms for the contact search's
 * document expressions, ~0.5 ms for the referral chain's recursive query).
 */
export function preparedQuery<T>(
  dataSource: DataSource,
  prefix: string,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const name = `${prefix}-${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;
  return pool.query({ name, text, values }).then((result) => result.rows as T[]);
}
