import { Check, CreateDateColumn, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { Contact } from './contact.entity.js';

/**
 * A pair of contacts the user said are not one person ("not a duplicate"): `GET
 * /v1/contacts/duplicates` leaves the pair out from then on, whatever reasons it has. One row per
 * pair, the lower id first (the check), so a pair is dismissed once whichever way it is named. The
 * row goes with either contact when it is removed for good (erasure); a soft-deleted contact is in no
 * pair anyway. Not synced: it only shapes the duplicates list.
 */
@Entity('contact_duplicate_dismissal')
@Check('ck_contact_duplicate_dismissal_order', `"contact_id" < "other_contact_id"`)
@ForeignKey(() => Contact, ['ownerId', 'contactId'], ['ownerId', 'id'], {
  name: 'fk_contact_duplicate_dismissal_contact',
  onDelete: 'CASCADE',
})
@ForeignKey(() => Contact, ['ownerId', 'otherContactId'], ['ownerId', 'id'], {
  name: 'fk_contact_duplicate_dismissal_other_contact',
  onDelete: 'CASCADE',
})
export class ContactDuplicateDismissal {
  @PrimaryColumn({ type: 'uuid' })
  ownerId: string;

  @PrimaryColumn({ type: 'uuid' })
  contactId: string;

  @PrimaryColumn({ type: 'uuid' })
  otherContactId: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
