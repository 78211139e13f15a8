import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { registerUser, type TestUser } from '../factories/users.js';
import {
  addParticipant,
  createContact,
  createInquiry,
  createInsight,
  createQuestion,
  createReferral,
} from '../support/api.js';
import { apiGet, apiPatch } from '../support/http.js';
import { expectProblem } from '../support/problems.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

interface AskDraft {
  text: string;
  template: string;
  usedDefault: boolean;
  parts: {
    firstName: string;
    name: string;
    referrer: string | null;
    referrerId: string | null;
    reason: string | null;
    topic: string;
    questions: Array<{ id: string; text: string }>;
  };
}

const TEMPLATE = 'Dear {firstName} ({name}): {referrer} said "{reason}". About {topic}:\n{questions}';

describe('GET /v1/inquiries/:id/participants/:contactId/ask-draft', () => {
  let t: TestApp;
  let alice: TestUser;
  let bob: TestUser;
  let templated: string;
  let plain: string;
  let maria: string;
  let jamal: string;
  let ivy: string;
  let stranger: string;
  const q: string[] = [];

  const draft = (inquiryId: string, contactId: string) =>
    apiGet<AskDraft>(t, alice, `/v1/inquiries/${inquiryId}/participants/${contactId}/ask-draft`);

  beforeAll(async () => {
    t = await createTestApp();
    alice = await registerUser(t);
    bob = await registerUser(t);
    maria = (await createContact(t, alice, { name: 'Maria Lopez', seniority: 'senior', sameOrganization: true })).id;
    jamal = (await createContact(t, alice, { name: 'Jamal Hughes', seniority: 'peer', sameOrganization: true })).id;
    ivy = (await createContact(t, alice, { name: 'Ivy Chen', seniority: 'junior', sameOrganization: false })).id;
    // Not a participant: her insight gives the junior-outside perspective on the first question.
    const olga = (await createContact(t, alice, { name: 'Olga', seniority: 'junior', sameOrganization: false })).id;
    stranger = (await createContact(t, alice, { name: 'Sam Stranger' })).id;

    templated = (await createInquiry(t, alice, { title: 'Predictive maintenance', askTemplate: TEMPLATE })).id;
    for (const text of ['Who pays?', 'Who decides?', 'What failed?', 'What next?']) {
      q.push((await createQuestion(t, alice, templated, { text })).id);
    }
    const answered = (await createQuestion(t, alice, templated, { text: 'Answered already' })).id;
    await apiPatch(t, alice, `/v1/questions/${answered}`, { status: 'answered' });
    await createInsight(t, alice, {
      inquiryId: templated,
      contactId: olga,
      questionIds: [q[0]],
      text: 'x',
      kind: 'fact',
    });

    plain = (await createInquiry(t, alice, { title: 'Digital twins' })).id;
    for (const inquiryId of [templated, plain]) {
      await addParticipant(t, alice, inquiryId, maria);
      await addParticipant(t, alice, inquiryId, jamal);
      await createReferral(t, alice, inquiryId, { referrerId: maria, referredId: ivy, reason: 'runs the PMO' });
      // A later referral of the same person: the earliest one names the referrer.
      await createReferral(t, alice, inquiryId, { referrerId: jamal, referredId: ivy, reason: 'knows the plants' });
    }
  });
  afterAll(async () => {
    await t.close();
  });

  it('fills the template for a referred participant with the earliest referral', async () => {
    const ask = await draft(templated, ivy);
    expect(ask.usedDefault).toBe(false);
    expect(ask.template).toBe(TEMPLATE);
    expect(ask.parts).toMatchObject({
      firstName: 'Ivy',
      name: 'Ivy Chen',
      referrer: 'Maria Lopez',
      referrerId: maria,
      reason: 'runs the PMO',
      topic: 'Predictive maintenance',
    });
    expect(ask.text).toBe(
      'Dear Ivy (Ivy Chen): Maria Lopez said "runs the PMO". About Predictive maintenance:\n' +
        '- Who decides?\n- What failed?\n- What next?',
    );
  });

  it('chooses at most 3 open questions, those not yet heard from this perspective first', async () => {
    // Ivy (junior, outside): Olga already spoke to "Who pays?" from that perspective.
    expect((await draft(templated, ivy)).parts.questions.map((question) => question.id)).toEqual([q[1], q[2], q[3]]);
    // Maria (senior, inside): nobody has, so the oldest three; the answered question never.
    expect((await draft(templated, maria)).parts.questions).toEqual([
      { id: q[0], text: 'Who pays?' },
      { id: q[1], text: 'Who decides?' },
      { id: q[2], text: 'What failed?' },
    ]);
  });

  it('fills a seed with no referrer: the referrer and reason are empty', async () => {
    const ask = await draft(templated, maria);
    expect(ask.parts).toMatchObject({ referrer: null, referrerId: null, reason: null, firstName: 'Maria' });
    expect(ask.text.startsWith('Dear Maria (Maria Lopez):  said "". About')).toBe(true);
  });

  it('uses the default wording with the referrer when the inquiry has no template', async () => {
    const ask = await draft(plain, ivy);
    expect(ask.usedDefault).toBe(true);
    expect(ask.parts.questions).toEqual([]);
    expect(ask.text).toBe(
      'Hi Ivy,\n\nMaria Lopez suggested I talk to you about Digital twins ("runs the PMO").\n\n' +
        'Would you have 20 minutes for a call or a coffee in the coming weeks?\n\nThank you!',
    );
    expect(ask.text).not.toMatch(/[{}]/);
  });

  it('uses the default wording without a referrer for a seed', async () => {
    const ask = await draft(plain, maria);
    expect(ask.usedDefault).toBe(true);
    expect(ask.text).toContain("Hi Maria,\n\nI'm exploring Digital twins and would value your perspective.");
    expect(ask.text).not.toContain('suggested');
  });

  it('lists the questions in the default when there are some', async () => {
    await apiPatch(t, alice, `/v1/inquiries/${templated}`, { askTemplate: null });
    const ask = await draft(templated, maria);
    expect(ask.usedDefault).toBe(true);
    expect(ask.text).toContain('In particular, I am curious about:\n- Who pays?\n- Who decides?\n- What failed?');
    await apiPatch(t, alice, `/v1/inquiries/${templated}`, { askTemplate: TEMPLATE });
  });

  it("is a 404 for another user's inquiry", async () => {
    const res = await t.http().get(`/v1/inquiries/${templated}/participants/${ivy}/ask-draft`).set(bob.auth);
    expectProblem(res, 404, 'not_found');
  });

  it('is a 404 for a contact who is not a participant', async () => {
    const res = await t.http().get(`/v1/inquiries/${templated}/participants/${stranger}/ask-draft`).set(alice.auth);
    expectProblem(res, 404, 'not_found');
  });
});
