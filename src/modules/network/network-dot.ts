import type { NetworkDto } from './dto/network.dto.js';
import { ParticipantOrigin } from '../snowball/participant.entity.js';
import {
  NODE_STROKE,
  PHONE_FIT_MAX_NODES,
  PHONE_SIZE_INCHES,
  printable,
  SENIORITY_SHAPE,
  SIDE_STYLE,
  STAGE_FILL,
  STAGES,
  waveAndStage,
} from './network-style.js';

/**
 * Above this many edges the reasons move from edge labels to tooltips: dot lays a label out as an
 * extra node, which roughly doubles the layout time of a large graph and buries the picture in text.
 */
export const EDGE_LABEL_LIMIT = 500;

const FONT = '"Helvetica,Arial,sans-serif"';

/**
 * A DOT double-quoted string holding `text` literally. The DOT parser reads `\"`, `\\` and
 * backslash-newline inside the quotes; label strings then give meaning to backslash escapes (`\n`,
 * `\N`, `\G`…) and to HTML entities (`&lt;`). So backslashes are doubled, quotes escaped, `&` written
 * `&amp;`, and line breaks become `\n` (centred lines): a raw newline never reaches the output.
 */
export function dotString(text: string): string {
  const escaped = printable(text)
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/&/g, '&amp;')
    .replace(/\n/g, '\\n');
  return `"${escaped}"`;
}

/**
 * The legend as the graph's label (fixed content, no user text): the stages as fill colours on two
 * rows of four, so it is never wider than a phone picture (a wider label was clipped); then the
 * shapes (seniority), the outlines (inside / outside) and the seed's double outline.
 */
function legend(): string {
  const row = (stages: readonly string[]) =>
    stages.map((stage) => `<td bgcolor="${STAGE_FILL[stage as keyof typeof STAGE_FILL]}">${stage}</td>`).join('');
  const shapes = Object.entries(SENIORITY_SHAPE)
    .map(([seniority, shape]) => `${seniority}: ${shape}`)
    .join(', ');
  return (
    '<<table border="0" cellborder="1" cellspacing="0" cellpadding="3">' +
    `<tr><td border="0" rowspan="2"><b>stage</b></td>${row(STAGES.slice(0, 4))}</tr>` +
    `<tr>${row(STAGES.slice(4))}</tr>` +
    `<tr><td border="0" colspan="5" align="left">${shapes}</td></tr>` +
    '<tr><td border="0" colspan="5" align="left">solid outline: inside · dashed: outside · double: seed</td></tr>' +
    '</table>>'
  );
}

/**
 * Left to right (waves as columns) while the widest wave has at least as many people as there are
 * waves less one; top to bottom otherwise (a long, thin snowball), so the picture stays taller than
 * wide, as a phone screen is.
 */
export function rankDirection(network: NetworkDto): 'LR' | 'TB' {
  const sizes = new Map<number, number>();
  for (const node of network.nodes) sizes.set(node.wave, (sizes.get(node.wave) ?? 0) + 1);
  const widest = Math.max(0, ...sizes.values());
  return sizes.size > widest + 1 ? 'TB' : 'LR';
}

/** A node's shape (seniority), outline (side, doubled for seeds) and fill (stage). */
function nodeLook(node: NetworkDto['nodes'][number]): string {
  const shape = node.seniority ? SENIORITY_SHAPE[node.seniority] : 'box';
  const side =
    node.sameOrganization === null
      ? SIDE_STYLE.unknown
      : node.sameOrganization
        ? SIDE_STYLE.inside
        : SIDE_STYLE.outside;
  const style = [shape === 'box' ? 'rounded' : null, 'filled', side].filter(Boolean).join(',');
  const seed = node.origin === ParticipantOrigin.Seed ? ', peripheries=2, penwidth=1.6' : '';
  return `shape=${shape}, style="${style}"${seed}`;
}

/**
 * The network as a Graphviz digraph: by wave (one `rank=same` subgraph per wave, left to right or
 * top to bottom, see rankDirection), nodes filled by stage, shaped by seniority, outlined by side
 * (seeds doubled) and labelled "Name\nwave N · stage", edges labelled with the reason; up to
 * PHONE_FIT_MAX_NODES people the drawing is scaled to fit a phone screen. Node
 * ids are `n<index>`; names only ever appear inside escaped label strings.
 */
export function toDot(network: NetworkDto): string {
  const index = new Map(network.nodes.map((node, i) => [node.contactId, `n${i}`]));
  const lines = [
    'digraph snowball {',
    `  graph [rankdir=${rankDirection(network)}, ranksep=0.9, nodesep=0.25, pad=0.2, fontname=${FONT}, fontsize=10, labelloc=b, labeljust=l, label=${legend()}${network.nodes.length <= PHONE_FIT_MAX_NODES ? `, size="${PHONE_SIZE_INCHES}"` : ''}];`,
    `  node [shape=box, style="rounded,filled", color="${NODE_STROKE}", fontname=${FONT}, fontsize=11];`,
    `  edge [color="#868e96", arrowsize=0.7, fontname=${FONT}, fontsize=9, fontcolor="#495057"];`,
  ];

  const waves = new Map<number, string[]>();
  network.nodes.forEach((node, i) => {
    const ids = waves.get(node.wave) ?? [];
    ids.push(`n${i}`);
    waves.set(node.wave, ids);
  });
  for (const [wave, ids] of [...waves].sort(([a], [b]) => a - b)) {
    lines.push(`  subgraph wave_${wave} { rank=same; ${ids.join('; ')}; }`);
  }

  network.nodes.forEach((node, i) => {
    const label = dotString(`${node.name}\n${waveAndStage(node.wave, node.stage)}`);
    lines.push(
      `  n${i} [id="contact-${node.contactId}", label=${label}, fillcolor="${STAGE_FILL[node.stage]}", ${nodeLook(node)}];`,
    );
  });

  const reasonAttribute = network.edges.length > EDGE_LABEL_LIMIT ? 'tooltip' : 'label';
  for (const edge of network.edges) {
    const from = index.get(edge.from);
    const to = index.get(edge.to);
    if (!from || !to) continue;
    const reason = edge.reason ? `, ${reasonAttribute}=${dotString(edge.reason)}` : '';
    lines.push(`  ${from} -> ${to} [id="referral-${edge.id}"${reason}];`);
  }
  lines.push('}', '');
  return lines.join('\n');
}
