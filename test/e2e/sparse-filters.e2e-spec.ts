import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { walkWindow } from '../../src/common/pagination.js';
import { registerUser, type TestUser } from '../factories/users.js';
import * as api from '../support/api.js';
import { apiDelete, apiGet, apiPatch, collectPages, expectStatus, type Page } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * A tag (contacts), a theme, a question or a kind (insights) that few rows carry: the newest-first
 * walk reads `walkWindow` rows and the older matches come from the filter's index (docs/performance.md
 * "Filters few rows pass"). The pages together must be exactly the matches, newest first, whichever
 * side of the window a match is on.
 */
describe('lists filtered by a tag, theme, question or kind few rows carry', () => {
  let t: TestApp;
  let user: TestUser;
  /** More rows than one window, so the first page's window ends inside the data. */
  const total = walkWindow(3) + 200;
  /** Newest-first positions given the rare value: the window of a first page of 1–5 holds rows 0–999. */
  const window = walkWindow(3);
  const rarePositions = [0, window - 1, window, window + 1, window + 150];
  const deletedPosition = window + 100;
  const commonEvery = 20;
  let contactOrder: string[];
  let insightOrder: string[];
  let inquiryId: string;
  let questionId: string;

  const newestFirst = async (table: 'contact' | 'insight') =>
    (
      await t.sql<{ id: string }>(
        `SELECT id FROM ${table} WHERE owner_id = $1 AND deleted_at IS NULL ORDER BY created_at DESC, id DESC`,
        [user.id],
      )
    ).map((row) => row.id);

  beforeAll(async () => {
    t = await createTestApp();
    user = await registerUser(t);
    expect(walkWindow(6)).toBe(window); // limits 1–5 (a page and one more) share the window
    const rows = Array.from({ length: total }, (_, i) => `Member${i},Smith,,,Contoso,Buyer,`);
    await api.importLinkedin(t, user, rows);
    contactOrder = await newestFirst('contact');
    expect(contactOrder).toHaveLength(total);

    inquiryId = (await api.createInquiry(t, user, { title: 'Where do pilots stall?' })).id;
    questionId = (await api.createQuestion(t, user, inquiryId, { text: 'Who signs off?' })).id;
    const contactId = contactOrder[0];
    for (let made = 0; made < total; made += 100) {
      const res = await t
        .http()
        .post('/v1/debriefs')
        .set(user.auth)
        .send({
          conversation: { contactId, inquiryId, kind: 'call' },
          insights: Array.from({ length: Math.min(100, total - made) }, (_, i) => ({
            text: `Heard ${made + i}`,
            kind: 'fact',
            themes: ['filler'],
          })),
        });
      expectStatus(res, 201);
    }
    insightOrder = await newestFirst('insight');
    expect(insightOrder).toHaveLength(total);

    const marked = new Set([...rarePositions, deletedPosition]);
    for (let i = 0; i < total; i++) {
      const rare = marked.has(i);
      const common = i % commonEvery === 0;
      if (!rare && !common) continue;
      const values = [...(rare ? ['rare'] : []), ...(common ? ['common'] : [])];
      await apiPatch(t, user, `/v1/contacts/${contactOrder[i]}`, { tags: values });
      await apiPatch(t, user, `/v1/insights/${insightOrder[i]}`, {
        themes: values,
        ...(rare ? { questionIds: [questionId], kind: 'risk' } : {}),
      });
    }
    await apiDelete(t, user, `/v1/contacts/${contactOrder[deletedPosition]}`);
    await apiDelete(t, user, `/v1/insights/${insightOrder[deletedPosition]}`);
  });
  afterAll(async () => {
    await t.close();
  });

  const pages = (path: string, query: Record<string, string | number>) =>
    collectPages(2_000, (cursor) =>
      apiGet<Page<{ id: string }>>(t, user, path, { ...query, ...(cursor ? { cursor } : {}) }),
    );
  const at = (order: string[], positions: number[]) => positions.map((i) => order[i]);
  const commonPositions = Array.from({ length: Math.ceil(total / commonEvery) }, (_, k) => k * commonEvery).filter(
    (i) => i !== deletedPosition,
  );

  it.each([1, 2, 5])('pages a rare tag across the window without gaps or repeats (limit %i)', async (limit) => {
    const { ids } = await pages('/v1/contacts', { tag: 'rare', limit });
    expect(ids).toEqual(at(contactOrder, rarePositions));
  });

  it("fills a first page from both sides of the window's edge", async () => {
    const first = await apiGet<Page<{ id: string }>>(t, user, '/v1/contacts', { tag: 'rare', limit: 2 });
    expect(first.data.map((row) => row.id)).toEqual(at(contactOrder, [0, window - 1]));
    expect(first.nextCursor).not.toBeNull();
    const three = await apiGet<Page<{ id: string }>>(t, user, '/v1/contacts', { tag: 'rare', limit: 3 });
    expect(three.data.map((row) => row.id)).toEqual(at(contactOrder, [0, window - 1, window]));
  });

  it('pages a common tag, a tag no contact has, and no tag as before', async () => {
    expect((await pages('/v1/contacts', { tag: 'common', limit: 7 })).ids).toEqual(at(contactOrder, commonPositions));
    expect((await pages('/v1/contacts', { tag: 'nobody', limit: 5 })).ids).toEqual([]);
    const all = await pages('/v1/contacts', { limit: 100 });
    expect(all.ids).toEqual(contactOrder.filter((_, i) => i !== deletedPosition));
  });

  it.each([1, 2, 5])('pages a rare theme, question and kind the same way (limit %i)', async (limit) => {
    const expected = at(insightOrder, rarePositions);
    expect((await pages('/v1/insights', { theme: 'rare', limit })).ids).toEqual(expected);
    expect((await pages('/v1/insights', { questionId, limit })).ids).toEqual(expected);
    expect((await pages('/v1/insights', { kind: 'risk', limit })).ids).toEqual(expected);
    expect((await pages('/v1/insights', { questionId, theme: 'common', limit })).ids).toEqual(
      at(
        insightOrder,
        rarePositions.filter((i) => i % commonEvery === 0),
      ),
    );
  });

  it('pages a common theme, a theme no insight has, and a theme within an inquiry as before', async () => {
    expect((await pages('/v1/insights', { theme: 'common', limit: 7 })).ids).toEqual(at(insightOrder, commonPositions));
    expect((await pages('/v1/insights', { theme: 'nobody', limit: 5 })).ids).toEqual([]);
    const rare = new Set([...rarePositions, deletedPosition]);
    expect((await pages('/v1/insights', { kind: 'fact', limit: 100 })).ids).toEqual(
      insightOrder.filter((_, i) => !rare.has(i)),
    );
    expect((await pages('/v1/insights', { theme: 'rare', inquiryId, limit: 2 })).ids).toEqual(
      at(insightOrder, rarePositions),
    );
    const first = await apiGet<Page<{ id: string }>>(t, user, '/v1/insights', { theme: 'rare', limit: 2 });
    expect(first.data.map((row) => row.id)).toEqual(at(insightOrder, [0, window - 1]));
  });
});
