import type { EntityManager } from 'typeorm';
import { AppError } from '../errors/app-error.js';

/** The kinds of row a request body may refer to by id, in the words of the 404 that names them. */
const KINDS = {
  contacts: { table: 'contact', label: 'Contact', facts: ['NULL::uuid', 'NULL::uuid', 'NULL::text'] },
  inquiries: { table: 'inquiry', label: 'Inquiry', facts: ['NULL::uuid', 'NULL::uuid', 'status::text'] },
  interactions: { table: 'interaction', label: 'Interaction', facts: ['inquiry_id', 'contact_id', 'NULL::text'] },
  questions: { table: 'question', label: 'Question', facts: ['inquiry_id', 'NULL::uuid', 'status::text'] },
} as const;

export type RefKind = keyof typeof KINDS;

/** The ids a body refers to, by kind; null and undefined entries (a field left out or cleared) are skipped. */
export type RefIds = Partial<Record<RefKind, ReadonlyArray<string | null | undefined>>>;

/** What the check learns about a row on the way, for the callers' own rules (same inquiry, same contact…). */
export interface RefFacts {
  /** An interaction's or a question's inquiry. */
  inquiryId: string | null;
  /** An interaction's contact. */
  contactId: string | null;
  /** An inquiry's or a question's status. */
  status: string | null;
}

/** The live rows found, by kind and id. */
export class OwnedRefs {
  constructor(private readonly found: Record<RefKind, Map<string, RefFacts>>) {}

  /** What the rows of `ownedRefsQuery` say. */
  static fromRows(rows: FactRow[]): OwnedRefs {
    const found: Record<RefKind, Map<string, RefFacts>> = {
      contacts: new Map(),
      inquiries: new Map(),
      interactions: new Map(),
      questions: new Map(),
    };
    for (const row of rows) {
      found[row.kind].set(row.id, { inquiryId: row.inquiry_id, contactId: row.contact_id, status: row.status });
    }
    return new OwnedRefs(found);
  }

  has(kind: RefKind, id: string): boolean {
    return this.found[kind].has(id);
  }

  /** The facts of a row that was found (the caller asked for it and `assertOwned` passed). */
  get(kind: RefKind, id: string): RefFacts {
    const facts = this.found[kind].get(id);
    if (!facts) throw new Error(`${kind} ${id} was not looked up`);
    return facts;
  }

  /** The first kind (in the order the request listed them) with an id that wasn't found. */
  firstMissing(ids: RefIds): RefKind | undefined {
    return (Object.keys(ids) as RefKind[]).find((kind) =>
      (ids[kind] ?? []).some((id) => typeof id === 'string' && !this.found[kind].has(id)),
    );
  }
}

export interface FactRow {
  kind: RefKind;
  id: string;
  inquiry_id: string | null;
  contact_id: string | null;
  status: string | null;
}

function present(ids: RefIds): Array<[RefKind, string[]]> {
  return (Object.keys(ids) as RefKind[])
    .map((kind): [RefKind, string[]] => [
      kind,
      [...new Set((ids[kind] ?? []).filter((id): id is string => typeof id === 'string'))],
    ])
    .filter(([, list]) => list.length > 0);
}

/**
 * The statement `lookupOwned` runs, to embed as a CTE in a caller's own statement (the hot path of
 * POST /v1/interactions checks and inserts in one round trip): `$1` is the owner, the id lists are
 * `$first`, `$first + 1`…; null when no id is given. Read its rows with `OwnedRefs.fromRows`.
 */
export function ownedRefsQuery(ids: RefIds, first = 2): { sql: string; params: string[][] } | null {
  const kinds = present(ids);
  if (kinds.length === 0) return null;
  const branches = kinds.map(([kind], index) => {
    const [inquiryId, contactId, status] = KINDS[kind].facts;
    return `SELECT '${kind}' AS kind, id, ${inquiryId} AS inquiry_id, ${contactId} AS contact_id, ${status} AS status
        FROM ${KINDS[kind].table} WHERE owner_id = $1 AND id = ANY($${index + first}::uuid[]) AND deleted_at IS NULL`;
  });
  return { sql: branches.join('\n UNION ALL\n '), params: kinds.map(([, list]) => list) };
}

/**
 * Looks up, in ONE statement, every id a request body refers to: a `UNION ALL` of one branch per kind
 * present, each `owner_id = $1 AND id = ANY($n) AND deleted_at IS NULL` on that kind's table (so on
 * Citus it is routed to the owner's shard). Another user's row and a deleted one are not found alike.
 * No ids at all: no query.
 */
export async function lookupOwned(manager: EntityManager, ownerId: string, ids: RefIds): Promise<OwnedRefs> {
  const query = ownedRefsQuery(ids);
  if (!query) return OwnedRefs.fromRows([]);
  return OwnedRefs.fromRows(await manager.query(query.sql, [ownerId, ...query.params]));
}

/** The 404 for an id of this kind that isn't the caller's (or is gone). */
export function refNotFound(kind: RefKind): AppError {
  return AppError.notFound(KINDS[kind].label);
}

/**
 * The one access check for the ids a body refers to: every one must be a live row of the caller's,
 * else 404 naming the first kind (in the order given) with one missing. One query per request
 * however many ids (see `lookupOwned`). Returns what was found, for the caller's further rules.
 */
export async function assertOwned(manager: EntityManager, ownerId: string, ids: RefIds): Promise<OwnedRefs> {
  const refs = await lookupOwned(manager, ownerId, ids);
  const missing = refs.firstMissing(ids);
  if (missing) throw refNotFound(missing);
  return refs;
}
