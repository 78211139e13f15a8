import type { InsightDto } from './dto/insight.dto.js';
import type { Insight } from './insight.entity.js';

export function toInsightDto(insight: Insight): InsightDto {
  return {
    id: insight.id,
    inquiryId: insight.inquiryId,
    contactId: insight.contactId,
    interactionId: insight.interactionId,
    questionIds: insight.questionIds,
    text: insight.text,
    kind: insight.kind,
    themes: insight.themes,
    importance: insight.importance,
    quote: insight.quote,
    createdAt: insight.createdAt,
    updatedAt: insight.updatedAt,
    version: insight.version,
  };
}
