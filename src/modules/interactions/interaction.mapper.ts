import type { InteractionDto, LoggedInteractionDto } from './dto/interaction.dto.js';
import type { LoggedInteraction } from './interactions.service.js';
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

export function toLoggedInteractionDto(logged: LoggedInteraction): LoggedInteractionDto {
  return { ...toInteractionDto(logged.interaction), joined: logged.joined.map((joined) => ({ ...joined })) };
}
