import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum AuditAction {
  UserRegistered = 'user.registered',
  LoginSucceeded = 'auth.login_succeeded',
  LoginFailed = 'auth.login_failed',
  RefreshReuseDetected = 'auth.refresh_reuse_detected',
  Logout = 'auth.logout',
  ApiKeyCreated = 'api_key.created',
  ApiKeyRevoked = 'api_key.revoked',
  AdminUserUpdated = 'admin.user_updated',
  AdminBootstrapped = 'admin.bootstrapped',
  AdminBootstrapRefused = 'admin.bootstrap_refused',
  /** A contact was erased (docs/data-rights.md): the entry names neither the contact nor its id. */
  ContactErased = 'contact.erased',
  /** A contact was merged into another (docs/domain.md): the subject is the survivor, `details` name both ids and the counts. */
  ContactMerged = 'contact.merged',
  /** An account was deleted: the subject is the former user id, nothing else about them is kept. */
  AccountDeleted = 'account.deleted',
}

/**
 * Append-only record of security-relevant events. Triggers (see the migrations) reject UPDATE and
 * TRUNCATE, and every DELETE except the retention purge's (entries older than the retention) and an
 * erasure's (entries naming what it erases), each allowed by a transaction-local setting only those
 * two set (docs/data-rights.md). Entries are written in the same transaction as the change.
 */
@Entity('audit_log')
@Index('ix_audit_log_created_at', ['createdAt', 'id'])
@Index('ix_audit_log_actor_id_created_at', ['actorId', 'createdAt'])
@Index('ix_audit_log_subject', ['subject'])
export class AuditLog {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  /** The user who acted, when known. */
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 64 })
  action: AuditAction;

  /** What the event is about: a user id, an API key id, or the email of a failed login. */
  @Column({ type: 'varchar', length: 320, nullable: true })
  subject: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @Column({ type: 'jsonb', default: {} })
  details: Record<string, unknown>;
}
