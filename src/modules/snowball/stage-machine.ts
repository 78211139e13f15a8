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

/**
 * `rankOf(column)` in SQL: a CASE over the stage's literals (immutable, so Citus can push an UPDATE
 * that compares it down to the shard as it is). A searched CASE (`WHEN column = '…'`): Citus 13
 * deparses the simple form (`CASE column WHEN '…'`) for the shards as `participant_stage = boolean`.
 */
export function stageRankSql(column: string): string {
  const cases = (Object.keys(RANK) as ParticipantStage[]).map(
    (stage) => `WHEN ${column} = '${stage}' THEN ${RANK[stage]}`,
  );
  return `(CASE ${cases.join(' ')} END)`;
}

/**
 * The SQL condition under which `advance(column, implied)` moves the stage, with the implied stage
 * as parameter `$stage` and its rank as parameter `$rank`: a higher rank, or another answer of the
 * same rank as an answer (a later answer replaces an earlier one).
 */
export function advancesSql(column: string, stage: string, rank: string): string {
  const answer = RANK[ParticipantStage.Accepted];
  const current = stageRankSql(column);
  return `(${current} < ${rank} OR (${rank} = ${answer} AND ${current} = ${answer} AND ${column} <> ${stage}))`;
}

/** Stages with the given rank or more (SQL filters such as "not yet asked"). */
export function stagesFrom(rank: number): ParticipantStage[] {
  return (Object.keys(RANK) as ParticipantStage[]).filter((stage) => RANK[stage] >= rank);
}
