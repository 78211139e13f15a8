import { Column, Entity, Index } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';

export enum UserRole {
  User = 'user',
  Admin = 'admin',
}

@Entity('app_user')
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
}
