import { XMLBuilder } from 'fast-xml-parser';
import type { NetworkDto } from './dto/network.dto.js';
import { printable } from './network-style.js';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

/** GraphML keys: `[id, for, attr.type]`; each key's `attr.name` is its id. */
const KEYS: Array<[string, 'node' | 'edge', 'string' | 'int' | 'boolean']> = [
  ['name', 'node', 'string'],
  ['wave', 'node', 'int'],
  ['stage', 'node', 'string'],
  ['origin', 'node', 'string'],
  ['seniority', 'node', 'string'],
  ['sameOrganization', 'node', 'boolean'],
  ['reason', 'edge', 'string'],
];

/** Attributes and text are escaped by the builder (`processEntities`); nothing is concatenated by hand. */
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  processEntities: true,
  suppressEmptyNode: true,
  format: true,
});

const data = (key: string, value: string | number | boolean | null) =>
  value === null ? [] : [{ '@_key': key, '#text': typeof value === 'string' ? printable(value) : String(value) }];

/**
 * The network as GraphML (for Gephi, yEd, NetworkX…): a directed graph whose nodes are the
 * participants (id = contact id) and whose edges are the referrals (id = referral id). Unknown
 * values (no seniority, no reason…) are left out rather than written as empty strings.
 */
export function toGraphml(inquiryId: string, network: NetworkDto): string {
  const nodeIds = new Set(network.nodes.map((node) => node.contactId));
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    graphml: {
      '@_xmlns': GRAPHML_NS,
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xsi:schemaLocation': `${GRAPHML_NS} ${GRAPHML_NS}/1.0/graphml.xsd`,
      key: KEYS.map(([id, domain, type]) => ({
        '@_id': id,
        '@_for': domain,
        '@_attr.name': id,
        '@_attr.type': type,
      })),
      graph: {
        '@_id': `inquiry-${inquiryId}`,
        '@_edgedefault': 'directed',
        node: network.nodes.map((node) => ({
          '@_id': node.contactId,
          data: [
            ...data('name', node.name),
            ...data('wave', node.wave),
            ...data('stage', node.stage),
            ...data('origin', node.origin),
            ...data('seniority', node.seniority),
            ...data('sameOrganization', node.sameOrganization),
          ],
        })),
        edge: network.edges
          .filter((edge) => nodeIds.has(edge.from) && nodeIds.has(edge.to))
          .map((edge) => ({
            '@_id': edge.id,
            '@_source': edge.from,
            '@_target': edge.to,
            data: data('reason', edge.reason),
          })),
      },
    },
  });
}
