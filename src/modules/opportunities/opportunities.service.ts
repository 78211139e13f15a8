import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { assertOwned } from '../../common/access/owned-refs.js';
import { findOwned, ownedQuery } from '../../common/owned.js';
import { paginate, type Page, type PageQueryDto } from '../../common/pagination.js';
import { versionedSoftDelete, versionedUpdate } from '../../common/versioned-update.js';
import type { ChainStepDto } from '../snowball/dto/chain.dto.js';
import { SnowballService } from '../snowball/snowball.service.js';
import type { CreateOpportunityDto, UpdateOpportunityDto } from './dto/opportunity.dto.js';
import { Opportunity, type OpportunityKind } from './opportunity.entity.js';
import { ownerTransaction, takeChangeNumber } from '../../database/sync-clock.js';

export interface OpportunityFilter {
  kind?: OpportunityKind;
  contactId?: string;
  inquiryId?: string;
}

/** The request's fields as column values: `occurredAt` arrives as ISO text. */
function toColumns(input: CreateOpportunityDto | UpdateOpportunityDto): Partial<Opportunity> {
  const { occurredAt, ...rest } = input;
  return { ...rest, ...(occurredAt !== undefined ? { occurredAt: new Date(occurredAt) } : {}) };
}

@Injectable()
export class OpportunitiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly snowball: SnowballService,
  ) {}

  create(ownerId: string, input: CreateOpportunityDto): Promise<Opportunity> {
    return this.dataSource.transaction(async (manager) => {
      await takeChangeNumber(manager, ownerId);
      await assertOwned(manager, ownerId, { contacts: [input.contactId], inquiries: [input.inquiryId] });
      return manager.save(manager.create(Opportunity, { occurredAt: new Date(), ...toColumns(input), ownerId }));
    });
  }

  list(ownerId: string, page: PageQueryDto, filter: OpportunityFilter): Promise<Page<Opportunity>> {
    const query = ownedQuery(this.dataSource.manager, Opportunity, 'opportunity', ownerId);
    if (filter.kind) query.andWhere('opportunity.kind = :kind', { kind: filter.kind });
    if (filter.contactId) query.andWhere('opportunity.contactId = :contactId', { contactId: filter.contactId });
    if (filter.inquiryId) query.andWhere('opportunity.inquiryId = :inquiryId', { inquiryId: filter.inquiryId });
    return paginate(query, 'opportunity', page);
  }

  get(ownerId: string, id: string, manager: EntityManager = this.dataSource.manager): Promise<Opportunity> {
    return findOwned(manager, Opportunity, ownerId, id, 'Opportunity');
  }

  /**
   * One opportunity and the referral chain that led to its contact in its inquiry, from the seed
   * (empty without an inquiry, or when the contact is not in that inquiry's snowball).
   */
  async getWithChain(
    ownerId: string,
    id: string,
  ): Promise<{ opportunity: Opportunity; chain: ChainStepDto[]; chains: ChainStepDto[][] }> {
    const opportunity = await this.get(ownerId, id);
    const chains = opportunity.inquiryId
      ? await this.snowball.getChains(ownerId, opportunity.inquiryId, opportunity.contactId)
      : [];
    return { opportunity, chain: chains[0] ?? [], chains };
  }

  /** Changes an opportunity; a new `contactId` or `inquiryId` must be the caller's (404 otherwise). */
  update(ownerId: string, id: string, input: UpdateOpportunityDto, expectedVersion?: number): Promise<Opportunity> {
    return this.dataSource.transaction(async (manager) => {
      await takeChangeNumber(manager, ownerId);
      await assertOwned(manager, ownerId, { contacts: [input.contactId], inquiries: [input.inquiryId] });
      return versionedUpdate(
        manager,
        Opportunity,
        { id, ownerId, expectedVersion, label: 'Opportunity' },
        toColumns(input),
      );
    });
  }

  async remove(ownerId: string, id: string, expectedVersion?: number): Promise<void> {
    await ownerTransaction(this.dataSource, ownerId, (manager) =>
      versionedSoftDelete(manager, Opportunity, { id, ownerId, expectedVersion, label: 'Opportunity' }),
    );
  }
}
