import type { DeepPartial, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { AppError } from './errors/app-error.js';
import { ErrorCode } from './errors/error-codes.js';

export interface VersionedTarget {
  id: string;
  /** Scope to one owner (every user-owned table); omit for tables that have no owner (users). */
  ownerId?: string;
  /** From If-Match; when set the write only happens if the row is still at this version. */
  expectedVersion?: number;
  /** Name used in the 404 detail. */
  label: string;
}

/**
 * Optimistic concurrency as one statement: `UPDATE … SET …, version = version + 1 WHERE id AND
 * owner AND version = expected AND not deleted RETURNING *`. No row → the row is missing (404) or
 * was changed since the client read it (412). `@VersionColumn` alone doesn't do this (typeorm #2949).
 */
export async function versionedUpdate<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  target: VersionedTarget,
  changes: Partial<T>,
  options: { softDelete?: boolean } = {},
): Promise<T> {
  const query = manager
    .createQueryBuilder()
    .update(entity)
    .set({
      ...(changes as object),
      version: () => 'version + 1',
      updatedAt: () => 'now()',
      ...(options.softDelete ? { deletedAt: () => 'now()' } : {}),
    } as never)
    .where('id = :id', { id: target.id })
    .andWhere('deleted_at IS NULL');
  if (target.ownerId !== undefined) query.andWhere('owner_id = :ownerId', { ownerId: target.ownerId });
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
      .where('row.id = :id', { id: target.id });
    exists.andWhere('row.deleted_at IS NULL');
    if (target.ownerId !== undefined) exists.andWhere('row.owner_id = :ownerId', { ownerId: target.ownerId });
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
export async function versionedSoftDelete<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  target: VersionedTarget,
): Promise<T> {
  return versionedUpdate(manager, entity, target, {}, { softDelete: true });
}
