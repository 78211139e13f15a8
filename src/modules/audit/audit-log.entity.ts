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
}

/**
 * Append-only record of security-relevant events. A trigger (see the migration) rejects
 * UPDATE and DELETE on this table; entries are written in the same transaction as the change.
 */
@Entity('audit_log')
@Index('ix_audit_log_created_at', ['createdAt', 'id'])
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
