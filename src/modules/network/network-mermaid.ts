import type { NetworkDto } from './dto/network.dto.js';
import { NODE_STROKE, printable, STAGE_FILL, STAGES, waveAndStage } from './network-style.js';

/** Characters Mermaid would read as syntax, markup or entities, as Mermaid entity codes. */
const MERMAID_ENTITIES: Record<string, string> = {
  '#': '#35;',
  '&': '#amp;',
  '"': '#quot;',
  '<': '#lt;',
  '>': '#gt;',
  '|': '#124;',
  '%': '#37;',
  '`': '#96;',
};

/**
 * A double-quoted Mermaid label holding `text` literally: the quote can't be closed (`#quot;`),
 * `#` can't start an entity of the caller's choosing (`#35;`), `<`/`>` can't open markup, `|` can't end
 * an edge label, `%` can't start a `%%{…}%%` directive and a backtick can't start a Markdown string.
 * Line breaks become `<br/>`, so a label never spans two lines of the source.
 */
export function mermaidString(text: string): string {
  const escaped = printable(text)
    .replace(/[#&"<>|%`]/g, (char) => MERMAID_ENTITIES[char])
    .replace(/\n/g, '<br/>');
  return `"${escaped}"`;
}

/**
 * The network as a Mermaid flowchart, left to right: one class per stage (same colours as the
 * Graphviz picture), nodes `n<index>["Name<br/>wave N · stage"]`, edges `n0 -->|"reason"| n1`.
 */
export function toMermaid(network: NetworkDto): string {
  const index = new Map(network.nodes.map((node, i) => [node.contactId, `n${i}`]));
  const lines = ['flowchart LR'];
  for (const stage of STAGES) {
    lines.push(`  classDef ${stage} fill:${STAGE_FILL[stage]},stroke:${NODE_STROKE},color:#212529`);
  }
  network.nodes.forEach((node, i) => {
    const label = mermaidString(`${node.name}\n${waveAndStage(node.wave, node.stage)}`);
    lines.push(`  n${i}[${label}]:::${node.stage}`);
  });
  for (const edge of network.edges) {
    const from = index.get(edge.from);
    const to = index.get(edge.to);
    if (!from || !to) continue;
    lines.push(edge.reason ? `  ${from} -->|${mermaidString(edge.reason)}| ${to}` : `  ${from} --> ${to}`);
  }
  lines.push('');
  return lines.join('\n');
}
