import { toCommitmentDto } from '../commitments/commitment.mapper.js';
import { toInsightDto } from '../insights/insight.mapper.js';
import { toInteractionDto } from '../interactions/interaction.mapper.js';
import { toReferralDto } from '../snowball/snowball.mapper.js';
import type { Debrief } from './debriefs.service.js';
import type { DebriefDto } from './dto/debrief.dto.js';

export function toDebriefDto(debrief: Debrief): DebriefDto {
  const thankYou = debrief.thankYou;
  return {
    conversation: toInteractionDto(debrief.conversation),
    insights: debrief.insights.map(toInsightDto),
    referrals: debrief.referrals.map(toReferralDto),
    commitments: debrief.commitments.map(toCommitmentDto),
    next: {
      thankYou: thankYou && {
        interactionId: thankYou.interactionId,
        dueAt: thankYou.dueAt,
        sentence: `Send a thank-you for this ${debrief.conversation.kind} by ${thankYou.dueAt.toISOString().slice(0, 10)}.`,
      },
      participants: debrief.participants.map((participant) => ({ ...participant })),
    },
  };
}
