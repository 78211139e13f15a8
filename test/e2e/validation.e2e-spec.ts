import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { registerUser, type TestUser } from '../factories/users.js';
import {
  addParticipant,
  createCommitment,
  createContact,
  createInquiry,
  createInsight,
  createOpportunity,
  createQuestion,
  logInteraction,
} from '../support/api.js';
import { apiPatch } from '../support/http.js';
import { expectStrictProblem, type ProblemBody } from '../support/problems.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/*
 * What the validation pipe accepts and how its errors read (docs/domain.md, "Validation"): null
 * only where the stored value may be null, one error per field, in plain words.
 */

describe('Validation', () => {
  let t: TestApp;
  let alice: TestUser;
  let contactId: string;
  let inquiryId: string;

  beforeAll(async () => {
    t = await createTestApp();
    alice = await registerUser(t);
    contactId = (await createContact(t, alice, { name: 'Grace Hopper', email: 'grace@example.com' })).id;
    inquiryId = (await createInquiry(t, alice)).id;
  });
  afterAll(async () => {
    await t.close();
  });

  /** The 400's field errors, after checking the problem's shape. */
  const errorsOf = (res: Parameters<typeof expectStrictProblem>[0]): NonNullable<ProblemBody['errors']> => {
    const body = expectStrictProblem(res, 400, 'validation_failed');
    expect(Array.isArray(body.errors)).toBe(true);
    return body.errors!;
  };

  /** The whole stored row (every column), to see that a refused PATCH changed nothing. */
  const rowById = async (table: string, id: string) =>
    (await t.sql(`SELECT * FROM ${table} WHERE id = $1 AND owner_id = $2`, [id, alice.id]))[0];

  const post = (path: string, body: Record<string, unknown>) => t.http().post(path).set(alice.auth).send(body);
  const patch = (path: string, body: Record<string, unknown>) => t.http().patch(path).set(alice.auth).send(body);

  describe('null in a PATCH', () => {
    /** One resource of each kind, created fresh for each case (path, table, id). */
    const resources: Record<string, () => Promise<{ path: string; table: string; id: string }>> = {
      contact: async () => {
        const { id } = await createContact(t, alice, { name: `Null ${randomUUID()}`, tags: ['a'] });
        return { path: `/v1/contacts/${id}`, table: 'contact', id };
      },
      inquiry: async () => {
        const { id } = await createInquiry(t, alice, { title: `Null ${randomUUID()}`, challenge: 'Why?' });
        return { path: `/v1/inquiries/${id}`, table: 'inquiry', id };
      },
      question: async () => {
        const { id } = await createQuestion(t, alice, inquiryId, { text: 'What works?' });
        return { path: `/v1/questions/${id}`, table: 'question', id };
      },
      interaction: async () => {
        const { id } = await logInteraction(t, alice, { contactId, inquiryId, kind: 'call', summary: 'Talked' });
        return { path: `/v1/interactions/${id}`, table: 'interaction', id };
      },
      insight: async () => {
        const { id } = await createInsight(t, alice, {
          inquiryId,
          contactId,
          text: 'Shop floors trust vibration sensors',
          kind: 'fact',
          themes: ['sensors'],
        });
        return { path: `/v1/insights/${id}`, table: 'insight', id };
      },
      commitment: async () => {
        const { id } = await createCommitment(t, alice, {
          contactId,
          inquiryId,
          description: 'Send the survey',
          owner: 'me',
          dueAt: '2030-03-01T09:00:00Z',
        });
        return { path: `/v1/commitments/${id}`, table: 'commitment', id };
      },
      opportunity: async () => {
        const { id } = await createOpportunity(t, alice, {
          contactId,
          inquiryId,
          kind: 'speaking',
          description: 'Invited to speak',
        });
        return { path: `/v1/opportunities/${id}`, table: 'opportunity', id };
      },
    };

    it.each([
      ['contact', 'name'],
      ['contact', 'tags'],
      ['inquiry', 'title'],
      ['inquiry', 'status'],
      ['question', 'text'],
      ['question', 'status'],
      ['interaction', 'kind'],
      ['interaction', 'contactId'],
      ['interaction', 'occurredAt'],
      ['insight', 'text'],
      ['insight', 'kind'],
      ['insight', 'inquiryId'],
      ['insight', 'themes'],
      ['insight', 'questionIds'],
      ['commitment', 'description'],
      ['commitment', 'owner'],
      ['commitment', 'status'],
      ['opportunity', 'kind'],
      ['opportunity', 'occurredAt'],
    ])('refuses null for %s %s (NOT NULL) with one 400 naming it, and changes nothing', async (resource, field) => {
      const { path, table, id } = await resources[resource]();
      const before = await rowById(table, id);
      const res = await patch(path, { [field]: null });
      const errors = errorsOf(res);
      expect(errors).toHaveLength(1);
      expect(errors[0].field).toBe(field);
      expect(errors[0].message).toMatch(new RegExp(`^${field} must not be null`));
      expect(await rowById(table, id)).toEqual(before);
    });

    it('says how to empty a list when null is sent for it', async () => {
      const { path } = await resources.contact();
      expect(errorsOf(await patch(path, { tags: null }))).toEqual([
        { field: 'tags', message: 'tags must not be null (send [] for none)' },
      ]);
    });

    it('names every null field, one error each, when several are null', async () => {
      const { path } = await resources.inquiry();
      const errors = errorsOf(await patch(path, { title: null, status: null, challenge: null }));
      expect(errors.map((error) => error.field).sort()).toEqual(['status', 'title']);
    });

    it.each([
      ['contact', { email: null, organization: null, seniority: null, keepInTouchDays: null }],
      ['inquiry', { challenge: null, contributionPotential: null }],
      ['interaction', { inquiryId: null, summary: null, rating: null }],
      ['insight', { contactId: null, importance: null, quote: null }],
      ['commitment', { dueAt: null, inquiryId: null }],
      ['opportunity', { inquiryId: null }],
    ])('clears nullable fields of a %s with null (200, stored as null)', async (resource, body) => {
      const { path, table, id } = await resources[resource]();
      const updated = await apiPatch<Record<string, unknown>>(t, alice, path, body);
      expect(updated).toEqual(expect.objectContaining(body));
      const row = await rowById(table, id);
      for (const field of Object.keys(body)) {
        const column = field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
        expect({ column, value: row[column] }).toEqual({ column, value: null });
      }
    });

    it('empties a list with [] (tags), where null is refused', async () => {
      const { path, table, id } = await resources.contact();
      expect(await apiPatch<{ tags: string[] }>(t, alice, path, { tags: [] })).toEqual(
        expect.objectContaining({ tags: [] }),
      );
      expect((await rowById(table, id)).tags).toEqual([]);
    });
  });

  describe('null in a POST', () => {
    it('refuses null for a required field as "must not be null", and null for a list', async () => {
      expect(errorsOf(await post('/v1/contacts', { name: null }))).toEqual([
        { field: 'name', message: 'name must not be null' },
      ]);
      expect(errorsOf(await post('/v1/contacts', { name: 'Listless', tags: null }))).toEqual([
        { field: 'tags', message: 'tags must not be null (send [] for none)' },
      ]);
      expect(
        errorsOf(await post(`/v1/inquiries/${inquiryId}/reflections`, { learned: 'x', nextContactIds: null })),
      ).toEqual([{ field: 'nextContactIds', message: 'nextContactIds must not be null (send [] for none)' }]);
    });

    it('accepts null for a nullable field (stored as null)', async () => {
      const created = await createContact<{ id: string; email: null }>(t, alice, { name: 'No Mail', email: null });
      expect(created.email).toBeNull();
      expect((await rowById('contact', created.id)).email).toBeNull();
    });
  });

  describe('exactly one of referredId or referred', () => {
    let referrerId: string;
    beforeAll(async () => {
      referrerId = (await createContact(t, alice, { name: 'Referrer' })).id;
      await addParticipant(t, alice, inquiryId, referrerId);
    });

    const referralCount = async () =>
      Number((await t.sql<{ n: string }>('SELECT count(*) AS n FROM referral WHERE owner_id = $1', [alice.id]))[0].n);

    it.each([
      ['neither is given', {}, 'referredId or referred is required'],
      ['both are given', { referred: { name: 'New Person' } }, 'give referredId or referred, not both'],
    ])('refuses a referral where %s with one 400 naming referredId', async (_label, extra, message) => {
      const before = await referralCount();
      const body = { referrerId, ...extra, ...('referred' in extra ? { referredId: contactId } : {}) };
      expect(errorsOf(await post(`/v1/inquiries/${inquiryId}/referrals`, body))).toEqual([
        { field: 'referredId', message },
      ]);
      expect(await referralCount()).toBe(before);
    });

    it('counts null as not given, and refuses it as null', async () => {
      const res = await post(`/v1/inquiries/${inquiryId}/referrals`, { referrerId, referredId: null });
      expect(errorsOf(res)).toEqual([{ field: 'referredId', message: 'referredId or referred is required' }]);
      const both = await post(`/v1/inquiries/${inquiryId}/referrals`, {
        referrerId,
        referredId: null,
        referred: { name: 'Someone' },
      });
      expect(errorsOf(both)).toEqual([{ field: 'referredId', message: 'referredId must not be null' }]);
      const nullReferred = await post(`/v1/inquiries/${inquiryId}/referrals`, { referrerId, referred: null });
      expect(errorsOf(nullReferred)).toEqual([
        { field: 'referredId', message: 'referredId or referred is required' },
        { field: 'referred', message: 'referred must not be null' },
      ]);
    });

    it('accepts either one alone', async () => {
      const byId = await post(`/v1/inquiries/${inquiryId}/referrals`, { referrerId, referredId: contactId });
      expect(byId.status).toBe(201);
      const byNew = await post(`/v1/inquiries/${inquiryId}/referrals`, { referrerId, referred: { name: 'Newcomer' } });
      expect(byNew.status).toBe(201);
    });

    it('names a nested field by its path', async () => {
      const res = await post(`/v1/inquiries/${inquiryId}/referrals`, { referrerId, referred: { name: '' } });
      expect(errorsOf(res)).toEqual([{ field: 'referred.name', message: 'referred.name must not be empty' }]);
    });
  });

  describe('messages a person understands', () => {
    it('gives a missing required name one error: "name is required"', async () => {
      expect(errorsOf(await post('/v1/contacts', {}))).toEqual([{ field: 'name', message: 'name is required' }]);
      const register = await t
        .http()
        .post('/v1/auth/register')
        .send({ email: 'x@example.com', password: 'p'.repeat(12) });
      expect(errorsOf(register)).toEqual([{ field: 'name', message: 'name is required' }]);
    });

    it.each([
      ['occurredAt', '/v1/interactions', { kind: 'call', occurredAt: 'yesterday' }],
      ['occurredAt', '/v1/interactions', { kind: 'call', occurredAt: '2025-03-01T09:00:00' }],
      ['occurredAt', '/v1/interactions', { kind: 'call', occurredAt: 1740819600000 }],
      ['respondedAt', '/v1/interactions', { kind: 'ask', respondedAt: '2025-02-30' }],
      ['occurredAt', '/v1/opportunities', { kind: 'speaking', description: 'x', occurredAt: 'soon' }],
      ['dueAt', '/v1/commitments', { description: 'x', owner: 'me', dueAt: 'tomorrow' }],
    ])('says %s must be an ISO 8601 date-time (%s)', async (field, path, body) => {
      const errors = errorsOf(await post(path, { contactId, ...body }));
      expect(errors).toEqual([
        {
          field,
          message: `${field} must be an ISO 8601 date-time with a time zone, like 2025-03-01T09:00:00Z, or a date, like 2025-03-01`,
        },
      ]);
    });

    it('accepts an ISO 8601 date-time or a date for occurredAt', async () => {
      const zoned = await logInteraction<{ occurredAt: string }>(t, alice, {
        contactId,
        kind: 'call',
        occurredAt: '2025-03-01T10:00:00+01:00',
      });
      expect(zoned.occurredAt).toBe('2025-03-01T09:00:00.000Z');
      const dated = await logInteraction<{ occurredAt: string }>(t, alice, {
        contactId,
        kind: 'call',
        occurredAt: '2025-03-02',
      });
      expect(dated.occurredAt).toBe('2025-03-02T00:00:00.000Z');
    });

    it.each([
      ['a wrong type', '/v1/contacts', { name: 42 }, 'name', 'name must be a string'],
      ['an empty text', '/v1/contacts', { name: '  ' }, 'name', 'name must not be empty'],
      [
        'a text too long',
        '/v1/contacts',
        { name: 'x'.repeat(201) },
        'name',
        'name must be at most 200 characters long',
      ],
      [
        'a bad enum (the allowed values listed)',
        '/v1/contacts',
        { name: 'X', seniority: 'intern' },
        'seniority',
        'seniority must be one of: junior, peer, senior, executive',
      ],
      [
        'a malformed UUID',
        '/v1/interactions',
        { contactId: 'not-a-uuid', kind: 'call' },
        'contactId',
        'contactId must be a UUID',
      ],
      [
        'a fraction',
        '/v1/contacts',
        { name: 'X', keepInTouchDays: 1.5 },
        'keepInTouchDays',
        'keepInTouchDays must be a whole number',
      ],
      [
        'a number as text',
        '/v1/contacts',
        { name: 'X', keepInTouchDays: '30' },
        'keepInTouchDays',
        'keepInTouchDays must be a whole number',
      ],
      [
        'a number too small',
        '/v1/contacts',
        { name: 'X', keepInTouchDays: 0 },
        'keepInTouchDays',
        'keepInTouchDays must be at least 1',
      ],
      [
        'a number too big',
        '/v1/contacts',
        { name: 'X', keepInTouchDays: 4000 },
        'keepInTouchDays',
        'keepInTouchDays must be at most 3650',
      ],
      [
        'not a boolean',
        '/v1/contacts',
        { name: 'X', sameOrganization: 'yes' },
        'sameOrganization',
        'sameOrganization must be true or false',
      ],
      ['a bad email', '/v1/contacts', { name: 'X', email: 'nope' }, 'email', 'email must be an email address'],
      [
        'a URL without http(s)',
        '/v1/contacts',
        { name: 'X', linkedinUrl: 'javascript:alert(1)' },
        'linkedinUrl',
        'linkedinUrl must be a web address starting with http:// or https://',
      ],
      ['not a list', '/v1/contacts', { name: 'X', tags: 'ai' }, 'tags', 'tags must be an array'],
      [
        'a list entry of a wrong type',
        '/v1/contacts',
        { name: 'X', tags: ['ok', 5] },
        'tags',
        'each entry of tags must be a string',
      ],
      [
        'too many list entries',
        '/v1/contacts',
        { name: 'X', tags: Array.from({ length: 51 }, (_, i) => `t${i}`) },
        'tags',
        'tags must have at most 50 entries',
      ],
      [
        'an unknown field',
        '/v1/contacts',
        { name: 'X', ownerId: randomUUID() },
        'ownerId',
        'ownerId is not a field of this request',
      ],
      [
        'an unknown field set to null',
        '/v1/contacts',
        { name: 'X', ownerId: null },
        'ownerId',
        'ownerId is not a field of this request',
      ],
      [
        'a list entry that is null',
        '/v1/contacts',
        { name: 'X', tags: ['ok', null] },
        'tags',
        'each entry of tags must be a string',
      ],
      ['a nested non-object', `/REFERRALS`, { referred: 'Ann' }, 'referred', 'referred must be an object'],
    ])('words %s plainly, one error for the field', async (_label, path, body, field, message) => {
      const target =
        path === '/REFERRALS'
          ? { path: `/v1/inquiries/${inquiryId}/referrals`, body: { referrerId: contactId, ...body } }
          : { path, body };
      expect(errorsOf(await post(target.path, target.body))).toEqual([{ field, message }]);
    });

    it('words a bad query parameter plainly too', async () => {
      const res = await t.http().get('/v1/contacts').query({ seniority: 'intern' }).set(alice.auth);
      expect(errorsOf(res)).toEqual([
        { field: 'seniority', message: 'seniority must be one of: junior, peer, senior, executive' },
      ]);
    });
  });
});
