/*
 * Analytics' read models of insight counts (`inquiry_insight_count`, `inquiry_theme_contact`,
 * docs/architecture.md "Read models") are kept up to date in the write transactions. After every
 * kind of write, through the API, they must equal a recomputation from the tables themselves (the
 * oracle below is written independently of the app's recount), and stats and themes must say what
 * the recomputation says.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { registerUser, type TestUser } from '../factories/users.js';
import * as api from '../support/api.js';
import { apiDelete, apiGet, apiPatch, expectStatus, type Page } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

interface Row {
  inquiry_id: string;
  facet: string;
  value: string;
  insights: number;
}
interface ThemeContactRow {
  inquiry_id: string;
  theme: string;
  contact_id: string;
  insights: number;
  seniority: string | null;
  same_organization: boolean | null;
}

describe('analytics read models: equal to the recomputation after every kind of write', () => {
  let t: TestApp;
  let user: TestUser;
  let a: string;
  let b: string;
  let ana: string;
  let bo: string;
  let cy: string;

  beforeAll(async () => {
    t = await createTestApp();
    user = await registerUser(t);
    a = (await api.createInquiry(t, user, { title: 'Read model: A' })).id;
    b = (await api.createInquiry(t, user, { title: 'Read model: B' })).id;
    ana = (await api.createContact(t, user, { name: 'Ana', seniority: 'senior', sameOrganization: true })).id;
    bo = (await api.createContact(t, user, { name: 'Bo', seniority: 'peer', sameOrganization: false })).id;
    cy = (await api.createContact(t, user, { name: 'Cy' })).id;
  });
  afterAll(async () => {
    await t.close();
  });

  /** What the read models hold for the owner (rows of 0 are as good as none). */
  async function stored(ownerId: string): Promise<{ counts: Row[]; themeContacts: ThemeContactRow[] }> {
    const counts = await t.sql<Row>(
      `SELECT inquiry_id, facet, value, insights FROM inquiry_insight_count
        WHERE owner_id = $1 AND insights <> 0 ORDER BY 1, 2, 3`,
      [ownerId],
    );
    const themeContacts = await t.sql<ThemeContactRow>(
      `SELECT inquiry_id, theme, contact_id, insights, seniority::text AS seniority, same_organization
         FROM inquiry_theme_contact WHERE owner_id = $1 AND insights <> 0 ORDER BY 1, 2, 3`,
      [ownerId],
    );
    return { counts, themeContacts };
  }

  /** The same figures recomputed from insight and contact, as docs/metrics.md defines them. */
  async function recomputed(ownerId: string): Promise<{ counts: Row[]; themeContacts: ThemeContactRow[] }> {
    const counts = await t.sql<Row>(
      `WITH live AS (SELECT * FROM insight WHERE owner_id = $1 AND deleted_at IS NULL)
       SELECT * FROM (
         SELECT inquiry_id, 'kind' AS facet, kind::text AS value, count(*)::int AS insights FROM live GROUP BY 1, 3
         UNION ALL
         SELECT inquiry_id, 'theme', theme, count(DISTINCT id)::int FROM live, unnest(themes) AS theme GROUP BY 1, 3
         UNION ALL
         SELECT inquiry_id, 'contact', contact_id::text, count(*)::int FROM live WHERE contact_id IS NOT NULL GROUP BY 1, 3
       ) x ORDER BY 1, 2, 3`,
      [ownerId],
    );
    const themeContacts = await t.sql<ThemeContactRow>(
      `SELECT s.inquiry_id, theme, s.contact_id, count(DISTINCT s.id)::int AS insights,
              c.seniority::text AS seniority, c.same_organization
         FROM insight s, unnest(s.themes) AS theme, contact c
        WHERE s.owner_id = $1 AND s.deleted_at IS NULL AND c.owner_id = $1 AND c.id = s.contact_id
        GROUP BY 1, 2, 3, 5, 6 ORDER BY 1, 2, 3`,
      [ownerId],
    );
    return { counts, themeContacts };
  }

  const expectInStep = async (owner: TestUser = user) =>
    expect(await stored(owner.id)).toEqual(await recomputed(owner.id));

  const insight = async (body: Record<string, unknown>) =>
    (await api.createInsight(t, user, { text: 'Something learned', ...body })).id;

  it('counts created insights: by kind, by theme (once per insight), by contact, and per theme and contact', async () => {
    await insight({ inquiryId: a, contactId: ana, kind: 'fact', themes: ['Cost', 'cost ', 'trust'] });
    await insight({ inquiryId: a, contactId: ana, kind: 'risk', themes: ['cost'] });
    await insight({ inquiryId: a, contactId: bo, kind: 'fact', themes: ['trust'] });
    await insight({ inquiryId: a, kind: 'advice', themes: ['cost'] });
    await insight({ inquiryId: a, contactId: cy, kind: 'fact', themes: [] });
    await insight({ inquiryId: b, contactId: bo, kind: 'pattern', themes: ['data'] });
    await expectInStep();
    const { counts } = await stored(user.id);
    expect(counts.filter((row) => row.inquiry_id === a && row.facet === 'theme')).toEqual([
      { inquiry_id: a, facet: 'theme', value: 'cost', insights: 3 },
      { inquiry_id: a, facet: 'theme', value: 'trust', insights: 2 },
    ]);
  });

  it('moves the counts when an insight changes kind, themes, contact or inquiry, and when it is deleted', async () => {
    const id = await insight({ inquiryId: a, contactId: ana, kind: 'fact', themes: ['speed'] });
    await apiPatch(t, user, `/v1/insights/${id}`, { kind: 'risk', themes: ['speed', 'quality'] });
    await expectInStep();
    await apiPatch(t, user, `/v1/insights/${id}`, { contactId: bo });
    await expectInStep();
    await apiPatch(t, user, `/v1/insights/${id}`, { contactId: null });
    await expectInStep();
    await apiPatch(t, user, `/v1/insights/${id}`, { inquiryId: b, contactId: cy });
    await expectInStep();
    await apiPatch(t, user, `/v1/insights/${id}`, { text: 'Only the words changed' });
    await expectInStep();
    await apiDelete(t, user, `/v1/insights/${id}`);
    await expectInStep();
  });

  it("follows a contact's perspective when the contact changes", async () => {
    await apiPatch(t, user, `/v1/contacts/${cy}`, { seniority: 'executive', sameOrganization: false });
    await insight({ inquiryId: a, contactId: cy, kind: 'fact', themes: ['trust'] });
    await apiPatch(t, user, `/v1/contacts/${ana}`, { seniority: 'junior' });
    await expectInStep();
    await apiPatch(t, user, `/v1/contacts/${ana}`, { sameOrganization: null });
    await expectInStep();
    await apiPatch(t, user, `/v1/contacts/${ana}`, { name: 'Ana Duarte' });
    await expectInStep();
  });

  it('stays in step through debriefs, interactions, participants, referrals, stage changes and reflections', async () => {
    await api.addParticipant(t, user, a, ana);
    await api.createReferral(t, user, a, { referrerId: ana, referredId: bo, reason: 'knows it' });
    await api.setParticipantStage(t, user, a, bo, 'asked');
    const logged = await api.logInteraction(t, user, { contactId: bo, inquiryId: a, kind: 'meeting' });
    await insight({ inquiryId: a, contactId: bo, interactionId: logged.id, kind: 'advice', themes: ['data'] });
    const res = await t
      .http()
      .post('/v1/debriefs')
      .set(user.auth)
      .send({
        conversation: { contactId: cy, inquiryId: a, kind: 'call' },
        insights: [
          { text: 'Budget cycles are yearly', kind: 'fact', themes: ['budget', 'cost'] },
          { text: 'No theme', kind: 'risk' },
        ],
      });
    expectStatus(res, 201);
    await expectInStep();
    // A deleted interaction no longer names the insights from it: their counts stay.
    await apiDelete(t, user, `/v1/interactions/${logged.id}`);
    await api.createReflection(t, user, a, { learned: 'A cycle closes' });
    await expectInStep();
  });

  it("stays in step when a contact is erased, with or without their insights, and on the account's import", async () => {
    const dee = (await api.createContact(t, user, { name: 'Dee', seniority: 'peer', sameOrganization: true })).id;
    const eli = (await api.createContact(t, user, { name: 'Eli', seniority: 'senior', sameOrganization: false })).id;
    await insight({ inquiryId: a, contactId: dee, kind: 'fact', themes: ['cost', 'erased'] });
    await insight({ inquiryId: b, contactId: dee, kind: 'risk', themes: ['kept'] });
    const withEli = await api.logInteraction(t, user, { contactId: eli, inquiryId: a, kind: 'meeting' });
    await insight({ inquiryId: a, contactId: eli, interactionId: withEli.id, kind: 'advice', themes: ['cost'] });
    await expectInStep();
    expectStatus(await t.http().post(`/v1/contacts/${dee}/erase`).set(user.auth).send({}), 200);
    await expectInStep();
    expectStatus(await t.http().post(`/v1/contacts/${eli}/erase`).set(user.auth).send({ keepInsights: true }), 200);
    await expectInStep();

    const exported = await t.http().get('/v1/me/export').set(user.auth);
    expectStatus(exported, 200);
    const restored = await registerUser(t);
    expectStatus(await t.http().post('/v1/me/import').set(restored.auth).send(JSON.parse(exported.text)), 200);
    await expectInStep(restored);
    expect((await stored(restored.id)).counts).toEqual((await stored(user.id)).counts);
  });

  it('stays in step when a contact is merged into another: insights move, the survivor takes over a perspective it lacked', async () => {
    const keep = (await api.createContact(t, user, { name: 'Dee Keep' })).id;
    const dup = (await api.createContact(t, user, { name: 'Dee Dup', seniority: 'executive', sameOrganization: true }))
      .id;
    await insight({ inquiryId: a, contactId: dup, kind: 'fact', themes: ['merge', 'trust'] });
    await insight({ inquiryId: b, contactId: dup, kind: 'risk', themes: ['merge'] });
    await insight({ inquiryId: a, contactId: keep, kind: 'advice', themes: ['merge'] });
    await expectInStep();
    expectStatus(await t.http().post(`/v1/contacts/${keep}/merge`).set(user.auth).send({ otherId: dup }), 200);
    const moved = await t.sql<{ contact_id: string }>(
      `SELECT DISTINCT contact_id FROM inquiry_theme_contact WHERE owner_id = $1 AND theme = 'merge' AND insights <> 0`,
      [user.id],
    );
    expect(moved).toEqual([{ contact_id: keep }]);
    await expectInStep();
  });

  it("follows a contact's perspective filled in by an import (never overwritten, so only an empty one)", async () => {
    const eve = (await api.createContact(t, user, { name: 'Eve Import', email: 'eve.import@example.com' })).id;
    await insight({ inquiryId: a, contactId: eve, kind: 'fact', themes: ['imported'] });
    await expectInStep();
    const card = [
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Eve Import',
      'EMAIL:eve.import@example.com',
      'X-SNOWBALL-SENIORITY:executive',
      'X-SNOWBALL-SAME-ORGANIZATION:yes',
      'END:VCARD',
      '',
    ].join('\r\n');
    const res = await t.http().post('/v1/contacts/import').set(user.auth).set('Content-Type', 'text/vcard').send(card);
    expect(res.body).toMatchObject({ created: 0, updated: 1 });
    const [row] = await t.sql<{ seniority: string }>(
      `SELECT seniority::text AS seniority FROM inquiry_theme_contact WHERE owner_id = $1 AND contact_id = $2`,
      [user.id, eve],
    );
    expect(row).toEqual({ seniority: 'executive' });
    await expectInStep();
  });

  it('serves stats and themes that agree with the recomputation', async () => {
    const { counts, themeContacts } = await recomputed(user.id);
    const stats = await apiGet<{
      insightsByKind: Array<{ key: string; count: number }>;
      insightsByTheme: Array<{ key: string; count: number }>;
    }>(t, user, `/v1/inquiries/${a}/stats`);
    const of = (facet: string) =>
      counts.filter((row) => row.inquiry_id === a && row.facet === facet && row.insights > 0);
    expect(stats.insightsByKind.filter((row) => row.count > 0)).toEqual(
      of('kind')
        .map((row) => ({ key: row.value, count: row.insights }))
        .sort(
          (x, y) =>
            stats.insightsByKind.findIndex((k) => k.key === x.key) -
            stats.insightsByKind.findIndex((k) => k.key === y.key),
        ),
    );
    expect(stats.insightsByTheme).toEqual(
      of('theme')
        .map((row) => ({ key: row.value, count: row.insights }))
        .sort((x, y) => y.count - x.count || (x.key < y.key ? -1 : 1)),
    );
    const themes = (
      await apiGet<Page<{ theme: string; insights: number; contacts: number; perspectives: unknown[] }>>(
        t,
        user,
        `/v1/inquiries/${a}/themes`,
        { limit: 100 },
      )
    ).data;
    for (const theme of themes) {
      const rows = themeContacts.filter((row) => row.inquiry_id === a && row.theme === theme.theme);
      const perspectives = new Set(
        rows
          .filter((row) => row.seniority !== null && row.same_organization !== null)
          .map((row) => `${row.seniority}/${row.same_organization}`),
      );
      expect({ theme: theme.theme, contacts: theme.contacts, perspectives: theme.perspectives.length }).toEqual({
        theme: theme.theme,
        contacts: rows.length,
        perspectives: perspectives.size,
      });
    }
    expect(themes.map((theme) => theme.theme).sort()).toEqual(of('theme').map((row) => row.value));
  });
});
