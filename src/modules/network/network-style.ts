import { Seniority } from '../contacts/contact.entity.js';
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

/** The node shape per seniority (unknown: a plain rounded box), shared by DOT and the legend. */
export const SENIORITY_SHAPE: Readonly<Record<Seniority, string>> = {
  [Seniority.Junior]: 'ellipse',
  [Seniority.Peer]: 'box',
  [Seniority.Senior]: 'hexagon',
  [Seniority.Executive]: 'octagon',
};

/** Outline per side: solid inside your organisation, dashed outside, dotted when unknown. */
export const SIDE_STYLE = { inside: 'solid', outside: 'dashed', unknown: 'dotted' } as const;

/** Up to this many people, the SVG is scaled to fit a phone screen (about 5 × 10 inches at most). */
export const PHONE_FIT_MAX_NODES = 40;
export const PHONE_SIZE_INCHES = '5,10';

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
