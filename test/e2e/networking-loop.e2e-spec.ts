import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { registerUser, type TestUser } from '../factories/users.js';
import * as api from '../support/api.js';
import { apiGet, expectStatus, type Page } from '../support/http.js';
import { expectProblem } from '../support/problems.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

interface Participant {
  id: string;
  contactId: string;
  origin: string;
  wave: number;
  stage: string;
}
interface Question {
  id: string;
  status: string;
  cycle: number;
  revisesId: string | null;
  text: string;
}
interface ChainStep {
  contact: { id: string; name: string };
  wave: number;
  referralId: string | null;
  reason: string | null;
}

/** The networking loop through HTTP: inquiry → questions → seeds → referrals → asks → insights → reflection. */
describe('networking loop', () => {
  let t: TestApp;
  let user: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    user = await registerUser(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const createInquiry = async (owner: TestUser = user, title = 'Predictive maintenance') =>
    (await api.createInquiry(t, owner, { title })).id;
  const createQuestion = (inquiryId: string, text: string, owner: TestUser = user) =>
    api.createQuestion<Question>(t, owner, inquiryId, { text });
  const createContact = async (name: string, extra: Record<string, unknown> = {}, owner: TestUser = user) =>
    (await api.createContact(t, owner, { name, ...extra })).id;
  const seed = (inquiryId: string, contactId: string, owner: TestUser = user) =>
    api.addParticipant<Participant>(t, owner, inquiryId, contactId);

  const postReferral = (inquiryId: string, body: Record<string, unknown>, owner: TestUser = user) =>
    t.http().post(`/v1/inquiries/${inquiryId}/referrals`).set(owner.auth).send(body);

  const refer = (inquiryId: string, referrerId: string, referredId: string, reason = 'knows the topic') =>
    api.createReferral<{ id: string; wave: number; referredId: string }>(t, user, inquiryId, {
      referrerId,
      referredId,
      reason,
    });
  const logInteraction = (body: Record<string, unknown>, owner: TestUser = user) => api.logInteraction(t, owner, body);

  async function participants(inquiryId: string): Promise<Map<string, Participant>> {
    const page = await apiGet<Page<Participant>>(t, user, `/v1/inquiries/${inquiryId}/participants`, { limit: 100 });
    return new Map(page.data.map((p) => [p.contactId, p]));
  }

  async function participant(inquiryId: string, contactId: string): Promise<Participant | undefined> {
    return (await participants(inquiryId)).get(contactId);
  }

  const questions = async (inquiryId: string) =>
    (await apiGet<Page<Question>>(t, user, `/v1/inquiries/${inquiryId}/questions`, { limit: 100 })).data;
  const getInquiry = (inquiryId: string) =>
    apiGet<{ currentCycle: number; status: string }>(t, user, `/v1/inquiries/${inquiryId}`);

  /** An inquiry with a seed S. */
  async function withSeed() {
    const inquiryId = await createInquiry();
    const s = await createContact('Seed');
    await seed(inquiryId, s);
    return { inquiryId, s };
  }

  describe('the whole loop', () => {
    it('runs from an inquiry through three waves, asks, meetings, insights and a reflection into cycle 2', async () => {
      // Inquiry and two questions (cycle 1).
      const inquiryId = await createInquiry(user, 'How do plants adopt predictive maintenance?');
      expect((await getInquiry(inquiryId)).currentCycle).toBe(1);
      const q1 = await createQuestion(inquiryId, 'What makes it stick on the shop floor?');
      const q2 = await createQuestion(inquiryId, 'Who pays for the sensors?');
      expect(q1).toEqual(expect.objectContaining({ status: 'open', cycle: 1, revisesId: null }));

      // Contacts, each a distinct perspective (seniority × inside/outside).
      const s = await createContact('Sam Seed', { seniority: 'senior', sameOrganization: false });
      const a = await createContact('Alice Wave1', { seniority: 'peer', sameOrganization: true });
      const b = await createContact('Bob Wave2', { seniority: 'senior', sameOrganization: false });
      const d = await createContact('Dana Next');

      // Seed.
      const seeded = await seed(inquiryId, s);
      expect(seeded).toEqual(
        expect.objectContaining({ inquiryId, contactId: s, origin: 'seed', wave: 0, stage: 'to_ask' }),
      );

      // Referrals over three waves; the third wave is a new contact created inline.
      const r1 = await refer(inquiryId, s, a, 'ran the pilot in Lyon');
      expect(r1.wave).toBe(1);
      const r2 = await refer(inquiryId, a, b, 'owns the maintenance budget');
      expect(r2.wave).toBe(2);
      const r3res = await postReferral(inquiryId, {
        referrerId: b,
        referred: { name: 'Carol Wave3', seniority: 'executive', sameOrganization: true },
        reason: 'signed the vendor contract',
      });
      expectStatus(r3res, 201);
      const r3 = r3res.body as { referredId: string; wave: number };
      expect(r3.wave).toBe(3);
      const c = r3.referredId;
      const carol = await t.http().get(`/v1/contacts/${c}`).set(user.auth);
      expectStatus(carol, 200);
      expect((carol.body as { name: string }).name).toBe('Carol Wave3');

      let people = await participants(inquiryId);
      expect(people.get(a)).toEqual(expect.objectContaining({ origin: 'referral', wave: 1, stage: 'suggested' }));
      expect(people.get(b)).toEqual(expect.objectContaining({ origin: 'referral', wave: 2, stage: 'suggested' }));
      expect(people.get(c)).toEqual(expect.objectContaining({ origin: 'referral', wave: 3, stage: 'suggested' }));

      // Asks and meetings move stages forward.
      await logInteraction({ contactId: s, inquiryId, kind: 'ask' });
      expect((await participant(inquiryId, s))?.stage).toBe('asked');
      await logInteraction({ contactId: s, inquiryId, kind: 'ask', outcome: 'accepted' });
      expect((await participant(inquiryId, s))?.stage).toBe('accepted');
      const meetingS = await logInteraction({ contactId: s, inquiryId, kind: 'meeting', durationMinutes: 45 });
      expect((await participant(inquiryId, s))?.stage).toBe('met');
      await logInteraction({ contactId: s, inquiryId, kind: 'ask' });
      expect((await participant(inquiryId, s))?.stage).toBe('met'); // never backwards
      await logInteraction({ contactId: s, inquiryId, kind: 'thank_you' });
      expect((await participant(inquiryId, s))?.stage).toBe('thanked');

      await logInteraction({ contactId: a, inquiryId, kind: 'ask', outcome: 'accepted' });
      expect((await participant(inquiryId, a))?.stage).toBe('accepted');
      await logInteraction({ contactId: a, inquiryId, kind: 'meeting' });
      await logInteraction({ contactId: b, inquiryId, kind: 'call' });
      people = await participants(inquiryId);
      expect(people.get(a)?.stage).toBe('met');
      expect(people.get(b)?.stage).toBe('met');
      expect(people.get(c)?.stage).toBe('suggested');

      // Insights: themes are normalised.
      const insightRes = await t
        .http()
        .post('/v1/insights')
        .set(user.auth)
        .send({
          inquiryId,
          contactId: s,
          interactionId: meetingS.id,
          questionIds: [q1.id],
          text: 'Operators trust alerts only after a month of shadowing',
          kind: 'perspective',
          themes: [' Cost ', 'cost'],
        });
      expectStatus(insightRes, 201);
      expect((insightRes.body as { themes: string[] }).themes).toEqual(['cost']);
      expect((insightRes.body as { questionIds: string[] }).questionIds).toEqual([q1.id]);
      const second = await t
        .http()
        .post('/v1/insights')
        .set(user.auth)
        .send({ inquiryId, contactId: a, text: 'Budgets sit with finance, not maintenance', kind: 'fact' });
      expectStatus(second, 201);

      // Reflection closes cycle 1.
      const reflectionRes = await t
        .http()
        .post(`/v1/inquiries/${inquiryId}/reflections`)
        .set(user.auth)
        .send({
          learned: 'Adoption is about trust, and the budget lives elsewhere.',
          questionChanges: [
            { action: 'revise', questionId: q1.id, text: 'What builds operator trust in alerts?' },
            { action: 'retire', questionId: q2.id },
            { action: 'add', text: 'Who in finance decides?' },
          ],
          nextContactIds: [d, c],
        });
      expectStatus(reflectionRes, 201);
      const reflection = reflectionRes.body as { cycle: number; figures: Record<string, number> };
      expect(reflection.cycle).toBe(1);
      // conversations: meeting S, meeting A, call B (asks and thank-yous are not conversations) = 3;
      // insights: 2; newPeople: S, A, B, C = 4 (D joins with the reflection, in cycle 2);
      // referrals: 3; perspectives among S (senior/outside), A (peer/inside), B (senior/outside) = 2.
      expect(reflection.figures).toEqual({
        conversations: 3,
        insights: 2,
        newPeople: 4,
        referrals: 3,
        perspectivesCovered: 2,
      });

      expect((await getInquiry(inquiryId)).currentCycle).toBe(2);
      const all = await questions(inquiryId);
      const byId = new Map(all.map((q) => [q.id, q]));
      expect(byId.get(q1.id)?.status).toBe('revised');
      expect(byId.get(q2.id)?.status).toBe('retired');
      const revision = all.find((q) => q.revisesId === q1.id);
      expect(revision).toEqual(
        expect.objectContaining({ text: 'What builds operator trust in alerts?', cycle: 2, status: 'open' }),
      );
      const added = all.find((q) => q.text === 'Who in finance decides?');
      expect(added).toEqual(expect.objectContaining({ cycle: 2, revisesId: null, status: 'open' }));
      expect(all).toHaveLength(4);

      people = await participants(inquiryId);
      expect(people.get(d)).toEqual(expect.objectContaining({ stage: 'to_ask', origin: 'seed', wave: 0 }));
      expect(people.get(c)).toEqual(expect.objectContaining({ stage: 'to_ask', wave: 3 }));
      expect(people.get(s)?.stage).toBe('thanked');

      // The chain to Carol: seed → Alice → Bob → Carol, with the reasons.
      const chainRes = await t.http().get(`/v1/inquiries/${inquiryId}/participants/${c}/chain`).set(user.auth);
      expectStatus(chainRes, 200);
      const path = (chainRes.body as { path: ChainStep[] }).path;
      expect(path.map((step) => [step.contact.id, step.wave, step.reason])).toEqual([
        [s, 0, null],
        [a, 1, 'ran the pilot in Lyon'],
        [b, 2, 'owns the maintenance budget'],
        [c, 3, 'signed the vendor contract'],
      ]);
      expect(path[0].referralId).toBeNull();
      expect(path[1].referralId).toBe(r1.id);
    });
  });

  describe('referral rules', () => {
    it('refuses a referrer who is not a participant with 422, and creates nothing', async () => {
      const { inquiryId } = await withSeed();
      const outsider = await createContact('Outsider');
      const target = await createContact('Target');
      expectProblem(
        await postReferral(inquiryId, { referrerId: outsider, referredId: target }),
        422,
        'referrer_not_participant',
      );
      expect(await participant(inquiryId, target)).toBeUndefined();
    });

    it('refuses a self-referral with 422', async () => {
      const { inquiryId, s } = await withSeed();
      expectProblem(await postReferral(inquiryId, { referrerId: s, referredId: s }), 422, 'self_referral');
    });

    it('refuses the same edge twice with 409', async () => {
      const { inquiryId, s } = await withSeed();
      const a = await createContact('A');
      await refer(inquiryId, s, a);
      expectProblem(await postReferral(inquiryId, { referrerId: s, referredId: a }), 409, 'referral_duplicate');
      const rows = await t.sql(`SELECT id FROM referral WHERE inquiry_id = $1 AND deleted_at IS NULL`, [inquiryId]);
      expect(rows).toHaveLength(1);
    });

    it('refuses an edge that would close a cycle (A→B, B→C, then C→A) with 409', async () => {
      const { inquiryId, s } = await withSeed();
      const a = await createContact('A');
      const b = await createContact('B');
      const c = await createContact('C');
      await refer(inquiryId, s, a);
      await refer(inquiryId, a, b);
      await refer(inquiryId, b, c);
      expectProblem(await postReferral(inquiryId, { referrerId: c, referredId: a }), 409, 'referral_cycle');
      expectProblem(await postReferral(inquiryId, { referrerId: c, referredId: s }), 409, 'referral_cycle');
      const rows = await t.sql(`SELECT id FROM referral WHERE inquiry_id = $1 AND deleted_at IS NULL`, [inquiryId]);
      expect(rows).toHaveLength(3);
    });

    it('wants exactly one of referredId and referred (400 for both or neither)', async () => {
      const { inquiryId, s } = await withSeed();
      const a = await createContact('A');
      expectStatus(
        await postReferral(inquiryId, { referrerId: s, referredId: a, referred: { name: 'Also new' } }),
        400,
      );
      expectStatus(await postReferral(inquiryId, { referrerId: s, reason: 'nobody' }), 400);
      const rows = await t.sql(`SELECT id FROM contact WHERE owner_id = $1 AND name = 'Also new'`, [user.id]);
      expect(rows).toHaveLength(0);
    });

    it('keeps the wave at the minimum over referrers, and raises it back when the shortcut is deleted', async () => {
      const { inquiryId, s } = await withSeed();
      const a = await createContact('A');
      const b = await createContact('B');
      const c = await createContact('C');
      await refer(inquiryId, s, a);
      await refer(inquiryId, a, b);
      expect((await refer(inquiryId, b, c)).wave).toBe(3);
      const shortcut = await refer(inquiryId, s, c);
      expect(shortcut.wave).toBe(1);
      expect((await participant(inquiryId, c))?.wave).toBe(1);

      const del = await t.http().delete(`/v1/inquiries/${inquiryId}/referrals/${shortcut.id}`).set(user.auth);
      expectStatus(del, 204);
      expect((await participant(inquiryId, c))?.wave).toBe(3);
      const chain = await t.http().get(`/v1/inquiries/${inquiryId}/participants/${c}/chain`).set(user.auth);
      expect((chain.body as { path: ChainStep[] }).path.map((step) => step.contact.id)).toEqual([s, a, b, c]);
    });

    it('removes an orphan still at stage suggested when its only referral is deleted', async () => {
      const { inquiryId, s } = await withSeed();
      const a = await createContact('A');
      const b = await createContact('B');
      await refer(inquiryId, s, a);
      const edge = await refer(inquiryId, a, b);
      expectStatus(await t.http().delete(`/v1/inquiries/${inquiryId}/referrals/${edge.id}`).set(user.auth), 204);
      const people = await participants(inquiryId);
      expect(people.has(b)).toBe(false);
      expect(people.get(a)?.wave).toBe(1);
      // The contact itself is untouched.
      expectStatus(await t.http().get(`/v1/contacts/${b}`).set(user.auth), 200);
    });

    it('turns an orphan who was already asked into a seed (wave 0)', async () => {
      const { inquiryId, s } = await withSeed();
      const a = await createContact('A');
      const b = await createContact('B');
      await refer(inquiryId, s, a);
      const edge = await refer(inquiryId, a, b);
      await logInteraction({ contactId: b, inquiryId, kind: 'ask' });
      expectStatus(await t.http().delete(`/v1/inquiries/${inquiryId}/referrals/${edge.id}`).set(user.auth), 204);
      expect(await participant(inquiryId, b)).toEqual(
        expect.objectContaining({ origin: 'seed', wave: 0, stage: 'asked' }),
      );
    });
  });

  describe('concurrency', () => {
    it('never lets two opposite referrals racing each other both succeed (one 201, one 409)', async () => {
      const inquiryId = await createInquiry();
      for (let round = 0; round < 6; round++) {
        const a = await createContact(`Race A${round}`);
        const b = await createContact(`Race B${round}`);
        await seed(inquiryId, a);
        await seed(inquiryId, b);
        const results = await Promise.all([
          postReferral(inquiryId, { referrerId: a, referredId: b }),
          postReferral(inquiryId, { referrerId: b, referredId: a }),
        ]);
        expect(results.map((res) => res.status).sort()).toEqual([201, 409]);
        const rows = await t.sql(
          `SELECT id FROM referral WHERE inquiry_id = $1 AND deleted_at IS NULL AND referrer_id = ANY($2::uuid[])`,
          [inquiryId, [a, b]],
        );
        expect(rows).toHaveLength(1);
      }
    });
    it('never lets two racing referrals close a three-node cycle (A→B exists; B→C and C→A race)', async () => {
      const inquiryId = await createInquiry();
      for (let round = 0; round < 4; round++) {
        const [x, y, z] = [
          await createContact(`Tri X${round}`),
          await createContact(`Tri Y${round}`),
          await createContact(`Tri Z${round}`),
        ];
        for (const contactId of [x, y, z]) await seed(inquiryId, contactId);
        await refer(inquiryId, x, y);
        const results = await Promise.all([
          postReferral(inquiryId, { referrerId: y, referredId: z }),
          postReferral(inquiryId, { referrerId: z, referredId: x }),
        ]);
        expect(results.map((res) => res.status).sort()).toEqual([201, 409]);
      }
    });
  });

  describe('lastInteractionAt', () => {
    const lastOf = async (contactId: string) => {
      const res = await t.http().get(`/v1/contacts/${contactId}`).set(user.auth);
      expectStatus(res, 200);
      const value = (res.body as { lastInteractionAt: string | null }).lastInteractionAt;
      return value === null ? null : new Date(value).toISOString();
    };

    it('is set by logging, not lowered by a back-dated entry, and falls back when the latest is deleted', async () => {
      const contactId = await createContact('Timeline');
      expect(await lastOf(contactId)).toBeNull();
      const may = '2024-05-01T10:00:00.000Z';
      await logInteraction({ contactId, kind: 'message', occurredAt: may });
      expect(await lastOf(contactId)).toBe(may);
      await logInteraction({ contactId, kind: 'call', occurredAt: '2024-01-15T09:00:00.000Z' });
      expect(await lastOf(contactId)).toBe(may);
      const june = '2024-06-20T16:30:00.000Z';
      const latest = await logInteraction({ contactId, kind: 'meeting', occurredAt: june });
      expect(await lastOf(contactId)).toBe(june);
      expectStatus(await t.http().delete(`/v1/interactions/${latest.id}`).set(user.auth), 204);
      expect(await lastOf(contactId)).toBe(may);
    });
  });

  describe('insight references and filters', () => {
    let other: TestUser;
    let inquiryId: string;
    let otherInquiryId: string;
    let contactId: string;
    let q1: Question;
    let q2: Question;
    let interactionId: string;
    let insightIds: Record<string, string>;

    beforeAll(async () => {
      other = await registerUser(t);
      inquiryId = await createInquiry();
      otherInquiryId = await createInquiry(user, 'Another inquiry');
      contactId = await createContact('Source');
      q1 = await createQuestion(inquiryId, 'Question one');
      q2 = await createQuestion(inquiryId, 'Question two');
      interactionId = (await logInteraction({ contactId, inquiryId, kind: 'meeting' })).id;
      insightIds = {};
      const make = async (key: string, body: Record<string, unknown>) => {
        const res = await t
          .http()
          .post('/v1/insights')
          .set(user.auth)
          .send({ inquiryId, ...body });
        expectStatus(res, 201);
        insightIds[key] = (res.body as { id: string }).id;
      };
      await make('costly', {
        text: 'Sensors are cheap but integration is expensive',
        kind: 'fact',
        themes: ['Cost', 'Integration'],
        questionIds: [q1.id],
      });
      await make('trust', {
        text: 'Technicians ignore alerts they did not help tune',
        kind: 'perspective',
        themes: ['trust'],
        questionIds: [q2.id],
        contactId,
        interactionId,
      });
      await make('risk', { text: 'Vendor lock-in worries procurement', kind: 'risk', themes: ['cost'] });
    });

    const post = (body: Record<string, unknown>) =>
      t
        .http()
        .post('/v1/insights')
        .set(user.auth)
        .send({ inquiryId, text: 'x', kind: 'fact', ...body });

    it("answers 404 for another user's contact, interaction or question, and stores nothing", async () => {
      const theirInquiry = await createInquiry(other, 'Theirs');
      const theirContact = await createContact('Theirs', {}, other);
      const theirQuestion = await createQuestion(theirInquiry, 'Their question', other);
      const theirInteraction = await logInteraction(
        { contactId: theirContact, inquiryId: theirInquiry, kind: 'meeting' },
        other,
      );
      expectStatus(await post({ contactId: theirContact }), 404);
      expectStatus(await post({ interactionId: theirInteraction.id }), 404);
      expectStatus(await post({ questionIds: [theirQuestion.id] }), 404);
      expectStatus(await post({ inquiryId: theirInquiry }), 404);
      const rows = await t.sql(`SELECT id FROM insight WHERE owner_id = $1 AND inquiry_id = $2`, [user.id, inquiryId]);
      expect(rows).toHaveLength(3);
      expect(await t.sql(`SELECT id FROM insight WHERE owner_id = $1`, [other.id])).toHaveLength(0);
    });

    it('answers 422 for a question or an interaction of another inquiry', async () => {
      const foreignQuestion = await createQuestion(otherInquiryId, 'Elsewhere');
      const foreignInteraction = await logInteraction({ contactId, inquiryId: otherInquiryId, kind: 'call' });
      expectProblem(await post({ questionIds: [foreignQuestion.id] }), 422, 'question_of_other_inquiry');
      expectProblem(await post({ interactionId: foreignInteraction.id }), 422, 'interaction_of_other_inquiry');
      expectProblem(await post({ questionIds: [q1.id, foreignQuestion.id] }), 422, 'question_of_other_inquiry');
    });

    const ids = async (query: Record<string, string>) => {
      const res = await t
        .http()
        .get('/v1/insights')
        .query({ inquiryId, limit: 100, ...query })
        .set(user.auth);
      expectStatus(res, 200);
      return (res.body as { data: Array<{ id: string }> }).data.map((row) => row.id).sort();
    };

    it('filters by theme (case-insensitive), question, kind and full text', async () => {
      expect(await ids({ theme: 'cost' })).toEqual([insightIds.costly, insightIds.risk].sort());
      expect(await ids({ theme: ' COST ' })).toEqual([insightIds.costly, insightIds.risk].sort());
      expect(await ids({ theme: 'trust' })).toEqual([insightIds.trust]);
      expect(await ids({ questionId: q1.id })).toEqual([insightIds.costly]);
      expect(await ids({ questionId: q2.id })).toEqual([insightIds.trust]);
      expect(await ids({ kind: 'risk' })).toEqual([insightIds.risk]);
      expect(await ids({ q: 'alerts' })).toEqual([insightIds.trust]);
      expect(await ids({ q: 'integration expensive' })).toEqual([insightIds.costly]);
      expect(await ids({ q: 'integration procurement' })).toEqual([]);
      expect(await ids({ theme: 'cost', kind: 'fact' })).toEqual([insightIds.costly]);
    });
  });

  describe('reflection on a concluded inquiry', () => {
    it('answers 409 and leaves currentCycle unchanged', async () => {
      const inquiryId = await createInquiry();
      const q = await createQuestion(inquiryId, 'Still open?');
      const patch = await t.http().patch(`/v1/inquiries/${inquiryId}`).set(user.auth).send({ status: 'concluded' });
      expectStatus(patch, 200);
      const res = await t
        .http()
        .post(`/v1/inquiries/${inquiryId}/reflections`)
        .set(user.auth)
        .send({ learned: 'Too late', questionChanges: [{ action: 'retire', questionId: q.id }] });
      expectProblem(res, 409, 'inquiry_concluded');
      const inquiry = await getInquiry(inquiryId);
      expect(inquiry).toEqual(expect.objectContaining({ currentCycle: 1, status: 'concluded' }));
      expect((await questions(inquiryId)).map((question) => question.status)).toEqual(['open']);
      const list = await t.http().get(`/v1/inquiries/${inquiryId}/reflections`).set(user.auth);
      expect((list.body as { data: unknown[] }).data).toHaveLength(0);
    });
  });
});
