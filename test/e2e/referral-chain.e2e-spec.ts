import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { registerUser, type TestUser } from '../factories/users.js';
import * as api from '../support/api.js';
import { apiDelete, apiGet } from '../support/http.js';
import { expectProblem } from '../support/problems.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

interface ChainStep {
  contact: { id: string; name: string; organization: string | null; title: string | null };
  wave: number;
  referralId: string | null;
  reason: string | null;
}
interface Chain {
  path: ChainStep[];
  paths: ChainStep[][];
}

/**
 * `GET /v1/inquiries/:id/participants/:contactId/chain` answers from one statement (the inquiry's and
 * the participant's checks beside the chain): each check keeps its own 404.
 */
describe('referral chain: checks and answer in one statement', () => {
  let t: TestApp;
  let user: TestUser;
  let other: TestUser;
  let inquiryId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    [user, other] = [await registerUser(t), await registerUser(t)];
    inquiryId = (await api.createInquiry(t, user)).id;
    for (const [key, name, organization] of [
      ['ada', 'Ada Seed', 'Acme'],
      ['bo', 'Bo Middle', null],
      ['cy', 'Cy Deep', 'Initech'],
      ['dee', 'Dee Outsider', null],
    ] as const) {
      ids[key] = (await api.createContact(t, user, { name, ...(organization ? { organization } : {}) })).id;
    }
    await api.addParticipant(t, user, inquiryId, ids.ada);
    ids.adaToBo = (
      await api.createReferral(t, user, inquiryId, {
        referrerId: ids.ada,
        referredId: ids.bo,
        reason: 'runs the plant',
      })
    ).id;
    ids.boToCy = (
      await api.createReferral(t, user, inquiryId, { referrerId: ids.bo, referredId: ids.cy, reason: 'did the pilot' })
    ).id;
  });
  afterAll(async () => {
    await t.close();
  });

  const chainOf = (contactId: string, inquiry = inquiryId, owner = user) =>
    t.http().get(`/v1/inquiries/${inquiry}/participants/${contactId}/chain`).set(owner.auth);

  it('walks from the seed to a wave-2 participant, each step with its referral and reason', async () => {
    const chain = await apiGet<Chain>(t, user, `/v1/inquiries/${inquiryId}/participants/${ids.cy}/chain`);
    expect(chain.path).toEqual([
      {
        contact: { id: ids.ada, name: 'Ada Seed', organization: 'Acme', title: null },
        wave: 0,
        referralId: null,
        reason: null,
      },
      {
        contact: { id: ids.bo, name: 'Bo Middle', organization: null, title: null },
        wave: 1,
        referralId: ids.adaToBo,
        reason: 'runs the plant',
      },
      {
        contact: { id: ids.cy, name: 'Cy Deep', organization: 'Initech', title: null },
        wave: 2,
        referralId: ids.boToCy,
        reason: 'did the pilot',
      },
    ]);
    expect(chain.paths).toEqual([chain.path]);
  });

  it("a seed's chain is the seed alone", async () => {
    const chain = await apiGet<Chain>(t, user, `/v1/inquiries/${inquiryId}/participants/${ids.ada}/chain`);
    expect(chain.path.map((step) => [step.contact.id, step.wave, step.referralId])).toEqual([[ids.ada, 0, null]]);
  });

  it('a referral answers with the wave of the person referred: a new contact one past the referrer, a participant its lowered wave', async () => {
    const made = await api.createReferral<{ referredId: string; wave: number }>(t, user, inquiryId, {
      referrerId: ids.cy,
      referred: { name: 'Eve Newcomer' },
    });
    expect(made.wave).toBe(3);
    expect(
      (await apiGet<Chain>(t, user, `/v1/inquiries/${inquiryId}/participants/${made.referredId}/chain`)).path.map(
        (step) => step.wave,
      ),
    ).toEqual([0, 1, 2, 3]);
    const lowered = await api.createReferral<{ wave: number }>(t, user, inquiryId, {
      referrerId: ids.ada,
      referredId: made.referredId,
    });
    expect(lowered.wave).toBe(1);
  });

  it('an unknown inquiry, or another user’s, is a 404 that names the inquiry', async () => {
    expect(expectProblem(await chainOf(ids.cy, randomUUID()), 404, 'not_found').detail).toBe('Inquiry not found');
    expect(expectProblem(await chainOf(ids.cy, inquiryId, other), 404, 'not_found').detail).toBe('Inquiry not found');
  });

  it('a contact who is not a participant, or an unknown id, is a 404 that names the participant', async () => {
    expect(expectProblem(await chainOf(ids.dee), 404, 'not_found').detail).toBe('Participant not found');
    expect(expectProblem(await chainOf(randomUUID()), 404, 'not_found').detail).toBe('Participant not found');
  });

  it('a deleted contact is no longer a participant to chain to', async () => {
    const inquiry = (await api.createInquiry(t, user, { title: 'Deleted contact' })).id;
    const seed = (await api.createContact(t, user, { name: 'Gone Seed' })).id;
    await api.addParticipant(t, user, inquiry, seed);
    expect((await chainOf(seed, inquiry)).status).toBe(200);
    await apiDelete(t, user, `/v1/contacts/${seed}`);
    expect(expectProblem(await chainOf(seed, inquiry), 404, 'not_found').detail).toBe('Participant not found');
  });

  it('a deleted inquiry is a 404 for the inquiry, before any participant check', async () => {
    const inquiry = (await api.createInquiry(t, user, { title: 'Deleted inquiry' })).id;
    const seed = (await api.createContact(t, user, { name: 'Seed Of A Deleted Inquiry' })).id;
    await api.addParticipant(t, user, inquiry, seed);
    await apiDelete(t, user, `/v1/inquiries/${inquiry}`);
    expect(expectProblem(await chainOf(seed, inquiry), 404, 'not_found').detail).toBe('Inquiry not found');
  });
});
