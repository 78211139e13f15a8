import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { registerUser, type TestUser } from '../factories/users.js';
import { createContact, createInquiry, logInteraction } from '../support/api.js';
import { apiGet, collectPages, type Page } from '../support/http.js';
import { expectProblem, fieldsOf } from '../support/problems.js';
import { createTestApp, onCitus, type TestApp } from '../support/test-app.js';

/**
 * The contact list and search as PostgreSQL serves them (docs/domain.md "Search", issue 8): the page
 * built as JSON by the database, the two relevance tiers, and both ways the first tier is read (the
 * words index for a word few contacts have, a bounded walk of the primary key for one many share).
 */
describe('contact list and search tiers', () => {
  let t: TestApp;
  let common: TestUser;
  let sparse: TestUser;

  /** The search document and its tiers, as the service defines them, computed here in SQL as the oracle. */
  const DOC = `lower(name || ' ' || coalesce(organization, '') || ' ' || coalesce(title, '') || ' ' || array_to_string(tags, ' ') || ' ' || coalesce(responsibilities, '') || ' ' || coalesce(interests, '') || ' ' || coalesce(notes, ''))`;
  const expectedOrder = async (ownerId: string, word: string) =>
    (
      await t.sql<{ id: string }>(
        `SELECT id FROM (
           SELECT id, CASE WHEN ${DOC} ~ ('(^|[^[:alnum:]])' || $2) THEN 0 ELSE 1 END AS tier
             FROM contact WHERE owner_id = $1 AND deleted_at IS NULL AND ${DOC} %> $2) m
          ORDER BY tier, id`,
        [ownerId, word],
      )
    ).map((row) => row.id);
  const pagesOf = (user: TestUser, q: string, limit: number) =>
    collectPages(200, (cursor) =>
      apiGet<Page<{ id: string }>>(t, user, '/v1/contacts', { q, limit, ...(cursor ? { cursor } : {}) }),
    );

  beforeAll(async () => {
    t = await createTestApp();
    common = await registerUser(t);
    sparse = await registerUser(t);
    // "Marlowe" is a word a third of all contacts share (the words index's statistics say it is
    // common), among them a third of `common`'s and only 6 of `sparse`'s 1,500.
    await t.sql(
      `INSERT INTO contact (owner_id, name, organization, tags)
       SELECT $1, CASE WHEN i % 3 = 0 THEN 'Kit Marlowe ' || i ELSE 'Person ' || md5(i::text) END,
              CASE WHEN i % 50 = 1 THEN 'Marlow Holdings' ELSE 'Org ' || (i % 17) END, ARRAY['t' || (i % 5)]
       FROM generate_series(1, 3000) AS i`,
      [common.id],
    );
    await t.sql(
      `INSERT INTO contact (owner_id, name, organization)
       SELECT $1, CASE WHEN i % 250 = 0 THEN 'Kit Marlowe ' || i ELSE 'Person ' || md5(i::text) END, 'Org ' || (i % 17)
       FROM generate_series(1, 1500) AS i`,
      [sparse.id],
    );
    // A typo of the word (tier 1 for "marlowe"), and a deleted match (never shown).
    await t.sql(`INSERT INTO contact (owner_id, name) VALUES ($1, 'Dee Marlove'), ($2, 'Dee Marlove')`, [
      common.id,
      sparse.id,
    ]);
    await t.sql(`INSERT INTO contact (owner_id, name, deleted_at) VALUES ($1, 'Gone Marlowe', now())`, [common.id]);
    // Statistics before the first search: the service reads them once and keeps them for minutes.
    await t.sql('ANALYZE contact');
  });
  afterAll(async () => {
    await t.close();
  });

  it('ranks whole words and word beginnings before typos, each tier by id, with no repeats or gaps (a common word: the walk)', async () => {
    const expected = await expectedOrder(common.id, 'marlowe');
    // 1,000 Marlowes, then the typos' neighbours: Marlove, and the Marlow Holdings of no Marlowe.
    expect(expected.length).toBe(1041);
    // The statistics the service decides by: "marlowe" is among the index's common words (≥ 2 %).
    const [stats] = await t.sql<{ freq: number }>(
      `SELECT f.freq FROM pg_stats, unnest(most_common_elems::text::text[], most_common_elem_freqs) AS f(elem, freq)
        WHERE tablename = 'ix_contact_search_words' AND f.elem = 'marlowe'`,
    );
    // (On Citus the coordinator keeps no statistics of the shards: every word is read from the index.)
    if (!onCitus) expect(stats.freq).toBeGreaterThan(0.02);
    const { ids } = await pagesOf(common, 'marlowe', 100);
    expect(ids).toEqual(expected);
    // A prefix: "marlow" begins Marlowe and Marlow (Holdings); Marlove is a typo's neighbour.
    const { ids: prefix } = await pagesOf(common, 'marlow', 37);
    expect(prefix).toEqual(await expectedOrder(common.id, 'marlow'));
  });

  it('reads the same order when the common word is sparse for this user (the walk finds little, the index the rest)', async () => {
    const expected = await expectedOrder(sparse.id, 'marlowe');
    expect(expected.length).toBe(7);
    const { ids, pages } = await pagesOf(sparse, 'marlowe', 2);
    expect(ids).toEqual(expected);
    expect(pages).toEqual([2, 2, 2, 1]);
    // The typo comes last, after every Marlowe.
    const last = await apiGet<Page<{ name: string }>>(t, sparse, '/v1/contacts', { q: 'marlowe', limit: 100 });
    expect(last.data.at(-1)?.name).toBe('Dee Marlove');
  });

  it('serves a rare word from its posting list, in the same order', async () => {
    const rare = await registerUser(t);
    const ids = [];
    for (const name of ['Ines Quillfeather', 'Quillfeather Ltd', 'Ana Quilfeather']) {
      ids.push((await createContact<{ id: string }>(t, rare, { name })).id);
    }
    const { ids: paged } = await pagesOf(rare, 'quillfeather', 1);
    expect(paged).toEqual(await expectedOrder(rare.id, 'quillfeather'));
    expect(paged.at(-1)).toBe(ids[2]); // the typo last
  });

  it('takes a contact whose notes hold a word too long for the words index, and finds it by its other words', async () => {
    const owner = await registerUser(t);
    // One 9,000-character "word": a tsvector refuses words over 2,047 bytes, so the index leaves it out.
    const long = await createContact<{ id: string }>(t, owner, { name: 'Wendell Longword', notes: 'w'.repeat(9000) });
    const { ids } = await pagesOf(owner, 'wendell', 10);
    expect(ids).toEqual([long.id]);
  });

  it('shows each contact in a page exactly as GET /v1/contacts/:id does', async () => {
    const owner = await registerUser(t);
    const full = await createContact<{ id: string }>(t, owner, {
      name: 'Zora Fullfield',
      emails: [
        { value: 'zora@example.com', label: 'work', primary: true },
        { value: 'z@home.example', label: 'home' },
      ],
      phones: [{ value: '+44 20 7946 0958', label: 'mobile' }],
      urls: [{ value: 'https://www.linkedin.com/in/zora-fullfield' }],
      organization: 'Fullfield & Co',
      title: 'COO',
      seniority: 'executive',
      sameOrganization: false,
      responsibilities: 'operations',
      interests: 'rowing',
      canOffer: 'intros to logistics people',
      notes: 'met at "the summit" — ünïcode ✓',
      tags: ['Ops', 'board'],
      keepInTouchDays: 30,
      connectedOn: '2021-03-04',
    });
    await createContact(t, owner, { name: 'Bare Minimum' });
    const inquiryId = (await createInquiry(t, owner, { title: 'JSON' })).id;
    await logInteraction(t, owner, {
      contactId: full.id,
      inquiryId,
      kind: 'meeting',
      occurredAt: '2024-05-06T07:08:09.010Z',
    });
    const single = (await t.http().get(`/v1/contacts/${full.id}`).set(owner.auth)).body as Record<string, unknown>;
    expect(single.lastInteractionAt).toBe('2024-05-06T07:08:09.010Z');
    for (const query of [{}, { q: 'fullfield' }, { q: 'zor' }, { tag: 'ops' }]) {
      const res = await t.http().get('/v1/contacts').query(query).set(owner.auth);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      const page = res.body as Page<Record<string, unknown>>;
      expect(page.data.find((item) => item.id === full.id)).toEqual(single);
    }
    const bare = (await apiGet<Page<Record<string, unknown>>>(t, owner, '/v1/contacts', { q: 'bare' })).data;
    const bareSingle = (
      await t
        .http()
        .get(`/v1/contacts/${bare[0].id as string}`)
        .set(owner.auth)
    ).body as unknown;
    expect(bare).toEqual([bareSingle]);
  });

  it("keeps the GIN indexes' pending lists short, so a search doesn't read thousands of writes' worth of them", async () => {
    // Every logged interaction adds its contact to every index again (the update is never HOT): with
    // PostgreSQL's default 4 MB pending list a rare-name search read ~250 pages of it per tier.
    const rows = await t.sql<{ index: string; options: string[] | null }>(
      `SELECT c.relname AS index, c.reloptions AS options FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
        JOIN pg_am am ON am.oid = c.relam WHERE i.indrelid = 'contact'::regclass AND am.amname = 'gin' ORDER BY 1`,
    );
    expect(rows.map((row) => row.index)).toEqual([
      'ix_contact_owner_id_document',
      'ix_contact_owner_id_tags',
      'ix_contact_search_trgm',
      'ix_contact_search_words',
    ]);
    for (const row of rows) expect(row.options).toContain('gin_pending_list_limit=512');
  });

  it('refuses a cursor of the ranking before tiers (rank, id) with 400 on cursor', async () => {
    const old = Buffer.from(JSON.stringify({ r: '0.25', id: common.id })).toString('base64url');
    expect(
      fieldsOf(
        expectProblem(await t.http().get('/v1/contacts').query({ q: 'marlowe', cursor: old }).set(common.auth), 400),
      ),
    ).toContain('cursor');
  });
});
