import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/**
 * Columns every versioned row carries: timestamps with millisecond precision (so a keyset cursor
 * taken from JS round-trips exactly), an optimistic-concurrency `version` bumped by every
 * conditional update, and soft delete. The id is declared by the two subclasses below, because
 * user-owned rows carry their owner in the primary key.
 */
export abstract class VersionedColumns {
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @DeleteDateColumn({ type: 'timestamptz', precision: 3, nullable: true })
  deletedAt: Date | null;
}

/** A versioned row that belongs to nobody in particular (accounts): a UUID primary key. */
export abstract class VersionedEntity extends VersionedColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;
}

/**
 * A row that belongs to exactly one user. The owner is part of the key: `PRIMARY KEY (owner_id, id)`,
 * every unique constraint leads with `owner_id`, and every foreign key between user-owned tables is
 * composite, `(owner_id, x_id) REFERENCES x (owner_id, id)`, so the database itself refuses a
 * reference to another user's row, and on Citus every table is distributed (and co-located) by
 * `owner_id` (docs/scale-out.md). Every query on such a table filters on `owner_id`.
 */
export abstract class OwnedEntity extends VersionedColumns {
  @PrimaryColumn({ type: 'uuid' })
  ownerId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;
}

/**
 * A user-owned row that delta sync reports (docs/sync.md): `sync_seq` is the change number of the
 * transaction that last wrote it (the default on insert; `versionedUpdate` and raw UPDATEs set
 * `sync_seq = SYNC_SEQ`). Read by `GET /v1/sync` through each table's index `(owner_id, sync_seq, id)`.
 */
export abstract class SyncedEntity extends OwnedEntity {
  @Column({ type: 'bigint', default: () => 'snowball_sync_seq()', select: true })
  syncSeq: string;
}
