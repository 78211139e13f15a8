import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { registerUser, type TestUser } from '../factories/users.js';
import { createCommitment, createContact, createInquiry } from '../support/api.js';
import { apiGet, type Page } from '../support/http.js';
import { distinctFieldsOf, expectProblem } from '../support/problems.js';
import { countOwned, rowById } from '../support/sql.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

interface Commitment {
  id: string;
  contactId: string;
  inquiryId: string | null;
  description: string;
  owner: 'me' | 'them';
  dueAt: string | null;
  status: 'open' | 'done' | 'dropped';
  createdAt: string;
  updatedAt: string;
  version: number;
}

interface CommitmentRow {
  owner_id: string;
  description: string;
  promised_by: string;
  status: string;
  version: number;
  deleted_at: Date | null;
  contact_id: string;
  inquiry_id: string | null;
}

describe('commitments', () => {
  let t: TestApp;
  let alice: TestUser;
  let bob: TestUser;
  let grace: string;
  let alan: string;
  let inquiry: string;
  let bobsContact: string;
  let bobsInquiry: string;

  const list = async (user: TestUser, query: string) =>
    (await apiGet<Page<Commitment>>(t, user, `/v1/commitments${query}`)).data;
  const commitmentRow = (id: string) =>
    rowById<CommitmentRow>(t, 'commitment', id, [
      'owner_id',
      'description',
      'promised_by',
      'status',
      'version',
      'deleted_at',
      'contact_id',
      'inquiry_id',
    ]);
  const countOf = (ownerId: string) => countOwned(t, 'commitment', ownerId);

  beforeAll(async () => {
    t = await createTestApp();
    alice = await registerUser(t);
    bob = await registerUser(t);
    grace = (await createContact(t, alice, { name: 'Grace Hopper' })).id;
    alan = (await createContact(t, alice, { name: 'Alan Turing' })).id;
    inquiry = (await createInquiry(t, alice, { title: 'Predictive maintenance adoption' })).id;
    bobsContact = (await createContact(t, bob, { name: "Bob's contact" })).id;
    bobsInquiry = (await createInquiry(t, bob, { title: "Bob's inquiry" })).id;
  });
  afterAll(async () => {
    await t.close();
  });

  describe('POST /v1/commitments', () => {
    it('creates an open commitment owned by the caller', async () => {
      const res = await t.http().post('/v1/commitments').set(alice.auth).send({
        contactId: grace,
        inquiryId: inquiry,
        description: '  Send her the survey results  ',
        owner: 'me',
        dueAt: '2030-03-01T09:00:00Z',
      });
      expect(res.status).toBe(201);
      const body = res.body as Commitment;
      expect(body).toEqual({
        id: expect.any(String),
        contactId: grace,
        inquiryId: inquiry,
        description: 'Send her the survey results',
        owner: 'me',
        dueAt: '2030-03-01T09:00:00.000Z',
        status: 'open',
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        version: 1,
      });
      const row = await commitmentRow(body.id);
      expect(row).toEqual(
        expect.objectContaining({ owner_id: alice.id, promised_by: 'me', status: 'open', inquiry_id: inquiry }),
      );
    });

    it('accepts a commitment without inquiry or due date, with an explicit status', async () => {
      const body = await createCommitment(t, alice, {
        contactId: alan,
        description: 'Introduce me to the CFO',
        owner: 'them',
        status: 'done',
      });
      expect(body).toEqual(
        expect.objectContaining({ inquiryId: null, dueAt: null, owner: 'them', status: 'done', version: 1 }),
      );
    });

    it('accepts a plain date as midnight UTC and a time zone offset', async () => {
      const plain = await createCommitment<Commitment>(t, alice, {
        contactId: alan,
        description: 'Plain date',
        owner: 'me',
        dueAt: '2031-05-02',
      });
      expect(plain.dueAt).toBe('2031-05-02T00:00:00.000Z');
      const offset = await createCommitment<Commitment>(t, alice, {
        contactId: alan,
        description: 'Offset',
        owner: 'me',
        dueAt: '2031-05-02T10:00:00+02:00',
      });
      expect(offset.dueAt).toBe('2031-05-02T08:00:00.000Z');
    });

    it("refuses another user's contact with 404 and creates nothing", async () => {
      const before = await countOf(alice.id);
      const res = await t
        .http()
        .post('/v1/commitments')
        .set(alice.auth)
        .send({ contactId: bobsContact, description: 'x', owner: 'me' });
      expectProblem(res, 404, 'not_found');
      expect(await countOf(alice.id)).toBe(before);
      expect(await countOf(bob.id)).toBe(0);
    });

    it("refuses another user's inquiry with 404 and creates nothing", async () => {
      const before = await countOf(alice.id);
      const res = await t
        .http()
        .post('/v1/commitments')
        .set(alice.auth)
        .send({ contactId: grace, inquiryId: bobsInquiry, description: 'x', owner: 'me' });
      expectProblem(res, 404, 'not_found');
      expect(await countOf(alice.id)).toBe(before);
    });

    it('refuses an unknown contact id with 404', async () => {
      const res = await t
        .http()
        .post('/v1/commitments')
        .set(alice.auth)
        .send({ contactId: randomUUID(), description: 'x', owner: 'me' });
      expectProblem(res, 404, 'not_found');
    });

    it('refuses a missing description, a blank one, a bad owner and a bad status with 400 naming the fields', async () => {
      const before = await countOf(alice.id);
      const missing = await t.http().post('/v1/commitments').set(alice.auth).send({ contactId: grace, owner: 'me' });
      expect(distinctFieldsOf(expectProblem(missing, 400, 'validation_failed'))).toEqual(['description']);
      const blank = await t
        .http()
        .post('/v1/commitments')
        .set(alice.auth)
        .send({ contactId: grace, owner: 'me', description: '   ' });
      expect(distinctFieldsOf(expectProblem(blank, 400))).toEqual(['description']);
      const enums = await t
        .http()
        .post('/v1/commitments')
        .set(alice.auth)
        .send({ contactId: grace, description: 'x', owner: 'us', status: 'pending' });
      expect(distinctFieldsOf(expectProblem(enums, 400))).toEqual(expect.arrayContaining(['owner', 'status']));
      expect(await countOf(alice.id)).toBe(before);
    });

    it('refuses malformed ids, dates and nulls on required fields with 400', async () => {
      const res = await t.http().post('/v1/commitments').set(alice.auth).send({
        contactId: 'not-a-uuid',
        inquiryId: 'nope',
        description: 'x',
        owner: 'me',
        dueAt: 'tomorrow',
        status: null,
      });
      expect(distinctFieldsOf(expectProblem(res, 400))).toEqual(
        expect.arrayContaining(['contactId', 'inquiryId', 'dueAt', 'status']),
      );
      const noZone = await t
        .http()
        .post('/v1/commitments')
        .set(alice.auth)
        .send({ contactId: grace, description: 'x', owner: 'me', dueAt: '2030-03-01T09:00:00' });
      expect(distinctFieldsOf(expectProblem(noZone, 400))).toEqual(['dueAt']);
      const impossible = await t
        .http()
        .post('/v1/commitments')
        .set(alice.auth)
        .send({ contactId: grace, description: 'x', owner: 'me', dueAt: '2030-02-30' });
      expect(distinctFieldsOf(expectProblem(impossible, 400))).toEqual(['dueAt']);
    });

    it('refuses unknown body fields (no mass assignment of ownerId, version, id)', async () => {
      const before = await countOf(alice.id);
      const res = await t
        .http()
        .post('/v1/commitments')
        .set(alice.auth)
        .send({ contactId: grace, description: 'x', owner: 'me', ownerId: bob.id, version: 7, id: randomUUID() });
      expect(distinctFieldsOf(expectProblem(res, 400))).toEqual(expect.arrayContaining(['ownerId', 'version', 'id']));
      expect(await countOf(alice.id)).toBe(before);
    });

    it('replays a retried POST with the same Idempotency-Key instead of creating a second row', async () => {
      const key = randomUUID();
      const body = { contactId: grace, description: 'Idempotent promise', owner: 'me' };
      const first = await t.http().post('/v1/commitments').set(alice.auth).set('Idempotency-Key', key).send(body);
      const second = await t.http().post('/v1/commitments').set(alice.auth).set('Idempotency-Key', key).send(body);
      expect(first.status).toBe(201);
      expect(second.status).toBe(201);
      expect((second.body as Commitment).id).toBe((first.body as Commitment).id);
      const rows = await t.sql('SELECT id FROM commitment WHERE owner_id = $1 AND description = $2', [
        alice.id,
        'Idempotent promise',
      ]);
      expect(rows).toHaveLength(1);
    });
  });

  describe('GET /v1/commitments', () => {
    let user: TestUser;
    let contactA: string;
    let contactB: string;
    let inquiryA: string;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      user = await registerUser(t);
      contactA = (await createContact(t, user, { name: 'A' })).id;
      contactB = (await createContact(t, user, { name: 'B' })).id;
      inquiryA = (await createInquiry(t, user, { title: 'Inquiry A' })).id;
      let minute = 0;
      const make = async (name: string, body: Record<string, unknown>) => {
        ids[name] = (
          await createCommitment(t, user, { contactId: contactA, description: name, owner: 'me', ...body })
        ).id;
        // Distinct creation times, so "newest first" does not depend on how fast the requests ran.
        minute += 1;
        await t.sql(
          `UPDATE commitment SET created_at = '2024-01-01T00:00:00Z'::timestamptz + $2 * interval '1 minute' WHERE id = $1`,
          [ids[name], minute],
        );
      };
      await make('early', { dueAt: '2030-01-01T00:00:00.000Z' });
      await make('boundary', { dueAt: '2030-01-10T12:00:00.000Z', inquiryId: inquiryA });
      await make('late', { dueAt: '2030-02-01T00:00:00.000Z', owner: 'them', contactId: contactB });
      await make('undated', {});
      await make('done', { dueAt: '2029-06-01T00:00:00.000Z', status: 'done', inquiryId: inquiryA });
      await make('dropped', { status: 'dropped', owner: 'them', contactId: contactB });
    });

    const names = (rows: Commitment[]) => rows.map((row) => row.description);

    it('lists only the caller’s commitments, newest first', async () => {
      expect(names(await list(user, ''))).toEqual(['dropped', 'done', 'undated', 'late', 'boundary', 'early']);
      expect(names(await list(bob, ''))).toEqual([]);
    });

    it('pages with a cursor', async () => {
      const first = await t.http().get('/v1/commitments?limit=4').set(user.auth);
      expect(first.status).toBe(200);
      const page1 = first.body as Page<Commitment>;
      expect(names(page1.data)).toEqual(['dropped', 'done', 'undated', 'late']);
      expect(page1.nextCursor).toEqual(expect.any(String));
      const second = await t
        .http()
        .get(`/v1/commitments?limit=4&cursor=${encodeURIComponent(page1.nextCursor ?? '')}`)
        .set(user.auth);
      const page2 = second.body as Page<Commitment>;
      expect(names(page2.data)).toEqual(['boundary', 'early']);
      expect(page2.nextCursor).toBeNull();
    });

    it('filters by status', async () => {
      expect(names(await list(user, '?status=open'))).toEqual(['undated', 'late', 'boundary', 'early']);
      expect(names(await list(user, '?status=done'))).toEqual(['done']);
      expect(names(await list(user, '?status=dropped'))).toEqual(['dropped']);
    });

    it('filters by dueBefore: strictly before the instant, undated commitments left out', async () => {
      expect(names(await list(user, '?dueBefore=2030-01-10T12:00:00.000Z'))).toEqual(['done', 'early']);
      expect(names(await list(user, '?dueBefore=2030-01-10T12:00:00.001Z'))).toEqual(['done', 'boundary', 'early']);
      expect(names(await list(user, `?dueBefore=${encodeURIComponent('2030-01-10T13:00:00+01:00')}`))).toEqual([
        'done',
        'early',
      ]);
      expect(names(await list(user, '?dueBefore=2029-01-01'))).toEqual([]);
      expect(names(await list(user, '?dueBefore=2031-01-01'))).toEqual(['done', 'late', 'boundary', 'early']);
    });

    it('combines status and dueBefore (what is still open and due)', async () => {
      expect(names(await list(user, '?status=open&dueBefore=2030-01-11'))).toEqual(['boundary', 'early']);
    });

    it('filters by contactId, inquiryId and owner', async () => {
      expect(names(await list(user, `?contactId=${contactB}`))).toEqual(['dropped', 'late']);
      expect(names(await list(user, `?inquiryId=${inquiryA}`))).toEqual(['done', 'boundary']);
      expect(names(await list(user, '?owner=them'))).toEqual(['dropped', 'late']);
      expect(names(await list(user, '?owner=me'))).toEqual(['done', 'undated', 'boundary', 'early']);
      expect(names(await list(user, `?owner=me&contactId=${contactA}&inquiryId=${inquiryA}`))).toEqual([
        'done',
        'boundary',
      ]);
    });

    it("shows nothing when filtering by another user's contact", async () => {
      expect(await list(bob, `?contactId=${contactA}`)).toEqual([]);
    });

    it('refuses bad filters with 400 naming them', async () => {
      const bad = await t
        .http()
        .get('/v1/commitments?status=pending&owner=us&dueBefore=soon&contactId=x&inquiryId=y&limit=101')
        .set(user.auth);
      expect(distinctFieldsOf(expectProblem(bad, 400, 'validation_failed'))).toEqual(
        expect.arrayContaining(['status', 'owner', 'dueBefore', 'contactId', 'inquiryId', 'limit']),
      );
    });

    it('leaves out deleted commitments', async () => {
      const gone = await createCommitment(t, user, {
        contactId: contactA,
        description: 'gone',
        owner: 'me',
      });
      expect(names(await list(user, '?limit=1'))).toEqual(['gone']);
      expect((await t.http().delete(`/v1/commitments/${gone.id}`).set(user.auth)).status).toBe(204);
      expect(names(await list(user, '?limit=1'))).toEqual(['dropped']);
    });

    it('requires authentication', async () => {
      expectProblem(await t.http().get('/v1/commitments'), 401);
    });
  });

  describe('GET, PATCH and DELETE /v1/commitments/:id', () => {
    it('gets one with its ETag', async () => {
      const created = await createCommitment(t, alice, {
        contactId: grace,
        description: 'Get me',
        owner: 'me',
      });
      const res = await t.http().get(`/v1/commitments/${created.id}`).set(alice.auth);
      expect(res.status).toBe(200);
      expect(res.headers.etag).toBe('"1"');
      expect(res.body).toEqual(created);
    });

    it('updates with If-Match, bumps the version and the ETag; a stale ETag → 412 and no change', async () => {
      const created = await createCommitment(t, alice, {
        contactId: grace,
        description: 'Send slides',
        owner: 'me',
        dueAt: '2030-01-01T00:00:00Z',
      });
      const etag = (await t.http().get(`/v1/commitments/${created.id}`).set(alice.auth)).headers.etag;
      const res = await t
        .http()
        .patch(`/v1/commitments/${created.id}`)
        .set(alice.auth)
        .set('If-Match', etag)
        .send({ status: 'done', owner: 'them', dueAt: null, inquiryId: inquiry, contactId: alan });
      expect(res.status).toBe(200);
      expect(res.headers.etag).toBe('"2"');
      expect(res.body).toEqual(
        expect.objectContaining({
          id: created.id,
          status: 'done',
          owner: 'them',
          dueAt: null,
          inquiryId: inquiry,
          contactId: alan,
          description: 'Send slides',
          version: 2,
        }),
      );
      const stale = await t
        .http()
        .patch(`/v1/commitments/${created.id}`)
        .set(alice.auth)
        .set('If-Match', etag)
        .send({ description: 'Changed' });
      expectProblem(stale, 412, 'precondition_failed');
      const row = await commitmentRow(created.id);
      expect(row).toEqual(
        expect.objectContaining({ description: 'Send slides', version: 2, promised_by: 'them', status: 'done' }),
      );
      const detach = await t.http().patch(`/v1/commitments/${created.id}`).set(alice.auth).send({ inquiryId: null });
      expect(detach.status).toBe(200);
      expect((detach.body as Commitment).inquiryId).toBeNull();
    });

    it("re-checks a changed contactId or inquiryId: another user's → 404 and nothing changes", async () => {
      const created = await createCommitment(t, alice, {
        contactId: grace,
        description: 'Mine',
        owner: 'me',
      });
      const contact = await t
        .http()
        .patch(`/v1/commitments/${created.id}`)
        .set(alice.auth)
        .send({ contactId: bobsContact, description: 'Moved' });
      expectProblem(contact, 404, 'not_found');
      const inq = await t
        .http()
        .patch(`/v1/commitments/${created.id}`)
        .set(alice.auth)
        .send({ inquiryId: bobsInquiry, description: 'Moved' });
      expectProblem(inq, 404, 'not_found');
      const row = await commitmentRow(created.id);
      expect(row).toEqual(
        expect.objectContaining({ contact_id: grace, inquiry_id: null, description: 'Mine', version: 1 }),
      );
    });

    it('refuses nulls on required fields, bad enums and unknown fields on PATCH with 400', async () => {
      const created = await createCommitment(t, alice, {
        contactId: grace,
        description: 'Strict',
        owner: 'me',
      });
      const nulls = await t
        .http()
        .patch(`/v1/commitments/${created.id}`)
        .set(alice.auth)
        .send({ contactId: null, description: null, owner: null, status: null });
      expect(distinctFieldsOf(expectProblem(nulls, 400))).toEqual(
        expect.arrayContaining(['contactId', 'description', 'owner', 'status']),
      );
      const bad = await t
        .http()
        .patch(`/v1/commitments/${created.id}`)
        .set(alice.auth)
        .send({ status: 'finished', ownerId: bob.id });
      expect(distinctFieldsOf(expectProblem(bad, 400))).toEqual(expect.arrayContaining(['status', 'ownerId']));
      expect((await commitmentRow(created.id)).version).toBe(1);
    });

    it('deletes (soft) with 204; afterwards GET, PATCH and DELETE are 404', async () => {
      const created = await createCommitment(t, alice, {
        contactId: grace,
        description: 'Delete me',
        owner: 'me',
      });
      const stale = await t.http().delete(`/v1/commitments/${created.id}`).set(alice.auth).set('If-Match', '"9"');
      expectProblem(stale, 412);
      const res = await t.http().delete(`/v1/commitments/${created.id}`).set(alice.auth).set('If-Match', '"1"');
      expect(res.status).toBe(204);
      expect((await commitmentRow(created.id)).deleted_at).toBeInstanceOf(Date);
      expectProblem(await t.http().get(`/v1/commitments/${created.id}`).set(alice.auth), 404, 'not_found');
      expectProblem(
        await t.http().patch(`/v1/commitments/${created.id}`).set(alice.auth).send({ status: 'done' }),
        404,
      );
      expectProblem(await t.http().delete(`/v1/commitments/${created.id}`).set(alice.auth), 404);
    });

    it("answers another user's commitment with 404 on GET, PATCH and DELETE, and leaves it unchanged", async () => {
      const created = await createCommitment(t, alice, {
        contactId: grace,
        description: 'Private',
        owner: 'me',
      });
      expectProblem(await t.http().get(`/v1/commitments/${created.id}`).set(bob.auth), 404, 'not_found');
      expectProblem(
        await t.http().patch(`/v1/commitments/${created.id}`).set(bob.auth).send({ status: 'dropped' }),
        404,
        'not_found',
      );
      expectProblem(
        await t
          .http()
          .patch(`/v1/commitments/${created.id}`)
          .set(bob.auth)
          .set('If-Match', '"1"')
          .send({ status: 'dropped' }),
        404,
        'not_found',
      );
      expectProblem(await t.http().delete(`/v1/commitments/${created.id}`).set(bob.auth), 404, 'not_found');
      const row = await commitmentRow(created.id);
      expect(row).toEqual(
        expect.objectContaining({ owner_id: alice.id, status: 'open', version: 1, deleted_at: null }),
      );
    });

    it('answers an unknown id with 404 and a malformed one with 400', async () => {
      expectProblem(await t.http().get(`/v1/commitments/${randomUUID()}`).set(alice.auth), 404);
      expect(distinctFieldsOf(expectProblem(await t.http().get('/v1/commitments/nope').set(alice.auth), 400))).toEqual([
        'id',
      ]);
    });

    it("shows up in the contact's timeline", async () => {
      const created = await createCommitment(t, alice, {
        contactId: alan,
        description: 'On the timeline',
        owner: 'them',
      });
      const res = await t.http().get(`/v1/contacts/${alan}/timeline`).set(alice.auth);
      expect(res.status).toBe(200);
      expect((res.body as Page<{ type: string; id: string; kind: string }>).data).toContainEqual(
        expect.objectContaining({ type: 'commitment', id: created.id, kind: 'them', text: 'On the timeline' }),
      );
    });
  });
});
