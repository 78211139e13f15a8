import type { TestApp } from './test-app.js';

/** The row of `table` with this id, read straight from the database: only `columns`, as stored. */
export async function rowById<T extends object>(
  t: TestApp,
  table: string,
  id: string,
  columns: readonly (keyof T & string)[],
): Promise<T> {
  const [row] = await t.sql<T>(`SELECT ${columns.join(', ')} FROM ${table} WHERE id = $1`, [id]);
  return row;
}

/** How many rows of `table` the user owns (soft-deleted ones included). */
export async function countOwned(t: TestApp, table: string, ownerId: string): Promise<number> {
  const [{ n }] = await t.sql<{ n: string }>(`SELECT count(*) AS n FROM ${table} WHERE owner_id = $1`, [ownerId]);
  return Number(n);
}
