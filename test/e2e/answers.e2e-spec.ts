import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import { UsageMeter } from '../../src/modules/admin/usage-meter.js';
import { registerAdmin, registerUser, type TestUser } from '../factories/users.js';
import * as api from '../support/api.js';
import { apiGet, expectStatus, type Page } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

interface Step {
  contact: { id: string; name: string };
  wave: number;
  referralId: string | null;
  reason: string | null;
}

/** Reads a non-JSON body as text. */
function asText(res: unknown, done: (error: Error | null, body: string) => void) {
  const stream = res as NodeJS.ReadableStream;
  let text = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => (text += chunk));
  stream.on('end', () => done(null, text));
}

/** The answers a person reads: chains, timeline, calendar, picture, admin. */
describe('answers a person reads', () => {
  let t: TestApp;
  let user: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    user = await registerUser(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const contact = async (name: string, extra: Record<string, unknown> = {}) =>
    (await api.createContact(t, user, { name, ...extra })).id;
  const names = (chain: Step[]) => chain.map((step) => step.contact.name);

  describe('every shortest chain', () => {
    let inquiryId: string;
    let c: Record<string, string>;
    let opportunityId: string;

    beforeAll(async () => {
      inquiryId = (await api.createInquiry(t, user, { title: 'Chains' })).id;
      c = {};
      for (const name of ['Maria', 'Sofia', 'Jamal', 'Grace', 'Elena', 'Far']) c[name] = await contact(name);
      await api.addParticipant(t, user, inquiryId, c.Maria);
      await api.addParticipant(t, user, inquiryId, c.Sofia);
      const refer = (from: string, to: string, reason: string) =>
        api.createReferral(t, user, inquiryId, { referrerId: c[from], referredId: c[to], reason });
      await refer('Maria', 'Jamal', 'knows ops');
      await refer('Sofia', 'Grace', 'ran the pilot');
      await refer('Jamal', 'Elena', 'owns the budget');
      await refer('Grace', 'Elena', 'decides');
      // A longer way to Elena is not a shortest chain.
      await refer('Maria', 'Far', 'far');
      await refer('Far', 'Jamal', 'again');
      opportunityId = (
        await api.createOpportunity(t, user, {
          contactId: c.Elena,
          inquiryId,
          kind: 'project',
          description: 'A joint pilot',
        })
      ).id;
    });

    it('lists every shortest chain on the opportunity, the first as `chain`', async () => {
      const body = await apiGet<{ chain: Step[]; chains: Step[][] }>(t, user, `/v1/opportunities/${opportunityId}`);
      expect(body.chains.map(names)).toEqual([
        ['Maria', 'Jamal', 'Elena'],
        ['Sofia', 'Grace', 'Elena'],
      ]);
      expect(body.chain).toEqual(body.chains[0]);
      expect(body.chains[1].map((step) => step.reason)).toEqual([null, 'ran the pilot', 'decides']);
      expect(body.chains[1].map((step) => step.wave)).toEqual([0, 1, 2]);
    });

    it('lists them on the participant chain route too', async () => {
      const body = await apiGet<{ path: Step[]; paths: Step[][] }>(
        t,
        user,
        `/v1/inquiries/${inquiryId}/participants/${c.Elena}/chain`,
      );
      expect(body.paths.map(names)).toEqual([
        ['Maria', 'Jamal', 'Elena'],
        ['Sofia', 'Grace', 'Elena'],
      ]);
      expect(body.path).toEqual(body.paths[0]);
      const seed = await apiGet<{ paths: Step[][] }>(
        t,
        user,
        `/v1/inquiries/${inquiryId}/participants/${c.Maria}/chain`,
      );
      expect(seed.paths.map(names)).toEqual([['Maria']]);
    });

    it('caps the number of chains at 10', async () => {
      const dense = (await api.createInquiry(t, user, { title: 'Dense' })).id;
      const target = await contact('Target');
      const middles: string[] = [];
      for (let i = 0; i < 4; i++) {
        const seedId = await contact(`Seed ${i}`);
        await api.addParticipant(t, user, dense, seedId);
        const middle = await contact(`Middle ${i}`);
        middles.push(middle);
        await api.createReferral(t, user, dense, { referrerId: seedId, referredId: middle });
      }
      const seeds = await t.sql<{ contact_id: string }>(
        `SELECT contact_id FROM participant WHERE inquiry_id = $1 AND origin = 'seed'`,
        [dense],
      );
      for (const middle of middles) {
        for (const { contact_id } of seeds) {
          const res = await t
            .http()
            .post(`/v1/inquiries/${dense}/referrals`)
            .set(user.auth)
            .send({ referrerId: contact_id, referredId: middle });
          expect([201, 409]).toContain(res.status);
        }
        await api.createReferral(t, user, dense, { referrerId: middle, referredId: target });
      }
      // 4 seeds × 4 middles = 16 shortest chains to Target; 10 are listed.
      const body = await apiGet<{ paths: Step[][] }>(t, user, `/v1/inquiries/${dense}/participants/${target}/chain`);
      expect(body.paths).toHaveLength(10);
      expect(new Set(body.paths.map((p) => names(p).join('>'))).size).toBe(10);
    });
  });

  describe('timeline', () => {
    it('names the other person, gives an ask its outcome, includes opportunities, and orders by when things happened', async () => {
      const inquiryId = (await api.createInquiry(t, user, { title: 'Timeline' })).id;
      const ann = await contact('Ann');
      const bob = await contact('Bob Referred');
      await api.addParticipant(t, user, inquiryId, ann);
      const ask = await api.logInteraction(t, user, {
        contactId: ann,
        inquiryId,
        kind: 'ask',
        outcome: 'accepted',
        occurredAt: new Date(Date.now() - 20 * 86_400_000).toISOString(),
      });
      const meeting = await api.logInteraction(t, user, {
        contactId: ann,
        inquiryId,
        kind: 'meeting',
        occurredAt: new Date(Date.now() - 10 * 86_400_000).toISOString(),
      });
      await api.createReferral(t, user, inquiryId, {
        referrerId: ann,
        referredId: bob,
        reason: 'runs it',
        interactionId: meeting.id,
      });
      const insight = await api.createInsight(t, user, {
        inquiryId,
        contactId: ann,
        interactionId: meeting.id,
        text: 'Budgets are yearly',
        kind: 'fact',
      });
      const opportunity = await api.createOpportunity(t, user, {
        contactId: ann,
        inquiryId,
        kind: 'project',
        description: 'Pilot together',
        occurredAt: new Date(Date.now() - 5 * 86_400_000).toISOString(),
      });
      const page = await apiGet<Page<Record<string, unknown>>>(t, user, `/v1/contacts/${ann}/timeline`, { limit: 50 });
      const items = page.data;
      expect(items).toHaveLength(5);
      expect(items[0].id).toBe(opportunity.id);
      expect(items.slice(1, 4).map((item) => item.id)).toContain(insight.id);
      expect(items[0]).toEqual(
        expect.objectContaining({ type: 'opportunity', kind: 'project', text: 'Pilot together' }),
      );
      expect(items[items.length - 1]).toEqual(expect.objectContaining({ id: ask.id, outcome: 'accepted' }));
      const middle = items.slice(1, 4);
      expect(middle.map((item) => item.type).sort()).toEqual(['insight', 'interaction', 'referral']);
      for (const item of middle) expect(item.at).toBe(items.find((i) => i.id === meeting.id)?.at);
      expect(items.find((item) => item.type === 'referral')).toEqual(
        expect.objectContaining({ otherContactId: bob, otherContactName: 'Bob Referred', kind: 'referred' }),
      );
      expect(items.find((item) => item.id === meeting.id)?.outcome).toBeNull();
    });
  });

  describe('agenda.ics', () => {
    it('shows an overdue item on today, all day, saying since when', async () => {
      const someone = await contact('Overdue Olga');
      const due = '2020-03-04T00:00:00.000Z';
      await api.createCommitment(t, user, {
        contactId: someone,
        description: 'Send the deck',
        owner: 'me',
        dueAt: due,
      });
      const res = await t.http().get('/v1/agenda.ics').set(user.auth);
      expectStatus(res, 200);
      const calendar = new ICAL.Component(ICAL.parse(res.text));
      const event = calendar
        .getAllSubcomponents('vevent')
        .map((component) => new ICAL.Event(component))
        .find((e) => e.summary.includes('Send the deck'));
      expect(event).toBeDefined();
      expect(event!.summary).toMatch(/^Overdue since 2020-03-04: /);
      expect(event!.startDate.isDate).toBe(true);
      expect(event!.startDate.toString()).toBe(new Date().toISOString().slice(0, 10));
      expect(event!.description).toContain('overdue since 2020-03-04');
    });
  });

  describe('network SVG', () => {
    it('fits an 18-person network on a phone, shows seeds, seniority and side, and keeps the legend inside', async () => {
      const inquiryId = (await api.createInquiry(t, user, { title: 'Picture' })).id;
      const seniorities = ['junior', 'peer', 'senior', 'executive'];
      const ids: string[] = [];
      for (let i = 0; i < 18; i++) {
        ids.push(await contact(`Person ${i}`, { seniority: seniorities[i % 4], sameOrganization: i % 2 === 0 }));
      }
      for (let i = 0; i < 3; i++) await api.addParticipant(t, user, inquiryId, ids[i]);
      for (let i = 3; i < 18; i++) {
        await api.createReferral(t, user, inquiryId, {
          referrerId: ids[i < 9 ? i % 3 : 3 + (i % 6)],
          referredId: ids[i],
        });
      }
      const picture = async (format: string) =>
        (
          await t
            .http()
            .get(`/v1/inquiries/${inquiryId}/network`)
            .query({ format })
            .set(user.auth)
            .buffer(true)
            .parse(asText)
        ).body as string;
      const dot = await picture('dot');
      expect(dot).toMatch(/shape=octagon/);
      expect(dot).toMatch(/shape=ellipse/);
      expect(dot).toMatch(/style="filled,dashed"/);
      expect(dot.match(/peripheries=2/g)).toHaveLength(3);
      const svg = await picture('svg');
      const width = Number(/<svg width="([\d.]+)pt"/.exec(svg)?.[1]);
      const height = Number(/<svg width="[\d.]+pt" height="([\d.]+)pt"/.exec(svg)?.[1]);
      expect(width).toBeLessThanOrEqual(360);
      expect(height).toBeLessThanOrEqual(720);
      // The legend's text is inside the picture (the viewBox).
      const [, , vbWidth] = (/viewBox="([\d.\s-]+)"/.exec(svg)?.[1] ?? '').split(/\s+/).map(Number);
      const legendX = [...svg.matchAll(/<text[^>]*x="([\d.-]+)"[^>]*>(?:stage|junior: ellipse)/g)].map((m) =>
        Number(m[1]),
      );
      expect(legendX.length).toBeGreaterThan(0);
      for (const x of legendX) expect(x).toBeLessThan(vbWidth);
    });
  });

  describe('admin', () => {
    it('shows the actor email in the audit log and usage in the stats', async () => {
      const admin = await registerAdmin(t);
      await apiGet(t, user, '/v1/me');
      await t.http().get('/v1/nope').set(user.auth);
      await t.app.get(UsageMeter).flush();
      const log = await apiGet<Page<{ actorId: string | null; actorEmail: string | null }>>(
        t,
        admin,
        '/v1/admin/audit-log',
        { limit: 100 },
      );
      const mine = log.data.find((entry) => entry.actorId === user.id);
      expect(mine?.actorEmail).toBe(user.email);
      for (const entry of log.data) if (entry.actorId === null) expect(entry.actorEmail).toBeNull();

      const stats = await apiGet<{
        activeUsers: { last7Days: number; last30Days: number };
        requestsPerDay: Array<{ day: string; requests: number; errors: number }>;
        databaseBytes: number;
      }>(t, admin, '/v1/admin/stats');
      expect(stats.activeUsers.last7Days).toBeGreaterThanOrEqual(1);
      expect(stats.activeUsers.last30Days).toBeGreaterThanOrEqual(stats.activeUsers.last7Days);
      const today = stats.requestsPerDay.find((d) => d.day === new Date().toISOString().slice(0, 10));
      expect(today?.requests).toBeGreaterThan(10);
      expect(stats.databaseBytes).toBeGreaterThan(1_000_000);

      // Counting is additive: another flush adds to the day, never replaces it.
      const before = today!.requests;
      await apiGet(t, user, '/v1/me');
      await t.app.get(UsageMeter).flush();
      const after = await apiGet<typeof stats>(t, admin, '/v1/admin/stats');
      expect(after.requestsPerDay[0].requests).toBeGreaterThanOrEqual(before + 2);

      // A 5xx counts as an error.
      const meter = t.app.get(UsageMeter);
      meter.record(500, null);
      await meter.flush();
      const withError = await apiGet<typeof stats>(t, admin, '/v1/admin/stats');
      expect(withError.requestsPerDay[0].errors).toBe(after.requestsPerDay[0].errors + 1);
    });
  });
});
