import { Column, Entity, Index } from 'typeorm';
import { SyncedEntity } from '../../database/base.entity.js';

/** One email, phone or web address of a contact (docs/domain.md): normalised, labelled, one primary per kind. */
export interface StoredValue {
  value: string;
  label: string | null;
  primary: boolean;
}

export enum Seniority {
  Junior = 'junior',
  Peer = 'peer',
  Senior = 'senior',
  Executive = 'executive',
}

/** A person. `lastInteractionAt` is derived from interactions (the latest `occurredAt`). */
@Entity('contact')
@Index('ix_contact_owner_id_sync_seq_id', ['ownerId', 'syncSeq', 'id'])
@Index('ix_contact_owner_id_created_at', ['ownerId', 'createdAt', 'id'])
// Contacts are found by email, LinkedIn profile or phone through contact_identity (its own indexes).
// Contacts with a keep-in-touch rhythm (agenda).
@Index('ix_contact_keep_in_touch', ['ownerId', 'lastInteractionAt'], {
  where: '"keep_in_touch_days" IS NOT NULL AND "deleted_at" IS NULL',
})
// GiST/GIN indexes created by hand in the migrations (TypeORM can't express them); declared so the
// schema diff leaves them alone: search (trigram GIN and the words GIN, migrations/1795810000000-…)
// and tag filtering.
@Index('ix_contact_search_trgm', { synchronize: false })
@Index('ix_contact_search_words', { synchronize: false })
@Index('ix_contact_owner_id_tags', { synchronize: false })
// Full-text over title, responsibilities, interests and tags (suggestions from the whole network).
@Index('ix_contact_owner_id_document', { synchronize: false })
export class Contact extends SyncedEntity {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 320, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  phone: string | null;

  /** Every email (lower-cased), with labels; `email` is the primary one. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  emails: StoredValue[];

  /** Every phone (E.164 when it could be read, else as written); `phone` is the primary one. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  phones: StoredValue[];

  /** Every web address (LinkedIn profiles as `https://www.linkedin.com/in/<slug>`); `linkedinUrl` is the primary profile. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  urls: StoredValue[];

  @Column({ type: 'varchar', length: 200, nullable: true })
  organization: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  title: string | null;

  @Column({ type: 'enum', enum: Seniority, enumName: 'seniority', nullable: true })
  seniority: Seniority | null;

  /** Inside (true) or outside (false) the user's own organisation. */
  @Column({ type: 'boolean', nullable: true })
  sameOrganization: boolean | null;

  @Column({ type: 'text', nullable: true })
  responsibilities: string | null;

  @Column({ type: 'text', nullable: true })
  interests: string | null;

  /** What the user can give back to this person. */
  @Column({ type: 'text', nullable: true })
  canOffer: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** Normalised: trimmed, lower-case, unique. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ type: 'varchar', length: 500, nullable: true })
  linkedinUrl: string | null;

  @Column({ type: 'integer', nullable: true })
  keepInTouchDays: number | null;

  /** When the user connected with this person on LinkedIn (`Connected On` of an import), an ISO date. */
  @Column({ type: 'date', nullable: true })
  connectedOn: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastInteractionAt: Date | null;
}
