/*
 * The writer of the contact summary each participant keeps (docs/architecture.md, "Read models"):
 * the contact's name, organisation, perspective and liveness, read by suggestions and stats beside
 * the participant instead of one `pk_contact` probe per participant. Filled when a participant is
 * created (from the contact in hand, or by `refresh` right after the insert) and refreshed by the
 * `ContactProfilesChanged` event in the transactions that change a contact's summary (an update, a
 * deletion, a merge, an import that fills the organisation or the perspective, a restored export).
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Contact } from '../contacts/contact.entity.js';
import type { Participant } from './participant.entity.js';

/**
 * Sets the summary of every participant of these contacts ($1 owner, $2 contact ids) from the contact
 * as it is now; rows already right are left alone. The definition the tests compare every participant
 * against; the migration's backfill (`BACKFILL_PARTICIPANT_CONTACTS`) repeats it for every owner.
 */
export const REFRESH_PARTICIPANT_CONTACTS = `UPDATE participant p
    SET contact_name = c.name, contact_organization = c.organization, contact_seniority = c.seniority,
        contact_same_organization = c.same_organization, contact_live = c.deleted_at IS NULL
   FROM contact c
  WHERE p.owner_id = $1 AND p.contact_id = ANY ($2::uuid[]) AND c.owner_id = $1 AND c.id = p.contact_id
    AND (p.contact_name, p.contact_organization, p.contact_seniority, p.contact_same_organization, p.contact_live)
        IS DISTINCT FROM (c.name, c.organization, c.seniority, c.same_organization, c.deleted_at IS NULL)`;

/** The summary columns of a new participant of this contact (the contact just read or created). */
export function contactSummary(
  contact: Pick<Contact, 'name' | 'organization' | 'seniority' | 'sameOrganization' | 'deletedAt'>,
): Pick<
  Participant,
  'contactName' | 'contactOrganization' | 'contactSeniority' | 'contactSameOrganization' | 'contactLive'
> {
  return {
    contactName: contact.name,
    contactOrganization: contact.organization,
    contactSeniority: contact.seniority,
    contactSameOrganization: contact.sameOrganization,
    contactLive: contact.deletedAt === null || contact.deletedAt === undefined,
  };
}

@Injectable()
export class ParticipantContactsRepository {
  /** The participants of these contacts take their contacts' summary as it is now (one statement). */
  async refresh(manager: EntityManager, ownerId: string, contactIds: string[]): Promise<void> {
    if (contactIds.length === 0) return;
    await manager.query(REFRESH_PARTICIPANT_CONTACTS, [ownerId, [...new Set(contactIds)]]);
  }
}
