import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response, Test } from 'supertest';
import { buildOpenApiDocument } from '../../src/openapi.js';
import { registerUser, type TestUser } from '../factories/users.js';
import {
  addParticipant,
  createApiKey,
  createCommitment,
  createContact,
  createInquiry,
  createInsight,
  createOpportunity,
  createQuestion,
  createReferral,
  createReflection,
  logInteraction,
} from '../support/api.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Generated from docs/openapi.json: for every operation with a path parameter, user B calls it
 * with user A's ids (and a valid body built from B's own data) and must get 404 `not_found`, and
 * A's rows must be exactly as they were. New routes are picked up from the document; only the
 * mapping from path parameters to ids and the bodies per route are written here.
 */

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  minimum?: number;
  allOf?: Schema[];
};
interface Operation {
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** The kinds of rows a path parameter can name. */
type Kind =
  | 'inquiry'
  | 'question'
  | 'contact'
  | 'participantContact'
  | 'referral'
  | 'interaction'
  | 'insight'
  | 'reflection'
  | 'commitment'
  | 'opportunity'
  | 'apiKey';
type Ids = Record<Kind, string>;

/** `{id}` names the row of the collection just before it. */
const ID_BY_COLLECTION: Record<string, Kind> = {
  inquiries: 'inquiry',
  questions: 'question',
  contacts: 'contact',
  participants: 'participantContact',
  referrals: 'referral',
  interactions: 'interaction',
  insights: 'insight',
  reflections: 'reflection',
  commitments: 'commitment',
  opportunities: 'opportunity',
  'api-keys': 'apiKey',
};

/** Any other parameter is named after what it holds (`contactId`, `referralId`…). */
const ID_BY_NAME: Record<string, Kind> = {
  inquiryId: 'inquiry',
  questionId: 'question',
  referralId: 'referral',
  interactionId: 'interaction',
  insightId: 'insight',
  reflectionId: 'reflection',
  commitmentId: 'commitment',
  opportunityId: 'opportunity',
  apiKeyId: 'apiKey',
  // PUT/DELETE /v1/contacts/{id}/not-duplicate-of/{otherId}: the other contact.
  otherId: 'contact',
};

/** Resolves each path parameter to one of A's ids; throws for a parameter the test cannot map yet. */
function resolvePath(path: string, ids: Ids): string {
  const segments = path.split('/');
  return segments
    .map((segment, index) => {
      const match = /^\{(.+)\}$/.exec(segment);
      if (!match) return segment;
      const name = match[1];
      let kind: Kind | undefined;
      if (name === 'id') kind = ID_BY_COLLECTION[segments[index - 1]];
      else if (name === 'contactId') {
        // A contact inside an inquiry's participants is a participant; elsewhere any contact.
        kind = segments[index - 1] === 'participants' ? 'participantContact' : 'contact';
      } else kind = ID_BY_NAME[name];
      if (!kind) throw new Error(`No id mapping for {${name}} in ${path}: add it to tenant-isolation.e2e-spec.ts`);
      return ids[kind];
    })
    .join('/');
}

/** `PATCH /v1/inquiries/{id}/participants/{contactId}` → `PATCH /v1/inquiries/*\/participants/*`. */
const routeKey = (method: string, path: string) => `${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, '*')}`;

describe('tenant isolation (generated from docs/openapi.json)', () => {
  let t: TestApp;
  let a: TestUser;
  let b: TestUser;
  let aIds: Ids;
  let bData: Record<string, string>;
  let committed: Document;
  let live: Document;

  const http = () => t.http();

  function open(method: (typeof METHODS)[number], url: string): Test {
    const agent = http();
    switch (method) {
      case 'get':
        return agent.get(url);
      case 'post':
        return agent.post(url);
      case 'put':
        return agent.put(url);
      case 'patch':
        return agent.patch(url);
      case 'delete':
        return agent.delete(url);
    }
  }

  /** Everything a user can own, created through the API. */
  async function buildDataset(user: TestUser): Promise<Ids & { contact2: string; question2: string }> {
    const inquiry = (await createInquiry(t, user, { title: `Inquiry of ${user.email}` })).id;
    const question = (await createQuestion(t, user, inquiry, { text: 'What do you see?' })).id;
    const question2 = (await createQuestion(t, user, inquiry, { text: 'Who decides?' })).id;
    const seed = (await createContact(t, user, { name: 'Seed', seniority: 'senior', tags: ['ops'] })).id;
    const contact2 = (await createContact(t, user, { name: 'Other contact' })).id;
    await addParticipant(t, user, inquiry, seed);
    const referral = (
      await createReferral(t, user, inquiry, {
        referrerId: seed,
        referred: { name: 'Referred' },
        reason: 'knows the budget',
      })
    ).id;
    const interaction = (
      await logInteraction(t, user, { contactId: seed, inquiryId: inquiry, kind: 'meeting', rating: 4 })
    ).id;
    const insight = (
      await createInsight(t, user, {
        inquiryId: inquiry,
        contactId: seed,
        interactionId: interaction,
        questionIds: [question],
        text: 'Trust comes first',
        kind: 'perspective',
        themes: ['trust'],
      })
    ).id;
    const reflection = (
      await createReflection(t, user, inquiry, {
        learned: 'Trust first',
        questionChanges: [{ action: 'add', text: 'How is trust built?' }],
        nextContactIds: [contact2],
      })
    ).id;
    const commitment = (
      await createCommitment(t, user, {
        contactId: seed,
        inquiryId: inquiry,
        description: 'Send the pilot report',
        owner: 'me',
      })
    ).id;
    const opportunity = (
      await createOpportunity(t, user, {
        contactId: seed,
        inquiryId: inquiry,
        kind: 'speaking',
        description: 'Talk at the summit',
      })
    ).id;
    const apiKey = (await createApiKey(t, user, { name: 'integration' })).id;
    return {
      inquiry,
      question,
      question2,
      contact: seed,
      contact2,
      participantContact: seed,
      referral,
      interaction,
      insight,
      reflection,
      commitment,
      opportunity,
      apiKey,
    };
  }

  /** Valid bodies for B, built from B's own rows (so the only thing wrong is the path's id). */
  function explicitBodies(): Record<string, Record<string, unknown>> {
    return {
      'PATCH /v1/inquiries/*': { title: 'Hijacked' },
      'POST /v1/inquiries/*/questions': { text: 'Injected question' },
      'PATCH /v1/questions/*': { text: 'Hijacked question' },
      'POST /v1/inquiries/*/participants': { contactId: bData.contact2 },
      'PATCH /v1/inquiries/*/participants/*': { stage: 'met' },
      'POST /v1/inquiries/*/referrals': { referrerId: bData.contact, referredId: bData.contact2, reason: 'x' },
      'POST /v1/inquiries/*/reflections': { learned: 'Injected reflection', nextContactIds: [bData.contact2] },
      'PATCH /v1/contacts/*': { name: 'Hijacked contact' },
      'PATCH /v1/interactions/*': { summary: 'Hijacked summary', contactId: bData.contact },
      'PATCH /v1/insights/*': { text: 'Hijacked insight' },
      'PATCH /v1/commitments/*': { description: 'Hijacked', status: 'done' },
      'PATCH /v1/opportunities/*': { description: 'Hijacked' },
    };
  }

  /** A uuid property of a body is filled with B's own row of the same name. */
  const B_ID_BY_PROPERTY: Record<string, string> = {
    contactId: 'contact',
    inquiryId: 'inquiry',
    questionId: 'question',
    interactionId: 'interaction',
    referrerId: 'contact',
    referredId: 'contact2',
  };

  /** A minimal valid body from the operation's schema, for routes without an explicit body. */
  function synthesise(document: Document, schema: Schema | undefined, name = ''): unknown {
    if (!schema) return undefined;
    if (schema.$ref) return synthesise(document, document.components?.schemas?.[schema.$ref.split('/').pop()!], name);
    if (schema.allOf?.length) return synthesise(document, schema.allOf[0], name);
    if (schema.enum?.length) return schema.enum[0];
    switch (schema.type) {
      case 'string':
        if (schema.format === 'uuid') return bData[B_ID_BY_PROPERTY[name] ?? 'contact'];
        if (schema.format === 'date-time') return new Date().toISOString();
        if (schema.format === 'email') return 'someone@example.com';
        return 'x';
      case 'integer':
      case 'number':
        return schema.minimum ?? 1;
      case 'boolean':
        return true;
      case 'array':
        return [];
      default: {
        const body: Record<string, unknown> = {};
        for (const property of schema.required ?? []) {
          body[property] = synthesise(document, schema.properties?.[property], property);
        }
        return body;
      }
    }
  }

  /** Every owned row of user A, in every table with an owner_id, plus A's account. */
  async function snapshotOf(userId: string): Promise<string> {
    const tables = await t.sql<{ table_name: string }>(
      `SELECT table_name FROM information_schema.columns
        WHERE table_schema = 'public' AND column_name = 'owner_id' ORDER BY table_name`,
    );
    expect(tables.map((row) => row.table_name)).toEqual(
      expect.arrayContaining(['inquiry', 'question', 'contact', 'participant', 'referral', 'interaction', 'insight']),
    );
    const snapshot: Record<string, unknown[]> = {};
    for (const { table_name: table } of tables) {
      // The audit log, replay records and the sync clock change with every request by design.
      if (table === 'audit_log' || table === 'idempotency_key' || table === 'owner_clock') continue;
      // Ordered by the whole row: not every table has an id (contact_identity is keyed by its values).
      snapshot[table] = await t.sql(`SELECT * FROM "${table}" row WHERE owner_id = $1 ORDER BY row::text`, [userId]);
    }
    snapshot.app_user = await t.sql(`SELECT * FROM app_user WHERE id = $1`, [userId]);
    return JSON.stringify(snapshot);
  }

  /** Rows owned by `ownerId` that point at any of `ids` (B's rows must never reference A's). */
  async function rowsReferencing(ownerId: string, ids: string[]): Promise<string[]> {
    const columns = await t.sql<{ table_name: string; column_name: string; data_type: string }>(
      `SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
        WHERE c.table_schema = 'public' AND c.data_type IN ('uuid', 'ARRAY')
          AND c.column_name NOT IN ('id', 'owner_id')
          AND EXISTS (SELECT 1 FROM information_schema.columns o WHERE o.table_schema = 'public'
                      AND o.table_name = c.table_name AND o.column_name = 'owner_id')`,
    );
    const found: string[] = [];
    for (const { table_name: table, column_name: column, data_type: type } of columns) {
      const condition = type === 'ARRAY' ? `"${column}"::text[] && $2::text[]` : `"${column}"::text = ANY($2::text[])`;
      const rows = await t.sql(`SELECT 1 FROM "${table}" WHERE owner_id = $1 AND ${condition}`, [ownerId, ids]);
      if (rows.length > 0) found.push(`${table}.${column}`);
    }
    return found;
  }

  /** The operations to attack: every operation of the committed document (and of the running app). */
  function operationsOf(
    ...documents: Document[]
  ): Array<{ method: (typeof METHODS)[number]; path: string; operation: Operation }> {
    const seen = new Map<string, { method: (typeof METHODS)[number]; path: string; operation: Operation }>();
    for (const document of documents) {
      for (const [path, item] of Object.entries(document.paths)) {
        for (const method of METHODS) {
          const operation = item[method];
          if (operation && !seen.has(`${method} ${path}`)) seen.set(`${method} ${path}`, { method, path, operation });
        }
      }
    }
    return [...seen.values()].sort((x, y) => routeKey(x.method, x.path).localeCompare(routeKey(y.method, y.path)));
  }

  beforeAll(async () => {
    t = await createTestApp();
    committed = JSON.parse(await readFile('docs/openapi.json', 'utf8')) as Document;
    live = JSON.parse(JSON.stringify(buildOpenApiDocument(t.app))) as Document;
    a = await registerUser(t);
    b = await registerUser(t);
    aIds = await buildDataset(a);
    bData = await buildDataset(b);
  });
  afterAll(async () => {
    await t.close();
  });

  it('documents the admin routes (skipped here: B is not an admin, 403 is tested elsewhere)', () => {
    const adminWithIds = operationsOf(committed).filter(
      ({ path }) => path.startsWith('/v1/admin/') && path.includes('{'),
    );
    expect(adminWithIds.map(({ method, path }) => routeKey(method, path))).toContain('PATCH /v1/admin/users/*');
  });

  it('maps every path parameter of the committed document to an id', () => {
    const unmapped: string[] = [];
    for (const { path } of operationsOf(committed, live)) {
      if (!path.includes('{') || path.startsWith('/v1/admin/')) continue;
      try {
        resolvePath(path, aIds);
      } catch (error) {
        unmapped.push((error as Error).message);
      }
    }
    expect(unmapped).toEqual([]);
  });

  it("answers 404 to B for every operation with A's ids in the path, and A's data is unchanged", async () => {
    const before = await snapshotOf(a.id);
    const bodies = explicitBodies();
    const targets = operationsOf(committed, live).filter(
      ({ path }) => path.includes('{') && !path.startsWith('/v1/admin/'),
    );
    // The committed document's operations are all covered (and so are those the app serves already).
    const covered = new Set(targets.map(({ method, path }) => routeKey(method, path)));
    for (const { method, path } of operationsOf(committed)) {
      if (path.includes('{') && !path.startsWith('/v1/admin/')) expect(covered).toContain(routeKey(method, path));
    }
    expect(covered).toContain('DELETE /v1/me/api-keys/*');

    const failures: Array<{ route: string; status: number; code: unknown }> = [];
    for (const { method, path, operation } of targets) {
      const key = routeKey(method, path);
      const url = resolvePath(path, aIds);
      let request = open(method, url).set(b.auth);
      const schema = operation.requestBody?.content?.['application/json']?.schema;
      if (method === 'post' || method === 'patch' || method === 'put') {
        const body = bodies[key] ?? (synthesise(live, schema) as object | undefined) ?? {};
        request = request.send(body);
      }
      const res: Response = await request;
      const code = (res.body as { code?: unknown }).code;
      if (res.status !== 404 || code !== 'not_found') failures.push({ route: key, status: res.status, code });
    }
    expect(failures).toEqual([]);

    // A's rows are exactly as they were; B's rows point at none of A's.
    expect(await snapshotOf(a.id)).toBe(before);
    expect(await rowsReferencing(b.id, Object.values(aIds))).toEqual([]);
  });

  it('still lets A use the same routes (the ids are real, so the 404s above are about ownership)', async () => {
    for (const path of [
      `/v1/inquiries/${aIds.inquiry}`,
      `/v1/contacts/${aIds.contact}`,
      `/v1/interactions/${aIds.interaction}`,
      `/v1/insights/${aIds.insight}`,
      `/v1/inquiries/${aIds.inquiry}/participants/${aIds.participantContact}/chain`,
      `/v1/commitments/${aIds.commitment}`,
      `/v1/opportunities/${aIds.opportunity}`,
    ]) {
      const res = await http().get(path).set(a.auth);
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
    }
  });
});
