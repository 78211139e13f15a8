import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { findOwned, ownedQuery } from '../../common/owned.js';
import {
  DEFAULT_LIMIT,
  decodeRankedCursor,
  paginate,
  rankedPage,
  type Page,
  type PageQueryDto,
} from '../../common/pagination.js';
import { normaliseTags } from '../../common/tags.js';
import { versionedSoftDelete, versionedUpdate } from '../../common/versioned-update.js';
import { DomainEvents } from '../../common/events/domain-events.js';
import { ContactProfilesChanged, type LatestInteraction } from '../../common/events/events.js';
import { ContactTimelineRepository } from './contact-timeline.repository.js';
import { Contact, type Seniority } from './contact.entity.js';
import type { TimelineItemDto } from './dto/timeline.dto.js';
import type { CreateContactDto, UpdateContactDto } from './dto/contact.dto.js';
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
 * The document the trigram index `ix_contact_search_trgm` is built on (migrations/1795740000000-…);
 * queries must use it verbatim: name, organization, title, tags, responsibilities, interests, notes.
 */
const SEARCH_EXPRESSION = `lower(contact.name || ' ' || coalesce(contact.organization, '') || ' ' || coalesce(contact.title, '') || ' ' || snowball_join_tags(contact.tags) || ' ' || coalesce(contact.responsibilities, '') || ' ' || coalesce(contact.interests, '') || ' ' || coalesce(contact.notes, ''))`;
/** A word matched by trigram word similarity (typos, any order); shorter or punctuated words match as literal substrings. */
const SIMILAR_WORD = /^[\p{L}\p{N}]{3,}$/u;
const MAX_SEARCH_WORDS = 8;

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
   * Newest first; with `q`, most relevant first (docs/domain.md "Search"): every word of `q` must be
   * in the contact's name, organization, title, tags, responsibilities, interests or notes, in any
   * order, either by trigram word similarity (≥ 0.6: a word's beginning, or the word with a typo) or,
   * for words under three letters or with punctuation, as a literal substring. Ranked by the word
   * similarity of the whole `q` (nearest first, straight from the GiST index), then id; the cursor
   * carries (distance, id).
   */
  async list(
    ownerId: string,
    page: PageQueryDto,
    filter: { q?: string; tag?: string; seniority?: Seniority },
  ): Promise<Page<Contact>> {
    const query = ownedQuery(this.dataSource.manager, Contact, 'contact', ownerId);
    if (filter.tag) query.andWhere('contact.tags @> ARRAY[:tag]::text[]', { tag: filter.tag });
    if (filter.seniority) query.andWhere('contact.seniority = :seniority', { seniority: filter.seniority });
    const words = [...new Set((filter.q ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean))].slice(
      0,
      MAX_SEARCH_WORDS,
    );
    if (words.length === 0) return paginate(query, 'contact', page);

    words.forEach((word, i) => {
      if (SIMILAR_WORD.test(word)) query.andWhere(`${SEARCH_EXPRESSION} %> :word${i}`, { [`word${i}`]: word });
      else
        query.andWhere(`${SEARCH_EXPRESSION} LIKE :pattern${i}`, {
          [`pattern${i}`]: `%${word.replace(/[\\%_]/g, '\\$&')}%`,
        });
    });
    const distance = `(${SEARCH_EXPRESSION} <->> :rankQ)`;
    query.setParameter('rankQ', words.join(' '));
    if (page.cursor) {
      const { r, id } = decodeRankedCursor(page.cursor);
      query.andWhere(`(${distance}, contact.id) > (:cursorRank::real, :cursorId::uuid)`, {
        cursorRank: r,
        cursorId: id,
      });
    }
    // The cursor's rank is the distance (1 − word similarity of q to the contact).
    return rankedPage(query, 'contact', distance, 'ASC', page.limit ?? DEFAULT_LIMIT);
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
      // Read models that keep the contact's perspective beside their counts (analytics) refresh it.
      if (input.seniority !== undefined || input.sameOrganization !== undefined) {
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
