import { AskOutcome, InteractionKind } from '../interactions/interaction.entity.js';
import { ParticipantStage } from './participant.entity.js';

/** The participant stage an interaction implies: asks by outcome, meetings and calls → met, thank-yous → thanked. */
export function impliedStage(kind: InteractionKind, outcome: AskOutcome | null): ParticipantStage | null {
  switch (kind) {
    case InteractionKind.Ask:
      switch (outcome) {
        case AskOutcome.Accepted:
          return ParticipantStage.Accepted;
        case AskOutcome.Declined:
          return ParticipantStage.Declined;
        case AskOutcome.NoResponse:
          return ParticipantStage.NoResponse;
        default:
          return ParticipantStage.Asked;
      }
    case InteractionKind.Meeting:
    case InteractionKind.Call:
      return ParticipantStage.Met;
    case InteractionKind.ThankYou:
      return ParticipantStage.Thanked;
    default:
      return null;
  }
}
