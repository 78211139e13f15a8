import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { OwnedEntity } from '../../database/base.entity.js';
import { User } from '../users/user.entity.js';

@Entity('api_key')
@Index('ix_api_key_owner_id_created_at', ['ownerId', 'createdAt', 'id'])
export class ApiKey extends OwnedEntity {
  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'fk_api_key_owner' })
  owner?: Relation<User>;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** Public part of the key, shown in lists so a user can tell keys apart. */
  @Index('uq_api_key_prefix', { unique: true })
  @Column({ type: 'varchar', length: 16 })
  prefix: string;

  /** SHA-256 of the secret part (the secret is 256 random bits, so a fast hash is enough). */
  @Column({ type: 'varchar', length: 64 })
  secretHash: string;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastUsedAt: Date | null;
}
