import { Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { Contact } from './contact.entity.js';

/** What a contact can be recognised by: its normalised emails, LinkedIn slugs and E.164 phones. */
export enum IdentityKind {
  Email = 'email',
  Linkedin = 'linkedin',
  Phone = 'phone',
}

/**
 * The keys a contact is recognised by, kept in step with the contact's `emails`, `phones` and `urls`
 * in the same transaction (ContactsService): one row per normalised email, LinkedIn slug and E.164
 * phone of every live contact; a soft-deleted contact has none. The partial unique index makes the
 * database refuse a second live contact of the same owner with the same email or LinkedIn profile,
 * so two concurrent imports can't create the same person twice. Phones are looked up (dedupe) but not
 * unique: a family landline or a switchboard is shared by several people.
 * Not synced: it is derived from `contact`, which sync sends with all its values.
 */
@ForeignKey(() => Contact, ['ownerId', 'contactId'], ['ownerId', 'id'], {
  name: 'fk_contact_identity_contact',
  onDelete: 'CASCADE',
})
@Entity('contact_identity')
@Index('uq_contact_identity_owner_id_kind_value', ['ownerId', 'kind', 'value'], {
  unique: true,
  where: `"kind" <> 'phone'`,
})
// Phones (not unique) are looked up by value too.
@Index('ix_contact_identity_owner_id_kind_value_phone', ['ownerId', 'kind', 'value'], {
  where: `"kind" = 'phone'`,
})
export class ContactIdentity {
  // The key leads with the contact, so rewriting (or cascading) one contact's keys is one range.
  @PrimaryColumn({ type: 'uuid' })
  ownerId: string;

  @PrimaryColumn({ type: 'uuid' })
  contactId: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  kind: IdentityKind;

  @PrimaryColumn({ type: 'varchar', length: 320 })
  value: string;
}
