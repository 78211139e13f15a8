import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A row removed from the database for good (a contact erased with everything about it,
 * docs/data-rights.md), kept so delta sync reports it as a delete (docs/sync.md). Written in the
 * removing transaction; `sync_seq` is that transaction's change number.
 */
@Entity('sync_tombstone')
@Index('ix_sync_tombstone_owner_id_sync_seq_entity_id', ['ownerId', 'syncSeq', 'entityId'])
export class SyncTombstone {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_sync_tombstone' })
  ownerId: string;

  /** The sync entity name (`contact`, `interaction`, …). */
  @PrimaryColumn({ type: 'varchar', length: 32, primaryKeyConstraintName: 'pk_sync_tombstone' })
  entity: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_sync_tombstone' })
  entityId: string;

  @Column({ type: 'bigint', default: () => 'snowball_sync_seq()' })
  syncSeq: string;

  /** The removed row's version plus one (what the delete change reports). */
  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  deletedAt: Date;
}
