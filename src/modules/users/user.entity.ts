import { Check, Column, Entity, Index } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';

export enum UserRole {
  User = 'user',
  Admin = 'admin',
}

@Entity('app_user')
@Check('ck_app_user_follow_up_days', '"follow_up_days" BETWEEN 1 AND 365')
export class User extends VersionedEntity {
  /** Stored lower-cased: uniqueness is case-insensitive. */
  @Index('uq_app_user_email', { unique: true })
  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'enum', enum: UserRole, enumName: 'user_role', default: UserRole.User })
  role: UserRole;

  @Column({ type: 'boolean', default: false })
  disabled: boolean;

  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  /** Days without an answer after which an ask is suggested for one follow-up (GET/PATCH /v1/me/settings). */
  @Column({ type: 'integer', default: 14 })
  followUpDays: number;
}
