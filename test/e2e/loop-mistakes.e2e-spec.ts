import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { registerUser, type TestUser } from '../factories/users.js';
import { addParticipant, createContact, createInquiry, createReflection, logInteraction } from '../support/api.js';
import { apiGet, apiPatch, type Page } from '../support/http.js';
import { distinctFieldsOf, expectProblem } from '../support/problems.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

interface Participant {
  contactId: string;
  origin: string;
  wave: number;
  stage: string;
}

describe('mistakes are refused or made visible', () => {
  let t: TestApp;
  let alice: TestUser;
  let grace: string;

  const participants = async (inquiryId: string) =>
    (await apiGet<Page<Participant>>(t, alice, `/v1/inquiries/${inquiryId}/participants`)).data;

  beforeAll(async () => {
    t = await createTestApp();
    alice = await registerUser(t);
    grace = (await createContact(t, alice, { name: 'Grace', seniority: 'senior', sameOrganization: false })).id;
  });
  afterAll(async () => {
    await t.close();
  });

  describe('an answer before its ask', () => {
    it('is refused on create, naming respondedAt', async () => {
      const res = await t.http().post('/v1/interactions').set(alice.auth).send({
        contactId: grace,
        kind: 'ask',
        occurredAt: '2025-03-05T09:00:00Z',
        respondedAt: '2025-03-04T09:00:00Z',
      });
      expect(distinctFieldsOf(expectProblem(res, 400, 'validation_failed'))).toEqual(['respondedAt']);
    });

    it('is refused on PATCH against the stored other field', async () => {
      const ask = await logInteraction(t, alice, { contactId: grace, kind: 'ask', occurredAt: '2025-03-05T09:00:00Z' });
      const early = await t
        .http()
        .patch(`/v1/interactions/${ask.id}`)
        .set(alice.auth)
        .send({ respondedAt: '2025-03-01' });
      expect(distinctFieldsOf(expectProblem(early, 400, 'validation_failed'))).toEqual(['respondedAt']);
      await apiPatch(t, alice, `/v1/interactions/${ask.id}`, {
        respondedAt: '2025-03-06T09:00:00Z',
        outcome: 'accepted',
      });
      const late = await t
        .http()
        .patch(`/v1/interactions/${ask.id}`)
        .set(alice.auth)
        .send({ occurredAt: '2025-03-07' });
      expect(distinctFieldsOf(expectProblem(late, 400, 'validation_failed'))).toEqual(['occurredAt']);
      // the same moment is fine (answered on the spot)
      await apiPatch(t, alice, `/v1/interactions/${ask.id}`, { occurredAt: '2025-03-06T09:00:00Z' });
    });
  });

  describe('a conversation in an inquiry with someone outside its snowball', () => {
    it('makes them a participant reached directly, says so, and the figures agree', async () => {
      const own = (await createInquiry(t, alice, { title: 'Direct' })).id;
      const dana = (await createContact(t, alice, { name: 'Dana', seniority: 'executive', sameOrganization: true })).id;
      const res = await t
        .http()
        .post('/v1/interactions')
        .set(alice.auth)
        .send({ contactId: dana, inquiryId: own, kind: 'meeting' });
      expect(res.status).toBe(201);
      expect((res.body as { joined: unknown[] }).joined).toEqual([
        { inquiryId: own, contactId: dana, origin: 'direct', wave: 0, stage: 'met' },
      ]);
      expect(await participants(own)).toEqual([
        expect.objectContaining({ contactId: dana, origin: 'direct', wave: 0, stage: 'met' }),
      ]);
      // a second conversation: they are a participant already
      const again = await logInteraction<{ joined: unknown[] }>(t, alice, {
        contactId: dana,
        inquiryId: own,
        kind: 'call',
      });
      expect(again.joined).toEqual([]);
      const stats = await apiGet<{
        cycles: Array<{ figures: { conversations: number; perspectivesCovered: number; newPeople: number } }>;
      }>(t, alice, `/v1/inquiries/${own}/stats`);
      expect(stats.cycles.at(-1)?.figures).toMatchObject({ conversations: 2, perspectivesCovered: 1, newPeople: 1 });
    });

    it('joins on a PATCH that moves a conversation into the inquiry', async () => {
      const own = (await createInquiry(t, alice, { title: 'Moved' })).id;
      const lee = (await createContact(t, alice, { name: 'Lee' })).id;
      const call = await logInteraction(t, alice, { contactId: lee, kind: 'call' });
      const moved = await apiPatch<{ joined: Participant[] }>(t, alice, `/v1/interactions/${call.id}`, {
        inquiryId: own,
      });
      expect(moved.joined).toEqual([expect.objectContaining({ contactId: lee, origin: 'direct', stage: 'met' })]);
    });

    it('interactions without an inquiry join nothing', async () => {
      const solo = await logInteraction<{ joined: unknown[] }>(t, alice, { contactId: grace, kind: 'meeting' });
      expect(solo.joined).toEqual([]);
    });
  });

  describe('a reflection that queues someone who declined', () => {
    it('moves them back to to_ask, keeps their history, and says who was queued, joined or not', async () => {
      const own = (await createInquiry(t, alice, { title: 'Queue' })).id;
      const said = (await createContact(t, alice, { name: 'Said no' })).id;
      const met = (await createContact(t, alice, { name: 'Met already' })).id;
      const fresh = (await createContact(t, alice, { name: 'New one' })).id;
      await addParticipant(t, alice, own, said);
      await addParticipant(t, alice, own, met);
      await logInteraction(t, alice, { contactId: said, inquiryId: own, kind: 'ask', outcome: 'declined' });
      await logInteraction(t, alice, { contactId: met, inquiryId: own, kind: 'meeting' });
      const reflection = await createReflection<{ nextContactIds: string[]; queue: unknown }>(t, alice, own, {
        learned: 'Ask again',
        nextContactIds: [said, met, fresh],
      });
      expect(reflection.queue).toEqual({
        joined: [fresh],
        queued: [{ contactId: said, previousStage: 'declined' }],
        notQueued: [{ contactId: met, stage: 'met', reason: 'already met' }],
      });
      const stages = Object.fromEntries((await participants(own)).map((p) => [p.contactId, p.stage]));
      expect(stages).toEqual({ [said]: 'to_ask', [met]: 'met', [fresh]: 'to_ask' });
      const history = await apiGet<Page<{ kind: string; outcome: string }>>(t, alice, '/v1/interactions', {
        contactId: said,
      });
      expect(history.data).toEqual([expect.objectContaining({ kind: 'ask', outcome: 'declined' })]);
    });
  });

  describe('an ask template with an unknown placeholder', () => {
    it('is refused on POST and PATCH, naming askTemplate; known placeholders are fine', async () => {
      const bad = await t
        .http()
        .post('/v1/inquiries')
        .set(alice.auth)
        .send({ title: 'x', askTemplate: 'Hi {nmae}, about {topic}' });
      const problem = expectProblem(bad, 400, 'validation_failed');
      expect(problem.errors).toEqual([{ field: 'askTemplate', message: expect.stringContaining('{nmae}') }]);
      const ok = await createInquiry(t, alice, {
        askTemplate: 'Hi {firstName}, {referrer} suggested I ask you about {topic}: {questions}',
      });
      const patched = await t.http().patch(`/v1/inquiries/${ok.id}`).set(alice.auth).send({ askTemplate: '{whoever}' });
      expect(distinctFieldsOf(expectProblem(patched, 400, 'validation_failed'))).toEqual(['askTemplate']);
    });
  });
});
