import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import type { Response } from 'supertest';
import { buildOpenApiDocument } from '../../src/openapi.js';
import { registerUser, type TestUser } from '../factories/users.js';
import * as api from '../support/api.js';
import { apiDelete, apiGet, expectStatus, type Query } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

interface AgendaItem {
  type: string;
  id: string;
  dueAt: string;
  title: string;
  contactId: string | null;
  contactName: string | null;
  inquiryId: string | null;
  inquiryTitle: string | null;
  refId: string | null;
}
interface AgendaPage {
  data: AgendaItem[];
  nextCursor: string | null;
}
/** What the test expects on the agenda: the item and, where it matters, its sentence. */
interface Expected {
  type: string;
  id: string;
  dueAt: Date;
  title?: string;
  contactId?: string | null;
  inquiryId?: string | null;
  refId?: string | null;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const HOSTILE_NAME = `O'Brien; Smith, "Bob" <b>\nSecond line — Zoë 日本 🎉`;
const HOSTILE_INQUIRY = 'Costs; risks, and\nnext steps — café';

/**
 * The agenda on a hand-built dataset where every due item is known: each rule's boundaries, the
 * order by dueAt, pagination, tenant isolation, and the iCalendar feed parsed back with ical.js.
 */
describe('agenda', () => {
  let t: TestApp;
  let alice: TestUser;
  let bob: TestUser;
  /** The instant every past and future date of the dataset is measured from. */
  let now: number;
  const ago = (days: number, hours = 0) => new Date(now - days * DAY - hours * HOUR);
  const inDays = (days: number) => new Date(now + days * DAY);
  const day = (at: Date) => at.toISOString().slice(0, 10);
  /** Alice's due items, filled in while the dataset is built. */
  const expected: Expected[] = [];
  /** Bob's due items (tenant isolation). */
  const bobExpected: Expected[] = [];

  const createContact = async (owner: TestUser, name: string, extra: Record<string, unknown> = {}) =>
    (await api.createContact(t, owner, { name, ...extra })).id;
  const createInquiry = async (owner: TestUser, title: string) => (await api.createInquiry(t, owner, { title })).id;
  /** Logs an interaction through the API (it moves lastInteractionAt like a real client would). */
  const logInteraction = async (owner: TestUser, body: Record<string, unknown>) =>
    (await api.logInteraction(t, owner, body)).id;

  /** Inserts an interaction directly, to control createdAt (and deletedAt) as well as occurredAt. */
  async function insertInteraction(
    owner: TestUser,
    row: {
      contactId: string;
      kind: string;
      occurredAt: Date;
      inquiryId?: string | null;
      outcome?: string | null;
      createdAt?: Date;
      deletedAt?: Date | null;
    },
  ): Promise<string> {
    const rows = await t.sql<{ id: string }>(
      `INSERT INTO interaction (owner_id, contact_id, inquiry_id, kind, occurred_at, outcome, created_at, updated_at, deleted_at)
       VALUES ($1, $2, $3, $4, $5, $6, coalesce($7, now()), coalesce($7, now()), $8) RETURNING id`,
      [
        owner.id,
        row.contactId,
        row.inquiryId ?? null,
        row.kind,
        row.occurredAt,
        row.outcome !== undefined ? row.outcome : row.kind === 'ask' ? 'pending' : null,
        row.createdAt ?? null,
        row.deletedAt ?? null,
      ],
    );
    return rows[0].id;
  }

  const createCommitment = async (owner: TestUser, body: Record<string, unknown>) =>
    (await api.createCommitment(t, owner, body)).id;
  const learned = 'Plants adopt it when maintenance owns the budget.';
  const reflect = async (owner: TestUser, inquiryId: string) =>
    (await api.createReflection(t, owner, inquiryId, { learned })).id;
  const remove = (owner: TestUser, path: string) => apiDelete(t, owner, path);
  const agenda = (owner: TestUser, query: Query = {}) =>
    apiGet<AgendaPage>(t, owner, '/v1/agenda', { limit: 100, ...query });

  const key = (item: { type: string; id: string; dueAt: string | Date }) =>
    `${item.type}:${item.id}:${new Date(item.dueAt).toISOString()}`;
  /** The expected items in the agenda's order: dueAt, then id. */
  const inOrder = (items: Expected[]) =>
    [...items]
      .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map(key);

  beforeAll(async () => {
    t = await createTestApp();
    alice = await registerUser(t, { name: 'Alice' });
    bob = await registerUser(t, { name: 'Bob' });
    now = Date.now();
    const due = (item: Expected) => expected.push(item);

    const main = await createInquiry(alice, 'Predictive maintenance');
    const other = await createInquiry(alice, 'Shop-floor data');
    const dropped = await createInquiry(alice, 'Dropped idea');

    // ask_awaiting_answer --------------------------------------------------------------------------
    const ada = await createContact(alice, 'Ada Six');
    await insertInteraction(alice, { contactId: ada, kind: 'ask', occurredAt: ago(6), inquiryId: main });

    const bea = await createContact(alice, 'Bea Eight');
    const beaAsk = await insertInteraction(alice, { contactId: bea, kind: 'ask', occurredAt: ago(8), inquiryId: main });
    due({
      type: 'ask_awaiting_answer',
      id: beaAsk,
      dueAt: ago(1),
      title: `Follow up with Bea Eight: no answer to your ask of ${day(ago(8))} about “Predictive maintenance”`,
      contactId: bea,
      inquiryId: main,
      refId: beaAsk,
    });

    // A newer ask replaces an older one (per contact and inquiry; here without an inquiry).
    const cal = await createContact(alice, 'Cal Twice');
    await insertInteraction(alice, { contactId: cal, kind: 'ask', occurredAt: ago(10) });
    await insertInteraction(alice, { contactId: cal, kind: 'ask', occurredAt: ago(2) });
    const cleo = await createContact(alice, 'Cleo Again');
    await insertInteraction(alice, { contactId: cleo, kind: 'ask', occurredAt: ago(12) });
    const cleoLatest = await insertInteraction(alice, { contactId: cleo, kind: 'ask', occurredAt: ago(9) });
    due({
      type: 'ask_awaiting_answer',
      id: cleoLatest,
      dueAt: ago(2),
      title: `Follow up with Cleo Again: no answer to your ask of ${day(ago(9))}`,
      inquiryId: null,
    });

    // The same person asked in two inquiries: two separate asks awaiting an answer.
    const dan = await createContact(alice, 'Dan Two');
    const danMain = await insertInteraction(alice, {
      contactId: dan,
      kind: 'ask',
      occurredAt: ago(9),
      inquiryId: main,
    });
    const danOther = await insertInteraction(alice, {
      contactId: dan,
      kind: 'ask',
      occurredAt: ago(20),
      inquiryId: other,
    });
    due({ type: 'ask_awaiting_answer', id: danMain, dueAt: ago(2), inquiryId: main });
    due({ type: 'ask_awaiting_answer', id: danOther, dueAt: ago(13), inquiryId: other });

    // Answered, met since, deleted, of a deleted contact, of a deleted inquiry: not awaiting.
    const eve = await createContact(alice, 'Eve Accepted');
    await insertInteraction(alice, { contactId: eve, kind: 'ask', occurredAt: ago(9), outcome: 'accepted' });
    const fay = await createContact(alice, 'Fay Met');
    await insertInteraction(alice, { contactId: fay, kind: 'ask', occurredAt: ago(12), inquiryId: main });
    const fayMeeting = await insertInteraction(alice, { contactId: fay, kind: 'meeting', occurredAt: ago(1) });
    due({ type: 'thank_you_owed', id: fayMeeting, dueAt: inDays(1) }); // owed, due tomorrow
    const gus = await createContact(alice, 'Gus Deleted');
    await insertInteraction(alice, { contactId: gus, kind: 'ask', occurredAt: ago(9), deletedAt: ago(1) });
    const hal = await createContact(alice, 'Hal Gone', { keepInTouchDays: 1 });
    await t.sql(`UPDATE contact SET created_at = $2 WHERE id = $1`, [hal, ago(5)]);
    await insertInteraction(alice, { contactId: hal, kind: 'ask', occurredAt: ago(9) });
    await insertInteraction(alice, { contactId: hal, kind: 'meeting', occurredAt: ago(2) });
    const ivy = await createContact(alice, 'Ivy Dropped');
    await insertInteraction(alice, { contactId: ivy, kind: 'ask', occurredAt: ago(9), inquiryId: dropped });

    // thank_you_owed -------------------------------------------------------------------------------
    const jo = await createContact(alice, 'Jo Meeting');
    const joMeeting = await insertInteraction(alice, { contactId: jo, kind: 'meeting', occurredAt: ago(3) });
    due({
      type: 'thank_you_owed',
      id: joMeeting,
      dueAt: ago(1),
      title: `Thank Jo Meeting for the meeting on ${day(ago(3))}`,
      contactId: jo,
      inquiryId: null,
      refId: joMeeting,
    });
    const kim = await createContact(alice, 'Kim Thanked');
    await insertInteraction(alice, { contactId: kim, kind: 'meeting', occurredAt: ago(4) });
    await logInteraction(alice, { contactId: kim, kind: 'thank_you', occurredAt: ago(3).toISOString() });
    // A thank-you before the call doesn't count for it.
    const lee = await createContact(alice, 'Lee Call');
    await insertInteraction(alice, { contactId: lee, kind: 'thank_you', occurredAt: ago(10) });
    const leeCall = await insertInteraction(alice, { contactId: lee, kind: 'call', occurredAt: ago(5) });
    due({
      type: 'thank_you_owed',
      id: leeCall,
      dueAt: ago(3),
      title: `Thank Lee Call for the call on ${day(ago(5))}`,
    });
    const mo = await createContact(alice, 'Mo Old');
    await insertInteraction(alice, { contactId: mo, kind: 'meeting', occurredAt: ago(100) });
    const ned = await createContact(alice, 'Ned Twice');
    await insertInteraction(alice, { contactId: ned, kind: 'meeting', occurredAt: ago(20) });
    const nedLatest = await insertInteraction(alice, { contactId: ned, kind: 'meeting', occurredAt: ago(6) });
    due({ type: 'thank_you_owed', id: nedLatest, dueAt: ago(4) });
    const oz = await createContact(alice, 'Oz Future');
    await insertInteraction(alice, { contactId: oz, kind: 'meeting', occurredAt: inDays(3) });
    const pat = await createContact(alice, 'Pat Undone');
    const patMeeting = await insertInteraction(alice, { contactId: pat, kind: 'meeting', occurredAt: ago(3) });
    await insertInteraction(alice, { contactId: pat, kind: 'thank_you', occurredAt: ago(2), deletedAt: ago(1) });
    due({ type: 'thank_you_owed', id: patMeeting, dueAt: ago(1) });

    // A name and an inquiry title that iCalendar has to escape.
    const hostileInquiry = await createInquiry(alice, HOSTILE_INQUIRY);
    const hostile = await createContact(alice, HOSTILE_NAME);
    const hostileMeeting = await insertInteraction(alice, {
      contactId: hostile,
      kind: 'meeting',
      occurredAt: ago(3),
      inquiryId: hostileInquiry,
    });
    due({
      type: 'thank_you_owed',
      id: hostileMeeting,
      dueAt: ago(1),
      title: `Thank ${HOSTILE_NAME} for the meeting on ${day(ago(3))}`,
      contactId: hostile,
      inquiryId: hostileInquiry,
    });

    // commitment_due -------------------------------------------------------------------------------
    const quinn = await createContact(alice, 'Quinn Promise');
    const dateOnly = day(inDays(3));
    const mine = await createCommitment(alice, {
      contactId: quinn,
      owner: 'me',
      description: 'Send the survey results\nwith the appendix',
      dueAt: dateOnly,
      inquiryId: main,
    });
    due({
      type: 'commitment_due',
      id: mine,
      dueAt: new Date(`${dateOnly}T00:00:00Z`),
      title: `You promised Quinn Promise: Send the survey results (due ${dateOnly})`,
      contactId: quinn,
      inquiryId: main,
      refId: mine,
    });
    const theirs = await createCommitment(alice, {
      contactId: quinn,
      owner: 'them',
      description: 'An intro to the plant manager',
      dueAt: ago(5).toISOString(),
    });
    due({
      type: 'commitment_due',
      id: theirs,
      dueAt: ago(5),
      title: `Quinn Promise promised you: An intro to the plant manager (due ${day(ago(5))})`,
    });
    const common = { contactId: quinn, owner: 'me', description: 'Not on the agenda' };
    await createCommitment(alice, { ...common, status: 'done', dueAt: ago(1).toISOString() });
    await createCommitment(alice, { ...common, status: 'dropped', dueAt: ago(2).toISOString() });
    await createCommitment(alice, { ...common, dueAt: inDays(10).toISOString() });
    await createCommitment(alice, { ...common });
    await createCommitment(alice, { ...common, dueAt: ago(1).toISOString(), inquiryId: dropped });
    const deletedCommitment = await createCommitment(alice, { ...common, dueAt: ago(1).toISOString() });
    await remove(alice, `/v1/commitments/${deletedCommitment}`);

    // keep_in_touch --------------------------------------------------------------------------------
    const rae = await createContact(alice, 'Rae Never', { keepInTouchDays: 30 });
    await t.sql(`UPDATE contact SET created_at = $2 WHERE id = $1`, [rae, ago(40)]);
    due({
      type: 'keep_in_touch',
      id: rae,
      dueAt: ago(10),
      title: 'Get in touch with Rae Never: no contact since you added them, you wanted to be in touch every 30 days',
      contactId: rae,
      inquiryId: null,
      refId: null,
    });
    await createContact(alice, 'Sol New', { keepInTouchDays: 30 });
    const tess = await createContact(alice, 'Tess Last', { keepInTouchDays: 10 });
    await logInteraction(alice, { contactId: tess, kind: 'message', occurredAt: ago(15).toISOString() });
    due({
      type: 'keep_in_touch',
      id: tess,
      dueAt: ago(5),
      title: `Get back in touch with Tess Last: last contact ${day(ago(15))}, you wanted to be in touch every 10 days`,
    });
    const uma = await createContact(alice, 'Uma Fresh', { keepInTouchDays: 10 });
    await logInteraction(alice, { contactId: uma, kind: 'message', occurredAt: ago(3).toISOString() });

    // reflection_due -------------------------------------------------------------------------------
    // Conversations happened long ago (no thank-you owed) but were logged (createdAt) as set here.
    const val = await createContact(alice, 'Val Reflect');
    const conversation = (inquiryId: string, createdAt: Date, kind = 'meeting') =>
      insertInteraction(alice, { contactId: val, kind, occurredAt: ago(100), inquiryId, createdAt });

    const byCount = await createInquiry(alice, 'Count rule');
    for (const hours of [5, 4, 3, 2, 1]) await conversation(byCount, ago(0, hours));
    await conversation(byCount, new Date(now - HOUR / 2), 'call');
    due({
      type: 'reflection_due',
      id: byCount,
      dueAt: ago(0, 1), // the fifth conversation
      title: 'Reflect on “Count rule”: 6 conversations since you started it',
      contactId: null,
      inquiryId: byCount,
      refId: null,
    });
    const four = await createInquiry(alice, 'Four only');
    for (const hours of [4, 3, 2, 1]) await conversation(four, ago(0, hours));

    const byTime = await createInquiry(alice, 'Time rule');
    await t.sql(`UPDATE inquiry SET created_at = $2 WHERE id = $1`, [byTime, ago(20)]);
    await conversation(byTime, ago(10), 'call');
    due({ type: 'reflection_due', id: byTime, dueAt: ago(6) }); // created + 14 days
    const late = await createInquiry(alice, 'Late conversation');
    await t.sql(`UPDATE inquiry SET created_at = $2 WHERE id = $1`, [late, ago(30)]);
    await conversation(late, ago(2));
    due({ type: 'reflection_due', id: late, dueAt: ago(2) }); // 14 days had passed; due from the conversation on
    const quiet = await createInquiry(alice, 'No conversations');
    await t.sql(`UPDATE inquiry SET created_at = $2 WHERE id = $1`, [quiet, ago(20)]);

    const reflected = await createInquiry(alice, 'Reflected');
    await t.sql(`UPDATE inquiry SET created_at = $2 WHERE id = $1`, [reflected, ago(20)]);
    for (const days of [19, 18, 17, 16, 15]) await conversation(reflected, ago(days));
    await reflect(alice, reflected);

    const secondCycle = await createInquiry(alice, 'Second cycle');
    await t.sql(`UPDATE inquiry SET created_at = $2 WHERE id = $1`, [secondCycle, ago(40)]);
    for (const days of [35, 34, 33]) await conversation(secondCycle, ago(days));
    const lastReflection = await reflect(alice, secondCycle);
    await t.sql(`UPDATE reflection SET created_at = $2 WHERE id = $1`, [lastReflection, ago(15)]);
    await conversation(secondCycle, ago(5));
    due({
      type: 'reflection_due',
      id: secondCycle,
      dueAt: ago(1),
      title: `Reflect on “Second cycle”: 1 conversation since your last reflection on ${day(ago(15))}`,
      refId: lastReflection,
    });

    const paused = await createInquiry(alice, 'Paused');
    expectStatus(await t.http().patch(`/v1/inquiries/${paused}`).set(alice.auth).send({ status: 'paused' }), 200);
    for (const hours of [5, 4, 3, 2, 1]) await conversation(paused, ago(0, hours));
    for (const hours of [5, 4, 3, 2, 1]) await conversation(dropped, ago(0, hours));

    // Deletions last: the rows above stay, their contact or inquiry goes.
    await remove(alice, `/v1/contacts/${hal}`);
    await remove(alice, `/v1/inquiries/${dropped}`);

    // Bob: his own due items, which Alice must never see (and the other way round).
    const bobContact = await createContact(bob, 'Bob’s contact', { keepInTouchDays: 5 });
    await t.sql(`UPDATE contact SET created_at = $2 WHERE id = $1`, [bobContact, ago(10)]);
    const bobAsk = await insertInteraction(bob, { contactId: bobContact, kind: 'ask', occurredAt: ago(8) });
    const bobOther = await createContact(bob, 'Bob’s colleague');
    const bobMeeting = await insertInteraction(bob, { contactId: bobOther, kind: 'meeting', occurredAt: ago(3) });
    const bobCommitment = await createCommitment(bob, {
      contactId: bobOther,
      owner: 'me',
      description: 'Share the deck',
      dueAt: ago(1).toISOString(),
    });
    bobExpected.push(
      { type: 'keep_in_touch', id: bobContact, dueAt: ago(5) },
      { type: 'ask_awaiting_answer', id: bobAsk, dueAt: ago(1) },
      { type: 'thank_you_owed', id: bobMeeting, dueAt: ago(1) },
      { type: 'commitment_due', id: bobCommitment, dueAt: ago(1) },
    );
  });
  afterAll(async () => {
    await t.close();
  });

  describe('GET /v1/agenda', () => {
    it('lists exactly the due items, ordered by dueAt (then id)', async () => {
      const page = await agenda(alice);
      expect(page.nextCursor).toBeNull();
      expect(page.data.map(key)).toEqual(inOrder(expected));
      const dueAts = page.data.map((item) => Date.parse(item.dueAt));
      expect(dueAts).toEqual([...dueAts].sort((a, b) => a - b));
    });

    it.each(['ask_awaiting_answer', 'thank_you_owed', 'commitment_due', 'keep_in_touch', 'reflection_due'])(
      'lists %s items exactly when the rule says so',
      async (type) => {
        const page = await agenda(alice);
        expect(page.data.filter((item) => item.type === type).map(key)).toEqual(
          inOrder(expected.filter((item) => item.type === type)),
        );
      },
    );

    it('words each item as a sentence and names its contact, inquiry and underlying row', async () => {
      const byId = new Map((await agenda(alice)).data.map((item) => [item.id, item]));
      for (const item of expected) {
        const actual = byId.get(item.id);
        expect(actual).toBeDefined();
        if (item.title !== undefined) expect(actual?.title).toBe(item.title);
        if (item.contactId !== undefined) expect(actual?.contactId).toBe(item.contactId);
        if (item.inquiryId !== undefined) expect(actual?.inquiryId).toBe(item.inquiryId);
        if (item.refId !== undefined) expect(actual?.refId).toBe(item.refId);
      }
      const bea = [...byId.values()].find((item) => item.contactName === 'Bea Eight');
      expect(bea).toEqual(expect.objectContaining({ inquiryTitle: 'Predictive maintenance' }));
      const hostile = [...byId.values()].find((item) => item.contactName === HOSTILE_NAME);
      expect(hostile).toEqual(expect.objectContaining({ inquiryTitle: HOSTILE_INQUIRY }));
    });

    it('pages through every item once, in order, with the cursor', async () => {
      const all = (await agenda(alice)).data.map(key);
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: AgendaPage = await agenda(alice, { limit: 4, ...(cursor ? { cursor } : {}) });
        expect(page.data.length).toBeLessThanOrEqual(4);
        seen.push(...page.data.map(key));
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor && pages < 20);
      expect(cursor).toBeNull();
      expect(seen).toEqual(all);
      expect(new Set(seen).size).toBe(seen.length);
      expect(pages).toBe(Math.ceil(all.length / 4));
    });

    it('defaults to 20 items a page', async () => {
      const res = await t.http().get('/v1/agenda').set(alice.auth);
      expectStatus(res, 200);
      const page = res.body as AgendaPage;
      expect(page.data.map(key)).toEqual(inOrder(expected).slice(0, 20));
      expect(page.nextCursor === null).toBe(expected.length <= 20);
    });

    it('filters by ?types=, comma-separated or repeated', async () => {
      const wanted = ['commitment_due', 'thank_you_owed'];
      const subset = inOrder(expected.filter((item) => wanted.includes(item.type)));
      expect((await agenda(alice, { types: wanted.join(',') })).data.map(key)).toEqual(subset);
      const res = await t.http().get('/v1/agenda?types=commitment_due&types=thank_you_owed').set(alice.auth);
      expectStatus(res, 200);
      expect((res.body as AgendaPage).data.map(key)).toEqual(subset);
    });

    it('refuses a bad limit, cursor or type with 400', async () => {
      for (const query of [
        { limit: 101 },
        { limit: 0 },
        { cursor: 'not-a-cursor' },
        { types: 'ask_awaiting_answer,nope' },
      ]) {
        const res = await t.http().get('/v1/agenda').query(query).set(alice.auth);
        expectStatus(res, 400);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
    });

    it('shows each user only their own items', async () => {
      const mine = await agenda(alice);
      const his = await agenda(bob);
      expect(his.data.map(key)).toEqual(inOrder(bobExpected));
      const aliceIds = new Set(mine.data.map((item) => item.id));
      expect(his.data.filter((item) => aliceIds.has(item.id))).toEqual([]);
    });

    it('needs authentication, and does not take ?key=', async () => {
      expectStatus(await t.http().get('/v1/agenda'), 401);
      const { key: apiKey } = await api.createApiKey(t, alice, { name: 'not for JSON' });
      expectStatus(await t.http().get('/v1/agenda').query({ key: apiKey }), 401);
    });

    it('drops a reflection once it is written, until the rule holds again', async () => {
      const carol = await registerUser(t, { name: 'Carol' });
      const inquiry = await createInquiry(carol, 'Reflect and repeat');
      const contact = await createContact(carol, 'Rita');
      const base = Date.now();
      for (const minutes of [50, 40, 30, 20, 10]) {
        await insertInteraction(carol, {
          contactId: contact,
          kind: 'meeting',
          occurredAt: ago(100),
          inquiryId: inquiry,
          createdAt: new Date(base - minutes * 60_000),
        });
      }
      const before = await agenda(carol, { types: 'reflection_due' });
      expect(before.data.map(key)).toEqual([
        key({ type: 'reflection_due', id: inquiry, dueAt: new Date(base - 600_000) }),
      ]);
      await reflect(carol, inquiry);
      expect((await agenda(carol, { types: 'reflection_due' })).data).toEqual([]);
      // One conversation after the reflection: neither five of them nor 14 days yet.
      await insertInteraction(carol, { contactId: contact, kind: 'call', occurredAt: ago(100), inquiryId: inquiry });
      expect((await agenda(carol, { types: 'reflection_due' })).data).toEqual([]);
    });
  });

  describe('GET /v1/agenda.ics', () => {
    interface ParsedEvent {
      uid: string;
      summary: string;
      description: string;
      start: ICAL.Time;
      end: ICAL.Time | null;
      categories: string[];
    }

    function parseFeed(text: string) {
      const calendar = new ICAL.Component(ICAL.parse(text));
      const events: ParsedEvent[] = calendar.getAllSubcomponents('vevent').map((component) => {
        const event = new ICAL.Event(component);
        return {
          uid: event.uid,
          summary: event.summary,
          description: event.description,
          start: event.startDate,
          end: component.hasProperty('dtend') ? event.endDate : null,
          categories: component.getAllProperties('categories').flatMap((p) => p.getValues() as string[]),
        };
      });
      return { calendar, events };
    }

    async function feed(request: (path: string) => Promise<Response>) {
      const res = await request('/v1/agenda.ics');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
      return { res, ...parseFeed(res.text) };
    }

    it('is a valid calendar with one event per agenda item', async () => {
      const items = (await agenda(alice)).data;
      const { res, calendar, events } = await feed((path) => t.http().get(path).set(alice.auth));
      expect(calendar.name).toBe('vcalendar');
      expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
      expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Snowball agenda');
      expect(String(calendar.getFirstPropertyValue('x-published-ttl'))).toBe('PT1H');
      expect(String(calendar.getFirstPropertyValue('refresh-interval'))).toBe('PT1H');
      // RFC 5545: CRLF line endings, lines folded at 75 octets.
      const lines = res.text.split('\r\n');
      expect(lines.every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
      expect(res.text.replace(/\r\n/g, '')).not.toContain('\n');

      expect(events).toHaveLength(items.length);
      expect(events.map((event) => event.uid)).toEqual(items.map((item) => `${item.type}-${item.id}@snowball`));
      const today = new Date(Math.floor(Date.now() / DAY) * DAY).toISOString().slice(0, 10);
      for (const [index, item] of items.entries()) {
        const event = events[index];
        expect(event.categories).toEqual([item.type]);
        const dueAt = new Date(item.dueAt);
        if (item.dueAt.slice(0, 10) < today) {
          // Overdue: all day on today, saying since when (not on a past day nobody looks at).
          expect(event.summary).toBe(`Overdue since ${item.dueAt.slice(0, 10)}: ${item.title}`);
          expect(event.start.isDate).toBe(true);
          expect(event.start.toString()).toBe(today);
          expect(event.description).toContain(`overdue since ${item.dueAt.slice(0, 10)}`);
          continue;
        }
        expect(event.summary).toBe(item.title);
        if (dueAt.getTime() % DAY === 0) {
          // A plain due date: an all-day event on that day.
          expect(event.start.isDate).toBe(true);
          expect(event.start.toString()).toBe(item.dueAt.slice(0, 10));
        } else {
          expect(event.start.isDate).toBe(false);
          expect(event.start.toJSDate().getTime()).toBe(Math.floor(dueAt.getTime() / 1000) * 1000);
          expect(event.end?.toJSDate().getTime()).toBe(Math.floor(dueAt.getTime() / 1000) * 1000 + 30 * 60_000);
        }
        if (item.contactName !== null) expect(event.description).toContain(`Contact: ${item.contactName}`);
        if (item.inquiryTitle !== null) expect(event.description).toContain(`Inquiry: ${item.inquiryTitle}`);
      }
      expect(items.some((item) => Date.parse(item.dueAt) % DAY === 0)).toBe(true);
      expect(items.some((item) => item.dueAt.slice(0, 10) < today)).toBe(true);
    });

    it('keeps names with ; , newlines and non-ASCII intact', async () => {
      const { events } = await feed((path) => t.http().get(path).set(alice.auth));
      const event = events.find((e) => e.summary.includes('O’Brien') || e.summary.includes("O'Brien"));
      expect(event?.summary).toMatch(/^(Overdue since \d{4}-\d{2}-\d{2}: )?Thank /);
      expect(event?.summary.endsWith(`Thank ${HOSTILE_NAME} for the meeting on ${day(ago(3))}`)).toBe(true);
      expect(event?.description).toContain(`Contact: ${HOSTILE_NAME}`);
      expect(event?.description).toContain(`Inquiry: ${HOSTILE_INQUIRY}`);
    });

    it('takes an API key as ?key= (calendar subscriptions), and refuses a bad one with 401', async () => {
      const { key: apiKey } = await api.createApiKey(t, alice, { name: 'Calendar' });
      const withHeader = await feed((path) => t.http().get(path).set(alice.auth));
      const withKey = await feed((path) => t.http().get(path).query({ key: apiKey }));
      expect(withKey.events.map((e) => e.uid)).toEqual(withHeader.events.map((e) => e.uid));

      const bad = [`${apiKey.slice(0, -4)}AAAA`, 'snb_nope_nope', 'not-a-key'];
      for (const key of bad) {
        const res = await t.http().get('/v1/agenda.ics').query({ key });
        expectStatus(res, 401);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
      expectStatus(await t.http().get('/v1/agenda.ics'), 401);
    });

    it('filters by ?types= and holds only the caller’s items', async () => {
      const { events } = await feed((path) => t.http().get(path).query({ types: 'keep_in_touch' }).set(alice.auth));
      expect(events.map((e) => e.uid).sort()).toEqual(
        expected
          .filter((item) => item.type === 'keep_in_touch')
          .map((item) => `keep_in_touch-${item.id}@snowball`)
          .sort(),
      );
      const his = await feed((path) => t.http().get(path).set(bob.auth));
      const bobItems = (await agenda(bob)).data;
      expect(bobItems.map(key)).toEqual(inOrder(bobExpected));
      expect(his.events.map((e) => e.uid)).toEqual(bobItems.map((item) => `${item.type}-${item.id}@snowball`));
    });
  });

  it('documents both routes in OpenAPI', () => {
    const document = buildOpenApiDocument(t.app) as unknown as {
      paths: Record<
        string,
        {
          get: {
            operationId: string;
            parameters: Array<{ name: string }>;
            responses: Record<string, { content?: Record<string, { schema?: { type?: string } }> }>;
          };
        }
      >;
      components: { schemas: Record<string, unknown> };
    };
    const list = document.paths['/v1/agenda'].get;
    expect(list.operationId).toBe('getAgenda');
    expect(list.parameters.map((p) => p.name).sort()).toEqual(['cursor', 'limit', 'types']);
    const ics = document.paths['/v1/agenda.ics'].get;
    expect(ics.operationId).toBe('getAgendaFeed');
    expect(ics.parameters.map((p) => p.name).sort()).toEqual(['key', 'types']);
    expect(ics.responses['200'].content?.['text/calendar']?.schema?.type).toBe('string');
    for (const status of ['400', '401']) {
      expect(Object.keys(ics.responses[status].content ?? {})).toEqual(['application/problem+json']);
    }
    expect(document.components.schemas).toHaveProperty('AgendaItemType');
    expect(document.components.schemas).toHaveProperty('AgendaPageDto');
  });
});
