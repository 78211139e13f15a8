import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'supertest';
import { ERROR_TABLE, ErrorCode } from '../../src/common/errors/error-codes.js';
import { GraphvizRenderer, RENDER_TIMEOUT_MS } from '../../src/modules/network/graphviz.renderer.js';
import { registerAdmin, registerUser, type TestUser } from '../factories/users.js';
import * as api from '../support/api.js';
import { apiPatch } from '../support/http.js';
import { expectStrictProblem } from '../support/problems.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Each domain failure answers with its own code, so that clients can switch on `code`: every case
 * below is the request that causes one, through HTTP, asserting status and code (and, as for every
 * error, a clean problem+json without SQL or constraint names).
 */
describe('error codes', () => {
  let t: TestApp;
  let user: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    user = await registerUser(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const inquiry = async () => (await api.createInquiry(t, user)).id;
  const contact = async (name: string) => (await api.createContact(t, user, { name })).id;
  /** An inquiry with one seed participant. */
  const seeded = async () => {
    const inquiryId = await inquiry();
    const seed = await contact('Seed');
    await api.addParticipant(t, user, inquiryId, seed);
    return { inquiryId, seed };
  };
  const post = (path: string, body: object, as: TestUser = user) => t.http().post(path).set(as.auth).send(body);
  const patch = (path: string, body: object, as: TestUser = user) => t.http().patch(path).set(as.auth).send(body);
  const postReferral = (inquiryId: string, body: object) => post(`/v1/inquiries/${inquiryId}/referrals`, body);
  const question = async (inquiryId: string, text: string, revisesId?: string) =>
    (await api.createQuestion(t, user, inquiryId, revisesId ? { text, revisesId } : { text })).id;
  /** `count` seed participants written straight into the database (a large network, fast). */
  const crowd = async (inquiryId: string, count: number) => {
    await t.sql(
      `WITH people AS (
         INSERT INTO contact (owner_id, name) SELECT $1, 'Person ' || i FROM generate_series(1, $3::int) AS i RETURNING id
       )
       INSERT INTO participant (owner_id, inquiry_id, contact_id, origin, wave, stage)
       SELECT $1, $2, id, 'seed', 0, 'to_ask' FROM people`,
      [user.id, inquiryId, count],
    );
  };

  /** The request that causes each code. */
  const CASES: Partial<Record<ErrorCode, () => Promise<Response>>> = {
    [ErrorCode.AccountNotEmpty]: async () => {
      await contact('Already here');
      const sections = ['contacts', 'inquiries', 'questions', 'interactions', 'participants', 'referrals'];
      const more = ['insights', 'reflections', 'commitments', 'opportunities'];
      const empty = Object.fromEntries([...sections, ...more].map((name) => [name, []]));
      return post('/v1/me/import', { format: 'snowball-export', version: 1, ...empty });
    },
    [ErrorCode.ContactExists]: async () => {
      await post('/v1/contacts', { name: 'Taken', email: 'taken-by-a-contact@example.com' });
      return post('/v1/contacts', { name: 'Second', email: 'taken-by-a-contact@example.com' });
    },
    [ErrorCode.ImportUnreadable]: () =>
      t.http().post('/v1/contacts/import').set(user.auth).set('Content-Type', 'text/csv').send('a,b\n1,2\n'),
    [ErrorCode.ImportTooManyRows]: () =>
      t
        .http()
        .post('/v1/contacts/import')
        .set(user.auth)
        .set('Content-Type', 'text/csv')
        .send(
          ['First Name,Last Name,Company,Position', ...Array.from({ length: 50_001 }, (_, i) => `P,${i},,`)].join('\n'),
        ),
    [ErrorCode.ParticipantExists]: async () => {
      const { inquiryId, seed } = await seeded();
      return post(`/v1/inquiries/${inquiryId}/participants`, { contactId: seed });
    },
    [ErrorCode.ReferralDuplicate]: async () => {
      const { inquiryId, seed } = await seeded();
      const referred = await contact('Referred');
      await api.createReferral(t, user, inquiryId, { referrerId: seed, referredId: referred });
      return postReferral(inquiryId, { referrerId: seed, referredId: referred });
    },
    [ErrorCode.ReferralCycle]: async () => {
      const { inquiryId, seed } = await seeded();
      const a = await contact('A');
      const b = await contact('B');
      await api.createReferral(t, user, inquiryId, { referrerId: seed, referredId: a });
      await api.createReferral(t, user, inquiryId, { referrerId: a, referredId: b });
      return postReferral(inquiryId, { referrerId: b, referredId: seed });
    },
    [ErrorCode.InquiryConcluded]: async () => {
      const inquiryId = await inquiry();
      await apiPatch(t, user, `/v1/inquiries/${inquiryId}`, { status: 'concluded' });
      return post(`/v1/inquiries/${inquiryId}/reflections`, { learned: 'Too late' });
    },
    [ErrorCode.ReferrerNotParticipant]: async () => {
      const { inquiryId } = await seeded();
      return postReferral(inquiryId, { referrerId: await contact('Outsider'), referredId: await contact('Target') });
    },
    [ErrorCode.SelfReferral]: async () => {
      const { inquiryId, seed } = await seeded();
      return postReferral(inquiryId, { referrerId: seed, referredId: seed });
    },
    [ErrorCode.InteractionOfOtherInquiry]: async () => {
      const { inquiryId, seed } = await seeded();
      const elsewhere = await api.logInteraction(t, user, {
        contactId: seed,
        inquiryId: await inquiry(),
        kind: 'call',
      });
      return postReferral(inquiryId, { referrerId: seed, referred: { name: 'New' }, interactionId: elsewhere.id });
    },
    [ErrorCode.InteractionOfOtherContact]: async () => {
      const inquiryId = await inquiry();
      const withOther = await api.logInteraction(t, user, {
        contactId: await contact('Other'),
        inquiryId,
        kind: 'call',
      });
      return post('/v1/insights', {
        inquiryId,
        contactId: await contact('Speaker'),
        interactionId: withOther.id,
        text: 'Budgets sit with finance',
        kind: 'fact',
      });
    },
    [ErrorCode.QuestionOfOtherInquiry]: async () => {
      const foreign = await question(await inquiry(), 'Belongs elsewhere');
      return post(`/v1/inquiries/${await inquiry()}/questions`, { text: 'A revision', revisesId: foreign });
    },
    [ErrorCode.QuestionNotRevisable]: async () => {
      const inquiryId = await inquiry();
      const old = await question(inquiryId, 'Revise me once');
      await question(inquiryId, 'First revision', old);
      return post(`/v1/inquiries/${inquiryId}/questions`, { text: 'Second revision', revisesId: old });
    },
    [ErrorCode.RevisedQuestionLocked]: async () => {
      const inquiryId = await inquiry();
      const old = await question(inquiryId, 'Revised for good');
      await question(inquiryId, 'Its revision', old);
      return patch(`/v1/questions/${old}`, { status: 'open' });
    },
    [ErrorCode.NetworkTooLarge]: async () => {
      const inquiryId = await inquiry();
      await crowd(inquiryId, 5001);
      return t.http().get(`/v1/inquiries/${inquiryId}/network`).query({ format: 'svg' }).set(user.auth);
    },
    [ErrorCode.NetworkLayoutTimeout]: async () => {
      const inquiryId = await inquiry();
      await crowd(inquiryId, 1000);
      const renderer = t.app.get(GraphvizRenderer);
      renderer.timeoutMs = 1; // a thousand people take far longer than 1 ms to lay out
      try {
        return await t.http().get(`/v1/inquiries/${inquiryId}/network`).query({ format: 'svg' }).set(user.auth);
      } finally {
        renderer.timeoutMs = RENDER_TIMEOUT_MS;
      }
    },
    [ErrorCode.AdminSelfLockout]: async () => {
      const admin = await registerAdmin(t);
      return patch(`/v1/admin/users/${admin.id}`, { disabled: true }, admin);
    },
    [ErrorCode.EmailTaken]: () =>
      post('/v1/auth/register', { email: user.email.toUpperCase(), password: 'a-long-enough-password', name: 'Twin' }),
    [ErrorCode.ContactMergeSelf]: async () => {
      const id = await contact('Twin');
      return post(`/v1/contacts/${id}/merge`, { otherId: id });
    },
    [ErrorCode.ContactMergeTooLarge]: async () => {
      const tags = (prefix: string) => Array.from({ length: 30 }, (_, i) => `${prefix}${i}`);
      const kept = (await api.createContact(t, user, { name: 'Tagged', tags: tags('a') })).id;
      const other = (await api.createContact(t, user, { name: 'Tagged too', tags: tags('b') })).id;
      return post(`/v1/contacts/${kept}/merge`, { otherId: other });
    },
  };

  /**
   * Codes of a domain failure that no request can cause today: the database is their last line
   * (test/unit/error-mapping.spec.ts maps them). A reflection's cycle is serialised by the inquiry's
   * row lock; a serialization failure or deadlock needs two transactions timed to the millisecond.
   */
  const NOT_REACHABLE_OVER_HTTP = [ErrorCode.ReflectionExists, ErrorCode.ConcurrentUpdate];

  it.each(Object.entries(CASES))('answers %s with its status and code', async (code, cause) => {
    const res = await cause();
    expectStrictProblem(res, ERROR_TABLE[code as ErrorCode].status, code);
    expect((res.body as { title: string }).title).toBe(ERROR_TABLE[code as ErrorCode].title);
  });

  it('causes every specific 409 and 422 code of the table here (the generic ones are fallbacks)', () => {
    const generic = [ErrorCode.Conflict, ErrorCode.UnprocessableEntity];
    const idempotency = [ErrorCode.IdempotencyRequestInFlight, ErrorCode.IdempotencyKeyReused]; // conventions spec
    const specific = Object.values(ErrorCode).filter(
      (code) => [409, 422].includes(ERROR_TABLE[code].status) && ![...generic, ...idempotency].includes(code),
    );
    expect([...Object.keys(CASES), ...NOT_REACHABLE_OVER_HTTP].sort()).toEqual(expect.arrayContaining(specific.sort()));
  });

  it('leaves nothing behind when a referral is refused as a duplicate or a cycle', async () => {
    const { inquiryId, seed } = await seeded();
    const a = await contact('A');
    await api.createReferral(t, user, inquiryId, { referrerId: seed, referredId: a });
    expectStrictProblem(await postReferral(inquiryId, { referrerId: seed, referredId: a }), 409, 'referral_duplicate');
    expectStrictProblem(await postReferral(inquiryId, { referrerId: a, referredId: seed }), 409, 'referral_cycle');
    const rows = await t.sql(`SELECT id FROM referral WHERE inquiry_id = $1 AND deleted_at IS NULL`, [inquiryId]);
    expect(rows).toHaveLength(1);
  });
});
