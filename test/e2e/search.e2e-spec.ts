import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { registerUser, type TestUser } from '../factories/users.js';
import { createContact, createInquiry, createInsight } from '../support/api.js';
import { apiGet, collectPages, type Page, type Query } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** Search rules of issue 10 (docs/domain.md "Search"): contacts and insights. */
describe('search', () => {
  let t: TestApp;
  let user: TestUser;
  let other: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    user = await registerUser(t);
    other = await registerUser(t);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('contacts ?q=', () => {
    const ids: Record<string, string> = {};
    const search = async (q: string, query: Query = {}) =>
      (await apiGet<Page<{ id: string }>>(t, user, '/v1/contacts', { q, limit: 100, ...query })).data.map((c) => c.id);

    beforeAll(async () => {
      const people: Array<[string, Record<string, unknown>]> = [
        ['elena', { name: 'Elena Quillfeather', organization: 'Northwind Logistics', title: 'Head of Operations' }],
        ['elenaNamesake', { name: 'Elena Marsh', organization: 'Contoso', title: 'Buyer' }],
        ['dana', { name: 'Dana Lee', title: 'CIO', responsibilities: 'runs the digital portfolio and the PMO' }],
        ['ivy', { name: 'Ivy Chen', interests: 'sailing, cartography and urban beekeeping' }],
        ['omar', { name: 'Omar Haddad', notes: 'met at the warehouse automation summit' }],
      ];
      for (const [key, body] of people) ids[key] = (await createContact(t, user, body)).id;
      // Another user's twin is never found.
      await createContact(t, other, { name: 'Elena Quillfeather', organization: 'Northwind Logistics' });
    });

    it('finds a contact by words in any order', async () => {
      expect(await search('quillfeather elena')).toEqual([ids.elena]);
      expect(await search('logistics elena')).toEqual([ids.elena]);
      expect(await search('chen ivy')).toEqual([ids.ivy]);
    });

    it('finds a contact despite a one-letter typo (trigram similarity)', async () => {
      expect(await search('quilfeather')).toEqual([ids.elena]); // a letter missing
      expect(await search('quillfeatherr')).toEqual([ids.elena]); // a letter too many
      expect(await search('quillfaather')).toEqual([ids.elena]); // a letter changed
    });

    it('finds a contact by words in responsibilities, interests and notes', async () => {
      expect(await search('portfolio')).toEqual([ids.dana]);
      expect(await search('beekeeping')).toEqual([ids.ivy]);
      expect(await search('warehouse automation')).toEqual([ids.omar]);
    });

    it('ranks by relevance when q is given: the closer match first', async () => {
      // Both are Elenas; only one is a Quillfeather. The exact name comes before a typo's neighbours.
      expect(await search('elena quillfeather')).toEqual([ids.elena]);
      const elenas = await search('elena');
      expect(elenas.sort()).toEqual([ids.elena, ids.elenaNamesake].sort());
      const ranked = await search('elena marsh');
      expect(ranked[0]).toBe(ids.elenaNamesake);
    });

    it('paginates ranked results by (rank, id) without repeats or gaps', async () => {
      const pager = await registerUser(t);
      for (let i = 0; i < 7; i++) {
        await createContact(t, pager, { name: `Rowan ${i % 2 === 0 ? 'Ashgrove' : 'Ashgrave'} ${i}` });
      }
      const whole = (await apiGet<Page<{ id: string }>>(t, pager, '/v1/contacts', { q: 'ashgrove', limit: 100 })).data;
      const { ids: paged, pages } = await collectPages(10, (cursor) =>
        apiGet<Page<{ id: string }>>(t, pager, '/v1/contacts', {
          q: 'ashgrove',
          limit: 3,
          ...(cursor ? { cursor } : {}),
        }),
      );
      expect(paged).toEqual(whole.map((c) => c.id));
      expect(new Set(paged).size).toBe(paged.length);
      expect(pages.reduce((a, b) => a + b, 0)).toBe(whole.length);
    });
  });

  describe('insights ?q=', () => {
    let inquiryId: string;
    const ids: Record<string, string> = {};
    const search = async (q: string) =>
      (await apiGet<Page<{ id: string }>>(t, user, '/v1/insights', { q, limit: 100 })).data.map((i) => i.id);

    beforeAll(async () => {
      inquiryId = (await createInquiry(t, user, { title: 'Field devices' })).id;
      const insights: Array<[string, Record<string, unknown>]> = [
        ['tablets', { text: 'Technicians want rugged tablets on the shop floor', kind: 'latent_need' }],
        ['budget', { text: 'Budgets are frozen until spring', kind: 'fact', themes: ['procurement'] }],
        [
          'twice',
          {
            text: 'The tablet is the bottleneck, every tablet fails in the cold',
            kind: 'perspective',
            quote: 'tablet',
          },
        ],
      ];
      for (const [key, body] of insights) ids[key] = (await createInsight(t, user, { inquiryId, ...body })).id;
    });

    it('finds insights by word stems (english configuration beside simple)', async () => {
      expect((await search('tablet')).sort()).toEqual([ids.tablets, ids.twice].sort());
      expect(await search('budget')).toEqual([ids.budget]);
      expect(await search('freezing')).toEqual([]); // "frozen" is another stem: no false friend
    });

    it('finds insights by theme', async () => {
      expect(await search('procurement')).toEqual([ids.budget]);
    });

    it('ranks by relevance when q is given', async () => {
      // Four mentions of "tablet" outrank one.
      expect(await search('tablet')).toEqual([ids.twice, ids.tablets]);
    });

    it('paginates ranked insights without repeats or gaps', async () => {
      const { ids: paged } = await collectPages(10, (cursor) =>
        apiGet<Page<{ id: string }>>(t, user, '/v1/insights', { q: 'tablet', limit: 1, ...(cursor ? { cursor } : {}) }),
      );
      expect(paged).toEqual([ids.twice, ids.tablets]);
    });
  });
});
