import type { NetworkDto } from './dto/network.dto.js';
import { NODE_STROKE, printable, STAGE_FILL, STAGES, waveAndStage } from './network-style.js';

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

/** The stage legend as the graph's label: a one-row HTML-like table with fixed content (no user text). */
function legend(): string {
  const cells = STAGES.map((stage) => `<td bgcolor="${STAGE_FILL[stage]}">${stage}</td>`).join('');
  return `<<table border="0" cellborder="1" cellspacing="0" cellpadding="4"><tr><td border="0"><b>stage</b></td>${cells}</tr></table>>`;
}

/**
 * The network as a Graphviz digraph: left to right by wave (one `rank=same` subgraph per wave),
 * nodes filled by stage and labelled "Name\nwave N · stage", edges labelled with the reason. Node
 * ids are `n<index>`; names only ever appear inside escaped label strings.
 */
export function toDot(network: NetworkDto): string {
  const index = new Map(network.nodes.map((node, i) => [node.contactId, `n${i}`]));
  const lines = [
    'digraph snowball {',
    `  graph [rankdir=LR, ranksep=0.9, nodesep=0.25, fontname=${FONT}, fontsize=10, labelloc=b, labeljust=l, label=${legend()}];`,
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
    lines.push(`  n${i} [id="contact-${node.contactId}", label=${label}, fillcolor="${STAGE_FILL[node.stage]}"];`);
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
