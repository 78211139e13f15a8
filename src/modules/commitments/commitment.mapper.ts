import type { Commitment } from './commitment.entity.js';
import type { CommitmentDto } from './dto/commitment.dto.js';

export function toCommitmentDto(commitment: Commitment): CommitmentDto {
  return {
    id: commitment.id,
    contactId: commitment.contactId,
    inquiryId: commitment.inquiryId,
    description: commitment.description,
    owner: commitment.owner,
    dueAt: commitment.dueAt,
    status: commitment.status,
    createdAt: commitment.createdAt,
    updatedAt: commitment.updatedAt,
    version: commitment.version,
  };
}
