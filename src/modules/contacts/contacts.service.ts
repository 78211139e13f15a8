import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { findOwned, ownedQuery } from '../../common/owned.js';
import { paginate, type Page, type PageQueryDto } from '../../common/pagination.js';
import { normaliseTags } from '../../common/tags.js';
import { versionedSoftDelete, versionedUpdate } from '../../common/versioned-update.js';
import type { LatestInteraction } from '../../common/events/events.js';
import { ContactTimelineRepository } from './contact-timeline.repository.js';
import { Contact, type Seniority } from './contact.entity.js';
import type { TimelineItemDto } from './dto/timeline.dto.js';
import type { CreateContactDto, UpdateContactDto } from './dto/contact.dto.js';
import { ownerTransaction } from '../../database/sync-clock.js';

/** The expression the trigram index `ix_contact_search_trgm` is built on; queries must use it verbatim. */
const SEARCH_EXPRESSION = `lower(contact.name || ' ' || coalesce(contact.organization, '') || ' ' || coalesce(contact.title, '') || ' ' || snowball_join_tags(contact.tags))`;

function normalise<T extends CreateContactDto | UpdateContactDto>(input: T): T {
  return {
    ...input,
    ...(typeof input.name === 'string' ? { name: input.name.trim() } : {}),
    ...(input.email ? { email: input.email.trim().toLowerCase() } : {}),
    ...(Array.isArray(input.tags) ? { tags: normaliseTags(input.tags) } : {}),
  };
}

@Injectable()
export class ContactsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly timelines: ContactTimelineRepository,
  ) {}

  /** Creates a contact with the caller's transaction (referrals create the referred contact this way). */
  createWithin(manager: EntityManager, ownerId: string, input: CreateContactDto): Promise<Contact> {
    return manager.save(manager.create(Contact, { ...normalise(input), ownerId, lastInteractionAt: null }));
  }

  create(ownerId: string, input: CreateContactDto): Promise<Contact> {
    return ownerTransaction(this.dataSource, ownerId, (manager) => this.createWithin(manager, ownerId, input));
  }

  list(
    ownerId: string,
    page: PageQueryDto,
    filter: { q?: string; tag?: string; seniority?: Seniority },
  ): Promise<Page<Contact>> {
    const query = ownedQuery(this.dataSource.manager, Contact, 'contact', ownerId);
    if (filter.q) {
      const pattern = `%${filter.q
        .trim()
        .toLowerCase()
        .replace(/[\\%_]/g, '\\$&')}%`;
      query.andWhere(`${SEARCH_EXPRESSION} LIKE :pattern`, { pattern });
    }
    if (filter.tag) query.andWhere('contact.tags @> ARRAY[:tag]::text[]', { tag: filter.tag });
    if (filter.seniority) query.andWhere('contact.seniority = :seniority', { seniority: filter.seniority });
    return paginate(query, 'contact', page);
  }

  get(ownerId: string, id: string, manager: EntityManager = this.dataSource.manager): Promise<Contact> {
    return findOwned(manager, Contact, ownerId, id, 'Contact');
  }

  update(ownerId: string, id: string, input: UpdateContactDto, expectedVersion?: number): Promise<Contact> {
    return ownerTransaction(this.dataSource, ownerId, (manager) =>
      versionedUpdate(manager, Contact, { id, ownerId, expectedVersion, label: 'Contact' }, normalise(input)),
    );
  }

  async remove(ownerId: string, id: string, expectedVersion?: number): Promise<void> {
    await ownerTransaction(this.dataSource, ownerId, (manager) =>
      versionedSoftDelete(manager, Contact, { id, ownerId, expectedVersion, label: 'Contact' }),
    );
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
