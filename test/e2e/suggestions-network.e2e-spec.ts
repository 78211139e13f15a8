import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { registerUser, type TestUser } from '../factories/users.js';
import * as api from '../support/api.js';
import { apiGet, apiPatch, expectStatus, type Page } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

interface Suggestion {
  contactId: string;
  name: string;
  source: 'inquiry' | 'network';
  wave: number | null;
  stage: string | null;
  origin: string | null;
  referredBy: Array<{ contactId: string; name: string; reason: string | null }>;
  score: number;
  reasons: Array<{ code: string; message: string; weight: number }>;
  summary: string;
}

/** Suggestions that reach beyond the inquiry, say who referred whom, and follow up once. */
describe('suggestions from the whole network', () => {
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

  const contact = async (body: Record<string, unknown>, owner: TestUser = user) =>
    (await api.createContact(t, owner, body)).id;
  const suggestions = async (inquiryId: string, owner: TestUser = user) =>
    (await apiGet<Page<Suggestion>>(t, owner, `/v1/inquiries/${inquiryId}/suggestions`, { limit: 100 })).data;
  const ask = async (contactId: string, inquiryId: string, days: number, extra: Record<string, unknown> = {}) => {
    const id = (await api.logInteraction(t, user, { contactId, inquiryId, kind: 'ask', ...extra })).id;
    await t.sql(`UPDATE interaction SET occurred_at = now() - make_interval(days => $2) WHERE id = $1`, [id, days]);
    return id;
  };

  describe('people not yet in the inquiry', () => {
    let inquiryId: string;
    let ids: Record<string, string>;

    beforeAll(async () => {
      inquiryId = (
        await api.createInquiry(t, user, {
          title: 'Portfolio',
          challenge: 'How do large organisations steer their digital portfolio?',
        })
      ).id;
      await api.createQuestion(t, user, inquiryId, { text: 'Who decides on funding for transformation programmes?' });
      ids = {
        // Met, senior inside: that perspective is heard.
        Sam: await contact({ name: 'Sam Senior', seniority: 'senior', sameOrganization: true }),
        Dana: await contact({
          name: 'Dana Lee',
          seniority: 'executive',
          sameOrganization: true,
          responsibilities: 'Owns the digital portfolio and its budget',
        }),
        Tom: await contact({ name: 'Tom Tags', seniority: 'junior', sameOrganization: false, tags: ['funding'] }),
        // Matches, but senior/inside is heard already.
        Heard: await contact({
          name: 'Heard Already',
          seniority: 'senior',
          sameOrganization: true,
          responsibilities: 'digital portfolio office',
        }),
        // Fills a gap, matches nothing.
        Off: await contact({ name: 'Off Topic', seniority: 'peer', sameOrganization: false, interests: 'sailing' }),
        // Matches, but its perspective is not recorded.
        Vague: await contact({ name: 'Vague Person', responsibilities: 'digital portfolio' }),
        // Matches and fills a gap, but is already a participant.
        In: await contact({
          name: 'In Already',
          seniority: 'executive',
          sameOrganization: false,
          title: 'Head of digital',
        }),
        Gone: await contact({
          name: 'Deleted Person',
          seniority: 'peer',
          sameOrganization: true,
          responsibilities: 'digital portfolio',
        }),
      };
      await contact(
        { name: 'Not Yours', seniority: 'executive', sameOrganization: true, responsibilities: 'digital portfolio' },
        other,
      );
      await api.addParticipant(t, user, inquiryId, ids.Sam);
      await api.logInteraction(t, user, { contactId: ids.Sam, inquiryId, kind: 'meeting' });
      await api.addParticipant(t, user, inquiryId, ids.In);
      expectStatus(await t.http().delete(`/v1/contacts/${ids.Gone}`).set(user.auth), 204);
    });

    it('suggests contacts who fill a perspective gap and match the challenge or open questions, with the reason in words', async () => {
      const network = (await suggestions(inquiryId)).filter((s) => s.source === 'network');
      expect(network.map((s) => s.name)).toEqual(['Dana Lee', 'Tom Tags']);
      const dana = network[0];
      expect(dana).toEqual(
        expect.objectContaining({ contactId: ids.Dana, wave: null, stage: null, origin: null, referredBy: [] }),
      );
      expect(dana.summary).toBe(
        "No executive perspective from inside yet; Dana Lee's responsibilities mention digital portfolio.",
      );
      expect(dana.reasons.map((r) => [r.code, r.weight])).toEqual([
        ['fills_perspective_gap', 25],
        ['matches_inquiry', 10], // two words: digital, portfolio
      ]);
      expect(dana.score).toBe(35);
      expect(network[1].summary).toBe("No junior perspective from outside yet; Tom Tags's tags include funding.");
      expect(network[1].score).toBe(30);
    });

    it('ranks participants and network people in one keyset order, each once', async () => {
      const all = await suggestions(inquiryId);
      const pages: Suggestion[] = [];
      let cursor: string | null = null;
      do {
        const query: Record<string, string | number> = { limit: 1 };
        if (cursor) query.cursor = cursor;
        const page = await apiGet<Page<Suggestion>>(t, user, `/v1/inquiries/${inquiryId}/suggestions`, query);
        pages.push(...page.data);
        cursor = page.nextCursor;
      } while (cursor);
      expect(pages.map((s) => s.contactId)).toEqual(all.map((s) => s.contactId));
      const scores = all.map((s) => s.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      expect(all.find((s) => s.name === 'In Already')?.source).toBe('inquiry');
    });

    it('stops suggesting a network contact once their perspective is heard', async () => {
      const other = (await api.createInquiry(t, user, { title: 'Heard', challenge: 'digital portfolio steering' })).id;
      const exec = await contact({ name: 'Exec Met', seniority: 'executive', sameOrganization: true });
      await api.addParticipant(t, user, other, exec);
      await api.logInteraction(t, user, { contactId: exec, inquiryId: other, kind: 'meeting' });
      const names = (await suggestions(other)).filter((s) => s.source === 'network').map((s) => s.name);
      expect(names).not.toContain('Dana Lee');
      expect(names).not.toContain('Not Yours');
    });

    it('suggests no one from the network for an inquiry without a challenge or open questions', async () => {
      const bare = (await api.createInquiry(t, user, { title: 'digital portfolio' })).id;
      expect((await suggestions(bare)).filter((s) => s.source === 'network')).toEqual([]);
    });

    it('matches through a GIN index that leads with owner_id', async () => {
      const [index] = await t.sql<{ indexdef: string }>(
        `SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_contact_owner_id_document'`,
      );
      expect(index.indexdef).toMatch(/USING gin \(owner_id, snowball_contact_document\(/);
    });
  });

  describe('who referred them and why', () => {
    it('says who suggested each referred person and why, in the sentence', async () => {
      const inquiryId = (await api.createInquiry(t, user, { title: 'Referrals' })).id;
      const jamal = await contact({ name: 'Jamal Hughes' });
      const ivy = await contact({ name: 'Ivy Chen' });
      const ken = await contact({ name: 'Ken Ito' });
      await api.addParticipant(t, user, inquiryId, jamal);
      await api.logInteraction(t, user, { contactId: jamal, inquiryId, kind: 'meeting' });
      const referral = await api.createReferral(t, user, inquiryId, {
        referrerId: jamal,
        referredId: ivy,
        reason: 'runs the PMO',
      });
      await api.createReferral(t, user, inquiryId, { referrerId: jamal, referredId: ken, reason: 'knows budgets' });
      await ask(ken, inquiryId, 0, { outcome: 'accepted' });
      const byName = new Map((await suggestions(inquiryId)).map((s) => [s.name, s]));
      expect(byName.get('Ivy Chen')?.summary).toBe("Jamal Hughes suggested Ivy Chen: 'runs the PMO'. Not asked yet.");
      expect(byName.get('Ivy Chen')?.referredBy).toEqual([
        { contactId: jamal, name: 'Jamal Hughes', reason: 'runs the PMO' },
      ]);
      // Accepted, not met: the sentence still starts with who suggested them.
      expect(byName.get('Ken Ito')?.summary).toMatch(
        /^Jamal Hughes suggested Ken Ito: 'knows budgets'\. Ken Ito accepted/,
      );
      expect(referral.id).toEqual(expect.any(String));
    });
  });

  describe('a follow-up, once', () => {
    let inquiryId: string;
    let c: Record<string, string>;

    beforeAll(async () => {
      inquiryId = (await api.createInquiry(t, user, { title: 'Follow-ups' })).id;
      c = {};
      for (const name of ['Fresh', 'Due', 'Silent', 'Followed', 'Declined']) {
        c[name] = await contact({ name });
        await api.addParticipant(t, user, inquiryId, c[name]);
      }
      await ask(c.Fresh, inquiryId, 13);
      await ask(c.Due, inquiryId, 15);
      await ask(c.Silent, inquiryId, 20, { outcome: 'no_response' });
      await ask(c.Followed, inquiryId, 30);
      await ask(c.Followed, inquiryId, 15); // the follow-up: now they rest
      await ask(c.Declined, inquiryId, 1, { outcome: 'declined' });
    });

    const names = async () => (await suggestions(inquiryId)).map((s) => s.name);

    it('suggests a follow-up after 14 days without an answer, once; then the person rests', async () => {
      const list = await suggestions(inquiryId);
      expect(list.map((s) => [s.name, s.reasons.map((r) => r.code)])).toEqual([
        ['Due', ['stalled_ask']],
        ['Silent', ['stalled_ask']],
      ]);
      expect(list[0].summary).toContain('15 days');
    });

    it('follows the user setting followUpDays', async () => {
      expect(await apiGet(t, user, '/v1/me/settings')).toEqual({ followUpDays: 14 });
      expect(await apiPatch(t, user, '/v1/me/settings', { followUpDays: 10 })).toEqual({ followUpDays: 10 });
      expect(await names()).toEqual(['Due', 'Fresh', 'Silent']);
      await apiPatch(t, user, '/v1/me/settings', { followUpDays: 16 });
      expect(await names()).toEqual(['Silent']);
      for (const followUpDays of [0, 366, 2.5, '14', null]) {
        const res = await t.http().patch('/v1/me/settings').set(user.auth).send({ followUpDays });
        expectStatus(res, 400);
        expect(JSON.stringify(res.body)).toContain('followUpDays');
      }
      // Only the caller's setting changes.
      expect(await apiGet(t, other, '/v1/me/settings')).toEqual({ followUpDays: 14 });
      await apiPatch(t, user, '/v1/me/settings', { followUpDays: 14 });
    });

    it('never suggests a declined person unless they are queued again', async () => {
      expect(await names()).not.toContain('Declined');
      await api.setParticipantStage(t, user, inquiryId, c.Declined, 'to_ask');
      expect(await names()).toContain('Declined');
    });
  });
});
