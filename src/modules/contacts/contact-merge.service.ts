import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppError } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { DomainEvents } from '../../common/events/domain-events.js';
import { ContactMerged, ContactProfilesChanged } from '../../common/events/events.js';
import { ownedQuery } from '../../common/owned.js';
import { normaliseTags } from '../../common/tags.js';
import { versionedSoftDelete, versionedUpdate } from '../../common/versioned-update.js';
import { ownerTransaction } from '../../database/sync-clock.js';
import { AuditAction } from '../audit/audit-log.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { linkedinSlug } from '../imports/normalize.js';
import { Contact, type StoredValue } from './contact.entity.js';
import { identityKeys, keyOf, withOnePrimary, type ValueKind } from './contact-values.js';
import { replaceIdentities } from './contacts.service.js';
import type {
  CombinedParticipantDto,
  DroppedReferralDto,
  MergeMovedDto,
  OrphanedParticipantDto,
} from './dto/contact-merge.dto.js';

/** At most this many values per list and tags per contact (as a create or PATCH accepts). */
const MAX_VALUES = 20;
const MAX_TAGS = 50;

/** The fields the survivor keeps when it has them and takes from the merged contact when it hasn't. */
const FILLABLE = [
  'organization',
  'title',
  'seniority',
  'sameOrganization',
  'responsibilities',
  'interests',
  'canOffer',
  'notes',
  'keepInTouchDays',
  'connectedOn',
] as const satisfies ReadonlyArray<keyof Contact>;

const NOUN: Record<ValueKind, string> = { emails: 'email addresses', phones: 'phone numbers', urls: 'web addresses' };

const isEmpty = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && !value.trim());

/** What two values are compared by: the identity key (email, E.164 phone, LinkedIn slug) when there is one, else the stored value. */
const dedupeKey = (kind: ValueKind, value: string) => keyOf(kind, value)?.value ?? value;

/**
 * The survivor's list followed by the merged contact's values it lacks (by {@link dedupeKey}). The
 * survivor's primary stays primary; when the survivor had none of this kind, the merged contact's
 * primary becomes it.
 */
function unionValues(kind: ValueKind, mine: StoredValue[], theirs: StoredValue[]): StoredValue[] {
  const seen = new Set(mine.map((item) => dedupeKey(kind, item.value)));
  const added: StoredValue[] = [];
  for (const item of theirs) {
    const key = dedupeKey(kind, item.value);
    if (seen.has(key)) continue;
    seen.add(key);
    added.push({ ...item, primary: mine.length === 0 && item.primary });
  }
  return mine.length === 0 ? withOnePrimary(added) : [...mine, ...added];
}

/** The survivor's fields after the merge (what changes), and what the answer says about them. */
export interface MergedFields {
  changes: Partial<Contact>;
  filled: string[];
  kept: string[];
  added: Pick<MergeMovedDto, 'emails' | 'phones' | 'urls' | 'tags'>;
}

/**
 * Fields of `other` merged into `survivor` (docs/domain.md, "Merging contacts"): the survivor wins;
 * its empty fields are filled from the other; emails, phones and web addresses are unioned without
 * duplicates; tags unioned. A list over the limits of a contact is a 422 naming it.
 */
export function mergeFields(survivor: Contact, other: Contact): MergedFields {
  const changes: Partial<Contact> = {};
  const filled: string[] = [];
  const kept: string[] = [];
  if (survivor.name !== other.name) kept.push('name');
  for (const field of FILLABLE) {
    const mine = survivor[field];
    const theirs = other[field];
    if (isEmpty(theirs)) continue;
    if (isEmpty(mine)) {
      (changes as Record<string, unknown>)[field] = theirs;
      filled.push(field);
    } else if (mine !== theirs) {
      kept.push(field);
    }
  }

  const lists = {} as Record<ValueKind, StoredValue[]>;
  for (const kind of ['emails', 'phones', 'urls'] as const) {
    lists[kind] = unionValues(kind, survivor[kind], other[kind]);
    if (lists[kind].length > MAX_VALUES) {
      throw new AppError(
        ErrorCode.ContactMergeTooLarge,
        `Together the two contacts have ${lists[kind].length} ${NOUN[kind]}, and a contact holds at most ${MAX_VALUES}: remove some from either contact first.`,
      );
    }
  }
  const tags = normaliseTags([...survivor.tags, ...other.tags]);
  if (tags.length > MAX_TAGS) {
    throw new AppError(
      ErrorCode.ContactMergeTooLarge,
      `Together the two contacts have ${tags.length} tags, and a contact holds at most ${MAX_TAGS}: remove some from either contact first.`,
    );
  }
  const primary = (list: StoredValue[]) => list.find((item) => item.primary)?.value ?? null;
  const profiles = lists.urls.filter((url) => linkedinSlug(url.value) !== null);
  Object.assign(changes, {
    emails: lists.emails,
    phones: lists.phones,
    urls: lists.urls,
    tags,
    // The single fields are the primaries: the survivor's when it has one, else the other's as it was written.
    email: survivor.email ?? other.email ?? primary(lists.emails),
    phone: survivor.phone ?? other.phone ?? primary(lists.phones),
    linkedinUrl:
      survivor.linkedinUrl ?? other.linkedinUrl ?? (profiles.find((url) => url.primary) ?? profiles[0])?.value ?? null,
  });
  return {
    changes,
    filled,
    kept,
    added: {
      emails: lists.emails.length - survivor.emails.length,
      phones: lists.phones.length - survivor.phones.length,
      urls: lists.urls.length - survivor.urls.length,
      tags: tags.length - survivor.tags.length,
    },
  };
}

/** A merge's outcome: the survivor as stored now, and the report. */
export interface MergeResult {
  contact: Contact;
  mergedId: string;
  fieldsFilled: string[];
  fieldsKept: string[];
  moved: MergeMovedDto;
  participantsCombined: CombinedParticipantDto[];
  referralsDropped: DroppedReferralDto[];
  participantsOrphaned: OrphanedParticipantDto[];
}

/**
 * Merges a duplicate contact into another (docs/domain.md, "Merging contacts"), in one transaction:
 * the contact's own part here (fields, values, identity keys, lastInteractionAt, the merged contact
 * deleted, the audit entry); every other module moves its rows through the `ContactMerged` event,
 * in the same transaction, so any failure leaves both contacts as they were.
 */
@Injectable()
export class ContactMergeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
    private readonly audit: AuditService,
  ) {}

  merge(ownerId: string, contactId: string, otherId: string, expectedVersion?: number): Promise<MergeResult> {
    if (contactId === otherId) {
      throw new AppError(
        ErrorCode.ContactMergeSelf,
        'otherId names this contact itself: give the id of the duplicate to merge into it.',
      );
    }
    return ownerTransaction(this.dataSource, ownerId, async (manager) => {
      const rows = await ownedQuery(manager, Contact, 'contact', ownerId)
        .andWhere('contact.id IN (:...ids)', { ids: [contactId, otherId] })
        .setLock('pessimistic_write')
        .getMany();
      const survivor = rows.find((row) => row.id === contactId);
      const other = rows.find((row) => row.id === otherId);
      if (!survivor) throw AppError.notFound('Contact');
      if (!other) throw AppError.notFound('Contact to merge (otherId)');
      if (expectedVersion !== undefined && survivor.version !== expectedVersion) {
        throw new AppError(
          ErrorCode.PreconditionFailed,
          'The contact was changed since you read it; fetch it again and retry with the new ETag.',
        );
      }
      const fields = mergeFields(survivor, other);

      const event = new ContactMerged(ownerId, contactId, otherId);
      await this.events.publish(manager, event);

      await versionedSoftDelete(manager, Contact, { id: otherId, ownerId, label: 'Contact' });
      // The merged contact's keys go first (the unique index), then the survivor holds both sets.
      await replaceIdentities(manager, ownerId, [
        { id: otherId, keys: [] },
        {
          id: contactId,
          keys: identityKeys({
            emails: fields.changes.emails!,
            phones: fields.changes.phones!,
            urls: fields.changes.urls!,
          }),
        },
      ]);
      const latest = (...dates: Array<Date | null>) =>
        dates.reduce<Date | null>((max, date) => (date && (!max || date > max) ? date : max), null);
      const contact = await versionedUpdate(
        manager,
        Contact,
        { id: contactId, ownerId, expectedVersion, label: 'Contact' },
        {
          ...fields.changes,
          lastInteractionAt:
            event.latestInteraction !== undefined
              ? event.latestInteraction
              : latest(survivor.lastInteractionAt, other.lastInteractionAt),
        },
      );

      // Read models keeping a contact's summary beside their rows refresh it: the survivor's (it may
      // have taken over an organisation or a perspective, and the merged contact's participants are its
      // own now) and the merged contact's (deleted).
      await this.events.publish(manager, new ContactProfilesChanged(ownerId, [contactId, otherId]));

      const moved: MergeMovedDto = {
        ...fields.added,
        interactions: event.moved.interactions ?? 0,
        insights: event.moved.insights ?? 0,
        commitments: event.moved.commitments ?? 0,
        opportunities: event.moved.opportunities ?? 0,
        participants: event.moved.participants ?? 0,
        referrals: event.moved.referrals ?? 0,
        reflections: event.moved.reflections ?? 0,
      };
      // Both ids and the counts; no names or values (erasing either contact later removes this entry).
      await this.audit.record(manager, {
        action: AuditAction.ContactMerged,
        actorId: ownerId,
        subject: contactId,
        details: {
          contactId,
          mergedId: otherId,
          moved: { ...moved },
          participantsCombined: event.participantsCombined.length,
          referralsDropped: event.referralsDropped.length,
        },
      });
      return {
        contact,
        mergedId: otherId,
        fieldsFilled: fields.filled,
        fieldsKept: fields.kept,
        moved,
        participantsCombined: event.participantsCombined as CombinedParticipantDto[],
        referralsDropped: event.referralsDropped as DroppedReferralDto[],
        participantsOrphaned: event.participantsOrphaned as OrphanedParticipantDto[],
      };
    });
  }
}
