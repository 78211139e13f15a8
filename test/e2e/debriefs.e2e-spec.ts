import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { registerUser, type TestUser } from '../factories/users.js';
import { addParticipant, createContact, createInquiry, createQuestion } from '../support/api.js';
import type { Body } from '../support/http.js';
import { distinctFieldsOf, expectProblem } from '../support/problems.js';
import { countOwned } from '../support/sql.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const TABLES = ['interaction', 'insight', 'referral', 'participant', 'commitment', 'contact'] as const;

describe('POST /v1/debriefs', () => {
  let t: TestApp;
  let alice: TestUser;
  let bob: TestUser;
  let inquiry: string;
  let question: string;
  let maria: string;
  let jamal: string;
  let bobsContact: string;

  const counts = async (user: TestUser): Promise<Record<string, number>> => {
    const entries = await Promise.all(
      TABLES.map(async (table) => [table, await countOwned(t, table, user.id)] as const),
    );
    return Object.fromEntries(entries);
  };
  const post = (user: TestUser, body: Body, key?: string) => {
    const req = t.http().post('/v1/debriefs').set(user.auth);
    return (key ? req.set('Idempotency-Key', key) : req).send(body);
  };
  const recently = () => new Date(Date.now() - 3600_000).toISOString();

  beforeAll(async () => {
    t = await createTestApp();
    alice = await registerUser(t);
    bob = await registerUser(t);
    inquiry = (await createInquiry(t, alice)).id;
    question = (await createQuestion(t, alice, inquiry, { text: 'What makes it stick?' })).id;
    maria = (await createContact(t, alice, { name: 'Maria Lopez', seniority: 'senior', sameOrganization: true })).id;
    jamal = (await createContact(t, alice, { name: 'Jamal Hughes' })).id;
    bobsContact = (await createContact(t, bob, { name: "Bob's contact" })).id;
    await addParticipant(t, alice, inquiry, maria);
  });
  afterAll(async () => {
    await t.close();
  });

  it('logs the conversation, insights, referrals and commitments in one call, and says what comes next', async () => {
    const occurredAt = recently();
    const res = await post(alice, {
      conversation: {
        contactId: maria,
        inquiryId: inquiry,
        kind: 'meeting',
        occurredAt,
        durationMinutes: 45,
        rating: 5,
        summary: 'Coffee at the plant',
        offered: 'Our survey results',
      },
      insights: [
        {
          text: 'Tablets on the floor made the difference',
          kind: 'perspective',
          themes: ['Tablets'],
          questionIds: [question],
          quote: 'We live on tablets',
        },
        { text: 'Budget cycles are yearly', kind: 'fact' },
      ],
      referrals: [
        { contactId: jamal, reason: 'runs the PMO' },
        { contact: { name: 'Ivy Chen', seniority: 'executive' }, reason: 'owns the portfolio' },
      ],
      commitments: [
        { description: 'Send the survey results', owner: 'me', dueAt: '2030-01-01' },
        { description: 'Intro to the plant manager', owner: 'them' },
      ],
    });
    expect(res.status).toBe(201);
    const body = res.body as {
      conversation: { id: string; kind: string; contactId: string };
      insights: Array<{ contactId: string; interactionId: string; themes: string[]; questionIds: string[] }>;
      referrals: Array<{ referrerId: string; referredId: string; wave: number; interactionId: string; reason: string }>;
      commitments: Array<{ contactId: string; inquiryId: string; owner: string }>;
      next: {
        thankYou: { interactionId: string; dueAt: string; sentence: string } | null;
        participants: Array<{ contactId: string; wave: number; origin: string; stage: string }>;
      };
    };
    const id = body.conversation.id;
    expect(body.conversation).toMatchObject({ kind: 'meeting', contactId: maria });
    expect(body.insights).toHaveLength(2);
    expect(body.insights[0]).toMatchObject({
      contactId: maria,
      interactionId: id,
      themes: ['tablets'],
      questionIds: [question],
    });
    expect(body.referrals).toHaveLength(2);
    for (const referral of body.referrals)
      expect(referral).toMatchObject({ referrerId: maria, wave: 1, interactionId: id });
    expect(body.commitments.map((c) => c.owner)).toEqual(['me', 'them']);
    expect(body.commitments[0]).toMatchObject({ contactId: maria, inquiryId: inquiry });
    expect(body.next.thankYou).toEqual({
      interactionId: id,
      dueAt: new Date(new Date(occurredAt).getTime() + 2 * 86400_000).toISOString(),
      sentence: expect.stringContaining('thank-you'),
    });
    const ivy = body.referrals[1].referredId;
    expect(body.next.participants).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ contactId: jamal, wave: 1, origin: 'referral', stage: 'suggested' }),
        expect.objectContaining({ contactId: ivy, wave: 1, origin: 'referral', stage: 'suggested' }),
      ]),
    );
    const [participant] = await t.sql<{ stage: string }>(
      `SELECT stage FROM participant WHERE owner_id = $1 AND inquiry_id = $2 AND contact_id = $3`,
      [alice.id, inquiry, maria],
    );
    expect(participant.stage).toBe('met');
  });

  it('makes the contact a participant reached directly when they were not one', async () => {
    const sofia = (await createContact(t, alice, { name: 'Sofia Rossi' })).id;
    const res = await post(alice, {
      conversation: { contactId: sofia, inquiryId: inquiry, kind: 'call', occurredAt: recently() },
      referrals: [{ contact: { name: 'Grace Park' } }],
    });
    expect(res.status).toBe(201);
    const participants = (
      res.body as { next: { participants: Array<{ contactId: string; origin: string; wave: number; stage: string }> } }
    ).next.participants;
    expect(participants[0]).toEqual({ inquiryId: inquiry, contactId: sofia, origin: 'direct', wave: 0, stage: 'met' });
    expect(participants[1]).toMatchObject({ origin: 'referral', wave: 1 });
  });

  it('refuses every bad part at once, naming each by its path, and writes nothing', async () => {
    const before = await counts(alice);
    const res = await post(alice, {
      conversation: { contactId: maria, inquiryId: inquiry, kind: 'ask', rating: 9 },
      insights: [
        { text: 'fine', kind: 'fact' },
        { text: '', kind: 'fact' },
        { text: 'x', kind: 'fact', themes: 'tablets' },
      ],
      referrals: [{ reason: 'no one named' }, { contactId: jamal, contact: { name: 'Both' } }],
      commitments: [{ description: 'x', owner: 'somebody' }],
    });
    const problem = expectProblem(res, 400, 'validation_failed');
    expect(distinctFieldsOf(problem).sort()).toEqual(
      [
        'conversation.kind',
        'conversation.rating',
        'insights[1].text',
        'insights[2].themes',
        'referrals[0].contactId',
        'referrals[1].contactId',
        'commitments[0].owner',
      ].sort(),
    );
    expect(await counts(alice)).toEqual(before);
  });

  it('refuses insights and referrals without an inquiry', async () => {
    const res = await post(alice, {
      conversation: { contactId: maria, kind: 'meeting' },
      insights: [{ text: 'x', kind: 'fact' }],
      referrals: [{ contactId: jamal }],
    });
    const problem = expectProblem(res, 400, 'validation_failed');
    expect(distinctFieldsOf(problem).sort()).toEqual(['insights', 'referrals']);
  });

  it('rolls everything back when a later part breaks a rule, naming the part', async () => {
    const before = await counts(alice);
    const res = await post(alice, {
      conversation: { contactId: maria, inquiryId: inquiry, kind: 'meeting', occurredAt: recently() },
      insights: [{ text: 'kept?', kind: 'fact' }],
      referrals: [{ contact: { name: 'New person' } }, { contactId: maria, reason: 'herself' }],
    });
    const problem = expectProblem(res, 422, 'self_referral');
    expect(distinctFieldsOf(problem)).toEqual(['referrals[1]']);
    expect(await counts(alice)).toEqual(before);
  });

  it("answers 404 for another user's ids and writes nothing", async () => {
    const before = await counts(alice);
    for (const body of [
      { conversation: { contactId: bobsContact, inquiryId: inquiry, kind: 'meeting' } },
      {
        conversation: { contactId: maria, inquiryId: inquiry, kind: 'meeting' },
        referrals: [{ contactId: bobsContact }],
      },
    ]) {
      expectProblem(await post(alice, body), 404, 'not_found');
    }
    expect(await counts(alice)).toEqual(before);
  });

  it('is idempotent: a retry with the same key answers the first response and writes nothing more', async () => {
    const body = {
      conversation: { contactId: jamal, inquiryId: inquiry, kind: 'meeting', occurredAt: recently() },
      insights: [{ text: 'Retry-safe', kind: 'advice' }],
      commitments: [{ description: 'Call back', owner: 'me' }],
    };
    const first = await post(alice, body, 'debrief-retry-1');
    expect(first.status).toBe(201);
    const after = await counts(alice);
    const again = await post(alice, body, 'debrief-retry-1');
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(await counts(alice)).toEqual(after);
  });

  it('refuses a debrief without its conversation, or with one that is not an object, with 400 naming it', async () => {
    const before = await counts(alice);
    for (const body of [{}, { conversation: null }, { conversation: 'coffee' }]) {
      const problem = expectProblem(await post(alice, body), 400, 'validation_failed');
      expect(distinctFieldsOf(problem)).toEqual(['conversation']);
    }
    expect(await counts(alice)).toEqual(before);
  });
});
