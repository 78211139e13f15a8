import type { InteractionDto } from './dto/interaction.dto.js';
import type { Interaction } from './interaction.entity.js';

export function toInteractionDto(interaction: Interaction): InteractionDto {
  return {
    id: interaction.id,
    contactId: interaction.contactId,
    inquiryId: interaction.inquiryId,
    kind: interaction.kind,
    occurredAt: interaction.occurredAt,
    durationMinutes: interaction.durationMinutes,
    outcome: interaction.outcome,
    respondedAt: interaction.respondedAt,
    rating: interaction.rating,
    summary: interaction.summary,
    offered: interaction.offered,
    createdAt: interaction.createdAt,
    updatedAt: interaction.updatedAt,
    version: interaction.version,
  };
}
