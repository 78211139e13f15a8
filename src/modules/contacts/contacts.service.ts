import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { findOwned } from '../../common/owned.js';
import {
  decodeCursor,
  decodeOpaqueCursor,
  DEFAULT_LIMIT,
  encodeCursor,
  encodeOpaqueCursor,
  isUuid,
  type Page,
  type PageQueryDto,
  sparseWindow,
  walkWindow,
} from '../../common/pagination.js';
import { normaliseTags } from '../../common/tags.js';
import { versionedSoftDelete, versionedUpdate } from '../../common/versioned-update.js';
import { DomainEvents } from '../../common/events/domain-events.js';
import { ContactProfilesChanged, type LatestInteraction } from '../../common/events/events.js';
import { ContactTimelineRepository } from './contact-timeline.repository.js';
import { Contact, type Seniority } from './contact.entity.js';
import type { TimelineItemDto } from './dto/timeline.dto.js';
import type { CreateContactDto, UpdateContactDto } from './dto/contact.dto.js';
import { preparedQuery } from '../../database/prepared.js';
import { ownerTransaction } from '../../database/sync-clock.js';
import { AppError } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import {
  applyValues,
  describeKey,
  EMPTY_VALUES,
  identityKeys,
  touchesValues,
  type ContactValues,
  type IdentityKey,
} from './contact-values.js';

/**
 * The document the search indexes `ix_contact_search_trgm` and `ix_contact_search_words` are built on
 * (migrations/1795810000000-…); queries must use it verbatim: name, organization, title, tags,
 * responsibilities, interests, notes.
 */
const SEARCH_EXPRESSION = `lower(contact.name || ' ' || coalesce(contact.organization, '') || ' ' || coalesce(contact.title, '') || ' ' || snowball_join_tags(contact.tags) || ' ' || coalesce(contact.responsibilities, '') || ' ' || coalesce(contact.interests, '') || ' ' || coalesce(contact.notes, ''))`;
/** The words of the document (runs of letters and digits), as `ix_contact_search_words` indexes them (migrations/1795810000000-…). */
const SEARCH_WORDS = `snowball_search_words(${SEARCH_EXPRESSION})`;
/** A word matched by trigram word similarity (typos, any order); shorter or punctuated words match as literal substrings. */
const SIMILAR_WORD = /^[\p{L}\p{N}]{3,}$/u;
/** A word the words index can match whole or as a beginning (relevance tiers 0 and 1). */
const WORD = /^[\p{L}\p{N}]+$/u;
/** A word the trigram index can narrow a literal substring match by: one with a run of three letters or digits. */
const TRIGRAM_RUN = /[\p{L}\p{N}]{3}/u;
/**
 * How many of the user's contacts one page of a search no index can narrow (every word short or
 * punctuated: `qz`, `c++`, `...`) examines in id order, at most: a page may then hold fewer
 * matches than asked, or none, and a `nextCursor` that continues after the contacts examined.
 */
export const SCAN_BUDGET = 2000;
/** Above every contact id (ids are v4 UUIDs): the end of a scan that reaches the last contact. */
const LAST_UUID = `'ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid`;
const MAX_SEARCH_WORDS = 8;

/** A timestamp as JavaScript's `toISOString()` writes it (the columns are timestamptz(3)). */
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const isoOrNull = (column: string) => `CASE WHEN ${column} IS NULL THEN NULL ELSE ${iso(column)} END`;

/** A contact as `ContactDto` (contact.mapper.ts), built as compact JSON text by PostgreSQL: what a list page shows. */
const CONTACT_JSON = `(SELECT row_to_json(item)::text FROM (SELECT contact.id, contact.name, contact.email, contact.phone,
  contact.organization, contact.title, contact.seniority, contact.same_organization AS "sameOrganization",
  contact.responsibilities, contact.interests, contact.can_offer AS "canOffer", contact.notes, contact.tags,
  contact.linkedin_url AS "linkedinUrl", contact.keep_in_touch_days AS "keepInTouchDays", contact.emails,
  contact.phones, contact.urls, contact.connected_on AS "connectedOn",
  ${isoOrNull('contact.last_interaction_at')} AS "lastInteractionAt", ${iso('contact.created_at')} AS "createdAt",
  ${iso('contact.updated_at')} AS "updatedAt", contact.version) AS item)`;

/**
 * How many rows a search's first tier may walk in id order before it reads the words index instead:
 * enough for a page of a word most contacts share, never the whole list for one few share.
 */
const walkBudget = (take: number, frequency: number) => Math.min(4000, Math.ceil((4 * take) / frequency));
/** Below this share of contacts (the words index's statistics), a word's first tier is read from its posting list. */
const COMMON_WORD = 0.02;
/** How long the words index's statistics are kept (they change with ANALYZE). */
const WORD_STATS_TTL_MS = 5 * 60_000;

/** A list statement as a named prepared statement (its plan kept per pooled connection). */
const prepared = <T>(dataSource: DataSource, text: string, values: unknown[]) =>
  preparedQuery<T>(dataSource, 'contacts-list', text, values);

/** Bind parameters of one statement, `$1` being the owner. */
class SqlParams {
  readonly values: unknown[];
  constructor(ownerId: string) {
    this.values = [ownerId];
  }
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** A page as the response body, from items already serialised: `{ data, nextCursor }`. */
function pageJson(rows: Array<{ item: string }>, nextCursor: string | null): string {
  return `{"data":[${rows.map((row) => row.item).join(',')}],"nextCursor":${JSON.stringify(nextCursor)}}`;
}

/** A search position: the last row's relevance tier and id. */
function decodeSearchCursor(cursor: string): { t: number; id: string } {
  return decodeOpaqueCursor(cursor, (value) => (value.t === 0 || value.t === 1) && isUuid(value.id));
}

/** The scalar fields of a write, normalised; the value fields (emails, phones, URLs) are resolved by `applyValues`. */
function normalise(input: CreateContactDto | UpdateContactDto): Partial<Contact> {
  const { email, phone, linkedinUrl, emails, phones, urls, ...rest } = input;
  void [email, phone, linkedinUrl, emails, phones, urls];
  return {
    ...(rest as Partial<Contact>),
    ...(typeof input.name === 'string' ? { name: input.name.trim() } : {}),
    ...(Array.isArray(input.tags) ? { tags: normaliseTags(input.tags) } : {}),
  };
}

const VALUE_COLUMNS = ['email', 'phone', 'linkedinUrl', 'emails', 'phones', 'urls'] as const;
const valuesOf = (contact: ContactValues): ContactValues =>
  Object.fromEntries(VALUE_COLUMNS.map((column) => [column, contact[column]])) as unknown as ContactValues;

/**
 * Keeps `contact_identity` in step with contacts' values, in the caller's transaction: the keys of
 * each contact are replaced by `keys` (none for a deleted contact). A key another live contact of
 * the owner holds is a 409 naming it (checked first; the unique index is the guard against races).
 */
export async function replaceIdentities(
  manager: EntityManager,
  ownerId: string,
  contacts: Array<{ id: string; keys: IdentityKey[] }>,
): Promise<void> {
  if (contacts.length === 0) return;
  const ids = contacts.map((contact) => contact.id);
  const rows = contacts.flatMap((contact) => contact.keys.map((key) => ({ ...key, contactId: contact.id })));
  const taken: Array<{ kind: IdentityKey['kind']; value: string; contact_id: string }> =
    rows.length === 0
      ? []
      : await manager.query(
          `SELECT i.kind, i.value, i.contact_id FROM contact_identity i
             JOIN unnest($2::text[], $3::text[]) AS k(kind, value) ON i.kind = k.kind AND i.value = k.value
            WHERE i.owner_id = $1 AND i.kind <> 'phone' AND NOT (i.contact_id = ANY($4::uuid[]))
            LIMIT 1`,
          [ownerId, rows.map((row) => row.kind), rows.map((row) => row.value), ids],
        );
  if (taken.length > 0) {
    throw new AppError(
      ErrorCode.ContactExists,
      `Another contact (${taken[0].contact_id}) already has ${describeKey(taken[0])}.`,
    );
  }
  await manager.query(`DELETE FROM contact_identity WHERE owner_id = $1 AND contact_id = ANY($2::uuid[])`, [
    ownerId,
    ids,
  ]);
  if (rows.length === 0) return;
  await manager.query(
    `INSERT INTO contact_identity (owner_id, kind, value, contact_id)
     SELECT $1, kind, value, contact_id FROM unnest($2::text[], $3::text[], $4::uuid[]) AS k(kind, value, contact_id)`,
    [ownerId, rows.map((row) => row.kind), rows.map((row) => row.value), rows.map((row) => row.contactId)],
  );
}

@Injectable()
export class ContactsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly timelines: ContactTimelineRepository,
    private readonly events: DomainEvents,
  ) {}

  /** The words index's most common words and their frequencies (see `wordFrequency`). */
  private wordStats?: { at: number; elems: string[]; freqs: number[] };

  /** Creates a contact with the caller's transaction (referrals create the referred contact this way). */
  async createWithin(manager: EntityManager, ownerId: string, input: CreateContactDto): Promise<Contact> {
    const values = applyValues(EMPTY_VALUES, input);
    const contact = await manager.save(
      manager.create(Contact, { ...normalise(input), ...values, ownerId, lastInteractionAt: null }),
    );
    await replaceIdentities(manager, ownerId, [{ id: contact.id, keys: identityKeys(values) }]);
    return contact;
  }

  create(ownerId: string, input: CreateContactDto): Promise<Contact> {
    return ownerTransaction(this.dataSource, ownerId, (manager) => this.createWithin(manager, ownerId, input));
  }

  /**
   * One page of the owner's contacts as the response body (JSON built by PostgreSQL, docs/domain.md
   * "Search"): newest first; with `q`, by relevance tier, then id. Every word of `q` must be in the
   * contact's name, organization, title, tags, responsibilities, interests or notes, in any order:
   * a word of three or more letters or digits by trigram word similarity (≥ 0.6: the word, its
   * beginning, or the word with a typo), a shorter or punctuated one as a literal substring. Tier 0:
   * every word of `q` is a whole word of the contact or begins one; tier 1: the other matches
   * (typos, fragments). The cursor carries (tier, id).
   */
  async list(
    ownerId: string,
    page: PageQueryDto,
    filter: { q?: string; tag?: string; seniority?: Seniority },
  ): Promise<string> {
    const limit = page.limit ?? DEFAULT_LIMIT;
    const params = new SqlParams(ownerId);
    const where = [`contact.owner_id = $1`, `contact.deleted_at IS NULL`];
    const filters: string[] = [];
    if (filter.tag) filters.push(`contact.tags @> ARRAY[${params.add(filter.tag)}]::text[]`);
    if (filter.seniority) filters.push(`contact.seniority = ${params.add(filter.seniority)}`);
    where.push(...filters);
    const words = [...new Set((filter.q ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean))].slice(
      0,
      MAX_SEARCH_WORDS,
    );
    // A tag few of the owner's contacts have: newestFirst bounds the walk and asks the tags index
    // (seniority has no index of its own: docs/performance.md "Filters few rows pass").
    if (words.length === 0) return this.newestFirst(params, where, page.cursor, limit, filter.tag ? filters : []);
    return this.ranked(params, where, words, page.cursor, limit);
  }

  /**
   * The list without `q`: keyset on (created_at DESC, id DESC) over ix_contact_owner_id_created_at.
   * With a tag (`filters`: the tag's condition, and the seniority's if given), that walk is bounded
   * (`walkWindow` rows: a tag few of the owner's contacts have would otherwise walk them all), and the
   * rows past the window come from ix_contact_owner_id_tags.
   */
  private async newestFirst(
    params: SqlParams,
    where: string[],
    cursor: string | undefined,
    limit: number,
    filters: string[],
  ) {
    const after: string[] = [];
    if (cursor) {
      const { k, id } = decodeCursor(cursor);
      after.push(`(contact.created_at, contact.id) < (${params.add(k)}::timestamptz, ${params.add(id)}::uuid)`);
    }
    const takeParam = params.add(limit + 1);
    const page = (condition: string[]) =>
      `SELECT contact.id, ${iso('contact.created_at')} AS k, ${CONTACT_JSON} AS item
         FROM contact WHERE ${[...where, ...after, ...condition].join(' AND ')}
        ORDER BY contact.created_at DESC, contact.id DESC LIMIT ${takeParam}`;
    let text = page([]);
    if (filters.length > 0) {
      const sparse = sparseWindow(
        'contact',
        ['contact.owner_id = $1', ...after],
        params.add(walkWindow(limit + 1) - 1),
      );
      text = `WITH sparse_bound AS MATERIALIZED (${sparse.bound}) SELECT * FROM ((${page([sparse.inWindow])}) UNION ALL (${page(
        [
          sparse.pastWindow(
            `SELECT contact.id FROM contact WHERE contact.owner_id = $1 AND contact.deleted_at IS NULL AND ${filters.join(' AND ')}`,
          ),
        ],
      )})) AS page LIMIT ${takeParam}`;
    }
    const rows = await prepared<{ id: string; k: string; item: string }>(this.dataSource, text, params.values);
    const last = rows.length > limit ? rows[limit - 1] : undefined;
    return pageJson(rows.slice(0, limit), last ? encodeCursor({ k: last.k, id: last.id }) : null);
  }

  /**
   * The list with `q`, in two relevance tiers, each in id order, as one UNION ALL whose branches run
   * one after the other until the page is full (a later branch is never read while an earlier one
   * fills it). Tier 0, every word of `q` a whole word of the contact or the beginning of one, is read
   * either from the words index (`ix_contact_search_words`: a word few contacts have, its posting
   * list) or, for a word many contacts share (the index's statistics say so), by walking the primary
   * key in id order for at most a bounded number of rows, then the words index beyond them. Tier 1,
   * the other matches (a typo, a fragment), comes from the trigram index, or, when no word has a
   * trigram to look up, from a walk of at most SCAN_BUDGET contacts in id order whose page may be
   * short and continues where the walk stopped.
   */
  private async ranked(params: SqlParams, where: string[], words: string[], cursor: string | undefined, limit: number) {
    const from = cursor ? decodeSearchCursor(cursor) : { t: 0, id: null };
    const take = limit + 1;
    const takeParam = params.add(take);
    const after = from.id ? params.add(from.id) : null;
    const afterCursor = (t: number) => (t === from.t && after ? [`contact.id > ${after}::uuid`] : []);
    // The same document, unindexable: a filter the planner evaluates row by row, never an index scan.
    const doc = `(${SEARCH_EXPRESSION} || '')`;
    /** Every word of `q` matched in `document` (the indexed expression, or `doc` where no index may serve). */
    const matches = (document: string) =>
      words.map((word) =>
        SIMILAR_WORD.test(word)
          ? `${document} %> ${params.add(word)}`
          : `${document} LIKE ${params.add(`%${word.replace(/[\\%_]/g, '\\$&')}%`)}`,
      );
    /** Rows of `condition` in id order, read through an index (fenced: the primary key can't be walked for it). */
    const indexed = (t: number, condition: string[]) =>
      `(SELECT ${t} AS t, contact.id, ${CONTACT_JSON} AS item
          FROM (SELECT m.id FROM (SELECT contact.id FROM contact WHERE ${[...where, ...condition].join(' AND ')} OFFSET 0) AS m
                 ORDER BY m.id LIMIT ${takeParam}) AS hit
          JOIN contact ON contact.owner_id = $1 AND contact.id = hit.id
         ORDER BY contact.id)`;
    const branches: string[] = [];
    const ctes: string[] = [];
    // Tier 0 exists when every word is letters and digits (the words the index splits the document into).
    const wordy = words.every((word) => WORD.test(word));
    const beginsWord = wordy ? words.map((word) => `${doc} ~ ${params.add(`(^|[^[:alnum:]])${word}`)}`) : [];
    if (wordy && from.t === 0) {
      const prefix = `${SEARCH_WORDS} @@ ${params.add(words.map((word) => `'${word}':*`).join(' & '))}::tsquery`;
      const frequency = await this.wordFrequency(words);
      if (frequency < COMMON_WORD) {
        branches.push(indexed(0, [prefix, ...beginsWord, ...afterCursor(0)]));
      } else {
        ctes.push(`bound AS MATERIALIZED (SELECT w.id FROM (SELECT contact.id FROM contact
                   WHERE ${['contact.owner_id = $1', ...afterCursor(0)].join(' AND ')}
                   ORDER BY contact.id LIMIT ${params.add(walkBudget(take, frequency))}) AS w
                   ORDER BY w.id DESC LIMIT 1)`);
        branches.push(
          `(SELECT 0 AS t, contact.id, ${CONTACT_JSON} AS item FROM contact
             WHERE ${[...where, ...afterCursor(0), 'contact.id <= (SELECT id FROM bound)', ...beginsWord].join(' AND ')}
             ORDER BY contact.id LIMIT ${takeParam})`,
          indexed(0, [prefix, ...beginsWord, 'contact.id > (SELECT id FROM bound)']),
        );
      }
    }
    const others = [...(beginsWord.length > 0 ? [`NOT (${beginsWord.join(' AND ')})`] : []), ...afterCursor(1)];
    if (words.some((word) => SIMILAR_WORD.test(word) || TRIGRAM_RUN.test(word))) {
      branches.push(indexed(1, [...matches(SEARCH_EXPRESSION), ...others]));
    } else {
      // No index narrows these words (their substrings have no trigram): the contacts are read in id
      // order, SCAN_BUDGET of them at most. `scan` is the last id examined and whether any follows;
      // a final row (t = 2) carries it when the page is not full, so the cursor continues there.
      ctes.push(`scan AS MATERIALIZED (SELECT w.id AS last, count(*) OVER () AS n FROM (SELECT contact.id FROM contact
                 WHERE ${['contact.owner_id = $1', ...afterCursor(1)].join(' AND ')}
                 ORDER BY contact.id OFFSET ${params.add(SCAN_BUDGET - 1)} LIMIT 2) AS w ORDER BY w.id LIMIT 1)`);
      branches.push(
        `(SELECT 1 AS t, contact.id, ${CONTACT_JSON} AS item FROM contact
           WHERE ${[...where, ...matches(doc), ...others, `contact.id <= coalesce((SELECT last FROM scan), ${LAST_UUID})`].join(' AND ')}
           ORDER BY contact.id LIMIT ${takeParam})`,
        `(SELECT 2 AS t, scan.last AS id, NULL AS item FROM scan WHERE scan.n = 2)`,
      );
    }
    const rows = await prepared<{ t: number; id: string; item: string }>(
      this.dataSource,
      `${ctes.length > 0 ? `WITH ${ctes.join(', ')} ` : ''}SELECT * FROM (${branches.join(' UNION ALL ')}) AS page LIMIT ${takeParam}`,
      params.values,
    );
    // A scan that stopped before the page was full: the next page starts after the contacts it examined.
    const stop = rows.find((row) => row.t === 2);
    const found = rows.filter((row) => row.t !== 2);
    const last = found.length > limit ? found[limit - 1] : undefined;
    const next = last ? { t: last.t, id: last.id } : stop ? { t: 1, id: stop.id } : null;
    return pageJson(found.slice(0, limit), next ? encodeOpaqueCursor(next) : null);
  }

  /**
   * The share of the user's contacts with a word beginning with each of `words` (the least of them),
   * from the words index's statistics (pg_stats: the most common words and their frequencies, kept
   * for a few minutes); 0 for a word not among them, or without statistics (on Citus the
   * coordinator has none: every word is then read from its posting list).
   */
  private async wordFrequency(words: string[]): Promise<number> {
    if (!this.wordStats || Date.now() - this.wordStats.at > WORD_STATS_TTL_MS) {
      const rows: Array<{ elems: string[] | null; freqs: number[] | null }> = await this.dataSource.query(
        `SELECT most_common_elems::text::text[] AS elems, most_common_elem_freqs AS freqs FROM pg_stats
          WHERE schemaname = 'public' AND tablename = 'ix_contact_search_words' AND attname <> 'owner_id'`,
      );
      this.wordStats = { at: Date.now(), elems: rows[0]?.elems ?? [], freqs: rows[0]?.freqs ?? [] };
    }
    const { elems, freqs } = this.wordStats;
    return Math.min(
      ...words.map((word) => elems.reduce((sum, elem, i) => (elem.startsWith(word) ? sum + freqs[i] : sum), 0)),
    );
  }

  get(ownerId: string, id: string, manager: EntityManager = this.dataSource.manager): Promise<Contact> {
    return findOwned(manager, Contact, ownerId, id, 'Contact');
  }

  update(ownerId: string, id: string, input: UpdateContactDto, expectedVersion?: number): Promise<Contact> {
    return ownerTransaction(this.dataSource, ownerId, async (manager) => {
      const target = { id, ownerId, expectedVersion, label: 'Contact' };
      let contact: Contact;
      if (!touchesValues(input)) {
        contact = await versionedUpdate(manager, Contact, target, normalise(input));
      } else {
        // Single-field writes change the primary value of a list: read the lists (the row is locked by the update below).
        const current = await manager.findOne(Contact, { where: { ownerId, id } });
        const values = applyValues(current ? valuesOf(current) : EMPTY_VALUES, input);
        contact = await versionedUpdate(manager, Contact, target, { ...normalise(input), ...values });
        await replaceIdentities(manager, ownerId, [{ id, keys: identityKeys(values) }]);
      }
      // Read models that keep the contact's summary beside their rows (analytics, participants) refresh it.
      if (
        input.name !== undefined ||
        input.organization !== undefined ||
        input.seniority !== undefined ||
        input.sameOrganization !== undefined
      ) {
        await this.events.publish(manager, new ContactProfilesChanged(ownerId, [id]));
      }
      return contact;
    });
  }

  async remove(ownerId: string, id: string, expectedVersion?: number): Promise<void> {
    await ownerTransaction(this.dataSource, ownerId, async (manager) => {
      await versionedSoftDelete(manager, Contact, { id, ownerId, expectedVersion, label: 'Contact' });
      // A deleted contact is recognised by nothing: its email can be given to another contact.
      await replaceIdentities(manager, ownerId, [{ id, keys: [] }]);
      // Its participants' summary says it is gone (they leave the inquiry's figures and suggestions).
      await this.events.publish(manager, new ContactProfilesChanged(ownerId, [id]));
    });
  }

  async timeline(ownerId: string, id: string, page: PageQueryDto): Promise<Page<TimelineItemDto>> {
    await this.get(ownerId, id);
    return this.timelines.page(this.dataSource.manager, ownerId, id, page);
  }

  /** An interaction at `occurredAt` was logged: lastInteractionAt only moves forward (back-dated entries don't lower it). */
  async recordInteraction(manager: EntityManager, ownerId: string, contactId: string, occurredAt: Date): Promise<void> {
    await manager.query(
      `UPDATE contact SET sync_seq = snowball_sync_seq(), last_interaction_at = GREATEST(last_interaction_at, $3::timestamptz)
        WHERE owner_id = $1 AND id = $2`,
      [ownerId, contactId, occurredAt],
    );
  }

  /** An interaction was changed or removed: lastInteractionAt becomes the latest remaining one (the interactions module says which). */
  async setLastInteraction(manager: EntityManager, ownerId: string, latest: LatestInteraction[]): Promise<void> {
    for (const { contactId, occurredAt } of latest) {
      await manager.query(
        `UPDATE contact SET sync_seq = snowball_sync_seq(), last_interaction_at = $3 WHERE owner_id = $1 AND id = $2`,
        [ownerId, contactId, occurredAt],
      );
    }
  }
}
