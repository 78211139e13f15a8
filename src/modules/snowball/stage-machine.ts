import { ParticipantStage } from './participant.entity.js';

/**
 * How far along the snowball a participant is. Logging an interaction only ever moves a participant
 * forward; the three answers to an ask share one rank (a later answer replaces an earlier one).
 */
const RANK: Record<ParticipantStage, number> = {
  [ParticipantStage.Suggested]: 0,
  [ParticipantStage.ToAsk]: 1,
  [ParticipantStage.Asked]: 2,
  [ParticipantStage.Accepted]: 3,
  [ParticipantStage.Declined]: 3,
  [ParticipantStage.NoResponse]: 3,
  [ParticipantStage.Met]: 4,
  [ParticipantStage.Thanked]: 5,
};

export function stageRank(stage: ParticipantStage): number {
  return RANK[stage];
}

/** The stage after logging something that implies `implied`: never backwards. */
export function advance(current: ParticipantStage, implied: ParticipantStage): ParticipantStage {
  const from = RANK[current];
  const to = RANK[implied];
  if (to > from) return implied;
  if (to === from && from === RANK[ParticipantStage.Accepted]) return implied;
  return current;
}

/** Stages with the given rank or more (SQL filters such as "not yet asked"). */
export function stagesFrom(rank: number): ParticipantStage[] {
  return (Object.keys(RANK) as ParticipantStage[]).filter((stage) => RANK[stage] >= rank);
}
