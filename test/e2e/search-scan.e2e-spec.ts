import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SCAN_BUDGET } from '../../src/modules/contacts/contacts.service.js';
import { registerUser, type TestUser } from '../factories/users.js';
import * as api from '../support/api.js';
import { apiDelete, apiGet, apiPatch, collectPages, type Page } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * A search no index can narrow (every word short or punctuated: `qz`, `c++`, `...`) reads at most
 * SCAN_BUDGET contacts per page, in id order, and continues with `nextCursor` (docs/domain.md
 * "Search"): the pages together hold exactly the matches, in (tier, id) order.
 */
describe('contact search without an index to narrow it (bounded scan)', () => {
  let t: TestApp;
  let user: TestUser;
  /** One contact more than two scans hold: the scan needs three pages, exactly. */
  const total = 2 * SCAN_BUDGET + 1;
  const ids: Record<string, string[]> = {};

  /** The special rows, spread over the file (ids are random, so their place in id order is too). */
  const special: Array<[group: string, first: string, last: string, position: string]> = [
    ...[0, 1, 2].map((k) => ['qzStart', `Qzara${k}`, 'Dunmore', 'Analyst'] as [string, string, string, string]),
    ...[0, 1, 2, 3].map((k) => ['qzInside', `Rowan${k}`, 'Loqzin', 'Analyst'] as [string, string, string, string]),
    ...[0, 1, 2].map((k) => ['cpp', `Cass${k}`, 'Ward', 'C++ engineer'] as [string, string, string, string]),
    ['decoy', 'Cleo', 'Ward', 'C+ grader'],
    ['decoy', 'Cyd', 'Ward', 'c + + fan'],
    ...[0, 1].map((k) => ['dots', `Dot${k}`, 'Pryor', 'Founder... of things'] as [string, string, string, string]),
    ...[0, 1, 2].map((k) => ['deleted', `Gone${k}`, 'Loqzin', 'C++ engineer'] as [string, string, string, string]),
  ];

  const csvCell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

  beforeAll(async () => {
    t = await createTestApp();
    user = await registerUser(t);
    const members = total - special.length;
    const rows = Array.from({ length: members }, (_, i) =>
      [`Member${i}`, i % 18 === 0 ? 'Ashdown' : 'Smith', '', '', 'Contoso', 'Buyer', ''].join(','),
    );
    special.forEach(([, first, last, position], k) => {
      const row = [first, last, '', '', 'Northwind', position, ''].map(csvCell).join(',');
      rows.splice(Math.floor(((k + 1) * rows.length) / (special.length + 1)), 0, row);
    });
    await api.importLinkedin(t, user, rows);
    const named = await t.sql<{ id: string; name: string }>(`SELECT id, name FROM contact WHERE owner_id = $1`, [
      user.id,
    ]);
    expect(named).toHaveLength(rows.length);
    const idOf = new Map(named.map((row) => [row.name, row.id]));
    for (const [group, first, last] of special) (ids[group] ??= []).push(idOf.get(`${first} ${last}`)!);
    // The rows where a scan stops and the next one starts (id order, deleted rows included) match as
    // fragments too: a scan that skipped or repeated its boundary row would show it.
    const ordered = (
      await t.sql<{ id: string }>(`SELECT id FROM contact WHERE owner_id = $1 ORDER BY id`, [user.id])
    ).map((row) => row.id);
    const specialIds = new Set(Object.values(ids).flat());
    for (const index of [SCAN_BUDGET - 2, SCAN_BUDGET - 1, SCAN_BUDGET, 2 * SCAN_BUDGET - 1, 2 * SCAN_BUDGET]) {
      if (specialIds.has(ordered[index])) continue;
      await apiPatch(t, user, `/v1/contacts/${ordered[index]}`, { title: 'Loqzin boundary' });
      ids.qzInside.push(ordered[index]);
    }
    for (const group of Object.keys(ids)) ids[group].sort();
    // Deleted contacts are examined by the scan like any other row, and never shown.
    for (const id of ids.deleted) await apiDelete(t, user, `/v1/contacts/${id}`);
  });
  afterAll(async () => {
    await t.close();
  });

  const contacts = async () =>
    Number((await t.sql<{ n: string }>(`SELECT count(*) AS n FROM contact WHERE owner_id = $1`, [user.id]))[0].n);
  const searchAll = (q: string, limit: number) =>
    collectPages(500, (cursor) =>
      apiGet<Page<{ id: string }>>(t, user, '/v1/contacts', { q, limit, ...(cursor ? { cursor } : {}) }),
    );

  it('finds every match of a short word across pages: its word beginnings first, then fragments, each by id', async () => {
    const { ids: found, pages } = await searchAll('qz', 100);
    expect(found).toEqual([...ids.qzStart, ...ids.qzInside]);
    // One scan of SCAN_BUDGET contacts per page (deleted ones included): a whole read would be one page.
    expect(pages).toHaveLength(Math.ceil((await contacts()) / SCAN_BUDGET));
    // A page the scan stopped early may be short, or empty, and still continue.
    expect(pages.slice(0, -1).some((size) => size < 100)).toBe(true);
  });

  it('gives the same sequence with small pages (a full page continues after its last row)', async () => {
    const { ids: found, pages } = await searchAll('qz', 2);
    expect(found).toEqual([...ids.qzStart, ...ids.qzInside]);
    expect(pages.length).toBeGreaterThan(Math.ceil((await contacts()) / SCAN_BUDGET));
  });

  it('matches a punctuated word literally (c++, ...), never a deleted contact', async () => {
    expect((await searchAll('c++', 100)).ids).toEqual(ids.cpp);
    const dots = await searchAll('...', 100);
    expect(dots.ids).toEqual(ids.dots);
    expect(dots.pages).toHaveLength(Math.ceil((await contacts()) / SCAN_BUDGET));
    expect((await searchAll('c++ ward', 100)).ids).toEqual(ids.cpp);
  });

  it('finds nothing, in bounded pages, when nothing matches', async () => {
    const { ids: found, pages } = await searchAll('zq', 100);
    expect(found).toEqual([]);
    expect(pages).toHaveLength(Math.ceil((await contacts()) / SCAN_BUDGET));
  });

  it('keeps full pages for a search an index narrows', async () => {
    const { ids: found, pages } = await searchAll('ashdown', 100);
    expect(found).toHaveLength(Math.ceil((total - special.length) / 18));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.slice(0, -1).every((size) => size === 100)).toBe(true);
  });
});
