import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { registerUser, type TestUser } from '../factories/users.js';
import { createInquiry, createQuestion } from '../support/api.js';
import { apiGet, collectPages, type Page } from '../support/http.js';
import { expectProblem, fieldsOf } from '../support/problems.js';
import { rowById } from '../support/sql.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

interface Inquiry {
  id: string;
  title: string;
  challenge: string | null;
  motivation: string | null;
  contributionPotential: string | null;
  askTemplate: string | null;
  status: string;
  currentCycle: number;
  createdAt: string;
  updatedAt: string;
  version: number;
}

interface Question {
  id: string;
  inquiryId: string;
  text: string;
  status: string;
  cycle: number;
  revisesId: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

interface InquiryRow {
  title: string;
  status: string;
  current_cycle: number;
  version: number;
  deleted_at: Date | null;
  owner_id: string;
}

interface QuestionRow {
  text: string;
  status: string;
  cycle: number;
  revises_id: string | null;
  version: number;
}

describe('inquiries and questions', () => {
  let t: TestApp;
  let alice: TestUser;
  let bob: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    alice = await registerUser(t);
    bob = await registerUser(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const inquiryRow = (id: string) =>
    rowById<InquiryRow>(t, 'inquiry', id, ['title', 'status', 'current_cycle', 'version', 'deleted_at', 'owner_id']);
  const questionRow = (id: string) =>
    rowById<QuestionRow>(t, 'question', id, ['text', 'status', 'cycle', 'revises_id', 'version']);

  describe('POST /v1/inquiries', () => {
    it('creates an inquiry in cycle 1, active by default, owned by the caller', async () => {
      const res = await t.http().post('/v1/inquiries').set(alice.auth).send({
        title: 'How do plants adopt predictive maintenance?',
        challenge: 'Plants buy sensors but do not change how they work.',
        motivation: 'My team builds the data platform.',
        contributionPotential: 'high',
        askTemplate: "I'm working on a project about predictive maintenance…",
      });
      expect(res.status).toBe(201);
      const body = res.body as Inquiry;
      expect(body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        title: 'How do plants adopt predictive maintenance?',
        challenge: 'Plants buy sensors but do not change how they work.',
        motivation: 'My team builds the data platform.',
        contributionPotential: 'high',
        askTemplate: "I'm working on a project about predictive maintenance…",
        status: 'active',
        currentCycle: 1,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        version: 1,
      });
      expect(Number.isNaN(Date.parse(body.createdAt))).toBe(false);
      const row = await inquiryRow(body.id);
      expect(row).toEqual(
        expect.objectContaining({ owner_id: alice.id, current_cycle: 1, status: 'active', deleted_at: null }),
      );
    });

    it('accepts only a title, leaving the optional fields null', async () => {
      const body = await createInquiry(t, alice, { title: 'Minimal' });
      expect(body).toEqual(
        expect.objectContaining({
          title: 'Minimal',
          challenge: null,
          motivation: null,
          contributionPotential: null,
          askTemplate: null,
          status: 'active',
          currentCycle: 1,
        }),
      );
    });

    it('accepts an explicit status', async () => {
      const body = await createInquiry<Inquiry>(t, alice, { title: 'Paused from the start', status: 'paused' });
      expect(body.status).toBe('paused');
      expect(body.currentCycle).toBe(1);
    });

    it.each([
      ['currentCycle', { currentCycle: 5 }],
      ['ownerId', { ownerId: randomUUID() }],
      ['version', { version: 7 }],
      ['id', { id: randomUUID() }],
      ['createdAt', { createdAt: '2020-01-01T00:00:00.000Z' }],
      ['deletedAt', { deletedAt: '2020-01-01T00:00:00.000Z' }],
    ])('refuses %s in the body with 400 naming it, and creates nothing', async (field, extra) => {
      const title = `mass-assign ${field} ${randomUUID()}`;
      const res = await t
        .http()
        .post('/v1/inquiries')
        .set(alice.auth)
        .send({ title, ...extra });
      expect(fieldsOf(expectProblem(res, 400, 'validation_failed'))).toContain(field);
      expect(await t.sql('SELECT id FROM inquiry WHERE title = $1', [title])).toEqual([]);
    });

    it.each([
      ['a missing title', {}, 'title'],
      ['an empty title', { title: '' }, 'title'],
      ['a title over 200 characters', { title: 'x'.repeat(201) }, 'title'],
      ['a non-string title', { title: 42 }, 'title'],
      ['a bad status', { title: 'x', status: 'archived' }, 'status'],
      ['a bad contributionPotential', { title: 'x', contributionPotential: 'huge' }, 'contributionPotential'],
    ])('refuses %s with 400', async (_label, body, field) => {
      const before = await t.sql('SELECT id FROM inquiry WHERE owner_id = $1', [alice.id]);
      const res = await t.http().post('/v1/inquiries').set(alice.auth).send(body);
      expect(fieldsOf(expectProblem(res, 400, 'validation_failed'))).toContain(field);
      expect(await t.sql('SELECT id FROM inquiry WHERE owner_id = $1', [alice.id])).toHaveLength(before.length);
    });

    it('requires authentication', async () => {
      expectProblem(await t.http().post('/v1/inquiries').send({ title: 'anonymous' }), 401);
      expectProblem(await t.http().get('/v1/inquiries'), 401);
      expect(await t.sql(`SELECT id FROM inquiry WHERE title = 'anonymous'`)).toEqual([]);
    });

    it('honours Idempotency-Key: a retry returns the same inquiry and creates no second row', async () => {
      const key = randomUUID();
      const title = `idempotent ${key}`;
      const first = await t.http().post('/v1/inquiries').set(alice.auth).set('Idempotency-Key', key).send({ title });
      const second = await t.http().post('/v1/inquiries').set(alice.auth).set('Idempotency-Key', key).send({ title });
      expect(first.status).toBe(201);
      expect(second.status).toBe(201);
      expect((second.body as Inquiry).id).toBe((first.body as Inquiry).id);
      expect(await t.sql('SELECT id FROM inquiry WHERE title = $1', [title])).toHaveLength(1);
    });
  });

  describe('GET /v1/inquiries/:id', () => {
    it('returns the inquiry with ETag "<version>"', async () => {
      const created = await createInquiry(t, alice, { title: 'With an ETag' });
      const res = await t.http().get(`/v1/inquiries/${created.id}`).set(alice.auth);
      expect(res.status).toBe(200);
      expect(res.headers.etag).toBe('"1"');
      expect(res.body).toEqual(created);
    });

    it('answers an unknown id with 404 and a malformed one with 400', async () => {
      expectProblem(await t.http().get(`/v1/inquiries/${randomUUID()}`).set(alice.auth), 404, 'not_found');
      const bad = await t.http().get('/v1/inquiries/not-a-uuid').set(alice.auth);
      expect(fieldsOf(expectProblem(bad, 400))).toEqual(['id']);
    });
  });

  describe('PATCH /v1/inquiries/:id', () => {
    it('changes the given fields, bumps the version and returns the new ETag', async () => {
      const created = await createInquiry(t, alice, { title: 'Before', challenge: 'kept' });
      const res = await t
        .http()
        .patch(`/v1/inquiries/${created.id}`)
        .set(alice.auth)
        .set('If-Match', '"1"')
        .send({ title: 'After', status: 'paused', contributionPotential: 'medium' });
      expect(res.status).toBe(200);
      expect(res.headers.etag).toBe('"2"');
      expect(res.body).toEqual(
        expect.objectContaining({
          id: created.id,
          title: 'After',
          challenge: 'kept',
          status: 'paused',
          contributionPotential: 'medium',
          currentCycle: 1,
          version: 2,
        }),
      );
      const got = await t.http().get(`/v1/inquiries/${created.id}`).set(alice.auth);
      expect(got.headers.etag).toBe('"2"');
      expect(got.body).toEqual(res.body);
    });

    it('clears a nullable field with null', async () => {
      const created = await createInquiry(t, alice, { challenge: 'to be cleared', contributionPotential: 'low' });
      const res = await t
        .http()
        .patch(`/v1/inquiries/${created.id}`)
        .set(alice.auth)
        .send({ challenge: null, contributionPotential: null });
      expect(res.status).toBe(200);
      expect(res.body).toEqual(expect.objectContaining({ challenge: null, contributionPotential: null }));
    });

    it('refuses a stale If-Match with 412 and changes nothing', async () => {
      const created = await createInquiry(t, alice, { title: 'Concurrent' });
      const first = await t
        .http()
        .patch(`/v1/inquiries/${created.id}`)
        .set(alice.auth)
        .set('If-Match', '"1"')
        .send({ title: 'First writer' });
      expect(first.status).toBe(200);
      const stale = await t
        .http()
        .patch(`/v1/inquiries/${created.id}`)
        .set(alice.auth)
        .set('If-Match', '"1"')
        .send({ title: 'Second writer', status: 'concluded' });
      expectProblem(stale, 412, 'precondition_failed');
      expect(await inquiryRow(created.id)).toEqual(
        expect.objectContaining({ title: 'First writer', status: 'active', version: 2 }),
      );
    });

    it.each([
      ['currentCycle', { currentCycle: 2 }],
      ['ownerId', { ownerId: randomUUID() }],
      ['version', { version: 9 }],
      ['id', { id: randomUUID() }],
    ])('cannot set %s (400) and changes nothing', async (field, body) => {
      const created = await createInquiry(t, alice, { title: `immutable ${field}` });
      const res = await t
        .http()
        .patch(`/v1/inquiries/${created.id}`)
        .set(alice.auth)
        .send({ title: 'changed?', ...body });
      expect(fieldsOf(expectProblem(res, 400, 'validation_failed'))).toContain(field);
      expect(await inquiryRow(created.id)).toEqual(
        expect.objectContaining({ title: `immutable ${field}`, current_cycle: 1, version: 1, owner_id: alice.id }),
      );
    });

    it('refuses a bad status with 400', async () => {
      const created = await createInquiry(t, alice);
      const res = await t.http().patch(`/v1/inquiries/${created.id}`).set(alice.auth).send({ status: 'done' });
      expect(fieldsOf(expectProblem(res, 400))).toContain('status');
      expect((await inquiryRow(created.id)).status).toBe('active');
    });

    it('refuses title: null with 400 (the title is required), not a 500', async () => {
      const created = await createInquiry(t, alice, { title: 'Keeps its title' });
      const res = await t.http().patch(`/v1/inquiries/${created.id}`).set(alice.auth).send({ title: null });
      expect(fieldsOf(expectProblem(res, 400))).toContain('title');
      expect((await inquiryRow(created.id)).title).toBe('Keeps its title');
    });

    it('refuses status: null with 400, not a 500', async () => {
      const created = await createInquiry(t, alice, { title: 'Keeps its status' });
      const res = await t.http().patch(`/v1/inquiries/${created.id}`).set(alice.auth).send({ status: null });
      expect(fieldsOf(expectProblem(res, 400))).toContain('status');
      expect((await inquiryRow(created.id)).status).toBe('active');
    });
  });

  describe('DELETE /v1/inquiries/:id', () => {
    it('answers 204, then the inquiry is gone from GET, PATCH, the list and its questions', async () => {
      const created = await createInquiry(t, alice, { title: 'To delete' });
      await createQuestion(t, alice, created.id, { text: 'Will it vanish?' });
      const res = await t.http().delete(`/v1/inquiries/${created.id}`).set(alice.auth);
      expect(res.status).toBe(204);
      expect(res.text).toBe('');
      expectProblem(await t.http().get(`/v1/inquiries/${created.id}`).set(alice.auth), 404);
      expectProblem(
        await t.http().patch(`/v1/inquiries/${created.id}`).set(alice.auth).send({ title: 'revived?' }),
        404,
      );
      expectProblem(await t.http().delete(`/v1/inquiries/${created.id}`).set(alice.auth), 404);
      expectProblem(await t.http().get(`/v1/inquiries/${created.id}/questions`).set(alice.auth), 404);
      expectProblem(
        await t.http().post(`/v1/inquiries/${created.id}/questions`).set(alice.auth).send({ text: 'more?' }),
        404,
      );
      const list = await t.http().get('/v1/inquiries').query({ limit: 100 }).set(alice.auth);
      expect((list.body as Page<Inquiry>).data.map((item) => item.id)).not.toContain(created.id);
      // Soft delete: the row is kept with deleted_at set.
      const row = await inquiryRow(created.id);
      expect(row.deleted_at).toBeInstanceOf(Date);
      expect(row.title).toBe('To delete');
    });

    it('honours If-Match: stale → 412 and the inquiry is still there; current → 204', async () => {
      const created = await createInquiry(t, alice, { title: 'Guarded delete' });
      await t.http().patch(`/v1/inquiries/${created.id}`).set(alice.auth).send({ title: 'Guarded delete v2' });
      expectProblem(
        await t.http().delete(`/v1/inquiries/${created.id}`).set(alice.auth).set('If-Match', '"1"'),
        412,
        'precondition_failed',
      );
      expect((await inquiryRow(created.id)).deleted_at).toBeNull();
      expect((await t.http().get(`/v1/inquiries/${created.id}`).set(alice.auth)).status).toBe(200);
      const ok = await t.http().delete(`/v1/inquiries/${created.id}`).set(alice.auth).set('If-Match', '"2"');
      expect(ok.status).toBe(204);
    });
  });

  describe('GET /v1/inquiries', () => {
    let owner: TestUser;
    const TOTAL = 23;
    let expectedOrder: string[];
    let pausedIds: string[];

    beforeAll(async () => {
      owner = await registerUser(t);
      // Groups of 4 share a created_at, so page boundaries fall inside ties; every third one is paused.
      await t.sql(
        `INSERT INTO inquiry (owner_id, title, status, created_at)
         SELECT $1, 'listed ' || i, (CASE WHEN i % 3 = 0 THEN 'paused' ELSE 'active' END)::inquiry_status,
                '2024-03-01T10:00:00.456Z'::timestamptz - make_interval(secs => (i / 4))
         FROM generate_series(0, $2 - 1) AS i`,
        [owner.id, TOTAL],
      );
      // Never listed: a deleted one and another user's one at the same instant.
      await t.sql(
        `INSERT INTO inquiry (owner_id, title, created_at, deleted_at) VALUES ($1, 'deleted', '2024-03-01T10:00:00.456Z', now())`,
        [owner.id],
      );
      await t.sql(
        `INSERT INTO inquiry (owner_id, title, created_at) VALUES ($1, 'foreign', '2024-03-01T10:00:00.456Z')`,
        [bob.id],
      );
      expectedOrder = (
        await t.sql<{ id: string }>(
          `SELECT id FROM inquiry WHERE owner_id = $1 AND deleted_at IS NULL ORDER BY created_at DESC, id DESC`,
          [owner.id],
        )
      ).map((row) => row.id);
      pausedIds = (
        await t.sql<{ id: string }>(
          `SELECT id FROM inquiry WHERE owner_id = $1 AND deleted_at IS NULL AND status = 'paused' ORDER BY created_at DESC, id DESC`,
          [owner.id],
        )
      ).map((row) => row.id);
      expect(expectedOrder).toHaveLength(TOTAL);
      expect(pausedIds.length).toBeGreaterThan(5);
    });

    const collect = (query: Record<string, string | number>) =>
      collectPages(30, async (cursor) => {
        const body = await apiGet<Page<Inquiry>>(t, owner, '/v1/inquiries', cursor ? { ...query, cursor } : query);
        expect(Object.keys(body).sort()).toEqual(['data', 'nextCursor']);
        return body;
      });

    it('pages through every inquiry once, newest first, with nextCursor null at the end', async () => {
      const { ids, pages } = await collect({ limit: 5 });
      expect(pages).toEqual([5, 5, 5, 5, 3]);
      expect(ids).toEqual(expectedOrder);
      expect(new Set(ids).size).toBe(TOTAL);
    });

    it('filters by ?status= (and paginates the filtered list)', async () => {
      const { ids } = await collect({ status: 'paused', limit: 2 });
      expect(ids).toEqual(pausedIds);
      const active = await collect({ status: 'active', limit: 100 });
      expect(active.ids).toHaveLength(TOTAL - pausedIds.length);
      for (const id of pausedIds) expect(active.ids).not.toContain(id);
      const concluded = await collect({ status: 'concluded' });
      expect(concluded.ids).toEqual([]);
    });

    it('refuses a bad ?status= and limit over 100 with 400', async () => {
      expect(
        fieldsOf(expectProblem(await t.http().get('/v1/inquiries').query({ status: 'nope' }).set(owner.auth), 400)),
      ).toContain('status');
      expect(
        fieldsOf(expectProblem(await t.http().get('/v1/inquiries').query({ limit: 101 }).set(owner.auth), 400)),
      ).toContain('limit');
    });
  });

  describe('questions', () => {
    let inquiry: Inquiry;

    beforeAll(async () => {
      inquiry = await createInquiry(t, alice, { title: 'Questions live here' });
    });

    it('POST creates an open question in the inquiry’s current cycle', async () => {
      const res = await t
        .http()
        .post(`/v1/inquiries/${inquiry.id}/questions`)
        .set(alice.auth)
        .send({ text: 'What makes predictive maintenance stick?' });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        inquiryId: inquiry.id,
        text: 'What makes predictive maintenance stick?',
        status: 'open',
        cycle: 1,
        revisesId: null,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        version: 1,
      });
      const [row] = await t.sql<{ owner_id: string }>('SELECT owner_id FROM question WHERE id = $1', [
        (res.body as Question).id,
      ]);
      expect(row.owner_id).toBe(alice.id);
    });

    it.each([
      ['status', { status: 'answered' }],
      ['cycle', { cycle: 3 }],
      ['inquiryId', { inquiryId: randomUUID() }],
      ['ownerId', { ownerId: randomUUID() }],
      ['version', { version: 4 }],
    ])('refuses %s in the POST body with 400, creating nothing', async (field, extra) => {
      const text = `mass ${field} ${randomUUID()}`;
      const res = await t
        .http()
        .post(`/v1/inquiries/${inquiry.id}/questions`)
        .set(alice.auth)
        .send({ text, ...extra });
      expect(fieldsOf(expectProblem(res, 400))).toContain(field);
      expect(await t.sql('SELECT id FROM question WHERE text = $1', [text])).toEqual([]);
    });

    it('refuses an empty text, a missing text and a malformed revisesId with 400', async () => {
      for (const [body, field] of [
        [{}, 'text'],
        [{ text: '' }, 'text'],
        [{ text: 'ok', revisesId: 'not-a-uuid' }, 'revisesId'],
      ] as const) {
        const res = await t.http().post(`/v1/inquiries/${inquiry.id}/questions`).set(alice.auth).send(body);
        expect(fieldsOf(expectProblem(res, 400))).toContain(field);
      }
    });

    it('answers a question for an unknown inquiry with 404', async () => {
      expectProblem(
        await t.http().post(`/v1/inquiries/${randomUUID()}/questions`).set(alice.auth).send({ text: 'lost' }),
        404,
      );
      expect(await t.sql(`SELECT id FROM question WHERE text = 'lost'`)).toEqual([]);
    });

    it('revising marks the old question revised and links the new one to it', async () => {
      const old = await createQuestion(t, alice, inquiry.id, { text: 'Why do sensors go unused?' });
      const res = await t
        .http()
        .post(`/v1/inquiries/${inquiry.id}/questions`)
        .set(alice.auth)
        .send({ text: 'What stops operators from trusting sensor alerts?', revisesId: old.id });
      expect(res.status).toBe(201);
      const revision = res.body as Question;
      expect(revision).toEqual(
        expect.objectContaining({ revisesId: old.id, status: 'open', cycle: 1, inquiryId: inquiry.id }),
      );
      expect(revision.id).not.toBe(old.id);
      const oldRow = await questionRow(old.id);
      expect(oldRow.status).toBe('revised');
      expect(oldRow.text).toBe('Why do sensors go unused?');
      expect(oldRow.version).toBe(2);
      const list = await t.http().get(`/v1/inquiries/${inquiry.id}/questions`).query({ limit: 100 }).set(alice.auth);
      const byId = new Map((list.body as Page<Question>).data.map((q) => [q.id, q]));
      expect(byId.get(old.id)?.status).toBe('revised');
      expect(byId.get(revision.id)?.revisesId).toBe(old.id);
    });

    it('a revised question can be revised from an answered one too', async () => {
      const old = await createQuestion(t, alice, inquiry.id, { text: 'Answered then refined' });
      const patched = await t.http().patch(`/v1/questions/${old.id}`).set(alice.auth).send({ status: 'answered' });
      expect(patched.status).toBe(200);
      const revision = await createQuestion<Question>(t, alice, inquiry.id, { text: 'Refined', revisesId: old.id });
      expect(revision.revisesId).toBe(old.id);
      expect((await questionRow(old.id)).status).toBe('revised');
    });

    it('refuses to revise a question of another inquiry of the same user with 422, changing nothing', async () => {
      const other = await createInquiry(t, alice, { title: 'Another inquiry' });
      const foreignQuestion = await createQuestion(t, alice, other.id, { text: 'Belongs to the other inquiry' });
      const text = `cross-inquiry ${randomUUID()}`;
      const res = await t
        .http()
        .post(`/v1/inquiries/${inquiry.id}/questions`)
        .set(alice.auth)
        .send({ text, revisesId: foreignQuestion.id });
      expectProblem(res, 422, 'question_of_other_inquiry');
      expect(await questionRow(foreignQuestion.id)).toEqual(expect.objectContaining({ status: 'open', version: 1 }));
      expect(await t.sql('SELECT id FROM question WHERE text = $1', [text])).toEqual([]);
    });

    it('refuses to revise an already revised question with 422 (no second revision)', async () => {
      const a = await createQuestion(t, alice, inquiry.id, { text: 'Revise me once' });
      const b = await createQuestion(t, alice, inquiry.id, { text: 'First revision', revisesId: a.id });
      const text = `second revision ${randomUUID()}`;
      const res = await t
        .http()
        .post(`/v1/inquiries/${inquiry.id}/questions`)
        .set(alice.auth)
        .send({ text, revisesId: a.id });
      expectProblem(res, 422, 'question_not_revisable');
      expect(await t.sql('SELECT id FROM question WHERE text = $1', [text])).toEqual([]);
      expect(await t.sql<{ id: string }>('SELECT id FROM question WHERE revises_id = $1', [a.id])).toEqual([
        { id: b.id },
      ]);
      expect((await questionRow(b.id)).status).toBe('open');
    });

    it('refuses to revise a retired question with 422', async () => {
      const a = await createQuestion(t, alice, inquiry.id, { text: 'Retire me' });
      expect((await t.http().patch(`/v1/questions/${a.id}`).set(alice.auth).send({ status: 'retired' })).status).toBe(
        200,
      );
      const res = await t
        .http()
        .post(`/v1/inquiries/${inquiry.id}/questions`)
        .set(alice.auth)
        .send({ text: 'Revision of a retired one', revisesId: a.id });
      expectProblem(res, 422, 'question_not_revisable');
      expect((await questionRow(a.id)).status).toBe('retired');
    });

    it("answers revisesId of another user's question with 404, and their question is untouched", async () => {
      const bobsInquiry = await createInquiry(t, bob, { title: "Bob's inquiry" });
      const bobsQuestion = await createQuestion(t, bob, bobsInquiry.id, { text: "Bob's question" });
      const text = `steal ${randomUUID()}`;
      const res = await t
        .http()
        .post(`/v1/inquiries/${inquiry.id}/questions`)
        .set(alice.auth)
        .send({ text, revisesId: bobsQuestion.id });
      expectProblem(res, 404, 'not_found');
      expect(await questionRow(bobsQuestion.id)).toEqual(expect.objectContaining({ status: 'open', version: 1 }));
      expect(await t.sql('SELECT id FROM question WHERE text = $1', [text])).toEqual([]);
    });

    it('answers revisesId of an unknown question with 404', async () => {
      const res = await t
        .http()
        .post(`/v1/inquiries/${inquiry.id}/questions`)
        .set(alice.auth)
        .send({ text: 'revises nothing', revisesId: randomUUID() });
      expectProblem(res, 404);
    });

    it('lets two concurrent revisions of one question produce at most one revision', async () => {
      const a = await createQuestion(t, alice, inquiry.id, { text: 'Raced' });
      const send = (text: string) =>
        t.http().post(`/v1/inquiries/${inquiry.id}/questions`).set(alice.auth).send({ text, revisesId: a.id });
      const results = await Promise.all([send('race one'), send('race two'), send('race three')]);
      const statuses = results.map((res) => res.status);
      expect(statuses.filter((status) => status === 201)).toHaveLength(1);
      for (const status of statuses.filter((s) => s !== 201)) expect([409, 412, 422]).toContain(status);
      expect(await t.sql('SELECT id FROM question WHERE revises_id = $1', [a.id])).toHaveLength(1);
      expect((await questionRow(a.id)).status).toBe('revised');
    });

    it('keeps lineage intact over several revisions (A ← B ← C)', async () => {
      const lineageInquiry = await createInquiry(t, alice, { title: 'Lineage' });
      const a = await createQuestion<Question>(t, alice, lineageInquiry.id, { text: 'A' });
      const b = await createQuestion<Question>(t, alice, lineageInquiry.id, { text: 'B', revisesId: a.id });
      await t.sql('UPDATE inquiry SET current_cycle = 2 WHERE id = $1', [lineageInquiry.id]);
      const c = await createQuestion<Question>(t, alice, lineageInquiry.id, { text: 'C', revisesId: b.id });
      expect([a.revisesId, b.revisesId, c.revisesId]).toEqual([null, a.id, b.id]);
      expect([a.cycle, b.cycle, c.cycle]).toEqual([1, 1, 2]);
      const res = await t.http().get(`/v1/inquiries/${lineageInquiry.id}/questions`).set(alice.auth);
      expect(res.status).toBe(200);
      const questions = (res.body as Page<Question>).data;
      // Newest first.
      expect(questions.map((q) => q.text)).toEqual(['C', 'B', 'A']);
      const byId = new Map(questions.map((q) => [q.id, q]));
      // Walk back from C to A through revisesId.
      const chain: string[] = [];
      for (let q = byId.get(c.id); q; q = q.revisesId ? byId.get(q.revisesId) : undefined) chain.push(q.text);
      expect(chain).toEqual(['C', 'B', 'A']);
      expect(questions.map((q) => [q.text, q.status])).toEqual([
        ['C', 'open'],
        ['B', 'revised'],
        ['A', 'revised'],
      ]);
      // Editing a question keeps its link.
      const edited = await t.http().patch(`/v1/questions/${c.id}`).set(alice.auth).send({ text: 'C, sharper' });
      expect(edited.status).toBe(200);
      expect((edited.body as Question).revisesId).toBe(b.id);
      expect((edited.body as Question).cycle).toBe(2);
    });

    it('creates questions in cycle 2 once the inquiry is in cycle 2, and ?cycle= filters by it', async () => {
      const cycled = await createInquiry(t, alice, { title: 'Two cycles' });
      const first = await createQuestion<Question>(t, alice, cycled.id, { text: 'Cycle one question' });
      expect(first.cycle).toBe(1);
      await t.sql('UPDATE inquiry SET current_cycle = 2 WHERE id = $1', [cycled.id]);
      const second = await createQuestion<Question>(t, alice, cycled.id, { text: 'Cycle two question' });
      expect(second.cycle).toBe(2);
      expect((await questionRow(second.id)).cycle).toBe(2);
      const revision = await createQuestion<Question>(t, alice, cycled.id, {
        text: 'Cycle two revision',
        revisesId: first.id,
      });
      expect(revision.cycle).toBe(2);
      // The revised question keeps the cycle it was introduced in.
      expect((await questionRow(first.id)).cycle).toBe(1);

      const inCycle2 = await t.http().get(`/v1/inquiries/${cycled.id}/questions`).query({ cycle: 2 }).set(alice.auth);
      expect((inCycle2.body as Page<Question>).data.map((q) => q.id)).toEqual([revision.id, second.id]);
      const inCycle1 = await t.http().get(`/v1/inquiries/${cycled.id}/questions`).query({ cycle: 1 }).set(alice.auth);
      expect((inCycle1.body as Page<Question>).data.map((q) => q.id)).toEqual([first.id]);
      const inCycle3 = await t.http().get(`/v1/inquiries/${cycled.id}/questions`).query({ cycle: 3 }).set(alice.auth);
      expect((inCycle3.body as Page<Question>).data).toEqual([]);
    });

    it('lists only this inquiry’s questions, filters by ?status=, and paginates', async () => {
      const listed = await createInquiry(t, alice, { title: 'Listed questions' });
      const other = await createInquiry(t, alice, { title: 'Noise' });
      await createQuestion(t, alice, other.id, { text: 'noise' });
      const ids: string[] = [];
      for (let i = 0; i < 7; i++) ids.push((await createQuestion(t, alice, listed.id, { text: `q${i}` })).id);
      await t.http().patch(`/v1/questions/${ids[1]}`).set(alice.auth).send({ status: 'answered' });
      await t.http().patch(`/v1/questions/${ids[4]}`).set(alice.auth).send({ status: 'answered' });
      await t.http().patch(`/v1/questions/${ids[5]}`).set(alice.auth).send({ status: 'retired' });
      // A soft-deleted question never shows.
      const [deleted] = await t.sql<{ id: string }>(
        `INSERT INTO question (owner_id, inquiry_id, text, cycle, deleted_at) VALUES ($1, $2, 'deleted', 1, now()) RETURNING id`,
        [alice.id, listed.id],
      );

      const expected = (
        await t.sql<{ id: string }>(
          `SELECT id FROM question WHERE inquiry_id = $1 AND deleted_at IS NULL ORDER BY created_at DESC, id DESC`,
          [listed.id],
        )
      ).map((row) => row.id);
      expect(expected).toHaveLength(7);

      const seen: string[] = [];
      let cursor: string | null = null;
      for (let guard = 0; guard < 10; guard++) {
        const res = await t
          .http()
          .get(`/v1/inquiries/${listed.id}/questions`)
          .query(cursor ? { limit: 3, cursor } : { limit: 3 })
          .set(alice.auth);
        expect(res.status).toBe(200);
        const body = res.body as Page<Question>;
        seen.push(...body.data.map((q) => q.id));
        cursor = body.nextCursor;
        if (!cursor) break;
      }
      expect(seen).toEqual(expected);
      expect(seen).not.toContain(deleted.id);

      const answered = await t
        .http()
        .get(`/v1/inquiries/${listed.id}/questions`)
        .query({ status: 'answered' })
        .set(alice.auth);
      expect((answered.body as Page<Question>).data.map((q) => q.id).sort()).toEqual([ids[1], ids[4]].sort());
      const retired = await t
        .http()
        .get(`/v1/inquiries/${listed.id}/questions`)
        .query({ status: 'retired' })
        .set(alice.auth);
      expect((retired.body as Page<Question>).data.map((q) => q.id)).toEqual([ids[5]]);
      const open = await t.http().get(`/v1/inquiries/${listed.id}/questions`).query({ status: 'open' }).set(alice.auth);
      expect((open.body as Page<Question>).data).toHaveLength(4);

      expect(
        fieldsOf(
          expectProblem(
            await t.http().get(`/v1/inquiries/${listed.id}/questions`).query({ status: 'bogus' }).set(alice.auth),
            400,
          ),
        ),
      ).toContain('status');
      expect(
        fieldsOf(
          expectProblem(
            await t.http().get(`/v1/inquiries/${listed.id}/questions`).query({ cycle: 0 }).set(alice.auth),
            400,
          ),
        ),
      ).toContain('cycle');
    });

    describe('PATCH /v1/questions/:id', () => {
      it('marks a question answered and returns the new ETag', async () => {
        const q = await createQuestion(t, alice, inquiry.id, { text: 'To answer' });
        const res = await t
          .http()
          .patch(`/v1/questions/${q.id}`)
          .set(alice.auth)
          .set('If-Match', '"1"')
          .send({ status: 'answered' });
        expect(res.status).toBe(200);
        expect(res.headers.etag).toBe('"2"');
        expect(res.body).toEqual(expect.objectContaining({ id: q.id, status: 'answered', version: 2, cycle: 1 }));
        expect((await questionRow(q.id)).status).toBe('answered');
      });

      it("refuses status 'revised' with 400 (a question becomes revised only by a revision)", async () => {
        const q = await createQuestion(t, alice, inquiry.id, { text: 'Not revisable by hand' });
        const res = await t.http().patch(`/v1/questions/${q.id}`).set(alice.auth).send({ status: 'revised' });
        expect(fieldsOf(expectProblem(res, 400, 'validation_failed'))).toContain('status');
        expect(await questionRow(q.id)).toEqual(expect.objectContaining({ status: 'open', version: 1 }));
      });

      it.each([
        ['cycle', { cycle: 5 }],
        ['revisesId', { revisesId: randomUUID() }],
        ['inquiryId', { inquiryId: randomUUID() }],
        ['ownerId', { ownerId: randomUUID() }],
      ])('refuses %s with 400 and changes nothing', async (field, body) => {
        const q = await createQuestion(t, alice, inquiry.id, { text: `fixed ${field}` });
        const res = await t.http().patch(`/v1/questions/${q.id}`).set(alice.auth).send(body);
        expect(fieldsOf(expectProblem(res, 400))).toContain(field);
        expect(await questionRow(q.id)).toEqual(
          expect.objectContaining({ cycle: 1, revises_id: null, version: 1, status: 'open' }),
        );
      });

      it('refuses a stale If-Match with 412 and changes nothing', async () => {
        const q = await createQuestion(t, alice, inquiry.id, { text: 'Stale edit' });
        await t.http().patch(`/v1/questions/${q.id}`).set(alice.auth).send({ text: 'Fresh edit' });
        const res = await t
          .http()
          .patch(`/v1/questions/${q.id}`)
          .set(alice.auth)
          .set('If-Match', '"1"')
          .send({ status: 'retired' });
        expectProblem(res, 412, 'precondition_failed');
        expect(await questionRow(q.id)).toEqual(
          expect.objectContaining({ text: 'Fresh edit', status: 'open', version: 2 }),
        );
      });

      it('refuses text: null with 400, not a 500', async () => {
        const q = await createQuestion(t, alice, inquiry.id, { text: 'Keeps its text' });
        const res = await t.http().patch(`/v1/questions/${q.id}`).set(alice.auth).send({ text: null });
        expect(fieldsOf(expectProblem(res, 400))).toContain('text');
        expect((await questionRow(q.id)).text).toBe('Keeps its text');
      });

      it('refuses status: null with 400, not a 500', async () => {
        const q = await createQuestion(t, alice, inquiry.id, { text: 'Keeps its status' });
        const res = await t.http().patch(`/v1/questions/${q.id}`).set(alice.auth).send({ status: null });
        expect(fieldsOf(expectProblem(res, 400))).toContain('status');
        expect((await questionRow(q.id)).status).toBe('open');
      });

      it('keeps a revised question revised: PATCH cannot reopen it (and so cannot fork its lineage)', async () => {
        const a = await createQuestion(t, alice, inquiry.id, { text: 'Revised for good' });
        const b = await createQuestion(t, alice, inquiry.id, { text: 'Its revision', revisesId: a.id });
        const res = await t.http().patch(`/v1/questions/${a.id}`).set(alice.auth).send({ status: 'open' });
        expectProblem(res, 422, 'revised_question_locked');
        expect((await questionRow(a.id)).status).toBe('revised');
        await t
          .http()
          .post(`/v1/inquiries/${inquiry.id}/questions`)
          .set(alice.auth)
          .send({ text: 'A second revision', revisesId: a.id });
        expect(await t.sql('SELECT id FROM question WHERE revises_id = $1', [a.id])).toEqual([{ id: b.id }]);
      });

      it('answers 404 for a question of a deleted inquiry', async () => {
        const deletedInquiry = await createInquiry(t, alice, { title: 'Deleted with its questions' });
        const q = await createQuestion(t, alice, deletedInquiry.id, { text: 'Orphan' });
        expect((await t.http().delete(`/v1/inquiries/${deletedInquiry.id}`).set(alice.auth)).status).toBe(204);
        const res = await t.http().patch(`/v1/questions/${q.id}`).set(alice.auth).send({ status: 'answered' });
        expectProblem(res, 404);
        expect((await questionRow(q.id)).status).toBe('open');
      });

      it('answers an unknown question with 404', async () => {
        expectProblem(
          await t.http().patch(`/v1/questions/${randomUUID()}`).set(alice.auth).send({ status: 'answered' }),
          404,
        );
      });
    });
  });

  describe("another user's resources are 404 and stay unchanged", () => {
    let inquiry: Inquiry;
    let question: Question;

    beforeAll(async () => {
      inquiry = await createInquiry(t, alice, { title: "Alice's private inquiry", challenge: 'secret' });
      question = await createQuestion(t, alice, inquiry.id, { text: "Alice's private question" });
    });

    it('GET /v1/inquiries/:id → 404', async () => {
      const res = await t.http().get(`/v1/inquiries/${inquiry.id}`).set(bob.auth);
      const body = expectProblem(res, 404, 'not_found');
      expect(JSON.stringify(body)).not.toContain('private');
      expect(res.headers.etag).toBeUndefined();
    });

    it('PATCH /v1/inquiries/:id → 404 (with or without If-Match), nothing changed', async () => {
      expectProblem(await t.http().patch(`/v1/inquiries/${inquiry.id}`).set(bob.auth).send({ title: 'hijacked' }), 404);
      expectProblem(
        await t
          .http()
          .patch(`/v1/inquiries/${inquiry.id}`)
          .set(bob.auth)
          .set('If-Match', '"1"')
          .send({ status: 'concluded' }),
        404,
      );
      expect(await inquiryRow(inquiry.id)).toEqual(
        expect.objectContaining({ title: "Alice's private inquiry", status: 'active', version: 1, deleted_at: null }),
      );
    });

    it('DELETE /v1/inquiries/:id → 404, not deleted', async () => {
      expectProblem(await t.http().delete(`/v1/inquiries/${inquiry.id}`).set(bob.auth), 404);
      expectProblem(await t.http().delete(`/v1/inquiries/${inquiry.id}`).set(bob.auth).set('If-Match', '"1"'), 404);
      expect((await inquiryRow(inquiry.id)).deleted_at).toBeNull();
      expect((await t.http().get(`/v1/inquiries/${inquiry.id}`).set(alice.auth)).status).toBe(200);
    });

    it('GET/POST /v1/inquiries/:id/questions → 404, no question added', async () => {
      expectProblem(await t.http().get(`/v1/inquiries/${inquiry.id}/questions`).set(bob.auth), 404);
      expectProblem(
        await t.http().post(`/v1/inquiries/${inquiry.id}/questions`).set(bob.auth).send({ text: 'planted' }),
        404,
      );
      expectProblem(
        await t
          .http()
          .post(`/v1/inquiries/${inquiry.id}/questions`)
          .set(bob.auth)
          .send({ text: 'planted revision', revisesId: question.id }),
        404,
      );
      expect(await t.sql<{ text: string }>('SELECT text FROM question WHERE inquiry_id = $1', [inquiry.id])).toEqual([
        { text: "Alice's private question" },
      ]);
    });

    it('PATCH /v1/questions/:id → 404, nothing changed', async () => {
      expectProblem(
        await t.http().patch(`/v1/questions/${question.id}`).set(bob.auth).send({ status: 'retired', text: 'x' }),
        404,
      );
      expect(await questionRow(question.id)).toEqual(
        expect.objectContaining({ text: "Alice's private question", status: 'open', version: 1 }),
      );
    });

    it("Bob's list never shows Alice's inquiries", async () => {
      const res = await t.http().get('/v1/inquiries').query({ limit: 100 }).set(bob.auth);
      expect(res.status).toBe(200);
      const ids = (res.body as Page<Inquiry>).data.map((item) => item.id);
      expect(ids).not.toContain(inquiry.id);
      const owners = await t.sql<{ owner_id: string }>(
        'SELECT DISTINCT owner_id FROM inquiry WHERE id = ANY($1::uuid[])',
        [ids],
      );
      expect(owners.every((row) => row.owner_id === bob.id)).toBe(true);
    });
  });
});
