import { Column, CreateDateColumn, DeleteDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * Columns every versioned row carries: a UUID id, timestamps with millisecond precision
 * (so a keyset cursor taken from JS round-trips exactly), an optimistic-concurrency
 * `version` bumped by every conditional update, and soft delete.
 */
export abstract class VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @DeleteDateColumn({ type: 'timestamptz', precision: 3, nullable: true })
  deletedAt: Date | null;
}

/**
 * A row that belongs to exactly one user. Every query on such a table filters on `owner_id`
 * (see `OwnedRepository`), and each entity declares indexes leading with `owner_id`.
 */
export abstract class OwnedEntity extends VersionedEntity {
  @Column({ type: 'uuid' })
  ownerId: string;
}
