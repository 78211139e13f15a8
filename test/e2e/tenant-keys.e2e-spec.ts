/**
 * Keys that carry the tenant (migrations/1795690000000-CarryTheTenantInEveryKey.ts): the database
 * itself refuses a row of one user that points at another user's row, for every one of the 18
 * foreign keys between user-owned tables; every table's keys are shaped so Citus can distribute it
 * by owner (docs/scale-out.md); and the migration keeps a populated database's rows, up and down.
 * Runs on embedded PostgreSQL and, under `npm run test:citus`, on the cluster (where the violation
 * is raised by a worker and names the shard's copy of the constraint).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { DISTRIBUTED_TABLES as DISTRIBUTED_AT_FIRST } from '../../migrations/1795690000001-DistributeByOwnerOnCitus.js';
import { ErrorCode } from '../../src/common/errors/error-codes.js';
import { constraintProblem } from '../../src/common/errors/problem.js';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import { registerUser } from '../factories/users.js';
import { createTestApp, createTestDatabase, onCitus, type TestApp } from '../support/test-app.js';

type LoopTable =
  | 'contact'
  | 'inquiry'
  | 'question'
  | 'interaction'
  | 'insight'
  | 'opportunity'
  | 'reflection'
  | 'participant'
  | 'referral'
  | 'commitment';

/** The rows of one user that other rows refer to. */
interface Refs {
  contact: string;
  contact2: string;
  inquiry: string;
  question: string;
  interaction: string;
}

/**
 * The 18 foreign keys between user-owned tables, as the migration declares them:
 * [table, constraint, column, referenced table, ON DELETE before, ON DELETE now].
 */
const FOREIGN_KEYS: Array<[LoopTable, string, string, LoopTable, 'CASCADE' | 'SET NULL', 'CASCADE' | 'NO ACTION']> = [
  ['commitment', 'fk_commitment_contact', 'contact_id', 'contact', 'CASCADE', 'CASCADE'],
  ['commitment', 'fk_commitment_inquiry', 'inquiry_id', 'inquiry', 'SET NULL', 'NO ACTION'],
  ['question', 'fk_question_inquiry', 'inquiry_id', 'inquiry', 'CASCADE', 'CASCADE'],
  ['question', 'fk_question_revises', 'revises_id', 'question', 'SET NULL', 'NO ACTION'],
  ['interaction', 'fk_interaction_contact', 'contact_id', 'contact', 'CASCADE', 'CASCADE'],
  ['interaction', 'fk_interaction_inquiry', 'inquiry_id', 'inquiry', 'SET NULL', 'NO ACTION'],
  ['insight', 'fk_insight_inquiry', 'inquiry_id', 'inquiry', 'CASCADE', 'CASCADE'],
  ['insight', 'fk_insight_contact', 'contact_id', 'contact', 'SET NULL', 'NO ACTION'],
  ['insight', 'fk_insight_interaction', 'interaction_id', 'interaction', 'SET NULL', 'NO ACTION'],
  ['opportunity', 'fk_opportunity_contact', 'contact_id', 'contact', 'CASCADE', 'CASCADE'],
  ['opportunity', 'fk_opportunity_inquiry', 'inquiry_id', 'inquiry', 'SET NULL', 'NO ACTION'],
  ['reflection', 'fk_reflection_inquiry', 'inquiry_id', 'inquiry', 'CASCADE', 'CASCADE'],
  ['participant', 'fk_participant_inquiry', 'inquiry_id', 'inquiry', 'CASCADE', 'CASCADE'],
  ['participant', 'fk_participant_contact', 'contact_id', 'contact', 'CASCADE', 'CASCADE'],
  ['referral', 'fk_referral_inquiry', 'inquiry_id', 'inquiry', 'CASCADE', 'CASCADE'],
  ['referral', 'fk_referral_referrer', 'referrer_id', 'contact', 'CASCADE', 'CASCADE'],
  ['referral', 'fk_referral_referred', 'referred_id', 'contact', 'CASCADE', 'CASCADE'],
  ['referral', 'fk_referral_interaction', 'interaction_id', 'interaction', 'SET NULL', 'NO ACTION'],
];

/** Which of a user's rows each referencing column points at. */
const REF_OF_COLUMN: Record<string, keyof Refs> = {
  contact_id: 'contact',
  referrer_id: 'contact',
  referred_id: 'contact2',
  inquiry_id: 'inquiry',
  revises_id: 'question',
  interaction_id: 'interaction',
};

/** The tables that stay on the Citus coordinator (never looked up by owner), and why is in docs/scale-out.md. */
/** Distributed by owner_id: the tables of the first distribution, and those added since. */
const DISTRIBUTED_TABLES = [
  ...DISTRIBUTED_AT_FIRST,
  'owner_clock',
  'sync_tombstone',
  'contact_identity',
  // Analytics' read models (migrations/1795820000000-AddInsightCountReadModels.ts).
  'inquiry_insight_count',
  'inquiry_theme_contact',
  'contact_duplicate_dismissal',
];

/** contact_identity (migrations/1795730000000-AddContactValues.ts) refers to its contact; tested in contact-values.e2e-spec.ts. */
const IDENTITY_FOREIGN_KEY = {
  name: 'fk_contact_identity_contact',
  table: 'contact_identity',
  columns: ['owner_id', 'contact_id'],
  target: 'contact',
  targetColumns: ['owner_id', 'id'],
  onDelete: 'CASCADE',
};
/** A dismissed pair of likely duplicates (migrations/1795790000000-…) refers to both contacts; tested in contact-duplicates.e2e-spec.ts. */
const DISMISSAL_FOREIGN_KEYS = [
  {
    name: 'fk_contact_duplicate_dismissal_contact',
    table: 'contact_duplicate_dismissal',
    columns: ['owner_id', 'contact_id'],
    target: 'contact',
    targetColumns: ['owner_id', 'id'],
    onDelete: 'CASCADE',
  },
  {
    name: 'fk_contact_duplicate_dismissal_other_contact',
    table: 'contact_duplicate_dismissal',
    columns: ['owner_id', 'other_contact_id'],
    target: 'contact',
    targetColumns: ['owner_id', 'id'],
    onDelete: 'CASCADE',
  },
];
const COORDINATOR_LOCAL = [
  'app_user',
  'api_key',
  'refresh_token',
  'audit_log',
  'rate_limit',
  'usage_day',
  'user_activity',
  'migrations',
  // TypeORM's copy of the generated columns' expressions (insight.search_document).
  'typeorm_metadata',
];

/** The unique indexes whose names changed when they came to lead with owner_id: [before, after]. */
const RENAMED_UNIQUE_INDEXES: Array<[string, string]> = [
  ['uq_reflection_inquiry_id_cycle', 'uq_reflection_owner_id_inquiry_id_cycle'],
  ['uq_participant_inquiry_id_contact_id', 'uq_participant_owner_id_inquiry_id_contact_id'],
  ['uq_referral_inquiry_id_referrer_id_referred_id', 'uq_referral_owner_id_inquiry_id_referrer_id_referred_id'],
];

let nextCycle = 100;

/** A valid row of `table` for the owner of `refs`, referring to those rows (`id` and `owner_id` aside). */
function rowOf(table: LoopTable, refs: Refs): Record<string, unknown> {
  switch (table) {
    case 'contact':
      return { name: 'Ana Duarte', organization: 'Vestas', tags: ['wind', 'ops'] };
    case 'inquiry':
      return { title: 'Predictive maintenance adoption', challenge: 'Why do pilots stall?' };
    case 'question':
      return {
        inquiry_id: refs.inquiry,
        text: 'What stops a pilot from scaling?',
        cycle: 1,
        revises_id: refs.question,
      };
    case 'interaction':
      return {
        contact_id: refs.contact,
        inquiry_id: refs.inquiry,
        kind: 'meeting',
        occurred_at: new Date('2026-03-02T10:00:00Z'),
      };
    case 'insight':
      return {
        inquiry_id: refs.inquiry,
        contact_id: refs.contact,
        interaction_id: refs.interaction,
        question_ids: [refs.question],
        text: 'Pilots stall when nobody owns the data',
        kind: 'pattern',
      };
    case 'opportunity':
      return {
        contact_id: refs.contact,
        inquiry_id: refs.inquiry,
        kind: 'project',
        description: 'Joint pilot at the Esbjerg site',
        occurred_at: new Date('2026-03-05T09:00:00Z'),
      };
    case 'reflection':
      // The cycle is unique per inquiry: every reflection written here gets its own.
      return {
        inquiry_id: refs.inquiry,
        cycle: nextCycle++,
        learned: 'Ownership matters more than tooling',
        figures: {},
      };
    case 'participant':
      return { inquiry_id: refs.inquiry, contact_id: refs.contact, origin: 'seed', wave: 0, stage: 'to_ask' };
    case 'referral':
      return {
        inquiry_id: refs.inquiry,
        referrer_id: refs.contact,
        referred_id: refs.contact2,
        interaction_id: refs.interaction,
        reason: 'Ran the Esbjerg pilot',
      };
    case 'commitment':
      return {
        contact_id: refs.contact,
        inquiry_id: refs.inquiry,
        description: 'Send the pilot notes',
        promised_by: 'me',
      };
  }
}

type Query = (text: string, params?: unknown[]) => Promise<unknown>;

/**
 * Inserts one row (`values` by column name; a plain object is sent as JSON, an array as a
 * PostgreSQL array) and returns its id.
 */
async function insert(query: Query, table: string, values: Record<string, unknown>): Promise<string> {
  const id = randomUUID();
  const row: Record<string, unknown> = { id, ...values };
  const columns = Object.keys(row);
  const params = Object.values(row).map((value) =>
    value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)
      ? JSON.stringify(value)
      : value,
  );
  await query(
    `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(', ')})
     VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
    params,
  );
  return id;
}

/** The rows of one user the foreign-key tests refer to. */
async function seedRefs(query: Query, ownerId: string): Promise<Refs> {
  const none = { contact: '', contact2: '', inquiry: '', question: '', interaction: '' };
  const contact = await insert(query, 'contact', { owner_id: ownerId, ...rowOf('contact', none) });
  const contact2 = await insert(query, 'contact', { owner_id: ownerId, name: 'Bo Lind' });
  const inquiry = await insert(query, 'inquiry', { owner_id: ownerId, ...rowOf('inquiry', none) });
  const refs = { ...none, contact, contact2, inquiry };
  const question = await insert(query, 'question', { owner_id: ownerId, ...rowOf('question', refs), revises_id: null });
  const interaction = await insert(query, 'interaction', { owner_id: ownerId, ...rowOf('interaction', refs) });
  return { contact, contact2, inquiry, question, interaction };
}

/** What a Citus worker names the constraint: its shard's copy, `<name>_<shard id>`. */
const violationOf = (constraint: string) => new RegExp(`violates foreign key constraint "${constraint}(_\\d+)?"`);

const LABELS: Record<string, string> = {
  contact: 'Contact',
  inquiry: 'Inquiry',
  question: 'Question',
  interaction: 'Interaction',
};

describe('keys that carry the tenant', () => {
  let t: TestApp;
  let alice: { id: string; refs: Refs };
  let bob: { id: string; refs: Refs };
  const sql: Query = (text, params) => t.sql(text, params);

  beforeAll(async () => {
    t = await createTestApp();
    const [a, b] = [await registerUser(t), await registerUser(t)];
    alice = { id: a.id, refs: await seedRefs(sql, a.id) };
    bob = { id: b.id, refs: await seedRefs(sql, b.id) };
  });

  afterAll(() => t.close());

  describe.each(FOREIGN_KEYS)('%s.%s', (table, constraint, column, target) => {
    // Soft-deleted, so the partial unique indexes (one live participant per contact, …) stay out of the way.
    const bobsRow = (refs: Refs) => ({
      owner_id: bob.id,
      ...rowOf(table, bob.refs),
      [column]: refs[REF_OF_COLUMN[column]],
      deleted_at: new Date(),
    });

    it(`refuses a row of one user whose ${column} is another user's ${target}, naming ${constraint}`, async () => {
      const refused = await insert(sql, table, bobsRow(alice.refs)).then(
        () => undefined,
        (error: unknown) => error as { message: string; code: string },
      );
      expect(refused?.message).toMatch(violationOf(constraint));
      expect(refused?.code).toBe('23503');
      // The driver's own error (a worker's, relayed, on Citus) maps to the 404 of a reference the caller doesn't have.
      expect(constraintProblem(refused)).toEqual({ code: ErrorCode.NotFound, detail: `${LABELS[target]} not found` });
    });

    it(`accepts the same row whose ${column} is the user's own ${target}`, async () => {
      const id = await insert(sql, table, bobsRow(bob.refs));
      const [row] = await t.sql<{ owner_id: string; ref: string }>(
        `SELECT owner_id, "${column}" AS ref FROM "${table}" WHERE owner_id = $1 AND id = $2`,
        [bob.id, id],
      );
      expect(row).toEqual({ owner_id: bob.id, ref: bob.refs[REF_OF_COLUMN[column]] });
    });
  });

  it('has exactly these 18 foreign keys between user-owned tables, each (owner_id, x_id) → (owner_id, id), none SET NULL', async () => {
    const keys = await foreignKeys(sql);
    const ownedTables = new Set(await tablesWithOwner(sql));
    const betweenOwned = keys.filter((key) => ownedTables.has(key.target));
    expect(betweenOwned.map((key) => key.name).sort()).toEqual(
      [
        ...FOREIGN_KEYS.map(([, name]) => name),
        IDENTITY_FOREIGN_KEY.name,
        ...DISMISSAL_FOREIGN_KEYS.map((key) => key.name),
      ].sort(),
    );
    expect(betweenOwned.find((key) => key.name === IDENTITY_FOREIGN_KEY.name)).toEqual(IDENTITY_FOREIGN_KEY);
    for (const dismissalKey of DISMISSAL_FOREIGN_KEYS)
      expect(betweenOwned.find((key) => key.name === dismissalKey.name)).toEqual(dismissalKey);
    for (const [table, name, column, target, , onDelete] of FOREIGN_KEYS) {
      expect(betweenOwned.find((key) => key.name === name)).toEqual({
        name,
        table,
        columns: ['owner_id', column],
        target,
        targetColumns: ['owner_id', 'id'],
        onDelete,
      });
    }
  });

  it('places every table: user-owned ones are distributed by owner, the rest named as coordinator-local', async () => {
    const tables = await t.sql<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename !~ '_[0-9]+$'`,
    );
    expect(tables.map(({ name }) => name).sort()).toEqual([...DISTRIBUTED_TABLES, ...COORDINATOR_LOCAL].sort());
    // A new table with an owner must be distributed, or be named here as local (as api_key is).
    const withOwner = await tablesWithOwner(sql);
    expect(withOwner.filter((table) => !COORDINATOR_LOCAL.includes(table)).sort()).toEqual(
      [...DISTRIBUTED_TABLES].sort(),
    );
  });

  it('keys every user-owned table by (owner_id, id) and leads every unique index of a distributed table with owner_id', async () => {
    const keys = await primaryKeys(sql);
    for (const table of await tablesWithOwner(sql)) {
      // idempotency_key has no id: its rows are named by the client's key, per owner; owner_clock is
      // one row per owner; a sync tombstone names the removed row by its entity and id; contact_identity
      // is one row per key of a contact; analytics' read models are keyed by what they count; a dismissed
      // pair of likely duplicates is named by its two contacts.
      const key = {
        idempotency_key: ['owner_id', 'key'],
        owner_clock: ['owner_id'],
        sync_tombstone: ['owner_id', 'entity', 'entity_id'],
        contact_identity: ['owner_id', 'contact_id', 'kind', 'value'],
        // Read models: one count per inquiry and what it counts by.
        inquiry_insight_count: ['owner_id', 'inquiry_id', 'facet', 'value'],
        inquiry_theme_contact: ['owner_id', 'inquiry_id', 'theme', 'contact_id'],
        contact_duplicate_dismissal: ['owner_id', 'contact_id', 'other_contact_id'],
      }[table] ?? ['owner_id', 'id'];
      expect({ table, key: keys[table] }).toEqual({
        table,
        key,
      });
    }
    const indexes = await uniqueIndexes(sql);
    const distributed = indexes.filter(({ table }) => (DISTRIBUTED_TABLES as readonly string[]).includes(table));
    expect(distributed.length).toBeGreaterThanOrEqual(DISTRIBUTED_TABLES.length + RENAMED_UNIQUE_INDEXES.length);
    for (const index of distributed)
      expect({ ...index, first: index.columns[0] }).toEqual({ ...index, first: 'owner_id' });
    for (const [before, after] of RENAMED_UNIQUE_INDEXES) {
      expect(indexes.map(({ name }) => name)).toContain(after);
      expect(indexes.map(({ name }) => name)).not.toContain(before);
    }
  });

  (onCitus ? it : it.skip)('distributes the user-owned tables by owner_id, co-located with contact', async () => {
    const placed = await t.sql<{ table: string; column: string; colocated: boolean }>(
      `SELECT logicalrelid::text AS table, column_to_column_name(logicalrelid, partkey) AS column,
              colocationid = (SELECT colocationid FROM pg_dist_partition WHERE logicalrelid = 'contact'::regclass) AS colocated
         FROM pg_dist_partition`,
    );
    expect(placed.sort((a, b) => a.table.localeCompare(b.table))).toEqual(
      [...DISTRIBUTED_TABLES].sort().map((table) => ({ table, column: 'owner_id', colocated: true })),
    );
  });
});

interface ForeignKey {
  name: string;
  table: string;
  columns: string[];
  target: string;
  targetColumns: string[];
  onDelete: string;
}

const ON_DELETE: Record<string, string> = {
  a: 'NO ACTION',
  c: 'CASCADE',
  n: 'SET NULL',
  r: 'RESTRICT',
  d: 'SET DEFAULT',
};

/** Columns of a constraint or index, in key order. */
const COLUMNS_OF = (relation: string, keys: string) =>
  `(SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(${keys}) WITH ORDINALITY AS k(attnum, ord)
      JOIN pg_attribute a ON a.attrelid = ${relation} AND a.attnum = k.attnum)`;

/** Every foreign key of the public schema (Citus shards on the coordinator left out). */
async function foreignKeys(query: Query): Promise<ForeignKey[]> {
  const rows = (await query(
    `SELECT c.conname AS name, r.relname AS table, ${COLUMNS_OF('c.conrelid', 'c.conkey')} AS columns,
            f.relname AS target, ${COLUMNS_OF('c.confrelid', 'c.confkey')} AS "targetColumns", c.confdeltype AS "onDelete"
       FROM pg_constraint c JOIN pg_class r ON r.oid = c.conrelid JOIN pg_class f ON f.oid = c.confrelid
      WHERE c.contype = 'f' AND r.relnamespace = 'public'::regnamespace AND r.relname !~ '_[0-9]+$'`,
  )) as ForeignKey[];
  return rows.map((row) => ({ ...row, onDelete: ON_DELETE[row.onDelete] }));
}

/** Primary key columns by table. */
async function primaryKeys(query: Query): Promise<Record<string, string[]>> {
  const rows = (await query(
    `SELECT r.relname AS table, ${COLUMNS_OF('c.conrelid', 'c.conkey')} AS columns
       FROM pg_constraint c JOIN pg_class r ON r.oid = c.conrelid
      WHERE c.contype = 'p' AND r.relnamespace = 'public'::regnamespace AND r.relname !~ '_[0-9]+$'`,
  )) as Array<{ table: string; columns: string[] }>;
  return Object.fromEntries(rows.map(({ table, columns }) => [table, columns]));
}

/** Every unique index (primary keys included) of the public schema. */
async function uniqueIndexes(query: Query): Promise<Array<{ name: string; table: string; columns: string[] }>> {
  return (await query(
    `SELECT ci.relname AS name, r.relname AS table, ${COLUMNS_OF('i.indrelid', 'i.indkey::int2[]')} AS columns
       FROM pg_index i JOIN pg_class ci ON ci.oid = i.indexrelid JOIN pg_class r ON r.oid = i.indrelid
      WHERE i.indisunique AND r.relnamespace = 'public'::regnamespace AND r.relname !~ '_[0-9]+$'
      ORDER BY ci.relname`,
  )) as Array<{ name: string; table: string; columns: string[] }>;
}

/** The tables with an owner_id column. */
async function tablesWithOwner(query: Query): Promise<string[]> {
  const rows = (await query(
    `SELECT table_name AS name FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name = 'owner_id' AND table_name !~ '_[0-9]+$' ORDER BY table_name`,
  )) as Array<{ name: string }>;
  return rows.map(({ name }) => name);
}

/** The migration before the tenant keys: the populated database starts there. */
const BEFORE_TENANT_KEYS = 'AddAgendaIndexes1795619525378';
const TENANT_KEYS = 'CarryTheTenantInEveryKey1795690000000';

/**
 * Every table that holds rows before the tenant keys: the column naming a row's user, and the order
 * its rows are compared in. (On Citus the database is shared with the other test files: only the
 * two users' rows are compared.)
 */
const SNAPSHOT_TABLES: Record<string, [string, string]> = {
  app_user: ['id', 'id'],
  api_key: ['owner_id', 'id'],
  refresh_token: ['user_id', 'id'],
  audit_log: ['actor_id', 'id'],
  idempotency_key: ['owner_id', 'owner_id, key'],
  contact: ['owner_id', 'id'],
  inquiry: ['owner_id', 'id'],
  question: ['owner_id', 'id'],
  interaction: ['owner_id', 'id'],
  participant: ['owner_id', 'id'],
  referral: ['owner_id', 'id'],
  insight: ['owner_id', 'id'],
  reflection: ['owner_id', 'id'],
  commitment: ['owner_id', 'id'],
  opportunity: ['owner_id', 'id'],
};

/** How many rows `populate` writes per user, by table. */
const ROWS_PER_USER: Record<string, number> = {
  app_user: 1,
  api_key: 1,
  refresh_token: 2,
  audit_log: 2,
  idempotency_key: 1,
  contact: 3,
  inquiry: 2,
  question: 2,
  interaction: 2,
  participant: 3,
  referral: 2,
  insight: 2,
  reflection: 1,
  commitment: 2,
  opportunity: 2,
};

/**
 * One user's account and networking loop, as the app would have stored it: an inquiry with a
 * revised question, three participants (one referred, through a meeting), interactions with and
 * without an inquiry, insights citing questions, a reflection, commitments and opportunities (some
 * without an inquiry), soft-deleted rows, an API key, a refresh-token family, audit entries and an
 * idempotency key.
 */
async function populate(query: Query, label: string): Promise<{ userId: string; refs: Refs }> {
  const at = (day: number) => new Date(Date.UTC(2026, 1, day, 9, 30, 0, 123));
  const userId = await insert(query, 'app_user', {
    email: `${label}-${randomUUID()}@example.com`,
    name: `${label} Example`,
    password_hash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo',
    created_at: at(1),
  });
  const owner = { owner_id: userId };
  await insert(query, 'api_key', {
    ...owner,
    name: 'Calendar sync',
    prefix: randomUUID().slice(0, 12),
    secret_hash: 'a'.repeat(64),
    last_used_at: at(20),
  });
  const family = randomUUID();
  await insert(query, 'refresh_token', {
    user_id: userId,
    family_id: family,
    token_hash: 'b'.repeat(64),
    expires_at: at(28),
    used_at: at(3),
  });
  await insert(query, 'refresh_token', {
    user_id: userId,
    family_id: family,
    token_hash: 'c'.repeat(64),
    expires_at: at(28),
  });
  await insert(query, 'audit_log', { actor_id: userId, action: 'auth.register', subject: label, ip: '203.0.113.7' });
  await insert(query, 'audit_log', {
    actor_id: userId,
    action: 'auth.login',
    subject: label,
    ip: '203.0.113.7',
    details: { method: 'password' },
  });
  await query(
    `INSERT INTO idempotency_key (owner_id, key, request_hash, state, response_status, response_body)
     VALUES ($1, $2, $3, 'completed', 201, $4)`,
    [userId, `create-contact-${label}`, 'd'.repeat(64), JSON.stringify({ id: randomUUID(), name: 'Ana Duarte' })],
  );

  const inquiry = await insert(query, 'inquiry', {
    ...owner,
    title: 'Predictive maintenance adoption',
    challenge: 'Why do pilots stall after the first site?',
    contribution_potential: 'high',
    current_cycle: 2,
  });
  const concluded = await insert(query, 'inquiry', { ...owner, title: 'Moving to Aarhus', status: 'concluded' });
  const ana = await insert(query, 'contact', {
    ...owner,
    name: 'Ana Duarte',
    email: 'ana@example.com',
    organization: 'Vestas',
    seniority: 'senior',
    tags: ['wind', 'ops'],
    keep_in_touch_days: 30,
    last_interaction_at: at(10),
  });
  const bo = await insert(query, 'contact', { ...owner, name: 'Bo Lind', organization: 'Ørsted', seniority: 'peer' });
  const cy = await insert(query, 'contact', { ...owner, name: 'Cy Moreau', deleted_at: at(15) });
  const original = await insert(query, 'question', {
    ...owner,
    inquiry_id: inquiry,
    text: 'What tools do sites use?',
    status: 'revised',
    cycle: 1,
  });
  const revised = await insert(query, 'question', {
    ...owner,
    inquiry_id: inquiry,
    text: 'Who owns the maintenance data?',
    cycle: 2,
    revises_id: original,
  });
  await insert(query, 'participant', {
    ...owner,
    inquiry_id: inquiry,
    contact_id: ana,
    origin: 'seed',
    wave: 0,
    stage: 'met',
  });
  await insert(query, 'participant', {
    ...owner,
    inquiry_id: inquiry,
    contact_id: bo,
    origin: 'referral',
    wave: 1,
    stage: 'asked',
  });
  await insert(query, 'participant', {
    ...owner,
    inquiry_id: concluded,
    contact_id: cy,
    origin: 'seed',
    wave: 0,
    stage: 'thanked',
    deleted_at: at(15),
  });
  const meeting = await insert(query, 'interaction', {
    ...owner,
    contact_id: ana,
    inquiry_id: inquiry,
    kind: 'meeting',
    occurred_at: at(10),
    duration_minutes: 45,
    rating: 5,
    summary: 'Walked through the Esbjerg pilot',
  });
  await insert(query, 'interaction', { ...owner, contact_id: bo, kind: 'message', occurred_at: at(11) });
  await insert(query, 'referral', {
    ...owner,
    inquiry_id: inquiry,
    referrer_id: ana,
    referred_id: bo,
    interaction_id: meeting,
    reason: 'Ran the data team at Ørsted',
  });
  await insert(query, 'referral', {
    ...owner,
    inquiry_id: inquiry,
    referrer_id: ana,
    referred_id: cy,
    deleted_at: at(15),
  });
  await insert(query, 'insight', {
    ...owner,
    inquiry_id: inquiry,
    contact_id: ana,
    interaction_id: meeting,
    question_ids: [original, revised],
    text: 'Pilots stall when nobody owns the data',
    kind: 'pattern',
    themes: ['ownership', 'data'],
    importance: 4,
    quote: 'Nobody wanted to be the data person.',
  });
  await insert(query, 'insight', { ...owner, inquiry_id: inquiry, text: 'Budgets are set in Q3', kind: 'fact' });
  await insert(query, 'reflection', {
    ...owner,
    inquiry_id: inquiry,
    cycle: 1,
    learned: 'The question was about tools; it is about ownership.',
    question_changes: JSON.stringify([{ from: original, to: revised }]),
    next_contact_ids: [bo],
    figures: { conversations: 1, referrals: 1 },
  });
  await insert(query, 'commitment', {
    ...owner,
    contact_id: ana,
    inquiry_id: inquiry,
    description: 'Send the pilot notes',
    promised_by: 'me',
    due_at: at(12),
  });
  await insert(query, 'commitment', {
    ...owner,
    contact_id: bo,
    description: 'Intro to Cy',
    promised_by: 'them',
    status: 'done',
  });
  await insert(query, 'opportunity', {
    ...owner,
    contact_id: ana,
    inquiry_id: inquiry,
    kind: 'project',
    description: 'Joint pilot at the Esbjerg site',
    occurred_at: at(13),
  });
  await insert(query, 'opportunity', {
    ...owner,
    contact_id: bo,
    kind: 'speaking',
    description: 'Wind Europe panel',
    occurred_at: at(14),
  });
  return { userId, refs: { contact: ana, contact2: bo, inquiry, question: revised, interaction: meeting } };
}

/** Every row of these users in every table, in a fixed order, and how many there are. */
async function snapshot(
  query: Query,
  users: string[],
): Promise<{ counts: Record<string, number>; rows: Record<string, unknown[]> }> {
  const counts: Record<string, number> = {};
  const rows: Record<string, unknown[]> = {};
  for (const [table, [user, order]] of Object.entries(SNAPSHOT_TABLES)) {
    rows[table] = (await query(`SELECT * FROM "${table}" WHERE ${user} = ANY($1) ORDER BY ${order}`, [
      users,
    ])) as unknown[];
    counts[table] = rows[table].length;
  }
  return { counts, rows };
}

type Snapshot = Awaited<ReturnType<typeof snapshot>>;

/** `after` with only the columns `before` had: later migrations may add columns (with their defaults). */
function sameColumns(after: Snapshot, before: Snapshot): Snapshot {
  const rows = Object.fromEntries(
    Object.entries(after.rows).map(([table, list]) => {
      const columns = Object.keys((before.rows[table]?.[0] as object | undefined) ?? {});
      return [
        table,
        list.map((row) =>
          Object.fromEntries(columns.map((column) => [column, (row as Record<string, unknown>)[column]])),
        ),
      ];
    }),
  );
  return { counts: after.counts, rows };
}

async function lastMigration(dataSource: DataSource): Promise<string> {
  const [last] = await dataSource.query<Array<{ name: string }>>(
    `SELECT name FROM migrations ORDER BY id DESC LIMIT 1`,
  );
  return last.name;
}

/** Undoes migrations until `name` is the last one applied; returns the names undone. */
async function undoUntil(dataSource: DataSource, name: string): Promise<string[]> {
  const undone: string[] = [];
  for (let last = await lastMigration(dataSource); last !== name; last = await lastMigration(dataSource)) {
    expect(undone.length).toBeLessThan(dataSource.migrations.length);
    await dataSource.undoLastMigration({ transaction: 'each' });
    undone.push(last);
  }
  return undone;
}

describe('the tenant-key migration on a populated database', () => {
  it('keeps every row up, down and up again, and swaps the single-column keys for the tenant keys both ways', async () => {
    const database = await createTestDatabase();
    // Its own writes are numbered 0 for delta sync, like any row written outside the app.
    const url = new URL(database.url);
    url.searchParams.set('options', '-c snowball.sync_seq=0');
    const dataSource = new DataSource(dataSourceOptions(url.toString()));
    await dataSource.initialize();
    const query: Query = (text, params) => dataSource.query(text, params);
    try {
      // Back to the schema before the tenant keys (on Citus: undistributed too).
      const order = dataSource.migrations.map((migration) => migration.name);
      const undone = await undoUntil(dataSource, BEFORE_TENANT_KEYS);
      expect(undone.reverse()).toEqual(order.slice(order.indexOf(TENANT_KEYS)));
      await expectOldKeys(query);

      const alice = await populate(query, 'alice');
      const bob = await populate(query, 'bob');
      const users = [alice.userId, bob.userId];
      const before = await snapshot(query, users);
      expect(before.counts).toEqual(
        Object.fromEntries(Object.entries(ROWS_PER_USER).map(([table, n]) => [table, 2 * n])),
      );

      // Up: every row kept, the new keys in place, a cross-owner reference refused.
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      expect(applied.map((migration) => migration.name)).toEqual(undone);
      expect(sameColumns(await snapshot(query, users), before)).toEqual(before);
      await expectTenantKeys(query);
      await expect(
        insert(query, 'interaction', {
          owner_id: bob.userId,
          ...rowOf('interaction', { ...bob.refs, contact: alice.refs.contact }),
        }),
      ).rejects.toThrow(violationOf('fk_interaction_contact'));
      await expect(
        insert(query, 'referral', {
          owner_id: bob.userId,
          ...rowOf('referral', { ...bob.refs, contact2: alice.refs.contact2 }),
        }),
      ).rejects.toThrow(violationOf('fk_referral_referred'));

      // Down: every row kept, the old keys back (which let a cross-owner reference through).
      expect(await undoUntil(dataSource, BEFORE_TENANT_KEYS)).toEqual([...undone].reverse());
      expect(sameColumns(await snapshot(query, users), before)).toEqual(before);
      await expectOldKeys(query);
      const runner = dataSource.createQueryRunner();
      try {
        await runner.startTransaction();
        const crossOwner = {
          owner_id: bob.userId,
          ...rowOf('interaction', { ...bob.refs, contact: alice.refs.contact }),
        };
        await expect(insert((text, params) => runner.query(text, params), 'interaction', crossOwner)).resolves.toEqual(
          expect.any(String),
        );
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }

      // Up again: the same rows, and a schema that matches the entities.
      expect((await dataSource.runMigrations({ transaction: 'each' })).map((migration) => migration.name)).toEqual(
        undone,
      );
      expect(sameColumns(await snapshot(query, users), before)).toEqual(before);
      await expectTenantKeys(query);
      expect((await dataSource.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });
});

const LOOP_TABLES: LoopTable[] = [
  'contact',
  'inquiry',
  'question',
  'interaction',
  'insight',
  'opportunity',
  'reflection',
  'participant',
  'referral',
  'commitment',
];

/** The schema of AddAgendaIndexes: single-column keys, the old unique indexes and ON DELETE actions. */
async function expectOldKeys(query: Query): Promise<void> {
  const keys = await primaryKeys(query);
  for (const table of [...LOOP_TABLES, 'api_key']) expect({ table, key: keys[table] }).toEqual({ table, key: ['id'] });
  const foreign = await foreignKeys(query);
  for (const [table, name, column, target, onDelete] of FOREIGN_KEYS) {
    expect(foreign.find((key) => key.name === name)).toEqual({
      name,
      table,
      columns: [column],
      target,
      targetColumns: ['id'],
      onDelete,
    });
  }
  const indexes = (await uniqueIndexes(query)).map(({ name }) => name);
  for (const [old, renamed] of RENAMED_UNIQUE_INDEXES) {
    expect(indexes).toContain(old);
    expect(indexes).not.toContain(renamed);
  }
  if (onCitus) expect(await query(`SELECT logicalrelid FROM pg_dist_partition`)).toEqual([]);
}

/** The schema of CarryTheTenantInEveryKey: (owner_id, id) keys, composite foreign keys, renamed unique indexes. */
async function expectTenantKeys(query: Query): Promise<void> {
  const keys = await primaryKeys(query);
  for (const table of [...LOOP_TABLES, 'api_key']) {
    expect({ table, key: keys[table] }).toEqual({ table, key: ['owner_id', 'id'] });
  }
  const foreign = await foreignKeys(query);
  for (const [table, name, column, target, , onDelete] of FOREIGN_KEYS) {
    expect(foreign.find((key) => key.name === name)).toEqual({
      name,
      table,
      columns: ['owner_id', column],
      target,
      targetColumns: ['owner_id', 'id'],
      onDelete,
    });
  }
  const indexes = (await uniqueIndexes(query)).map(({ name }) => name);
  for (const [old, renamed] of RENAMED_UNIQUE_INDEXES) {
    expect(indexes).toContain(renamed);
    expect(indexes).not.toContain(old);
  }
  if (onCitus) {
    const distributed = (await query(`SELECT logicalrelid::text AS table FROM pg_dist_partition`)) as Array<{
      table: string;
    }>;
    expect(distributed.map(({ table }) => table).sort()).toEqual([...DISTRIBUTED_TABLES].sort());
  }
}
