import type { EntityManager } from 'typeorm';
import type { ContactMerged } from './events.js';

/** The tables whose live rows name a contact in `contact_id` and follow it into a merge. */
export type ContactRowsTable = 'interaction' | 'insight' | 'commitment' | 'opportunity';

/**
 * A `ContactMerged` handler's one statement: the merged contact's live rows of `table` become the
 * survivor's (a new version and change number each, so sync resends them). Returns the rows moved,
 * with the `returning` columns asked for (e.g. `inquiry_id`).
 */
export async function moveMergedContactRows<R extends object = object>(
  manager: EntityManager,
  event: ContactMerged,
  table: ContactRowsTable,
  returning: string[] = [],
): Promise<{ moved: number; rows: R[] }> {
  const [rows, moved] = await manager.query<[R[], number]>(
    `UPDATE ${table} SET sync_seq = snowball_sync_seq(), contact_id = $2, version = version + 1, updated_at = now()
      WHERE owner_id = $1 AND contact_id = $3 AND deleted_at IS NULL
      ${returning.length > 0 ? `RETURNING ${returning.join(', ')}` : ''}`,
    [event.ownerId, event.contactId, event.mergedId],
  );
  return { moved, rows: returning.length > 0 ? rows : [] };
}
