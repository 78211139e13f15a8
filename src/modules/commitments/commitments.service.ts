import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { assertOwned } from '../../common/access/owned-refs.js';
import { findOwned, ownedQuery } from '../../common/owned.js';
import { paginate, type Page, type PageQueryDto } from '../../common/pagination.js';
import { versionedSoftDelete, versionedUpdate } from '../../common/versioned-update.js';
import { Commitment, type CommitmentOwner, type CommitmentStatus } from './commitment.entity.js';
import type { CreateCommitmentDto, UpdateCommitmentDto } from './dto/commitment.dto.js';
import { ownerTransaction, takeChangeNumber } from '../../database/sync-clock.js';

export interface CommitmentFilter {
  status?: CommitmentStatus;
  /** ISO-8601; only commitments due strictly before it. */
  dueBefore?: string;
  contactId?: string;
  inquiryId?: string;
  owner?: CommitmentOwner;
}

/** The request's fields as column values: `dueAt` arrives as ISO text. */
function toColumns(input: CreateCommitmentDto | UpdateCommitmentDto): Partial<Commitment> {
  const { dueAt, ...rest } = input;
  return { ...rest, ...(dueAt !== undefined ? { dueAt: dueAt === null ? null : new Date(dueAt) } : {}) };
}

@Injectable()
export class CommitmentsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  create(ownerId: string, input: CreateCommitmentDto): Promise<Commitment> {
    return this.dataSource.transaction(async (manager) => {
      await takeChangeNumber(manager, ownerId);
      await assertOwned(manager, ownerId, { contacts: [input.contactId], inquiries: [input.inquiryId] });
      return this.createWithin(manager, ownerId, input);
    });
  }

  /** `create` inside the caller's transaction, which took the change number and checked the ids. */
  createWithin(manager: EntityManager, ownerId: string, input: CreateCommitmentDto): Promise<Commitment> {
    return manager.save(manager.create(Commitment, { ...toColumns(input), ownerId }));
  }

  list(ownerId: string, page: PageQueryDto, filter: CommitmentFilter): Promise<Page<Commitment>> {
    const query = ownedQuery(this.dataSource.manager, Commitment, 'commitment', ownerId);
    if (filter.status) query.andWhere('commitment.status = :status', { status: filter.status });
    if (filter.dueBefore) query.andWhere('commitment.dueAt < :dueBefore', { dueBefore: new Date(filter.dueBefore) });
    if (filter.contactId) query.andWhere('commitment.contactId = :contactId', { contactId: filter.contactId });
    if (filter.inquiryId) query.andWhere('commitment.inquiryId = :inquiryId', { inquiryId: filter.inquiryId });
    if (filter.owner) query.andWhere('commitment.owner = :owner', { owner: filter.owner });
    return paginate(query, 'commitment', page);
  }

  get(ownerId: string, id: string, manager: EntityManager = this.dataSource.manager): Promise<Commitment> {
    return findOwned(manager, Commitment, ownerId, id, 'Commitment');
  }

  /** Changes a commitment; a new `contactId` or `inquiryId` must be the caller's (404 otherwise). */
  update(ownerId: string, id: string, input: UpdateCommitmentDto, expectedVersion?: number): Promise<Commitment> {
    return this.dataSource.transaction(async (manager) => {
      await takeChangeNumber(manager, ownerId);
      await assertOwned(manager, ownerId, { contacts: [input.contactId], inquiries: [input.inquiryId] });
      return versionedUpdate(
        manager,
        Commitment,
        { id, ownerId, expectedVersion, label: 'Commitment' },
        toColumns(input),
      );
    });
  }

  async remove(ownerId: string, id: string, expectedVersion?: number): Promise<void> {
    await ownerTransaction(this.dataSource, ownerId, (manager) =>
      versionedSoftDelete(manager, Commitment, { id, ownerId, expectedVersion, label: 'Commitment' }),
    );
  }
}
