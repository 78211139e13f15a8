import { ParticipantStage } from '../snowball/participant.entity.js';

/** The stages in funnel order, for legends and class definitions. */
export const STAGES: readonly ParticipantStage[] = [
  ParticipantStage.Suggested,
  ParticipantStage.ToAsk,
  ParticipantStage.Asked,
  ParticipantStage.Accepted,
  ParticipantStage.Declined,
  ParticipantStage.NoResponse,
  ParticipantStage.Met,
  ParticipantStage.Thanked,
];

/** One fill colour per stage (light, so black text stays readable), shared by DOT, SVG and Mermaid. */
export const STAGE_FILL: Readonly<Record<ParticipantStage, string>> = {
  [ParticipantStage.Suggested]: '#e9ecef',
  [ParticipantStage.ToAsk]: '#a5d8ff',
  [ParticipantStage.Asked]: '#ffec99',
  [ParticipantStage.Accepted]: '#b2f2bb',
  [ParticipantStage.Declined]: '#ffc9c9',
  [ParticipantStage.NoResponse]: '#ffd8a8',
  [ParticipantStage.Met]: '#69db7c',
  [ParticipantStage.Thanked]: '#d0bfff',
};

/** The outline colour of every node. */
export const NODE_STROKE = '#495057';

/**
 * Text as the picture formats can carry it: line breaks normalised to `\n`, and the control
 * characters XML 1.0 cannot represent at all (and Graphviz would copy into its SVG) replaced by
 * U+FFFD. JSON keeps the stored text untouched.
 */
export function printable(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g, '\uFFFD')
  );
}

/** "wave N · stage", the second line of every node label. */
export const waveAndStage = (wave: number, stage: ParticipantStage) => `wave ${wave} · ${stage}`;
