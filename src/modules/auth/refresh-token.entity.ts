import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { User } from '../users/user.entity.js';

/** Why a token stopped working before it expired. */
export enum RevocationReason {
  /** Its session was signed out (`POST /v1/auth/logout`). */
  Logout = 'logout',
  /** A spent token of its family was presented again after the grace window: presumed stolen. */
  Reuse = 'reuse',
}

/**
 * One refresh token. Tokens issued from one login form a family; using a token marks it used
 * and issues the next one in the family (its successor). Presenting a used token again within the
 * grace window returns that same successor; later, it revokes the family.
 */
@Entity('refresh_token')
export class RefreshToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_refresh_token_user' })
  user?: Relation<User>;

  @Index()
  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  /** Indexed for the purge of dead families (RefreshTokenPurge). */
  @Index()
  @Column({ type: 'timestamptz', precision: 3 })
  expiresAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  usedAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  revokedReason: RevocationReason | null;

  /** The token this one was rotated into (set with `usedAt`). */
  @Column({ type: 'uuid', nullable: true })
  replacedById: string | null;

  /**
   * The successor's secret, AES-256-GCM encrypted with a key derived from JWT_SECRET, so that a
   * replay within the grace window gets the same successor. Cleared once it can no longer be used.
   */
  @Column({ type: 'text', nullable: true })
  replacementSecret: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
