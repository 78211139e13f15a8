import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Graphviz } from '@hpcc-js/wasm-graphviz';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { GraphvizRenderer, RENDER_TIMEOUT_MS } from '../../src/modules/network/graphviz.renderer.js';
import { EDGE_LABEL_LIMIT, toDot } from '../../src/modules/network/network-dot.js';
import { ParticipantOrigin, ParticipantStage } from '../../src/modules/snowball/participant.entity.js';
import { registerUser, type TestUser } from '../factories/users.js';
import * as api from '../support/api.js';
import { expectStatus } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

interface NetworkNode {
  contactId: string;
  name: string;
  wave: number;
  stage: string;
  origin: string;
  seniority: string | null;
  sameOrganization: boolean | null;
}
interface NetworkEdge {
  id: string;
  from: string;
  to: string;
  reason: string | null;
}
interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

type Xml = Record<string, unknown>;

const FORMATS = ['json', 'dot', 'mermaid', 'graphml', 'svg'] as const;
type Format = (typeof FORMATS)[number];

const MEDIA: Record<Format, { type: string; ext: string }> = {
  json: { type: 'application/json', ext: 'json' },
  dot: { type: 'text/vnd.graphviz', ext: 'dot' },
  mermaid: { type: 'text/plain', ext: 'mmd' },
  graphml: { type: 'application/graphml+xml', ext: 'graphml' },
  svg: { type: 'image/svg+xml', ext: 'svg' },
};

/** Names that try to break out of every format's quoting. */
const HOSTILE = {
  sql: '"; DROP TABLE contact; --',
  script: '<script>alert(1)</script>',
  backslash: 'C:\\new\\table \\N \\G\nsecond "line"\n\\',
  mermaid: 'x"]; click n0 call alert() ] | # --> n1 %%{init: {"theme":"dark"}}%% #quot; &lt;b&gt; AT&T `md`',
};
const HOSTILE_REASON = 'said "ask her" | <b>now</b> # -->\nand ]] {x} \\n &amp;';

/** Collects any response body as text (supertest only buffers text/* and JSON by itself). */
function asText(res: unknown, done: (error: Error | null, body: string) => void) {
  const stream = res as NodeJS.ReadableStream;
  let body = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => (body += chunk));
  stream.on('end', () => done(null, body));
}

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => ['key', 'node', 'edge', 'data', 'g', 'text'].includes(name),
});

/** Every element named `name` anywhere under `value` (fast-xml-parser's object tree). */
function findAll(value: unknown, name: string, found: Xml[] = []): Xml[] {
  if (Array.isArray(value)) {
    for (const item of value) findAll(item, name, found);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value as Xml)) {
      if (key === name) found.push(...(Array.isArray(child) ? (child as Xml[]) : [child as Xml]));
      findAll(child, name, found);
    }
  }
  return found;
}

/** Reverses the Mermaid label escaping (entity codes and `<br/>`), as Mermaid itself renders it. */
function decodeMermaid(label: string): string {
  const named: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>' };
  return label
    .replace(/<br\/>/g, '\n')
    .replace(/#(\w+);/g, (entity, code: string) =>
      /^\d+$/.test(code) ? String.fromCodePoint(Number(code)) : (named[code] ?? entity),
    );
}

const NODE_LINE = /^ {2}n(\d+)\["([^"\n]*)"\]:::([a-z_]+)$/;
const EDGE_LINE = /^ {2}n(\d+) -->(?:\|"([^"\n]*)"\|)? n(\d+)$/;
const CLASS_LINE = /^ {2}classDef [a-z_]+ fill:#[0-9a-f]{6},stroke:#[0-9a-f]{6},color:#[0-9a-f]{6}$/;

describe('GET /v1/inquiries/:id/network', () => {
  let t: TestApp;
  let user: TestUser;
  let other: TestUser;
  let graphviz: Graphviz;

  beforeAll(async () => {
    t = await createTestApp();
    user = await registerUser(t);
    other = await registerUser(t);
    graphviz = await Graphviz.load();
  });
  afterAll(async () => {
    await t.close();
  });

  const createInquiry = async (owner: TestUser = user) => (await api.createInquiry(t, owner, { title: 'Network' })).id;
  const createContact = async (name: string, extra: Record<string, unknown> = {}, owner: TestUser = user) =>
    (await api.createContact(t, owner, { name, ...extra })).id;
  const seed = (inquiryId: string, contactId: string) => api.addParticipant(t, user, inquiryId, contactId);
  const refer = (inquiryId: string, body: Record<string, unknown>) =>
    api.createReferral<{ id: string; referredId: string; wave: number }>(t, user, inquiryId, body);
  const setStage = (inquiryId: string, contactId: string, stage: string) =>
    api.setParticipantStage(t, user, inquiryId, contactId, stage);

  const fetchNetwork = (inquiryId: string, format?: Format, owner: TestUser = user) => {
    const request = t
      .http()
      .get(`/v1/inquiries/${inquiryId}/network`)
      .query(format ? { format } : {})
      .set(owner.auth);
    return format && format !== 'json' ? request.buffer(true).parse(asText) : request;
  };

  /** The network in one format: checks status and headers, returns the body. */
  async function network(inquiryId: string, format: 'json'): Promise<Network>;
  async function network(inquiryId: string, format: Exclude<Format, 'json'>): Promise<string>;
  async function network(inquiryId: string, format: Format): Promise<Network | string> {
    const res = expectStatus(await fetchNetwork(inquiryId, format), 200);
    expect(res.headers['content-type']).toBe(`${MEDIA[format].type}; charset=utf-8`);
    expect(res.headers['content-disposition']).toBe(`inline; filename="network-${inquiryId}.${MEDIA[format].ext}"`);
    return res.body as Network | string;
  }

  function parseGraphml(xml: string) {
    expect(XMLValidator.validate(xml)).toBe(true);
    const graphml = (xmlParser.parse(xml) as { graphml: Xml }).graphml;
    const graph = graphml.graph as Xml;
    const values = (element: Xml): Record<string, string> =>
      Object.fromEntries(
        ((element.data as Xml[] | undefined) ?? []).map((d) => [d['@_key'] as string, (d['#text'] as string) ?? '']),
      );
    const nodes: Array<Record<string, string>> = ((graph.node as Xml[] | undefined) ?? []).map((node) => ({
      id: node['@_id'] as string,
      ...values(node),
    }));
    const edges: Array<Record<string, string>> = ((graph.edge as Xml[] | undefined) ?? []).map((edge) => ({
      id: edge['@_id'] as string,
      source: edge['@_source'] as string,
      target: edge['@_target'] as string,
      ...values(edge),
    }));
    return { graphml, graph, nodes, edges };
  }

  /** SVG node (or edge) groups by their title (`n<index>`, `n0->n1`), each with its text lines. */
  function parseSvg(svg: string, kind: 'node' | 'edge' = 'node'): Map<string, string[]> {
    expect(XMLValidator.validate(svg)).toBe(true);
    // The parser leaves numeric character references alone; Graphviz writes `-` as `&#45;`. Resolving
    // them before parsing is exact for every character that is not markup-significant.
    const resolved = svg.replace(/&#(x[0-9a-f]+|\d+);/gi, (ref, code: string) => {
      const char = String.fromCodePoint(code[0].toLowerCase() === 'x' ? parseInt(code.slice(1), 16) : Number(code));
      return '<>&"\''.includes(char) ? ref : char;
    });
    const groups = findAll(xmlParser.parse(resolved), 'g').filter((g) => g['@_class'] === kind);
    return new Map(
      groups.map((g) => [
        String(g.title),
        ((g.text as Xml[] | undefined) ?? []).map((line) => ((line['#text'] as string) ?? '').replace(/\u00a0/g, ' ')),
      ]),
    );
  }

  function parseMermaid(source: string) {
    const lines = source.trimEnd().split('\n');
    expect(lines[0]).toBe('flowchart LR');
    const nodes = new Map<string, { label: string; stage: string }>();
    const edges: Array<{ from: string; to: string; reason: string | null }> = [];
    for (const line of lines.slice(1)) {
      const node = NODE_LINE.exec(line);
      const edge = EDGE_LINE.exec(line);
      if (node) nodes.set(`n${node[1]}`, { label: decodeMermaid(node[2]), stage: node[3] });
      else if (edge)
        edges.push({ from: `n${edge[1]}`, to: `n${edge[3]}`, reason: edge[2] ? decodeMermaid(edge[2]) : null });
      else expect({ line, matches: CLASS_LINE.test(line) }).toEqual({ line, matches: true });
    }
    return { nodes, edges, classDefs: lines.filter((line) => CLASS_LINE.test(line)).length };
  }

  describe('a hand-built snowball', () => {
    let inquiryId: string;
    let referrals: Record<'samAna' | 'samBen' | 'anaCy' | 'benCy' | 'deeBen', string>;
    let expected: Network;

    beforeAll(async () => {
      inquiryId = await createInquiry();
      const sam = await createContact('Sam Seed', { seniority: 'senior', sameOrganization: false });
      const dee = await createContact('Dee Seed', { seniority: 'executive', sameOrganization: true });
      const ana = await createContact('Ana Peer', { seniority: 'peer', sameOrganization: true });
      const ben = await createContact('Ben');
      await seed(inquiryId, sam);
      await seed(inquiryId, dee);
      const samAna = (await refer(inquiryId, { referrerId: sam, referredId: ana, reason: 'ran the pilot' })).id;
      const samBen = (await refer(inquiryId, { referrerId: sam, referredId: ben, reason: 'owns the budget' })).id;
      const anaCyReferral = await refer(inquiryId, {
        referrerId: ana,
        referred: { name: 'Cy Junior', seniority: 'junior', sameOrganization: false },
      });
      const cy = anaCyReferral.referredId;
      const benCy = (await refer(inquiryId, { referrerId: ben, referredId: cy, reason: 'works with Cy' })).id;
      const deeBen = (await refer(inquiryId, { referrerId: dee, referredId: ben, reason: 'knows Ben' })).id;
      await setStage(inquiryId, ana, 'met');
      await setStage(inquiryId, ben, 'asked');

      // Gone: a referral deleted again (its orphan, still suggested, leaves the inquiry) and a deleted contact.
      const eve = await createContact('Eve Gone');
      const samEve = await refer(inquiryId, { referrerId: sam, referredId: eve, reason: 'deleted later' });
      expectStatus(await t.http().delete(`/v1/inquiries/${inquiryId}/referrals/${samEve.id}`).set(user.auth), 204);
      const fay = await createContact('Fay Deleted');
      await seed(inquiryId, fay);
      await refer(inquiryId, { referrerId: fay, referredId: ana, reason: 'from a deleted contact' });
      expectStatus(await t.http().delete(`/v1/contacts/${fay}`).set(user.auth), 204);

      referrals = { samAna, samBen, anaCy: anaCyReferral.id, benCy, deeBen };
      expected = {
        nodes: [
          {
            contactId: sam,
            name: 'Sam Seed',
            wave: 0,
            stage: 'to_ask',
            origin: 'seed',
            seniority: 'senior',
            sameOrganization: false,
          },
          {
            contactId: dee,
            name: 'Dee Seed',
            wave: 0,
            stage: 'to_ask',
            origin: 'seed',
            seniority: 'executive',
            sameOrganization: true,
          },
          {
            contactId: ana,
            name: 'Ana Peer',
            wave: 1,
            stage: 'met',
            origin: 'referral',
            seniority: 'peer',
            sameOrganization: true,
          },
          {
            contactId: ben,
            name: 'Ben',
            wave: 1,
            stage: 'asked',
            origin: 'referral',
            seniority: null,
            sameOrganization: null,
          },
          {
            contactId: cy,
            name: 'Cy Junior',
            wave: 2,
            stage: 'suggested',
            origin: 'referral',
            seniority: 'junior',
            sameOrganization: false,
          },
        ],
        edges: [
          { id: samAna, from: sam, to: ana, reason: 'ran the pilot' },
          { id: samBen, from: sam, to: ben, reason: 'owns the budget' },
          { id: anaCyReferral.id, from: ana, to: cy, reason: null },
          { id: benCy, from: ben, to: cy, reason: 'works with Cy' },
          { id: deeBen, from: dee, to: ben, reason: 'knows Ben' },
        ],
      };
    });

    it('answers JSON by default: nodes by wave with stage, origin and perspective; live edges only', async () => {
      const res = expectStatus(await fetchNetwork(inquiryId), 200);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(`inline; filename="network-${inquiryId}.json"`);
      expect(res.body).toEqual(expected);
      expect(await network(inquiryId, 'json')).toEqual(expected);
    });

    it('writes DOT that Graphviz lays out: one node per participant, ranks by wave, fill by stage, labelled edges', async () => {
      const dot = await network(inquiryId, 'dot');
      expect(() => graphviz.dot(dot)).not.toThrow();
      expect(dot).toMatch(/^digraph snowball \{/);
      expect(dot).toContain('rankdir=LR');
      const nodeLines = dot.split('\n').filter((line) => /^ {2}n\d+ \[id="contact-/.test(line));
      expect(nodeLines).toHaveLength(expected.nodes.length);
      expected.nodes.forEach((node, i) => {
        expect(nodeLines[i]).toContain(
          `n${i} [id="contact-${node.contactId}", label="${node.name}\\nwave ${node.wave} · ${node.stage}"`,
        );
      });
      expect(dot).toContain('subgraph wave_0 { rank=same; n0; n1; }');
      expect(dot).toContain('subgraph wave_1 { rank=same; n2; n3; }');
      expect(dot).toContain('subgraph wave_2 { rank=same; n4; }');
      const fills = nodeLines.map((line) => /fillcolor="(#[0-9a-f]{6})"/.exec(line)![1]);
      expect(fills[0]).toBe(fills[1]); // both to_ask
      expect(new Set(fills).size).toBe(4); // to_ask, met, asked, suggested
      expect(dot).toContain(`n0 -> n2 [id="referral-${referrals.samAna}", label="ran the pilot"];`);
      expect(dot).toContain(`n2 -> n4 [id="referral-${referrals.anaCy}"];`);
      expect(dot.split('\n').filter((line) => / -> /.test(line))).toHaveLength(expected.edges.length);

      // Graphviz's own reading of the file: the same nodes and edges.
      const layout = JSON.parse(graphviz.dot(dot, 'json')) as { objects?: Array<{ name: string }>; edges?: unknown[] };
      const names = (layout.objects ?? []).map((object) => object.name).filter((name) => /^n\d+$/.test(name));
      expect(names.sort()).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
      expect(layout.edges).toHaveLength(expected.edges.length);
    });

    it('writes a Mermaid flowchart with one line per node and per edge, and a class per stage', async () => {
      const parsed = parseMermaid(await network(inquiryId, 'mermaid'));
      expect(parsed.classDefs).toBe(8);
      expect([...parsed.nodes.entries()]).toEqual(
        expected.nodes.map((node, i) => [
          `n${i}`,
          { label: `${node.name}\nwave ${node.wave} · ${node.stage}`, stage: node.stage },
        ]),
      );
      const index = new Map(expected.nodes.map((node, i) => [node.contactId, `n${i}`]));
      expect(parsed.edges).toEqual(
        expected.edges.map((edge) => ({ from: index.get(edge.from), to: index.get(edge.to), reason: edge.reason })),
      );
    });

    it('writes valid GraphML with declared keys, every node and edge and their data', async () => {
      const { graphml, graph, nodes, edges } = parseGraphml(await network(inquiryId, 'graphml'));
      expect(graphml['@_xmlns']).toBe('http://graphml.graphdrawing.org/xmlns');
      expect(graph['@_edgedefault']).toBe('directed');
      expect(
        (graphml.key as Xml[]).map((key) => [key['@_id'], key['@_for'], key['@_attr.name'], key['@_attr.type']]),
      ).toEqual([
        ['name', 'node', 'name', 'string'],
        ['wave', 'node', 'wave', 'int'],
        ['stage', 'node', 'stage', 'string'],
        ['origin', 'node', 'origin', 'string'],
        ['seniority', 'node', 'seniority', 'string'],
        ['sameOrganization', 'node', 'sameOrganization', 'boolean'],
        ['reason', 'edge', 'reason', 'string'],
      ]);
      expect(nodes).toEqual(
        expected.nodes.map((node) => ({
          id: node.contactId,
          name: node.name,
          wave: String(node.wave),
          stage: node.stage,
          origin: node.origin,
          ...(node.seniority === null ? {} : { seniority: node.seniority }),
          ...(node.sameOrganization === null ? {} : { sameOrganization: String(node.sameOrganization) }),
        })),
      );
      expect(edges).toEqual(
        expected.edges.map((edge) => ({
          id: edge.id,
          source: edge.from,
          target: edge.to,
          ...(edge.reason === null ? {} : { reason: edge.reason }),
        })),
      );
    });

    it('renders SVG on the server: well-formed XML with one node group per participant', async () => {
      const svg = await network(inquiryId, 'svg');
      const groups = parseSvg(svg);
      expect(groups.size).toBe(expected.nodes.length);
      expected.nodes.forEach((node, i) => {
        expect(groups.get(`n${i}`)).toEqual([node.name, `wave ${node.wave} · ${node.stage}`]);
      });
      expect(svg.match(/<g id="[^"]*" class="edge">/g)).toHaveLength(expected.edges.length);
    });

    it('answers 404 for every format of another user’s inquiry and of a missing one, and reveals nothing', async () => {
      const missing = '00000000-0000-4000-8000-000000000000';
      for (const format of FORMATS) {
        for (const [id, caller] of [
          [inquiryId, other],
          [missing, user],
        ] as const) {
          const res = await t.http().get(`/v1/inquiries/${id}/network`).query({ format }).set(caller.auth);
          expect({
            format,
            status: res.status,
            type: res.headers['content-type'],
            code: (res.body as { code?: string }).code,
          }).toEqual({
            format,
            status: 404,
            type: 'application/problem+json; charset=utf-8',
            code: 'not_found',
          });
          expect(res.text).not.toContain('Sam Seed');
        }
      }
    });

    it('refuses an unknown format, a malformed id and a missing token', async () => {
      const bad = await t.http().get(`/v1/inquiries/${inquiryId}/network`).query({ format: 'png' }).set(user.auth);
      expect(bad.status).toBe(400);
      expect((bad.body as { errors: Array<{ field: string }> }).errors).toEqual([
        expect.objectContaining({ field: 'format' }),
      ]);
      expect((await t.http().get('/v1/inquiries/not-a-uuid/network').set(user.auth)).status).toBe(400);
      expect((await t.http().get(`/v1/inquiries/${inquiryId}/network`)).status).toBe(401);
    });

    it('never uses a name as a DOT identifier: outside quoted strings there are only n<index> and keywords', async () => {
      const dot = await network(inquiryId, 'dot');
      const identifiers = new Set(
        dot
          .replace(/"(?:[^"\\]|\\.)*"/g, '""')
          .replace(/<<table[\s\S]*?<\/table>>/g, '')
          .match(/[A-Za-z_][A-Za-z0-9_]*/g),
      );
      for (const node of expected.nodes) expect(identifiers).not.toContain(node.name.split(' ')[0]);
      expect([...identifiers].filter((id) => /^n\d+$/.test(id)).sort()).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
    });
  });

  describe('hostile names and reasons', () => {
    let inquiryId: string;
    let expected: Network;

    beforeAll(async () => {
      inquiryId = await createInquiry();
      const sql = await createContact(HOSTILE.sql, { seniority: 'peer', sameOrganization: true });
      const script = await createContact(HOSTILE.script);
      const backslash = await createContact(HOSTILE.backslash);
      const mermaid = await createContact(HOSTILE.mermaid);
      await seed(inquiryId, sql);
      const r1 = await refer(inquiryId, { referrerId: sql, referredId: script, reason: HOSTILE_REASON });
      const r2 = await refer(inquiryId, { referrerId: script, referredId: backslash, reason: HOSTILE.script });
      const r3 = await refer(inquiryId, { referrerId: backslash, referredId: mermaid, reason: HOSTILE.mermaid });
      expected = {
        nodes: [
          {
            contactId: sql,
            name: HOSTILE.sql,
            wave: 0,
            stage: 'to_ask',
            origin: 'seed',
            seniority: 'peer',
            sameOrganization: true,
          },
          {
            contactId: script,
            name: HOSTILE.script,
            wave: 1,
            stage: 'suggested',
            origin: 'referral',
            seniority: null,
            sameOrganization: null,
          },
          {
            contactId: backslash,
            name: HOSTILE.backslash,
            wave: 2,
            stage: 'suggested',
            origin: 'referral',
            seniority: null,
            sameOrganization: null,
          },
          {
            contactId: mermaid,
            name: HOSTILE.mermaid,
            wave: 3,
            stage: 'suggested',
            origin: 'referral',
            seniority: null,
            sameOrganization: null,
          },
        ],
        edges: [
          { id: r1.id, from: sql, to: script, reason: HOSTILE_REASON },
          { id: r2.id, from: script, to: backslash, reason: HOSTILE.script },
          { id: r3.id, from: backslash, to: mermaid, reason: HOSTILE.mermaid },
        ],
      };
    });

    it('returns the names intact in JSON (and the contact table is still there)', async () => {
      expect(await network(inquiryId, 'json')).toEqual(expected);
      expect(await t.sql(`SELECT count(*)::int AS n FROM contact WHERE name = $1`, [HOSTILE.sql])).toEqual([{ n: 1 }]);
    });

    it('writes DOT that Graphviz still parses, with every name inside one escaped label', async () => {
      const dot = await network(inquiryId, 'dot');
      expect(() => graphviz.dot(dot)).not.toThrow();
      const lines = dot.split('\n');
      expect(lines.filter((line) => /^ {2}n\d+ \[id="contact-/.test(line))).toHaveLength(4);
      // No name leaks a raw line break: every line is a statement, a rank group or a brace.
      for (const line of lines.slice(1, -2)) {
        expect({ line, ok: /^ {2}(graph|node|edge|subgraph wave_\d+|n\d+) /.test(line) }).toEqual({ line, ok: true });
      }
      const layout = JSON.parse(graphviz.dot(dot, 'json')) as {
        objects?: Array<{ name: string; label?: string }>;
        edges?: unknown[];
      };
      expect((layout.objects ?? []).filter((object) => /^n\d+$/.test(object.name))).toHaveLength(4);
      expect(layout.edges).toHaveLength(3);
    });

    it('renders SVG with every name as text, never as markup', async () => {
      const svg = await network(inquiryId, 'svg');
      expect(svg).not.toContain('<script');
      expect(svg).not.toContain('<b>');
      const groups = parseSvg(svg);
      expect(groups.size).toBe(4);
      expected.nodes.forEach((node, i) => {
        expect(groups.get(`n${i}`)).toEqual([...node.name.split('\n'), `wave ${node.wave} · ${node.stage}`]);
      });
      const edgeLabels = parseSvg(svg, 'edge');
      expect(edgeLabels.get('n0->n1')).toEqual(HOSTILE_REASON.split('\n'));
      expect(edgeLabels.get('n1->n2')).toEqual([HOSTILE.script]);
      expect(edgeLabels.get('n2->n3')).toEqual([HOSTILE.mermaid]);
    });

    it('writes GraphML that validates and gives the names and reasons back intact', async () => {
      const xml = await network(inquiryId, 'graphml');
      expect(xml).not.toContain('<script');
      const { nodes, edges } = parseGraphml(xml);
      expect(nodes.map((node) => node.name)).toEqual(expected.nodes.map((node) => node.name));
      expect(edges.map((edge) => edge.reason)).toEqual(expected.edges.map((edge) => edge.reason));
    });

    it('writes Mermaid where no label breaks out of its quotes or line, and decodes back to the names', async () => {
      const source = await network(inquiryId, 'mermaid');
      expect(source).not.toMatch(/<(?!br\/>)/);
      expect(source).not.toContain('%%');
      const parsed = parseMermaid(source); // every line is a classDef, a node or an edge
      expect([...parsed.nodes.values()].map((node) => node.label)).toEqual(
        expected.nodes.map((node) => `${node.name}\nwave ${node.wave} · ${node.stage}`),
      );
      expect(parsed.edges).toEqual([
        { from: 'n0', to: 'n1', reason: HOSTILE_REASON },
        { from: 'n1', to: 'n2', reason: HOSTILE.script },
        { from: 'n2', to: 'n3', reason: HOSTILE.mermaid },
      ]);
    });
  });

  describe('server-side layout', () => {
    it('lays out concurrent requests one after another on the worker, and recovers from a layout that runs too long', async () => {
      const inquiryId = await createInquiry();
      const a = await createContact('Alpha');
      await seed(inquiryId, a);
      await refer(inquiryId, { referrerId: a, referred: { name: 'Beta' }, reason: 'because' });

      const results = await Promise.all([1, 2, 3].map(() => fetchNetwork(inquiryId, 'svg')));
      for (const res of results) {
        expect(res.status).toBe(200);
        expect(parseSvg(res.body as string).size).toBe(2);
      }

      // A thousand people take far longer than 1 ms to lay out.
      const large = await createInquiry();
      await t.sql(
        `WITH people AS (
           INSERT INTO contact (owner_id, name) SELECT $1, 'Person ' || i FROM generate_series(1, 1000) AS i RETURNING id
         )
         INSERT INTO participant (owner_id, inquiry_id, contact_id, origin, wave, stage)
         SELECT $1, $2, id, 'seed', 0, 'to_ask' FROM people`,
        [user.id, large],
      );
      const renderer = t.app.get(GraphvizRenderer);
      renderer.timeoutMs = 1;
      try {
        const slow = await fetchNetwork(large, 'svg');
        expect(slow.status).toBe(422);
        expect(JSON.parse(slow.body as string)).toEqual(
          expect.objectContaining({
            code: 'network_layout_timeout',
            detail: expect.stringContaining('took longer than'),
          }),
        );
      } finally {
        renderer.timeoutMs = RENDER_TIMEOUT_MS;
      }
      expect(parseSvg(await network(inquiryId, 'svg')).size).toBe(2);
    });

    it('answers a renderer that fails with a problem (500 network_render_failed), then renders again', async () => {
      const inquiryId = await createInquiry();
      const a = await createContact('Alpha');
      await seed(inquiryId, a);
      const first = await network(inquiryId, 'svg');
      const renderer = t.app.get(GraphvizRenderer);
      const moduleUrl = renderer.moduleUrl;
      renderer.moduleUrl = 'file:///nowhere/graphviz.js';
      try {
        const res = await fetchNetwork(inquiryId, 'svg');
        expect(res.status).toBe(500);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        const problem = JSON.parse(res.body as string) as Record<string, unknown>;
        expect(problem).toEqual(expect.objectContaining({ status: 500, code: 'network_render_failed' }));
        expect(JSON.stringify(problem)).not.toMatch(/nowhere|node:|at /);
      } finally {
        renderer.moduleUrl = moduleUrl;
      }
      // Each layout runs in a fresh process: the same input gives the same bytes.
      expect(await network(inquiryId, 'svg')).toBe(first);
    });
  });

  describe('size', () => {
    it(`moves reasons from edge labels to tooltips above ${EDGE_LABEL_LIMIT} edges (they double the layout time)`, () => {
      const chain = (edges: number) => {
        const nodes = Array.from({ length: edges + 1 }, (_, i) => ({
          contactId: `c${i}`,
          name: `Person ${i}`,
          wave: i,
          stage: ParticipantStage.Suggested,
          origin: i === 0 ? ParticipantOrigin.Seed : ParticipantOrigin.Referral,
          seniority: null,
          sameOrganization: null,
        }));
        const links = nodes
          .slice(1)
          .map((node, i) => ({ id: `r${i}`, from: `c${i}`, to: node.contactId, reason: 'why' }));
        return toDot({ nodes, edges: links })
          .split('\n')
          .filter((line) => line.includes(' -> '));
      };
      expect(chain(EDGE_LABEL_LIMIT).every((line) => line.endsWith(', label="why"];'))).toBe(true);
      expect(chain(EDGE_LABEL_LIMIT + 1).every((line) => line.endsWith(', tooltip="why"];'))).toBe(true);
    });

    it('draws an empty inquiry in every format', async () => {
      const inquiryId = await createInquiry();
      expect(await network(inquiryId, 'json')).toEqual({ nodes: [], edges: [] });
      const dot = await network(inquiryId, 'dot');
      expect(() => graphviz.dot(dot)).not.toThrow();
      expect(parseSvg(await network(inquiryId, 'svg')).size).toBe(0);
      expect(parseGraphml(await network(inquiryId, 'graphml')).nodes).toEqual([]);
      expect(parseMermaid(await network(inquiryId, 'mermaid')).nodes.size).toBe(0);
    });

    it('refuses svg above 5,000 participants with 422, while the other formats still answer', async () => {
      const inquiryId = await createInquiry();
      await t.sql(
        `WITH people AS (
           INSERT INTO contact (owner_id, name) SELECT $1, 'Person ' || i FROM generate_series(1, 5001) AS i RETURNING id
         )
         INSERT INTO participant (owner_id, inquiry_id, contact_id, origin, wave, stage)
         SELECT $1, $2, id, 'seed', 0, 'to_ask' FROM people`,
        [user.id, inquiryId],
      );
      const svg = await fetchNetwork(inquiryId, 'svg');
      expect(svg.status).toBe(422);
      expect(svg.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(JSON.parse(svg.body as string)).toEqual(
        expect.objectContaining({
          code: 'network_too_large',
          detail: expect.stringContaining('more than 5000 participants'),
        }),
      );
      expect((await network(inquiryId, 'json')).nodes).toHaveLength(5001);
      const dot = await network(inquiryId, 'dot');
      expect(dot.split('\n').filter((line) => /^ {2}n\d+ \[id="contact-/.test(line))).toHaveLength(5001);
      expect(parseGraphml(await network(inquiryId, 'graphml')).nodes).toHaveLength(5001);

      // Exactly 5,000 is still drawn.
      await t.sql(
        `UPDATE participant SET deleted_at = now()
          WHERE id = (SELECT id FROM participant WHERE inquiry_id = $1 ORDER BY id LIMIT 1)`,
        [inquiryId],
      );
      expect(parseSvg(await network(inquiryId, 'svg')).size).toBe(5000);
    }, 180_000);
  });
});
