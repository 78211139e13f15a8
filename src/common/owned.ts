import type { EntityManager, EntityTarget, SelectQueryBuilder } from 'typeorm';
import type { OwnedEntity } from '../database/base.entity.js';
import { AppError } from './errors/app-error.js';

/**
 * The one place user-owned reads get their owner filter: every query on a user-owned table starts
 * here, so "another user's row" can't be forgotten in a single query. Soft-deleted rows are
 * excluded by TypeORM (`@DeleteDateColumn`).
 */
export function ownedQuery<T extends OwnedEntity>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  alias: string,
  ownerId: string,
): SelectQueryBuilder<T> {
  return manager.createQueryBuilder(entity, alias).where(`${alias}.ownerId = :ownerId`, { ownerId });
}

/** One owned row by id; another user's row is indistinguishable from a missing one (404). */
export async function findOwned<T extends OwnedEntity>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  ownerId: string,
  id: string,
  label: string,
): Promise<T> {
  const row = await ownedQuery(manager, entity, 'row', ownerId).andWhere('row.id = :id', { id }).getOne();
  if (!row) throw AppError.notFound(label);
  return row;
}
