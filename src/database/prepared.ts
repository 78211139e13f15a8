import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * Statement names by prefix, then text (no key built per call). Each pooled connection also keeps every
 * statement it prepared, for its lifetime: one per shape of a route's SQL (for the contact search, per
 * word count, how each word is matched and which filters are given: bounded, but in the thousands at
 * worst).
 */
const names = new Map<string, Map<string, string>>();
/** Names kept per prefix (a route's shapes); past it, that prefix's are forgotten and hashed again. */
const MAX_NAMES = 1_000;

function nameOf(prefix: string, text: string): string {
  let byText = names.get(prefix);
  if (byText === undefined) {
    byText = new Map<string, string>();
    names.set(prefix, byText);
  }
  let name = byText.get(text);
  if (name === undefined) {
    if (byText.size >= MAX_NAMES) byText.clear();
    name = `${prefix}-${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;
    byText.set(text, name);
  }
  return name;
}

/**
 * Runs a read outside any transaction as a named prepared statement: node-postgres prepares it once
 * per pooled connection (named by `prefix` and a hash of its text, computed once per text), and
 * PostgreSQL keeps its plan instead of planning it on every request (docs/performance.md: 1–5 ms for
 * the contact search's document expressions, ~0.5 ms for the referral chain's recursive query).
 */
export function preparedQuery<T>(
  dataSource: DataSource,
  prefix: string,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  return pool.query({ name: nameOf(prefix, text), text, values }).then((result) => result.rows as T[]);
}
