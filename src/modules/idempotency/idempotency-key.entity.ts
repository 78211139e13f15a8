import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export enum IdempotencyState {
  /** Claimed; the request is running and nothing of it has committed. */
  InFlight = 'in_flight',
  /**
   * The request's write transaction committed (the marker is written in that transaction), its
   * response is not stored yet: never run again, never released, never taken over.
   */
  Committed = 'committed',
  /** The response is stored and is what every retry gets. */
  Completed = 'completed',
}

/** A POST remembered under its `Idempotency-Key`, per user, for at least 24 hours. */
@Entity('idempotency_key')
@Index('ix_idempotency_key_created_at', ['createdAt'])
export class IdempotencyKey {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_idempotency_key' })
  ownerId: string;

  @PrimaryColumn({ type: 'varchar', length: 255, primaryKeyConstraintName: 'pk_idempotency_key' })
  key: string;

  /** SHA-256 over method, path and the canonical JSON body. */
  @Column({ type: 'varchar', length: 64 })
  requestHash: string;

  @Column({ type: 'varchar', length: 16 })
  state: IdempotencyState;

  @Column({ type: 'integer', nullable: true })
  responseStatus: number | null;

  @Column({ type: 'jsonb', nullable: true })
  responseBody: unknown;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
