import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { registerUser, type TestUser } from '../factories/users.js';
import * as api from '../support/api.js';
import { apiGet, expectStatus, type Page } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

type Seniority = 'junior' | 'peer' | 'senior' | 'executive';
/** A contact's perspective: [seniority, inside your organisation]; null = not recorded. */
type Profile = [Seniority | null, boolean | null];

interface Cell {
  seniority: Seniority;
  sameOrganization: boolean;
  participants: number;
  met: number;
}
interface Connector {
  contactId: string;
  name: string;
  referrals: number;
  becameMeetings: number;
  insights: number;
  opportunities: number;
  meetingRate: number;
}
interface CycleFigures {
  conversations: number;
  insights: number;
  newPeople: number;
  referrals: number;
  perspectivesCovered: number;
}
interface Stats {
  inquiryId: string;
  funnel: Array<{ stage: string; participants: number }>;
  asks: {
    asks: number;
    answered: number;
    accepted: number;
    declined: number;
    noResponse: number;
    responseRate: number | null;
    acceptanceRate: number | null;
    medianHoursToAnswer: number | null;
  };
  waves: Array<{
    wave: number;
    people: number;
    asked: number;
    met: number;
    warnings: Array<{ kind: string; message: string }>;
  }>;
  perspectiveCoverage: { cells: Cell[]; gaps: Cell[]; unplaced: number };
  topConnectors: Connector[];
  insightsByKind: Array<{ key: string; count: number }>;
  insightsByTheme: Array<{ key: string; count: number }>;
  cycles: Array<{ cycle: number; current: boolean; figures: CycleFigures }>;
}
interface Theme {
  theme: string;
  insights: number;
  contacts: number;
  perspectives: Array<{ seniority: Seniority; sameOrganization: boolean }>;
  pattern: boolean;
}
interface Suggestion {
  contactId: string;
  name: string;
  organization: string | null;
  seniority: Seniority | null;
  sameOrganization: boolean | null;
  wave: number;
  stage: string;
  origin: string;
  score: number;
  reasons: Array<{ code: string; message: string; weight: number }>;
  summary: string;
}

const STAGES = ['suggested', 'to_ask', 'asked', 'accepted', 'declined', 'no_response', 'met', 'thanked'];
const INSIGHT_KINDS = ['perspective', 'pattern', 'fact', 'latent_need', 'opportunity', 'risk', 'advice'];
/** The weights of docs/metrics.md. */
const WEIGHTS: Record<string, number> = {
  accepted_no_meeting: 40,
  referred_not_asked: 30,
  fills_perspective_gap: 25,
  referred_by_high_yield_connector: 20,
  stalled_ask: 15,
  not_yet_asked: 10,
};

const cellKey = (cell: { seniority: string; sameOrganization: boolean }) =>
  `${cell.seniority}/${cell.sameOrganization ? 'inside' : 'outside'}`;
const hoursAfter = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString();
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

/** Stats, themes and suggestions, each figure checked on hand-built inquiries whose right answers are known. */
describe('insight into the loop: stats, themes, suggestions', () => {
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

  const createInquiry = async (title: string, owner: TestUser = user) =>
    (await api.createInquiry(t, owner, { title })).id;

  async function createContact(name: string, [seniority, inside]: Profile = [null, null], owner: TestUser = user) {
    const body: Record<string, unknown> = { name };
    if (seniority !== null) body.seniority = seniority;
    if (inside !== null) body.sameOrganization = inside;
    return (await api.createContact(t, owner, body)).id;
  }

  /** Creates the contacts, returning name → id. */
  async function createContacts(profiles: Record<string, Profile>): Promise<Record<string, string>> {
    const ids: Record<string, string> = {};
    for (const [name, profile] of Object.entries(profiles)) ids[name] = await createContact(name, profile);
    return ids;
  }

  const seed = (inquiryId: string, contactId: string) => api.addParticipant(t, user, inquiryId, contactId);
  const refer = (inquiryId: string, referrerId: string, referredId: string) =>
    api.createReferral(t, user, inquiryId, { referrerId, referredId, reason: 'knows the topic' });
  const log = async (body: Record<string, unknown>) => (await api.logInteraction(t, user, body)).id;
  const insight = async (body: Record<string, unknown>) =>
    (await api.createInsight(t, user, { text: 'Something learned', ...body })).id;
  const opportunity = (contactId: string, inquiryId: string | null, kind: string) =>
    api.createOpportunity(t, user, { contactId, inquiryId, kind, description: `A ${kind} came back` });
  const setStage = (inquiryId: string, contactId: string, stage: string) =>
    api.setParticipantStage(t, user, inquiryId, contactId, stage);
  const reflect = (inquiryId: string) =>
    api.createReflection<{ cycle: number; figures: CycleFigures }>(t, user, inquiryId, {
      learned: 'What this cycle taught me',
    });
  const stats = (inquiryId: string) => apiGet<Stats>(t, user, `/v1/inquiries/${inquiryId}/stats`);

  /** Every page of a keyset-paginated route, following nextCursor; fails on a loop. */
  async function allPages<T>(path: string, limit: number): Promise<{ items: T[]; pages: number }> {
    const items: T[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: Record<string, string | number> = { limit };
      if (cursor) query.cursor = cursor;
      const res = await t.http().get(path).query(query).set(user.auth);
      expectStatus(res, 200);
      const page = res.body as Page<T>;
      expect(page.data.length).toBeLessThanOrEqual(limit);
      items.push(...page.data);
      cursor = page.nextCursor;
      pages += 1;
      expect(pages).toBeLessThan(50);
    } while (cursor !== null);
    return { items, pages };
  }

  /** Participants' stages by contact name, to make sure a scenario was built as intended. */
  async function stagesByName(inquiryId: string): Promise<Record<string, string>> {
    const participants = `/v1/inquiries/${inquiryId}/participants`;
    const rows = (await apiGet<Page<{ contactId: string; stage: string }>>(t, user, participants, { limit: 100 })).data;
    const names = await t.sql<{ id: string; name: string }>(`SELECT id, name FROM contact WHERE id = ANY($1::uuid[])`, [
      rows.map((row) => row.contactId),
    ]);
    const nameOf = new Map(names.map((row) => [row.id, row.name]));
    const stages: Record<string, string> = {};
    for (const row of rows) stages[nameOf.get(row.contactId) ?? row.contactId] = row.stage;
    return stages;
  }

  describe('GET /v1/inquiries/:id/stats on a hand-built inquiry', () => {
    let inquiryId: string;
    let c: Record<string, string>;
    let s: Stats;

    /*
     * Wave 0 (seeds): Sam (senior, inside) thanked; Tia (junior, outside) to_ask.
     * Wave 1: Sam → Ana (peer, inside) met, Bo (peer, outside) met, Cy (executive, outside) declined;
     *         Tia → Di (?, outside) met, Ed (junior, inside) accepted.
     * Wave 2: Ana → Flo (junior, outside) met, Gus (senior, ?) no_response, Hal (executive, inside) asked;
     *         Ed → Ivy (peer, outside) suggested.
     * Cycle 1 ends with a reflection after the seeds, wave 1, the first meetings and insights 1–3.
     */
    beforeAll(async () => {
      inquiryId = await createInquiry('Stats: a hand-built snowball');
      const elsewhere = await createInquiry('Stats: another inquiry');
      c = await createContacts({
        Sam: ['senior', true],
        Tia: ['junior', false],
        Ana: ['peer', true],
        Bo: ['peer', false],
        Cy: ['executive', false],
        Di: [null, false],
        Ed: ['junior', true],
        Flo: ['junior', false],
        Gus: ['senior', null],
        Hal: ['executive', true],
        Ivy: ['peer', false],
      });

      // Cycle 1.
      await seed(inquiryId, c.Sam);
      await seed(inquiryId, c.Tia);
      await refer(inquiryId, c.Sam, c.Ana);
      await refer(inquiryId, c.Sam, c.Bo);
      await refer(inquiryId, c.Sam, c.Cy);
      await refer(inquiryId, c.Tia, c.Di);
      await refer(inquiryId, c.Tia, c.Ed);
      const samAsked = '2025-01-10T09:00:00.000Z';
      await log({
        contactId: c.Sam,
        inquiryId,
        kind: 'ask',
        outcome: 'accepted',
        occurredAt: samAsked,
        respondedAt: hoursAfter(samAsked, 2),
      });
      await log({ contactId: c.Sam, inquiryId, kind: 'meeting' });
      await log({ contactId: c.Sam, inquiryId, kind: 'thank_you' });
      const anaAsked = '2025-01-11T08:00:00.000Z';
      await log({
        contactId: c.Ana,
        inquiryId,
        kind: 'ask',
        outcome: 'accepted',
        occurredAt: anaAsked,
        respondedAt: hoursAfter(anaAsked, 10),
      });
      await log({ contactId: c.Ana, inquiryId, kind: 'meeting' });
      await log({ contactId: c.Bo, inquiryId, kind: 'call' });
      await log({ contactId: c.Di, inquiryId, kind: 'meeting' });
      // An ask outside any inquiry counts nowhere and moves no stage.
      await log({ contactId: c.Tia, kind: 'ask' });
      await insight({ inquiryId, contactId: c.Sam, kind: 'perspective', themes: ['trust', 'cost'] });
      await insight({ inquiryId, contactId: c.Ana, kind: 'fact', themes: ['cost'] });
      await insight({ inquiryId, contactId: c.Di, kind: 'risk', themes: ['cost', 'data'] });
      const withdrawn = await insight({ inquiryId, kind: 'latent_need', themes: ['withdrawn'] });
      await reflect(inquiryId);
      // Deleted after its cycle closed: gone from the live figures, still in the frozen ones.
      expectStatus(await t.http().delete(`/v1/insights/${withdrawn}`).set(user.auth), 204);

      // Cycle 2.
      await refer(inquiryId, c.Ana, c.Flo);
      await refer(inquiryId, c.Ana, c.Gus);
      await refer(inquiryId, c.Ana, c.Hal);
      await refer(inquiryId, c.Ed, c.Ivy);
      const cyAsked = '2025-01-12T00:00:00.000Z';
      await log({
        contactId: c.Cy,
        inquiryId,
        kind: 'ask',
        outcome: 'declined',
        occurredAt: cyAsked,
        respondedAt: hoursAfter(cyAsked, 30),
      });
      // Answered, but without respondedAt: counts as an answer, not in the median.
      await log({ contactId: c.Ed, inquiryId, kind: 'ask', outcome: 'accepted' });
      // no_response with a respondedAt: not an answer, so not in the median either.
      const floAsked = '2025-01-14T00:00:00.000Z';
      await log({
        contactId: c.Flo,
        inquiryId,
        kind: 'ask',
        outcome: 'no_response',
        occurredAt: floAsked,
        respondedAt: hoursAfter(floAsked, 1),
      });
      await log({ contactId: c.Flo, inquiryId, kind: 'meeting' });
      await log({ contactId: c.Gus, inquiryId, kind: 'ask', outcome: 'no_response' });
      await log({ contactId: c.Hal, inquiryId, kind: 'ask' });
      // Back-dated into cycle 1, logged in cycle 2: a conversation of cycle 2.
      await log({ contactId: c.Ana, inquiryId, kind: 'call', occurredAt: '2024-12-01T10:00:00.000Z' });
      await insight({ inquiryId, contactId: c.Ed, kind: 'perspective', themes: ['trust'] });
      await insight({ inquiryId, contactId: c.Flo, kind: 'advice', themes: ['data'] });
      await insight({ inquiryId, contactId: c.Ivy, kind: 'pattern', themes: ['cost'] });
      await insight({ inquiryId, contactId: c.Ivy, kind: 'perspective', themes: [] });
      await insight({ inquiryId, contactId: c.Ivy, kind: 'fact', themes: ['trust'] });
      await insight({ inquiryId, kind: 'risk', themes: ['budget'] });
      // Deleted, or of another inquiry: counts nowhere here.
      const ghost = await insight({ inquiryId, contactId: c.Ivy, kind: 'latent_need', themes: ['ghost'] });
      expectStatus(await t.http().delete(`/v1/insights/${ghost}`).set(user.auth), 204);
      await insight({ inquiryId: elsewhere, contactId: c.Ivy, kind: 'opportunity', themes: ['cost'] });
      await opportunity(c.Flo, inquiryId, 'project');
      await opportunity(c.Cy, inquiryId, 'advice');
      await opportunity(c.Tia, inquiryId, 'speaking'); // from a referrer, not from someone they referred
      await opportunity(c.Flo, elsewhere, 'hire');
      await opportunity(c.Ivy, null, 'introduction');

      expect(await stagesByName(inquiryId)).toEqual({
        Sam: 'thanked',
        Tia: 'to_ask',
        Ana: 'met',
        Bo: 'met',
        Cy: 'declined',
        Di: 'met',
        Ed: 'accepted',
        Flo: 'met',
        Gus: 'no_response',
        Hal: 'asked',
        Ivy: 'suggested',
      });
      s = await stats(inquiryId);
    });

    it('names the inquiry', () => {
      expect(s.inquiryId).toBe(inquiryId);
    });

    it('counts participants per stage, every stage in stage order', () => {
      expect(s.funnel).toEqual([
        { stage: 'suggested', participants: 1 },
        { stage: 'to_ask', participants: 1 },
        { stage: 'asked', participants: 1 },
        { stage: 'accepted', participants: 1 },
        { stage: 'declined', participants: 1 },
        { stage: 'no_response', participants: 1 },
        { stage: 'met', participants: 4 },
        { stage: 'thanked', participants: 1 },
      ]);
    });

    it('counts asks and answers, rates rounded to 3 decimals, median hours over answered asks with respondedAt', () => {
      // 7 asks: Sam, Ana, Ed accepted; Cy declined; Flo, Gus no_response; Hal pending.
      // Median over answered asks with respondedAt: 2 h (Sam), 10 h (Ana), 30 h (Cy) → 10.
      expect(s.asks).toEqual({
        asks: 7,
        answered: 4,
        accepted: 3,
        declined: 1,
        noResponse: 2,
        responseRate: 0.571,
        acceptanceRate: 0.75,
        medianHoursToAnswer: 10,
      });
    });

    it('counts people, asked and met per wave', () => {
      expect(s.waves.map(({ wave, people, asked, met }) => ({ wave, people, asked, met }))).toEqual([
        { wave: 0, people: 2, asked: 1, met: 1 },
        { wave: 1, people: 5, asked: 5, met: 3 },
        { wave: 2, people: 4, asked: 3, met: 1 },
      ]);
      // Every wave mixes seniorities and sides (or has someone unrecorded): no warning.
      expect(s.waves.map((wave) => wave.warnings)).toEqual([[], [], []]);
    });

    it('places participants in the 8 perspective cells, lists the cells nobody was met in as gaps, counts the unplaced', () => {
      const { cells, gaps, unplaced } = s.perspectiveCoverage;
      expect(cells).toHaveLength(8);
      expect(Object.fromEntries(cells.map((cell) => [cellKey(cell), [cell.participants, cell.met]]))).toEqual({
        'junior/inside': [1, 0],
        'junior/outside': [2, 1],
        'peer/inside': [1, 1],
        'peer/outside': [2, 1],
        'senior/inside': [1, 1],
        'senior/outside': [0, 0],
        'executive/inside': [1, 0],
        'executive/outside': [1, 0],
      });
      expect(gaps.map(cellKey).sort()).toEqual(
        ['junior/inside', 'senior/outside', 'executive/inside', 'executive/outside'].sort(),
      );
      for (const gap of gaps) expect(cells).toContainEqual(gap);
      expect(unplaced).toBe(2); // Di (no seniority), Gus (inside/outside unknown)
    });

    it("measures each referrer's yield and ranks by meetings, then insights, then opportunities", () => {
      expect(
        s.topConnectors.map(({ contactId, name, referrals, becameMeetings, insights, opportunities }) => ({
          contactId,
          name,
          referrals,
          becameMeetings,
          insights,
          opportunities,
        })),
      ).toEqual([
        // Ana, Bo met; Cy declined; insight from Ana; opportunity from Cy (not Sam's own insight).
        { contactId: c.Sam, name: 'Sam', referrals: 3, becameMeetings: 2, insights: 1, opportunities: 1 },
        // Di met; insights from Di and Ed; Tia's own opportunity is not her referrals' yield.
        { contactId: c.Tia, name: 'Tia', referrals: 2, becameMeetings: 1, insights: 2, opportunities: 0 },
        // Flo met; insight and project from Flo (Flo's hire in another inquiry does not count).
        { contactId: c.Ana, name: 'Ana', referrals: 3, becameMeetings: 1, insights: 1, opportunities: 1 },
        // Ivy not met; 3 insights (the deleted one and the other inquiry's do not count): meetings rank first.
        { contactId: c.Ed, name: 'Ed', referrals: 1, becameMeetings: 0, insights: 3, opportunities: 0 },
      ]);
      const rates = s.topConnectors.map((connector) => connector.meetingRate);
      expect(rates[0]).toBeCloseTo(2 / 3, 3);
      expect(rates[1]).toBe(0.5);
      expect(rates[2]).toBeCloseTo(1 / 3, 3);
      expect(rates[3]).toBe(0);
    });

    it('counts insights per kind (every kind, zeros included) and per theme, most frequent first', () => {
      expect(s.insightsByKind).toEqual([
        { key: 'perspective', count: 3 },
        { key: 'pattern', count: 1 },
        { key: 'fact', count: 2 },
        { key: 'latent_need', count: 0 },
        { key: 'opportunity', count: 0 },
        { key: 'risk', count: 2 },
        { key: 'advice', count: 1 },
      ]);
      expect(s.insightsByTheme).toEqual([
        { key: 'cost', count: 4 },
        { key: 'trust', count: 3 },
        { key: 'data', count: 2 },
        { key: 'budget', count: 1 },
      ]);
    });

    it('lists the closed cycle with the figures its reflection froze, then the current cycle so far', () => {
      expect(s.cycles).toEqual([
        {
          cycle: 1,
          current: false,
          // Meetings Sam, Ana, Di + call Bo; insights 1–3 and the one deleted since; Sam, Tia + 5 referred;
          // 5 referrals; perspectives of Sam, Ana, Bo (Di has no seniority).
          figures: { conversations: 4, insights: 4, newPeople: 7, referrals: 5, perspectivesCovered: 3 },
        },
        {
          cycle: 2,
          current: true,
          // Meeting Flo + back-dated call Ana; 6 live insights; Flo, Gus, Hal, Ivy; 4 referrals; Flo's and Ana's cells.
          figures: { conversations: 2, insights: 6, newPeople: 4, referrals: 4, perspectivesCovered: 2 },
        },
      ]);
    });
  });

  describe('GET /v1/inquiries/:id/stats: edge cases', () => {
    it('answers an empty inquiry with zeros, nulls, all 8 gaps and the current cycle', async () => {
      const inquiryId = await createInquiry('Stats: empty');
      const s = await stats(inquiryId);
      expect(s.funnel).toEqual(STAGES.map((stage) => ({ stage, participants: 0 })));
      expect(s.asks).toEqual({
        asks: 0,
        answered: 0,
        accepted: 0,
        declined: 0,
        noResponse: 0,
        responseRate: null,
        acceptanceRate: null,
        medianHoursToAnswer: null,
      });
      expect(s.waves).toEqual([]);
      expect(s.perspectiveCoverage.cells).toHaveLength(8);
      expect(s.perspectiveCoverage.cells.every((cell) => cell.participants === 0 && cell.met === 0)).toBe(true);
      expect(s.perspectiveCoverage.gaps).toEqual(s.perspectiveCoverage.cells);
      expect(s.perspectiveCoverage.unplaced).toBe(0);
      expect(s.topConnectors).toEqual([]);
      expect(s.insightsByKind).toEqual(INSIGHT_KINDS.map((key) => ({ key, count: 0 })));
      expect(s.insightsByTheme).toEqual([]);
      expect(s.cycles).toEqual([
        {
          cycle: 1,
          current: true,
          figures: { conversations: 0, insights: 0, newPeople: 0, referrals: 0, perspectivesCovered: 0 },
        },
      ]);
    });

    it('takes the median of an even number of answers (1 h and 4 h → 2.5) and rounds the response rate (2/3)', async () => {
      const inquiryId = await createInquiry('Stats: even median');
      const eve = await createContact('Eve');
      await seed(inquiryId, eve);
      const first = '2025-02-01T10:00:00.000Z';
      const second = '2025-02-03T10:00:00.000Z';
      await log({
        contactId: eve,
        inquiryId,
        kind: 'ask',
        outcome: 'accepted',
        occurredAt: first,
        respondedAt: hoursAfter(first, 1),
      });
      await log({
        contactId: eve,
        inquiryId,
        kind: 'ask',
        outcome: 'declined',
        occurredAt: second,
        respondedAt: hoursAfter(second, 4),
      });
      await log({ contactId: eve, inquiryId, kind: 'ask' });
      // A deleted ask counts nowhere (it would make the median 4 and the asks 4).
      const deleted = await log({
        contactId: eve,
        inquiryId,
        kind: 'ask',
        outcome: 'accepted',
        occurredAt: second,
        respondedAt: hoursAfter(second, 100),
      });
      expectStatus(await t.http().delete(`/v1/interactions/${deleted}`).set(user.auth), 204);
      expect((await stats(inquiryId)).asks).toEqual({
        asks: 3,
        answered: 2,
        accepted: 1,
        declined: 1,
        noResponse: 0,
        responseRate: 0.667,
        acceptanceRate: 0.5,
        medianHoursToAnswer: 2.5,
      });
    });

    it('warns about a wave sharing one seniority or one side, never for one person or unrecorded values', async () => {
      const inquiryId = await createInquiry('Stats: diversity warnings');
      const c = await createContacts({
        Pia: ['peer', true], // wave 0: all peer → single_seniority
        Pat: ['peer', false],
        Quin: ['junior', false], // wave 1: all outside → single_side
        Quay: ['senior', false],
        Quil: ['executive', false],
        Rae: ['junior', true], // wave 2: mixed → none
        Rex: ['senior', false],
        Una: ['executive', true], // wave 3: one person → none
        Val: ['peer', true], // wave 4: all inside, one seniority unknown → single_side only
        Vic: [null, true],
        Wil: ['senior', false], // wave 5: all senior, one side unknown → single_seniority only
        Wyn: ['senior', null],
        Xan: ['junior', true], // wave 6: all junior and inside → both
        Xel: ['junior', true],
      });
      await seed(inquiryId, c.Pia);
      await seed(inquiryId, c.Pat);
      for (const [from, to] of [
        ['Pia', 'Quin'],
        ['Pia', 'Quay'],
        ['Pia', 'Quil'],
        ['Quin', 'Rae'],
        ['Quin', 'Rex'],
        ['Rae', 'Una'],
        ['Una', 'Val'],
        ['Una', 'Vic'],
        ['Val', 'Wil'],
        ['Val', 'Wyn'],
        ['Wil', 'Xan'],
        ['Wil', 'Xel'],
      ]) {
        await refer(inquiryId, c[from], c[to]);
      }
      const s = await stats(inquiryId);
      expect(s.waves.map((wave) => [wave.wave, wave.people, wave.warnings.map((w) => w.kind).sort()])).toEqual([
        [0, 2, ['single_seniority']],
        [1, 3, ['single_side']],
        [2, 2, []],
        [3, 1, []],
        [4, 2, ['single_side']],
        [5, 2, ['single_seniority']],
        [6, 2, ['single_seniority', 'single_side']],
      ]);
      for (const wave of s.waves) {
        for (const warning of wave.warnings) expect(warning.message).toEqual(expect.stringMatching(/\S/));
      }
      // Nobody was asked: zeros listed for every stage but suggested and to_ask.
      expect(s.funnel).toEqual(
        STAGES.map((stage) => ({ stage, participants: { suggested: 12, to_ask: 2 }[stage] ?? 0 })),
      );
      expect(s.perspectiveCoverage.unplaced).toBe(2);
    });

    it('ranks connectors by meetings, insights, opportunities, referrals, then name, and keeps the top 10', async () => {
      const inquiryId = await createInquiry('Stats: connector ranking');
      // [referrer, referred people, how many of them met]
      const plan: Array<[string, number, number]> = [
        ['Zed', 2, 1], // 1 meeting, 1 opportunity, 2 referrals
        ['Yan', 3, 1], // 1 meeting, 0 opportunities, 3 referrals: after Zed
        ['Xia', 2, 0], // 2 referrals: before the single referrals
        ['Ben', 1, 0],
        ['Cat', 1, 0],
        ['Dee', 1, 0],
        ['Eli', 1, 0],
        ['Fox', 1, 0],
        ['Gia', 1, 0],
        ['Hew', 1, 0],
        ['Ian', 1, 0], // 11th: left out
      ];
      const referred: Record<string, string[]> = {};
      for (const [name, count, met] of plan) {
        const referrer = await createContact(name);
        await seed(inquiryId, referrer);
        referred[name] = [];
        for (let i = 0; i < count; i++) {
          const person = await createContact(`${name} referral ${i + 1}`);
          await refer(inquiryId, referrer, person);
          if (i < met) await log({ contactId: person, inquiryId, kind: 'meeting' });
          referred[name].push(person);
        }
      }
      await opportunity(referred.Zed[1], inquiryId, 'speaking');
      const s = await stats(inquiryId);
      expect(s.topConnectors.map((k) => [k.name, k.becameMeetings, k.opportunities, k.referrals])).toEqual([
        ['Zed', 1, 1, 2],
        ['Yan', 1, 0, 3],
        ['Xia', 0, 0, 2],
        ['Ben', 0, 0, 1],
        ['Cat', 0, 0, 1],
        ['Dee', 0, 0, 1],
        ['Eli', 0, 0, 1],
        ['Fox', 0, 0, 1],
        ['Gia', 0, 0, 1],
        ['Hew', 0, 0, 1],
      ]);
    });

    it('lists at most the 20 most frequent themes', async () => {
      const inquiryId = await createInquiry('Stats: top themes');
      const common = Array.from({ length: 20 }, (_, i) => `theme ${String(i + 1).padStart(2, '0')}`);
      await insight({ inquiryId, kind: 'fact', themes: common });
      await insight({ inquiryId, kind: 'fact', themes: ['rare', ...common] });
      const byTheme = (await stats(inquiryId)).insightsByTheme;
      expect(byTheme).toHaveLength(20);
      expect(byTheme.map((row) => row.key).sort()).toEqual(common);
      expect(byTheme.every((row) => row.count === 2)).toBe(true);
    });
  });

  /*
   * docs/domain.md: "Every resource is soft-deleted (deletedAt) and disappears from every route";
   * docs/metrics.md: "Soft-deleted rows never count". The participants, network and suggestions
   * routes drop a participant whose contact was deleted; the stats must too.
   */
  describe('GET /v1/inquiries/:id/stats after a participant’s contact is deleted', () => {
    let inquiryId: string;
    let c: Record<string, string>;
    let s: Stats;

    beforeAll(async () => {
      inquiryId = await createInquiry('Stats: a deleted contact');
      c = await createContacts({ Ava: ['peer', true], Bea: ['junior', true], Cal: [null, null] });
      await seed(inquiryId, c.Ava);
      await seed(inquiryId, c.Bea);
      await refer(inquiryId, c.Bea, c.Cal);
      await log({ contactId: c.Cal, inquiryId, kind: 'meeting' });
      expectStatus(await t.http().delete(`/v1/contacts/${c.Bea}`).set(user.auth), 204);
      // The participants route no longer shows Bea.
      expect(await stagesByName(inquiryId)).toEqual({ Ava: 'to_ask', Cal: 'met' });
      s = await stats(inquiryId);
    });

    it('does not list the deleted contact among the top connectors', () => {
      expect(s.topConnectors.map((connector) => connector.contactId)).not.toContain(c.Bea);
    });

    it('counts in the funnel, waves and coverage only the participants the participants route shows', () => {
      expect(s.funnel).toEqual(STAGES.map((stage) => ({ stage, participants: { to_ask: 1, met: 1 }[stage] ?? 0 })));
      expect(s.waves.map(({ wave, people, warnings }) => ({ wave, people, warnings }))).toEqual([
        { wave: 0, people: 1, warnings: [] },
        { wave: 1, people: 1, warnings: [] },
      ]);
      const juniorInside = s.perspectiveCoverage.cells.find((cell) => cellKey(cell) === 'junior/inside');
      expect(juniorInside?.participants).toBe(0);
    });
  });

  describe('GET /v1/inquiries/:id/themes', () => {
    let inquiryId: string;
    const expected: Array<Omit<Theme, 'perspectives'> & { perspectives: string[] }> = [
      // patterns first, then perspectives desc, then insights desc, then name
      {
        theme: 'delta',
        insights: 3,
        contacts: 3,
        perspectives: ['executive/inside', 'junior/inside', 'senior/outside'],
      },
      { theme: 'gamma', insights: 5, contacts: 4, perspectives: ['junior/inside', 'senior/outside'] },
      { theme: 'beta', insights: 2, contacts: 2, perspectives: ['junior/inside', 'senior/outside'] },
      { theme: 'theta', insights: 2, contacts: 2, perspectives: ['junior/inside', 'senior/outside'] },
      { theme: 'alpha', insights: 3, contacts: 2, perspectives: ['junior/inside'] },
      { theme: 'epsilon', insights: 2, contacts: 2, perspectives: [] },
      { theme: 'zeta', insights: 1, contacts: 0, perspectives: [] },
      // A pattern: at least two distinct perspectives AND at least three contacts (issue 10).
    ].map((theme) => ({ ...theme, pattern: theme.perspectives.length >= 2 && theme.contacts >= 3 }));

    beforeAll(async () => {
      inquiryId = await createInquiry('Themes');
      const elsewhere = await createInquiry('Themes: elsewhere');
      const c = await createContacts({
        June: ['junior', true],
        Jules: ['junior', true], // same perspective as June
        Kurt: ['senior', false],
        Nora: ['executive', true],
        Lou: [null, false], // unplaced
        Mo: ['executive', null], // unplaced
      });
      const tag = (contactId: string | undefined, themes: string[]) =>
        insight({ inquiryId, kind: 'perspective', themes, ...(contactId ? { contactId } : {}) });
      await tag(c.June, ['Alpha', 'beta', 'gamma', 'delta']);
      await tag(c.Jules, ['alpha']);
      await tag(c.June, ['alpha']);
      await tag(c.Kurt, ['beta', 'gamma', 'delta', 'theta']);
      await tag(c.Lou, ['gamma', 'epsilon']);
      await tag(c.Mo, ['gamma', 'epsilon']);
      await tag(undefined, ['gamma', 'zeta']);
      await tag(c.Nora, ['delta']);
      await tag(c.Jules, ['theta']);
      // Not counted: another inquiry's insight, and a deleted one.
      await insight({ inquiryId: elsewhere, contactId: c.Nora, kind: 'fact', themes: ['alpha', 'zeta'] });
      const deleted = await tag(c.Nora, ['alpha', 'epsilon', 'zeta']);
      expectStatus(await t.http().delete(`/v1/insights/${deleted}`).set(user.auth), 204);
    });

    const normalise = (theme: Theme) => ({ ...theme, perspectives: theme.perspectives.map(cellKey).sort() });

    it('calls a theme heard from two perspectives but only two contacts not a pattern (beta, theta)', async () => {
      const page = (await t.http().get(`/v1/inquiries/${inquiryId}/themes`).set(user.auth)).body as Page<Theme>;
      const flags = Object.fromEntries(page.data.map((theme) => [theme.theme, theme.pattern]));
      expect(flags).toMatchObject({ delta: true, gamma: true, beta: false, theta: false, alpha: false });
    });

    it('labels each perspective in words beside the raw values', async () => {
      const page = (await t.http().get(`/v1/inquiries/${inquiryId}/themes`).set(user.auth)).body as Page<Theme>;
      const delta = page.data.find((theme) => theme.theme === 'delta');
      expect(delta?.perspectives).toEqual([
        { seniority: 'executive', sameOrganization: true, label: 'executive · inside' },
        { seniority: 'junior', sameOrganization: true, label: 'junior · inside' },
        { seniority: 'senior', sameOrganization: false, label: 'senior · outside' },
      ]);
    });

    it('counts insights, distinct contacts and perspectives per theme; a pattern needs two perspectives and three contacts; patterns first', async () => {
      const res = await t.http().get(`/v1/inquiries/${inquiryId}/themes`).set(user.auth);
      expectStatus(res, 200);
      const page = res.body as Page<Theme>;
      expect(page.nextCursor).toBeNull();
      expect(page.data.map(normalise)).toEqual(expected);
    });

    it('visits every theme exactly once, in order, one per page', async () => {
      const { items, pages } = await allPages<Theme>(`/v1/inquiries/${inquiryId}/themes`, 1);
      expect(items.map((theme) => theme.theme)).toEqual(expected.map((theme) => theme.theme));
      expect(pages).toBe(expected.length);
      const byThree = await allPages<Theme>(`/v1/inquiries/${inquiryId}/themes`, 3);
      expect(byThree.items.map(normalise)).toEqual(expected);
      expect(byThree.pages).toBe(3);
    });

    it('refuses a cursor it did not issue with 400', async () => {
      const forged = Buffer.from(JSON.stringify({ p: 'x', i: 1, t: 'alpha' })).toString('base64url');
      for (const cursor of ['garbage', '!!!', forged]) {
        const res = await t.http().get(`/v1/inquiries/${inquiryId}/themes`).query({ cursor }).set(user.auth);
        expectStatus(res, 400);
      }
    });
  });

  describe('GET /v1/inquiries/:id/suggestions', () => {
    let inquiryId: string;
    let c: Record<string, string>;

    /*
     * Heard (met or thanked, both values recorded): Hub senior/inside, Low peer/inside, Thx executive/outside.
     * Hub referred 4, 2 met (50 %): high-yield. Low referred 3, 1 met. Wide referred 5, 2 met (40 %).
     * Duo referred 2, 1 met (50 %, but a single meeting).
     */
    beforeAll(async () => {
      inquiryId = await createInquiry('Suggestions');
      c = await createContacts({
        Hub: ['senior', true],
        Low: ['peer', true],
        Wide: [null, null],
        Thx: ['executive', false],
        Dec: ['junior', true],
        Sia: ['peer', true],
        Sol: ['junior', false],
        Nul: [null, false],
        Ace: ['senior', false], // accepted, not met: senior/outside is still a gap
        Stale: [null, null],
        Recent: ['junior', false],
        ReAsk: [null, null],
        NoResp: ['junior', false],
        Hana: [null, null],
        Hugo: [null, null],
        Hyla: ['senior', false],
        Hex: [null, null],
        Lena: [null, null],
        Lux: ['peer', true],
        Lars: [null, null],
        Wim: [null, null],
        Wes: [null, null],
        Wren: ['peer', true],
        Wanda: [null, null],
        Walt: [null, null],
        Abe: [null, null],
        Duo: [null, null],
        Dana: [null, null],
        Dot: [null, null],
      });
      for (const name of ['Hub', 'Low', 'Wide', 'Thx', 'Dec', 'Sia', 'Sol', 'Nul', 'Ace', 'Stale', 'Recent']) {
        await seed(inquiryId, c[name]);
      }
      await seed(inquiryId, c.ReAsk);
      await seed(inquiryId, c.NoResp);
      await seed(inquiryId, c.Duo);
      for (const [from, to] of [
        ['Hub', 'Hana'],
        ['Hub', 'Hugo'],
        ['Hub', 'Hyla'],
        ['Hub', 'Hex'],
        ['Low', 'Lena'],
        ['Low', 'Lux'],
        ['Low', 'Lars'],
        ['Wide', 'Wim'],
        ['Wide', 'Wes'],
        ['Wide', 'Wren'],
        ['Wide', 'Wanda'],
        ['Wide', 'Walt'],
        ['Lux', 'Abe'],
        ['Duo', 'Dana'],
        ['Duo', 'Dot'],
      ]) {
        await refer(inquiryId, c[from], c[to]);
      }
      const meet = (name: string, kind = 'meeting') => log({ contactId: c[name], inquiryId, kind });
      const ask = (name: string, extra: Record<string, unknown> = {}) =>
        log({ contactId: c[name], inquiryId, kind: 'ask', ...extra });
      for (const name of ['Hub', 'Low', 'Wide', 'Thx', 'Hana', 'Lena', 'Wim', 'Wes', 'Duo', 'Dana']) {
        await meet(name);
      }
      await meet('Hugo', 'call');
      await meet('Thx', 'thank_you');
      await ask('Dec', { outcome: 'declined' });
      await ask('Wanda', { outcome: 'declined' });
      await setStage(inquiryId, c.Lars, 'declined'); // declined without any ask logged
      await ask('Ace', { outcome: 'accepted' });
      await ask('Hex', { outcome: 'accepted' });
      await ask('NoResp', { outcome: 'no_response' });
      await ask('Walt', { outcome: 'no_response' });
      const stale = await ask('Stale');
      await t.sql(`UPDATE interaction SET occurred_at = now() - interval '15 days' WHERE id = $1`, [stale]);
      const recent = await ask('Recent');
      await t.sql(`UPDATE interaction SET occurred_at = now() - interval '13 days' WHERE id = $1`, [recent]);
      // An old pending ask, then a second one (the follow-up): the person rests.
      await ask('ReAsk', { occurredAt: daysAgo(10) });
      await ask('ReAsk', { occurredAt: daysAgo(2) });

      expect(await stagesByName(inquiryId)).toEqual({
        Hub: 'met',
        Low: 'met',
        Wide: 'met',
        Thx: 'thanked',
        Dec: 'declined',
        Sia: 'to_ask',
        Sol: 'to_ask',
        Nul: 'to_ask',
        Ace: 'accepted',
        Stale: 'asked',
        Recent: 'asked',
        ReAsk: 'asked',
        NoResp: 'no_response',
        Hana: 'met',
        Hugo: 'met',
        Hyla: 'suggested',
        Hex: 'accepted',
        Lena: 'met',
        Lux: 'suggested',
        Lars: 'declined',
        Wim: 'met',
        Wes: 'met',
        Wren: 'suggested',
        Wanda: 'declined',
        Walt: 'no_response',
        Abe: 'suggested',
        Duo: 'met',
        Dana: 'met',
        Dot: 'suggested',
      });
    });

    /** The expected list, in order: [name, wave, score, reason codes]. */
    const expected: Array<[string, number, number, string[]]> = [
      ['Hyla', 1, 75, ['fills_perspective_gap', 'referred_by_high_yield_connector', 'referred_not_asked']],
      ['Ace', 0, 65, ['accepted_no_meeting', 'fills_perspective_gap']], // accepted is not met: still a gap
      ['Hex', 1, 60, ['accepted_no_meeting', 'referred_by_high_yield_connector']],
      ['Sol', 0, 35, ['fills_perspective_gap', 'not_yet_asked']],
      ['Dot', 1, 30, ['referred_not_asked']], // Duo: 1 of 2 met, a single meeting is not high-yield
      ['Lux', 1, 30, ['referred_not_asked']], // Low: 1 of 3 met, not high-yield; peer/inside already heard
      ['Wren', 1, 30, ['referred_not_asked']], // Wide: 2 of 5 met (40 %), not high-yield
      ['Abe', 2, 30, ['referred_not_asked']], // same score, further wave: after Lux and Wren
      ['Stale', 0, 15, ['stalled_ask']], // pending for 15 days (follow-up after 14)
      ['Nul', 0, 10, ['not_yet_asked']], // inside/outside unknown: fills no gap
      ['Sia', 0, 10, ['not_yet_asked']], // peer/inside already heard
    ];
    const summarise = (s: Suggestion): [string, number, number, string[]] => [
      s.name,
      s.wave,
      s.score,
      s.reasons.map((reason) => reason.code).sort(),
    ];

    async function suggestions(): Promise<Suggestion[]> {
      const res = await t.http().get(`/v1/inquiries/${inquiryId}/suggestions`).query({ limit: 100 }).set(user.auth);
      expectStatus(res, 200);
      const page = res.body as Page<Suggestion>;
      expect(page.nextCursor).toBeNull();
      return page.data;
    }

    it('gives each candidate exactly the reasons whose rules hold, ranked by score, then wave, then name', async () => {
      expect((await suggestions()).map(summarise)).toEqual(expected);
    });

    it('scores each suggestion as the sum of the documented weights, with a sentence per reason', async () => {
      for (const suggestion of await suggestions()) {
        for (const reason of suggestion.reasons) {
          expect([reason.code, reason.weight]).toEqual([reason.code, WEIGHTS[reason.code]]);
          expect(reason.message).toEqual(expect.stringMatching(/\S/));
          expect(suggestion.summary).toContain(reason.message);
        }
        expect(suggestion.score).toBe(suggestion.reasons.reduce((sum, reason) => sum + reason.weight, 0));
      }
    });

    it('describes each candidate', async () => {
      const byName = new Map((await suggestions()).map((suggestion) => [suggestion.name, suggestion]));
      expect(byName.get('Hyla')).toEqual(
        expect.objectContaining({
          contactId: c.Hyla,
          seniority: 'senior',
          sameOrganization: false,
          stage: 'suggested',
          origin: 'referral',
        }),
      );
      expect(byName.get('Sol')).toEqual(
        expect.objectContaining({ contactId: c.Sol, stage: 'to_ask', origin: 'seed', wave: 0 }),
      );
      expect(byName.get('Stale')).toEqual(expect.objectContaining({ stage: 'asked', seniority: null }));
    });

    it('never suggests someone met, thanked or declined, nor someone asked who has not answered yet (ask ≤ 14 days)', async () => {
      const names = new Set((await suggestions()).map((suggestion) => suggestion.name));
      for (const name of ['Hub', 'Low', 'Wide', 'Hana', 'Hugo', 'Lena', 'Wim', 'Wes', 'Duo', 'Dana']) {
        expect(names).not.toContain(name);
      }
      for (const name of ['Thx', 'Dec', 'Lars', 'Wanda']) expect(names).not.toContain(name);
      // Recent: pending for 13 days (fills a gap, yet asked); ReAsk: followed up already; recent no_response asks.
      for (const name of ['Recent', 'ReAsk', 'NoResp', 'Walt']) expect(names).not.toContain(name);
    });

    it('visits every suggestion exactly once, in order, one per page', async () => {
      const { items, pages } = await allPages<Suggestion>(`/v1/inquiries/${inquiryId}/suggestions`, 1);
      expect(items.map(summarise)).toEqual(expected);
      expect(new Set(items.map((item) => item.contactId)).size).toBe(expected.length);
      expect(pages).toBe(expected.length);
      const byFour = await allPages<Suggestion>(`/v1/inquiries/${inquiryId}/suggestions`, 4);
      expect(byFour.items.map(summarise)).toEqual(expected);
    });

    it('pages through namesakes with the same score and wave, each once', async () => {
      const namesakes = await createInquiry('Suggestions: namesakes');
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        const id = await createContact('Twin');
        await seed(namesakes, id);
        ids.push(id);
      }
      const { items, pages } = await allPages<Suggestion>(`/v1/inquiries/${namesakes}/suggestions`, 1);
      expect(items.map((item) => item.contactId).sort()).toEqual(ids.sort());
      expect(items.map(summarise)).toEqual(ids.map(() => ['Twin', 0, 10, ['not_yet_asked']]));
      expect(pages).toBe(3);
    });

    it('refuses a cursor it did not issue with 400', async () => {
      const forged = Buffer.from(JSON.stringify({ s: 10, w: 0, n: 'Sia', id: 'not-a-uuid' })).toString('base64url');
      for (const cursor of ['garbage', forged]) {
        const res = await t.http().get(`/v1/inquiries/${inquiryId}/suggestions`).query({ cursor }).set(user.auth);
        expectStatus(res, 400);
      }
    });

    it('follows the facts: an ask pending for 15 days is due a follow-up; meeting or declining removes a suggestion', async () => {
      const recent = await t.sql<{ id: string }>(
        `SELECT id FROM interaction WHERE contact_id = $1 AND inquiry_id = $2 AND kind = 'ask'`,
        [c.Recent, inquiryId],
      );
      expect(recent).toHaveLength(1);
      await t.sql(`UPDATE interaction SET occurred_at = now() - interval '15 days' WHERE id = $1`, [recent[0].id]);
      const stalled = (await suggestions()).find((suggestion) => suggestion.name === 'Recent');
      expect(stalled && summarise(stalled)).toEqual(['Recent', 0, 40, ['fills_perspective_gap', 'stalled_ask']]);

      await log({ contactId: c.Hyla, inquiryId, kind: 'call' }); // met: gone
      await log({ contactId: c.Ace, inquiryId, kind: 'meeting' }); // accepted, then met: gone
      await log({ contactId: c.Sol, inquiryId, kind: 'ask', outcome: 'declined' }); // declined: gone
      await log({ contactId: c.Sia, inquiryId, kind: 'ask' }); // asked just now: not suggested
      const names = (await suggestions()).map((suggestion) => suggestion.name);
      expect(names).toEqual(['Hex', 'Recent', 'Dot', 'Lux', 'Wren', 'Abe', 'Stale', 'Nul']);
    });
  });

  describe('access', () => {
    const routes = ['stats', 'themes', 'suggestions'];

    it("answers 404 for another user's inquiry on every route", async () => {
      const theirs = await createInquiry('Not yours', other);
      for (const route of routes) {
        expectStatus(await t.http().get(`/v1/inquiries/${theirs}/${route}`).set(user.auth), 404);
        expectStatus(await t.http().get(`/v1/inquiries/${theirs}/${route}`).set(other.auth), 200);
      }
    });

    it('answers 404 for an unknown inquiry and 400 for a malformed id', async () => {
      for (const route of routes) {
        expectStatus(
          await t.http().get(`/v1/inquiries/00000000-0000-4000-8000-000000000000/${route}`).set(user.auth),
          404,
        );
        expectStatus(await t.http().get(`/v1/inquiries/not-a-uuid/${route}`).set(user.auth), 400);
      }
    });
  });
});
