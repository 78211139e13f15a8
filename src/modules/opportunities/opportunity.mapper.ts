import type { ChainStepDto } from '../snowball/dto/chain.dto.js';
import type { OpportunityDto, OpportunityWithChainDto } from './dto/opportunity.dto.js';
import type { Opportunity } from './opportunity.entity.js';

export function toOpportunityDto(opportunity: Opportunity): OpportunityDto {
  return {
    id: opportunity.id,
    contactId: opportunity.contactId,
    inquiryId: opportunity.inquiryId,
    kind: opportunity.kind,
    description: opportunity.description,
    occurredAt: opportunity.occurredAt,
    createdAt: opportunity.createdAt,
    updatedAt: opportunity.updatedAt,
    version: opportunity.version,
  };
}

export function toOpportunityWithChainDto(
  opportunity: Opportunity,
  chain: ChainStepDto[],
  chains: ChainStepDto[][],
): OpportunityWithChainDto {
  return { ...toOpportunityDto(opportunity), chain, chains };
}
