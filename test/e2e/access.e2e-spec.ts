import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DomainEvents } from '../../src/common/events/domain-events.js';
import { InteractionLogged } from '../../src/common/events/events.js';
import { registerUser, type TestUser } from '../factories/users.js';
import {
  addParticipant,
  createCommitment,
  createContact,
  createInquiry,
  createInsight,
  createOpportunity,
  createQuestion,
  createReferral,
  logInteraction,
} from '../support/api.js';
import { apiDelete, apiGet, type Body, type Page } from '../support/http.js';
import { expectStrictProblem } from '../support/problems.js';
import { countOwned } from '../support/sql.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

interface Participant {
  contactId: string;
  stage: string;
}

/**
 * The one access check: every id a body names must be a live row of the caller's (404 naming it),
 * on every route that takes such ids; and what deleting an interaction or an inquiry does to the
 * rows that name it.
 */
describe('access: the ids a body names', () => {
  let t: TestApp;
  let alice: TestUser;
  let bob: TestUser;
  // Alice's rows.
  let inquiry: string;
  let contact: string;
  let other: string;
  let interaction: string;
  let question: string;
  let insight: string;
  let commitment: string;
  let opportunity: string;
  // Bob's rows, which Alice must not be able to name.
  const theirs = { contact: '', inquiry: '', interaction: '', question: '' };

  beforeAll(async () => {
    t = await createTestApp();
    alice = await registerUser(t);
    bob = await registerUser(t);
    inquiry = (await createInquiry(t, alice)).id;
    contact = (await createContact(t, alice, { name: 'Ada' })).id;
    other = (await createContact(t, alice, { name: 'Bo' })).id;
    await addParticipant(t, alice, inquiry, contact);
    interaction = (await logInteraction(t, alice, { contactId: contact, inquiryId: inquiry, kind: 'call' })).id;
    question = (await createQuestion(t, alice, inquiry, { text: 'What slows adoption?' })).id;
    insight = (await createInsight(t, alice, { inquiryId: inquiry, text: 'Budgets', kind: 'fact' })).id;
    commitment = (await createCommitment(t, alice, { contactId: contact, description: 'Send deck', owner: 'me' })).id;
    opportunity = (await createOpportunity(t, alice, { contactId: contact, kind: 'advice', description: 'An intro' }))
      .id;
    theirs.inquiry = (await createInquiry(t, bob)).id;
    theirs.contact = (await createContact(t, bob, { name: 'Bob’s contact' })).id;
    theirs.interaction = (await logInteraction(t, bob, { contactId: theirs.contact, kind: 'meeting' })).id;
    theirs.question = (await createQuestion(t, bob, theirs.inquiry, { text: 'Bob’s question' })).id;
  });
  afterAll(async () => {
    await t.close();
  });

  type Label = 'Contact' | 'Inquiry' | 'Interaction' | 'Question';
  const cases: Array<[string, 'post' | 'patch', () => string, () => Body, Label]> = [
    [
      'POST /v1/interactions contactId',
      'post',
      () => '/v1/interactions',
      () => ({ contactId: theirs.contact, kind: 'meeting' }),
      'Contact',
    ],
    [
      'POST /v1/interactions inquiryId',
      'post',
      () => '/v1/interactions',
      () => ({ contactId: contact, inquiryId: theirs.inquiry, kind: 'meeting' }),
      'Inquiry',
    ],
    [
      'PATCH /v1/interactions/:id contactId',
      'patch',
      () => `/v1/interactions/${interaction}`,
      () => ({ contactId: theirs.contact }),
      'Contact',
    ],
    [
      'PATCH /v1/interactions/:id inquiryId',
      'patch',
      () => `/v1/interactions/${interaction}`,
      () => ({ inquiryId: theirs.inquiry }),
      'Inquiry',
    ],
    [
      'POST /v1/insights inquiryId',
      'post',
      () => '/v1/insights',
      () => ({ inquiryId: theirs.inquiry, text: 'x', kind: 'fact' }),
      'Inquiry',
    ],
    [
      'POST /v1/insights contactId',
      'post',
      () => '/v1/insights',
      () => ({ inquiryId: inquiry, contactId: theirs.contact, text: 'x', kind: 'fact' }),
      'Contact',
    ],
    [
      'POST /v1/insights interactionId',
      'post',
      () => '/v1/insights',
      () => ({ inquiryId: inquiry, interactionId: theirs.interaction, text: 'x', kind: 'fact' }),
      'Interaction',
    ],
    [
      'POST /v1/insights questionIds',
      'post',
      () => '/v1/insights',
      () => ({ inquiryId: inquiry, questionIds: [question, theirs.question], text: 'x', kind: 'fact' }),
      'Question',
    ],
    [
      'PATCH /v1/insights/:id inquiryId',
      'patch',
      () => `/v1/insights/${insight}`,
      () => ({ inquiryId: theirs.inquiry }),
      'Inquiry',
    ],
    [
      'PATCH /v1/insights/:id contactId',
      'patch',
      () => `/v1/insights/${insight}`,
      () => ({ contactId: theirs.contact }),
      'Contact',
    ],
    [
      'PATCH /v1/insights/:id interactionId',
      'patch',
      () => `/v1/insights/${insight}`,
      () => ({ interactionId: theirs.interaction }),
      'Interaction',
    ],
    [
      'PATCH /v1/insights/:id questionIds',
      'patch',
      () => `/v1/insights/${insight}`,
      () => ({ questionIds: [theirs.question] }),
      'Question',
    ],
    [
      'POST /v1/commitments contactId',
      'post',
      () => '/v1/commitments',
      () => ({ contactId: theirs.contact, description: 'x', owner: 'me' }),
      'Contact',
    ],
    [
      'POST /v1/commitments inquiryId',
      'post',
      () => '/v1/commitments',
      () => ({ contactId: contact, inquiryId: theirs.inquiry, description: 'x', owner: 'me' }),
      'Inquiry',
    ],
    [
      'PATCH /v1/commitments/:id contactId',
      'patch',
      () => `/v1/commitments/${commitment}`,
      () => ({ contactId: theirs.contact }),
      'Contact',
    ],
    [
      'PATCH /v1/commitments/:id inquiryId',
      'patch',
      () => `/v1/commitments/${commitment}`,
      () => ({ inquiryId: theirs.inquiry }),
      'Inquiry',
    ],
    [
      'POST /v1/opportunities contactId',
      'post',
      () => '/v1/opportunities',
      () => ({ contactId: theirs.contact, kind: 'hire', description: 'x' }),
      'Contact',
    ],
    [
      'POST /v1/opportunities inquiryId',
      'post',
      () => '/v1/opportunities',
      () => ({ contactId: contact, inquiryId: theirs.inquiry, kind: 'hire', description: 'x' }),
      'Inquiry',
    ],
    [
      'PATCH /v1/opportunities/:id contactId',
      'patch',
      () => `/v1/opportunities/${opportunity}`,
      () => ({ contactId: theirs.contact }),
      'Contact',
    ],
    [
      'PATCH /v1/opportunities/:id inquiryId',
      'patch',
      () => `/v1/opportunities/${opportunity}`,
      () => ({ inquiryId: theirs.inquiry }),
      'Inquiry',
    ],
    [
      'POST referrals referrerId',
      'post',
      () => `/v1/inquiries/${inquiry}/referrals`,
      () => ({ referrerId: theirs.contact, referredId: other }),
      'Contact',
    ],
    [
      'POST referrals referredId',
      'post',
      () => `/v1/inquiries/${inquiry}/referrals`,
      () => ({ referrerId: contact, referredId: theirs.contact }),
      'Contact',
    ],
    [
      'POST referrals interactionId',
      'post',
      () => `/v1/inquiries/${inquiry}/referrals`,
      () => ({ referrerId: contact, referredId: other, interactionId: theirs.interaction }),
      'Interaction',
    ],
    [
      'POST reflections nextContactIds',
      'post',
      () => `/v1/inquiries/${inquiry}/reflections`,
      () => ({ learned: 'x', nextContactIds: [other, theirs.contact] }),
      'Contact',
    ],
    [
      'POST reflections questionChanges retire',
      'post',
      () => `/v1/inquiries/${inquiry}/reflections`,
      () => ({ learned: 'x', questionChanges: [{ action: 'retire', questionId: theirs.question }] }),
      'Question',
    ],
    [
      'POST reflections questionChanges revise',
      'post',
      () => `/v1/inquiries/${inquiry}/reflections`,
      () => ({ learned: 'x', questionChanges: [{ action: 'revise', questionId: theirs.question, text: 'y' }] }),
      'Question',
    ],
    [
      'POST participants contactId',
      'post',
      () => `/v1/inquiries/${inquiry}/participants`,
      () => ({ contactId: theirs.contact }),
      'Contact',
    ],
    [
      'POST questions revisesId',
      'post',
      () => `/v1/inquiries/${inquiry}/questions`,
      () => ({ text: 'y', revisesId: theirs.question }),
      'Question',
    ],
  ];

  it.each(cases)('%s naming another user’s row → 404 naming it', async (_name, method, path, body, label) => {
    const res = await t.http()[method](path()).set(alice.auth).send(body());
    const problem = expectStrictProblem(res, 404, 'not_found');
    expect(problem.detail).toBe(`${label} not found`);
  });

  it('a deleted row of one’s own is refused the same way (the check reads live rows only)', async () => {
    const gone = (await createContact(t, alice, { name: 'Gone' })).id;
    await apiDelete(t, alice, `/v1/contacts/${gone}`);
    const res = await t.http().post('/v1/interactions').set(alice.auth).send({ contactId: gone, kind: 'call' });
    expect(expectStrictProblem(res, 404, 'not_found').detail).toBe('Contact not found');
  });

  it('reflections: 50 next contacts with one of another user’s → 404, and nothing is written', async () => {
    const reflecting = (await createInquiry(t, alice, { title: 'Fifty next' })).id;
    const next: string[] = [];
    for (let i = 0; i < 49; i++) next.push((await createContact(t, alice, { name: `Next ${i}` })).id);
    next.splice(25, 0, theirs.contact);
    const before = {
      reflections: await countOwned(t, 'reflection', alice.id),
      participants: await countOwned(t, 'participant', alice.id),
      questions: await countOwned(t, 'question', alice.id),
    };
    const res = await t
      .http()
      .post(`/v1/inquiries/${reflecting}/reflections`)
      .set(alice.auth)
      .send({ learned: 'Plenty', nextContactIds: next, questionChanges: [{ action: 'add', text: 'New?' }] });
    expect(expectStrictProblem(res, 404, 'not_found').detail).toBe('Contact not found');
    expect({
      reflections: await countOwned(t, 'reflection', alice.id),
      participants: await countOwned(t, 'participant', alice.id),
      questions: await countOwned(t, 'question', alice.id),
    }).toEqual(before);
    expect((await apiGet<{ currentCycle: number }>(t, alice, `/v1/inquiries/${reflecting}`)).currentCycle).toBe(1);
    // The same 50 of one's own go through, all queued at to_ask.
    next.splice(25, 1, (await createContact(t, alice, { name: 'Next 49' })).id);
    const ok = await t
      .http()
      .post(`/v1/inquiries/${reflecting}/reflections`)
      .set(alice.auth)
      .send({ learned: 'Plenty', nextContactIds: next });
    expect(ok.status).toBe(201);
    const participants = await apiGet<Page<Participant>>(t, alice, `/v1/inquiries/${reflecting}/participants`, {
      limit: 100,
    });
    expect(participants.data.map((p) => p.contactId).sort()).toEqual([...next].sort());
    expect(new Set(participants.data.map((p) => p.stage))).toEqual(new Set(['to_ask']));
  });

  describe('deleting an interaction', () => {
    it('clears the interactionId of the insights and referrals that came from it (and bumps their version)', async () => {
      const referred = (await createContact(t, alice, { name: 'Referred' })).id;
      const meeting = (await logInteraction(t, alice, { contactId: contact, inquiryId: inquiry, kind: 'meeting' })).id;
      const fromIt = await createInsight<{ id: string; version: number }>(t, alice, {
        inquiryId: inquiry,
        contactId: contact,
        interactionId: meeting,
        text: 'Came up in the meeting',
        kind: 'perspective',
      });
      const referral = (
        await createReferral(t, alice, inquiry, { referrerId: contact, referredId: referred, interactionId: meeting })
      ).id;
      const untouched = await createInsight<{ id: string; version: number }>(t, alice, {
        inquiryId: inquiry,
        interactionId: interaction,
        text: 'From another conversation',
        kind: 'fact',
      });
      // Bob's insight naming his own interaction with the same… nothing of Alice's touches it.
      const bobInsight = (
        await createInsight(t, bob, {
          inquiryId: theirs.inquiry,
          interactionId: theirs.interaction,
          text: 'b',
          kind: 'fact',
        })
      ).id;

      await apiDelete(t, alice, `/v1/interactions/${meeting}`);

      const cleared = await apiGet<{ interactionId: string | null; version: number }>(
        t,
        alice,
        `/v1/insights/${fromIt.id}`,
      );
      expect(cleared).toMatchObject({ interactionId: null, version: fromIt.version + 1 });
      const referrals = await apiGet<Page<{ id: string; interactionId: string | null }>>(
        t,
        alice,
        `/v1/inquiries/${inquiry}/referrals`,
        { limit: 100 },
      );
      expect(referrals.data.find((r) => r.id === referral)?.interactionId).toBeNull();
      expect(await apiGet(t, alice, `/v1/insights/${untouched.id}`)).toMatchObject({
        interactionId: interaction,
        version: untouched.version,
      });
      expect(await apiGet(t, bob, `/v1/insights/${bobInsight}`)).toMatchObject({ interactionId: theirs.interaction });
      // The insight can be changed again (its old interaction no longer stands in the way).
      const res = await t.http().patch(`/v1/insights/${fromIt.id}`).set(alice.auth).send({ text: 'Still true' });
      expect(res.status).toBe(200);
    });
  });

  describe('deleting an inquiry', () => {
    it('keeps the inquiryId of the interactions, commitments and opportunities that were in it (their history)', async () => {
      const dropped = (await createInquiry(t, alice, { title: 'Dropped' })).id;
      const call = (await logInteraction(t, alice, { contactId: contact, inquiryId: dropped, kind: 'call' })).id;
      const promise = (
        await createCommitment(t, alice, { contactId: contact, inquiryId: dropped, description: 'x', owner: 'them' })
      ).id;
      const came = (
        await createOpportunity(t, alice, { contactId: contact, inquiryId: dropped, kind: 'project', description: 'x' })
      ).id;
      await apiDelete(t, alice, `/v1/inquiries/${dropped}`);
      expect(await apiGet(t, alice, `/v1/interactions/${call}`)).toMatchObject({ inquiryId: dropped });
      expect(await apiGet(t, alice, `/v1/commitments/${promise}`)).toMatchObject({ inquiryId: dropped });
      expect(await apiGet(t, alice, `/v1/opportunities/${came}`)).toMatchObject({ inquiryId: dropped });
      // …but nothing new can be put in it.
      const res = await t
        .http()
        .post('/v1/interactions')
        .set(alice.auth)
        .send({ contactId: contact, inquiryId: dropped, kind: 'call' });
      expect(expectStrictProblem(res, 404, 'not_found').detail).toBe('Inquiry not found');
    });
  });

  describe('an interaction’s effects on other modules (domain events in the same transaction)', () => {
    let failAfterEffects = false;
    beforeAll(() => {
      // Runs after the contacts' and the snowball's handlers (subscribed at start-up): a failure
      // after the effects are written, inside the same transaction.
      t.app.get(DomainEvents).subscribe(InteractionLogged, () => {
        if (!failAfterEffects) return Promise.resolve();
        return Promise.reject(new Error('provoked failure after the effects'));
      });
    });

    async function state(inquiryId: string, contactId: string) {
      const participants = await apiGet<Page<Participant>>(t, alice, `/v1/inquiries/${inquiryId}/participants`);
      const person = await apiGet<{ lastInteractionAt: string | null }>(t, alice, `/v1/contacts/${contactId}`);
      return {
        stage: participants.data.find((p) => p.contactId === contactId)?.stage,
        lastInteractionAt: person.lastInteractionAt,
        interactions: await countOwned(t, 'interaction', alice.id),
      };
    }

    it('advances the participant’s stage and the contact’s lastInteractionAt', async () => {
      const loop = (await createInquiry(t, alice, { title: 'Effects' })).id;
      const person = (await createContact(t, alice, { name: 'Effect' })).id;
      await addParticipant(t, alice, loop, person);
      const occurredAt = '2030-01-02T03:04:05.000Z';
      await logInteraction(t, alice, { contactId: person, inquiryId: loop, kind: 'meeting', occurredAt });
      expect(await state(loop, person)).toMatchObject({ stage: 'met', lastInteractionAt: occurredAt });
    });

    it('rolls back together with the interaction when the transaction fails after them', async () => {
      const loop = (await createInquiry(t, alice, { title: 'Rollback' })).id;
      const person = (await createContact(t, alice, { name: 'Rollback' })).id;
      await addParticipant(t, alice, loop, person);
      const before = await state(loop, person);
      expect(before).toMatchObject({ stage: 'to_ask', lastInteractionAt: null });
      failAfterEffects = true;
      try {
        const res = await t
          .http()
          .post('/v1/interactions')
          .set(alice.auth)
          .send({ contactId: person, inquiryId: loop, kind: 'meeting', occurredAt: '2030-01-02T03:04:05.000Z' });
        expectStrictProblem(res, 500);
      } finally {
        failAfterEffects = false;
      }
      expect(await state(loop, person)).toEqual(before);
    });
  });
});
