import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * Which statement texts run as named prepared statements. Every pooled connection keeps each
 * statement it prepared, and its plan, until the connection closes: about 0.3 MB of the backend's
 * memory for a contact search once its generic plan is built (measured, docs/performance.md). A
 * route's SQL comes in shapes (for the contact search: per word count, how each word is matched,
 * which filters are given — thousands at worst), so only `maxNames` texts per prefix ever get a name:
 * each on its second use (a shape used once is not worth a plan kept on every connection), first
 * come. The names are never reassigned, so no connection holds more than `maxNames` per prefix;
 * other texts run unnamed and are planned on each call.
 */
export class StatementNames {
  private readonly names = new Map<string, Map<string, string>>();
  /** Texts seen once and not named yet, per prefix (forgotten past `maxSeen`). */
  private readonly seen = new Map<string, Set<string>>();

  constructor(
    private readonly maxNames = 64,
    private readonly maxSeen = 1_000,
  ) {}

  /** The name of `text` under `prefix`, or undefined: run it unnamed. */
  nameOf(prefix: string, text: string): string | undefined {
    let byText = this.names.get(prefix);
    if (byText === undefined) {
      byText = new Map<string, string>();
      this.names.set(prefix, byText);
    }
    const name = byText.get(text);
    if (name !== undefined || byText.size >= this.maxNames) return name;
    let once = this.seen.get(prefix);
    if (once === undefined) {
      once = new Set<string>();
      this.seen.set(prefix, once);
    }
    if (!once.has(text)) {
      if (once.size >= this.maxSeen) once.clear();
      once.add(text);
      return undefined;
    }
    once.delete(text);
    const named = `${prefix}-${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;
    byText.set(text, named);
    return named;
  }
}

const statementNames = new StatementNames();

/**
 * Runs a read outside any transaction, as a named prepared statement when `StatementNames` gives its
 * text a name: node-postgres prepares it once per pooled connection, and PostgreSQL keeps its plan
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
  const name = statementNames.nameOf(prefix, text);
  return pool
    .query(name === undefined ? { text, values } : { name, text, values })
    .then((result) => result.rows as T[]);
}
