import type { DeepPartial, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { OwnedEntity, VersionedEntity } from '../database/base.entity.js';
import { AppError } from './errors/app-error.js';
import { ErrorCode } from './errors/error-codes.js';
import { SYNC_SEQ } from '../database/sync-clock.js';

/** The row of an account table (no owner: `app_user`) a conditional write is aimed at. */
export interface AccountTarget {
  id: string;
  /** From If-Match; when set the write only happens if the row is still at this version. */
  expectedVersion?: number;
  /** Name used in the 404 detail. */
  label: string;
}

/** The row of a user-owned table a conditional write is aimed at: the owner is part of its key, never optional. */
export interface OwnedTarget extends AccountTarget {
  ownerId: string;
}

type AnyTarget = AccountTarget & { ownerId?: string };

/**
 * Optimistic concurrency as one statement: `UPDATE … SET …, version = version + 1 WHERE owner AND id
 * AND version = expected AND not deleted RETURNING *`. No row → the row is missing (404) or was
 * changed since the client read it (412). `@VersionColumn` alone doesn't do this (typeorm #2949).
 * For user-owned tables only: the owner is required by the type (and checked at run time), so an
 * update can't forget it; accounts use {@link versionedUpdateAccount}.
 */
export function versionedUpdate<T extends OwnedEntity>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  target: OwnedTarget,
  changes: Partial<T>,
  options: { softDelete?: boolean } = {},
): Promise<T> {
  if (typeof target.ownerId !== 'string' || target.ownerId.length === 0) {
    throw new Error(`versionedUpdate on ${target.label} without its owner`);
  }
  return conditionalUpdate(manager, entity, target, changes, options);
}

/** {@link versionedUpdate} for an account table, which has no owner (`app_user`); a user-owned entity doesn't type-check here. */
export function versionedUpdateAccount<T extends VersionedEntity & { ownerId?: never }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  target: AccountTarget,
  changes: Partial<T>,
): Promise<T> {
  return conditionalUpdate(
    manager,
    entity,
    { id: target.id, expectedVersion: target.expectedVersion, label: target.label },
    changes,
    {},
  );
}

async function conditionalUpdate<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  target: AnyTarget,
  changes: Partial<T>,
  options: { softDelete?: boolean },
): Promise<T> {
  // Synced rows carry the change number of the transaction that wrote them (docs/sync.md).
  const synced = manager.connection.getMetadata(entity).findColumnWithPropertyName('syncSeq') !== undefined;
  const query = manager
    .createQueryBuilder()
    .update(entity)
    .set({
      ...(changes as object),
      version: () => 'version + 1',
      updatedAt: () => 'now()',
      ...(synced ? { syncSeq: () => SYNC_SEQ } : {}),
      ...(options.softDelete ? { deletedAt: () => 'now()' } : {}),
    } as never)
    .where(target.ownerId !== undefined ? 'owner_id = :ownerId AND id = :id' : 'id = :id', {
      ownerId: target.ownerId,
      id: target.id,
    })
    .andWhere('deleted_at IS NULL');
  if (target.expectedVersion !== undefined) query.andWhere('version = :version', { version: target.expectedVersion });
  const result = await query.returning('*').execute();
  if (result.affected && result.affected > 0) {
    const metadata = manager.connection.getMetadata(entity);
    const row = (result.raw as Record<string, unknown>[])[0];
    const plain = Object.fromEntries(metadata.columns.map((column) => [column.propertyName, row[column.databaseName]]));
    return manager.create(entity, plain as DeepPartial<T>);
  }
  if (target.expectedVersion !== undefined) {
    const exists = manager
      .createQueryBuilder()
      .select('1')
      .from(entity, 'row')
      .where(target.ownerId !== undefined ? 'row.owner_id = :ownerId AND row.id = :id' : 'row.id = :id', {
        ownerId: target.ownerId,
        id: target.id,
      })
      .andWhere('row.deleted_at IS NULL');
    if ((await exists.getRawOne()) !== undefined) {
      throw new AppError(
        ErrorCode.PreconditionFailed,
        `The ${target.label.toLowerCase()} was changed since you read it; fetch it again and retry with the new ETag.`,
      );
    }
  }
  throw AppError.notFound(target.label);
}

/** Soft delete with the same conditions as `versionedUpdate` (owner, If-Match version): 404 / 412 likewise. */
export async function versionedSoftDelete<T extends OwnedEntity>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  target: OwnedTarget,
): Promise<T> {
  return versionedUpdate(manager, entity, target, {}, { softDelete: true });
}
