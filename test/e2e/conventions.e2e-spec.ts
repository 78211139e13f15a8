import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'supertest';
import { registerAdmin, registerUser, uniqueEmail, type TestUser } from '../factories/users.js';
import { expectStrictProblem, fieldsOf } from '../support/problems.js';
import { rowById } from '../support/sql.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

function retryAfterSeconds(res: Response): number {
  const header = res.headers['retry-after'];
  expect(header).toMatch(/^\d+$/);
  return Number(header);
}

const encodeCursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('conventions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  describe('problem+json', () => {
    it('answers a 400 with the full problem shape, field errors and the request id', async () => {
      const res = await t
        .http()
        .post('/v1/auth/register')
        .send({ email: 'not-an-email', password: 'short', name: 'X' });
      const body = expectStrictProblem(res, 400, 'validation_failed');
      expect(body.instance).toBe('/v1/auth/register');
      const fields = fieldsOf(body);
      expect(fields).toEqual(expect.arrayContaining(['email', 'password']));
      expect(fields).not.toContain('name');
    });

    it('carries a generated request id in the X-Request-Id header and the body, different per request', async () => {
      const first = await t.http().get('/v1/me');
      const second = await t.http().get('/v1/me');
      const a = expectStrictProblem(first, 401, 'unauthenticated');
      const b = expectStrictProblem(second, 401, 'unauthenticated');
      expect(a.requestId.length).toBeGreaterThan(0);
      expect(a.requestId).not.toBe(b.requestId);
    });

    it('echoes a caller-supplied X-Request-Id in the header and the body', async () => {
      const res = await t.http().get('/v1/me').set('X-Request-Id', 'trace-abc.123:xyz');
      const body = expectStrictProblem(res, 401);
      expect(res.headers['x-request-id']).toBe('trace-abc.123:xyz');
      expect(body.requestId).toBe('trace-abc.123:xyz');
    });

    it('replaces an unsafe caller-supplied X-Request-Id rather than echoing it', async () => {
      const res = await t.http().get('/v1/me').set('X-Request-Id', 'evil id <script>');
      const body = expectStrictProblem(res, 401);
      expect(body.requestId).not.toBe('evil id <script>');
      expect(body.requestId).toMatch(/^[A-Za-z0-9._:-]+$/);
    });

    it('puts X-Request-Id on successful responses too', async () => {
      const res = await t.http().get('/health/live').set('X-Request-Id', 'ok-request-1');
      expect(res.status).toBe(200);
      expect(res.headers['x-request-id']).toBe('ok-request-1');
    });

    it('never shows SQL or a driver message, even when the database refuses a write (duplicate email → 409)', async () => {
      const user = await registerUser(t);
      const res = await t
        .http()
        .post('/v1/auth/register')
        .send({ email: user.email.toUpperCase(), password: 'another-long-password', name: 'Dup' });
      expectStrictProblem(res, 409, 'email_taken');
    });

    it('answers an unknown route with 404 problem+json', async () => {
      const res = await t.http().get('/v1/no-such-route');
      const body = expectStrictProblem(res, 404, 'route_not_found');
      expect(body.instance).toBe('/v1/no-such-route');
    });

    it('drops the query string from instance', async () => {
      const res = await t.http().get('/v1/no-such-route?secret=1');
      expect(expectStrictProblem(res, 404).instance).toBe('/v1/no-such-route');
    });
  });

  describe('validation', () => {
    let user: TestUser;
    beforeAll(async () => {
      user = await registerUser(t);
    });

    it('refuses an unknown body property with 400 naming it, and creates nothing', async () => {
      const res = await t.http().post('/v1/me/api-keys').set(user.auth).send({ name: 'k', ownerId: randomUUID() });
      expect(fieldsOf(expectStrictProblem(res, 400, 'validation_failed'))).toContain('ownerId');
      const rows = await t.sql('SELECT id FROM api_key WHERE owner_id = $1', [user.id]);
      expect(rows).toHaveLength(0);
    });

    it('does not let a client register itself as admin (mass assignment of role → 400, no account)', async () => {
      const email = uniqueEmail('mass');
      const res = await t
        .http()
        .post('/v1/auth/register')
        .send({ email, password: 'a-long-enough-password', name: 'M', role: 'admin' });
      expect(fieldsOf(expectStrictProblem(res, 400))).toContain('role');
      const rows = await t.sql('SELECT id FROM app_user WHERE email = $1', [email]);
      expect(rows).toHaveLength(0);
    });

    it('refuses a wrong type with 400 naming the field', async () => {
      const res = await t.http().post('/v1/me/api-keys').set(user.auth).send({ name: 123 });
      expect(fieldsOf(expectStrictProblem(res, 400, 'validation_failed'))).toContain('name');
    });

    it('refuses a bad enum value with 400', async () => {
      const admin = await registerAdmin(t);
      const res = await t.http().patch(`/v1/admin/users/${user.id}`).set(admin.auth).send({ role: 'superuser' });
      expect(fieldsOf(expectStrictProblem(res, 400))).toContain('role');
      const [row] = await t.sql<{ role: string }>('SELECT role FROM app_user WHERE id = $1', [user.id]);
      expect(row.role).toBe('user');
    });

    it('refuses a malformed UUID path parameter with 400 naming it', async () => {
      const res = await t.http().delete('/v1/me/api-keys/not-a-uuid').set(user.auth);
      expect(fieldsOf(expectStrictProblem(res, 400, 'validation_failed'))).toEqual(['id']);
    });

    it('answers a well-formed but unknown id with 404, not 400', async () => {
      const res = await t.http().delete(`/v1/me/api-keys/${randomUUID()}`).set(user.auth);
      expectStrictProblem(res, 404, 'not_found');
    });
  });

  describe('request bodies', () => {
    // A protected route: public routes accept far smaller bodies (see hostile-bodies.e2e-spec.ts).
    let user: TestUser;
    beforeAll(async () => {
      user = await registerUser(t);
    });

    it('refuses a body over 1 MiB with 413 problem+json', async () => {
      const res = await t
        .http()
        .post('/v1/me/api-keys')
        .set(user.auth)
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ name: 'x'.repeat(1024 * 1024 + 10) }));
      expectStrictProblem(res, 413, 'payload_too_large');
    });

    it('still parses a body just under 1 MiB (the limit is not lower)', async () => {
      const res = await t
        .http()
        .post('/v1/me/api-keys')
        .set(user.auth)
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ name: 'x'.repeat(1000 * 1000) }));
      // Reaches validation: name is too long, but the body itself was accepted.
      expect(fieldsOf(expectStrictProblem(res, 400, 'validation_failed'))).toEqual(['name']);
    });

    it('answers malformed JSON with 400 problem+json', async () => {
      const res = await t
        .http()
        .post('/v1/auth/login')
        .set('Content-Type', 'application/json')
        .send('{"email": "a@example.com",');
      expectStrictProblem(res, 400, 'malformed_request');
    });
  });

  describe('ETag and If-Match', () => {
    let admin: TestUser;
    let target: TestUser;
    beforeAll(async () => {
      admin = await registerAdmin(t);
      target = await registerUser(t);
    });

    const state = (id: string) => rowById<{ role: string; version: number }>(t, 'app_user', id, ['role', 'version']);
    const auditCount = async (id: string) =>
      Number(
        (
          await t.sql<{ n: string }>(
            `SELECT count(*) AS n FROM audit_log WHERE action = 'admin.user_updated' AND subject = $1`,
            [id],
          )
        )[0].n,
      );

    it('walks GET ETag → conditional PATCH → stale and garbage If-Match refused', async () => {
      const me = await t.http().get('/v1/me').set(target.auth);
      expect(me.status).toBe(200);
      const etag = me.headers.etag;
      expect(etag).toMatch(/^(W\/)?"[^"]+"$/);

      // Current ETag: the change happens, and the response carries the new ETag.
      const promoted = await t
        .http()
        .patch(`/v1/admin/users/${target.id}`)
        .set(admin.auth)
        .set('If-Match', etag)
        .send({ role: 'admin' });
      expect(promoted.status).toBe(200);
      expect(promoted.body).toMatchObject({ id: target.id, role: 'admin' });
      const newEtag = promoted.headers.etag;
      expect(newEtag).toMatch(/^(W\/)?"[^"]+"$/);
      expect(newEtag).not.toBe(etag);
      // The resource's own GET agrees with the ETag the write returned.
      const again = await t.http().get('/v1/me').set(target.auth);
      expect(again.headers.etag).toBe(newEtag);

      const before = await state(target.id);
      const auditBefore = await auditCount(target.id);

      // Stale: 412, nothing changed, nothing audited.
      const stale = await t
        .http()
        .patch(`/v1/admin/users/${target.id}`)
        .set(admin.auth)
        .set('If-Match', etag)
        .send({ role: 'user' });
      expectStrictProblem(stale, 412, 'precondition_failed');
      expect(await state(target.id)).toEqual(before);
      expect(await auditCount(target.id)).toBe(auditBefore);

      // Garbage: can never match, 412, nothing changed.
      const garbage = await t
        .http()
        .patch(`/v1/admin/users/${target.id}`)
        .set(admin.auth)
        .set('If-Match', 'not-an-etag')
        .send({ role: 'user' });
      expectStrictProblem(garbage, 412, 'precondition_failed');
      expect(await state(target.id)).toEqual(before);
      expect(await auditCount(target.id)).toBe(auditBefore);

      // A weak validator never matches If-Match (strong comparison, RFC 9110).
      const weak = await t
        .http()
        .patch(`/v1/admin/users/${target.id}`)
        .set(admin.auth)
        .set('If-Match', `W/${newEtag}`)
        .send({ role: 'user' });
      expectStrictProblem(weak, 412, 'precondition_failed');
      expect(await state(target.id)).toEqual(before);

      // An ETag from the future does not match either.
      const future = await t
        .http()
        .patch(`/v1/admin/users/${target.id}`)
        .set(admin.auth)
        .set('If-Match', '"999999"')
        .send({ role: 'user' });
      expectStrictProblem(future, 412, 'precondition_failed');
      expect(await state(target.id)).toEqual(before);

      // Current again: applied, and a third distinct ETag.
      const demoted = await t
        .http()
        .patch(`/v1/admin/users/${target.id}`)
        .set(admin.auth)
        .set('If-Match', newEtag)
        .send({ role: 'user' });
      expect(demoted.status).toBe(200);
      expect(demoted.body).toMatchObject({ role: 'user' });
      expect(demoted.headers.etag).not.toBe(newEtag);
      expect(demoted.headers.etag).not.toBe(etag);
      expect((await state(target.id)).role).toBe('user');
      expect(await auditCount(target.id)).toBe(auditBefore + 1);
    });

    it('refuses a write based on a read that another change made stale (no lost update)', async () => {
      const read = await t.http().get('/v1/me').set(target.auth);
      const etag = read.headers.etag;
      // Someone else changes the user in between (no If-Match: unconditional).
      const other = await t.http().patch(`/v1/admin/users/${target.id}`).set(admin.auth).send({ disabled: false });
      expect(other.status).toBe(200);
      const res = await t
        .http()
        .patch(`/v1/admin/users/${target.id}`)
        .set(admin.auth)
        .set('If-Match', etag)
        .send({ role: 'admin' });
      expectStrictProblem(res, 412);
      expect((await state(target.id)).role).toBe('user');
    });

    it('answers 404 (not 412) for If-Match on a user that does not exist', async () => {
      const res = await t
        .http()
        .patch(`/v1/admin/users/${randomUUID()}`)
        .set(admin.auth)
        .set('If-Match', '"1"')
        .send({ role: 'user' });
      expectStrictProblem(res, 404);
    });
  });

  describe('Idempotency-Key on POST /v1/me/api-keys', () => {
    let alice: TestUser;
    let bob: TestUser;
    beforeAll(async () => {
      alice = await registerUser(t);
      bob = await registerUser(t);
    });

    const keysOf = async (ownerId: string, name?: string) =>
      t.sql<{ id: string }>(
        `SELECT id FROM api_key WHERE owner_id = $1 ${name === undefined ? '' : 'AND name = $2'}`,
        name === undefined ? [ownerId] : [ownerId, name],
      );

    it('replays the original status and body for the same key and body, with no second row', async () => {
      const key = randomUUID();
      const first = await t
        .http()
        .post('/v1/me/api-keys')
        .set(alice.auth)
        .set('Idempotency-Key', key)
        .send({ name: 'replayed' });
      expect(first.status).toBe(201);
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      const second = await t
        .http()
        .post('/v1/me/api-keys')
        .set(alice.auth)
        .set('Idempotency-Key', key)
        .send({ name: 'replayed' });
      expect(second.status).toBe(201);
      expect(second.headers['idempotent-replayed']).toBe('true');
      // The same body, except the secret: shown once, never stored for replays.
      const { key: secret, ...withoutSecret } = first.body as { key: string };
      expect(secret).toMatch(/^snb_/);
      expect(second.body).toEqual(withoutSecret);
      expect(await t.sql(`SELECT 1 FROM idempotency_key WHERE response_body::text LIKE $1`, [`%${secret}%`])).toEqual(
        [],
      );
      expect((second.body as { id: string }).id).toBe((first.body as { id: string }).id);
      expect(await keysOf(alice.id, 'replayed')).toEqual([{ id: (first.body as { id: string }).id }]);
    });

    it('treats the same JSON with keys in another order as the same request', async () => {
      const key = randomUUID();
      const first = await t
        .http()
        .post('/v1/me/api-keys')
        .set(alice.auth)
        .set('Idempotency-Key', key)
        .send({ name: 'ordered' });
      const second = await t
        .http()
        .post('/v1/me/api-keys')
        .set(alice.auth)
        .set('Idempotency-Key', key)
        .set('Content-Type', 'application/json')
        .send('{ "name" : "ordered" }');
      expect(first.status).toBe(201);
      expect(second.status).toBe(201);
      expect(second.headers['idempotent-replayed']).toBe('true');
      expect((second.body as { id: string }).id).toBe((first.body as { id: string }).id);
      expect(await keysOf(alice.id, 'ordered')).toHaveLength(1);
    });

    it('refuses the same key with a different body: 422 idempotency_key_reused, nothing created', async () => {
      const key = randomUUID();
      const first = await t
        .http()
        .post('/v1/me/api-keys')
        .set(alice.auth)
        .set('Idempotency-Key', key)
        .send({ name: 'original' });
      expect(first.status).toBe(201);
      const second = await t
        .http()
        .post('/v1/me/api-keys')
        .set(alice.auth)
        .set('Idempotency-Key', key)
        .send({ name: 'different' });
      expectStrictProblem(second, 422, 'idempotency_key_reused');
      expect(await keysOf(alice.id, 'different')).toHaveLength(0);
      expect(await keysOf(alice.id, 'original')).toHaveLength(1);
    });

    it('keeps keys per user: another user with the same key gets their own new key', async () => {
      const key = randomUUID();
      const mine = await t
        .http()
        .post('/v1/me/api-keys')
        .set(alice.auth)
        .set('Idempotency-Key', key)
        .send({ name: 'shared-key' });
      const theirs = await t
        .http()
        .post('/v1/me/api-keys')
        .set(bob.auth)
        .set('Idempotency-Key', key)
        .send({ name: 'shared-key' });
      expect(mine.status).toBe(201);
      expect(theirs.status).toBe(201);
      expect(theirs.headers['idempotent-replayed']).toBeUndefined();
      expect((theirs.body as { id: string }).id).not.toBe((mine.body as { id: string }).id);
      expect((theirs.body as { key: string }).key).not.toBe((mine.body as { key: string }).key);
      expect(await keysOf(alice.id, 'shared-key')).toEqual([{ id: (mine.body as { id: string }).id }]);
      expect(await keysOf(bob.id, 'shared-key')).toEqual([{ id: (theirs.body as { id: string }).id }]);
    });

    it('does not burn the key on a request that failed validation', async () => {
      const key = randomUUID();
      const bad = await t.http().post('/v1/me/api-keys').set(alice.auth).set('Idempotency-Key', key).send({ name: 42 });
      expectStrictProblem(bad, 400, 'validation_failed');
      const good = await t
        .http()
        .post('/v1/me/api-keys')
        .set(alice.auth)
        .set('Idempotency-Key', key)
        .send({ name: 'after-400' });
      expect(good.status).toBe(201);
      expect(good.headers['idempotent-replayed']).toBeUndefined();
      expect(await keysOf(alice.id, 'after-400')).toHaveLength(1);
    });

    it('refuses an Idempotency-Key longer than 255 characters with 400', async () => {
      const res = await t
        .http()
        .post('/v1/me/api-keys')
        .set(alice.auth)
        .set('Idempotency-Key', 'k'.repeat(256))
        .send({ name: 'too-long-key' });
      expectStrictProblem(res, 400);
      expect(await keysOf(alice.id, 'too-long-key')).toHaveLength(0);
    });

    it('runs two concurrent identical requests once: 201 + replay, or 201 + 409 in flight', async () => {
      const key = randomUUID();
      const send = () =>
        t.http().post('/v1/me/api-keys').set(alice.auth).set('Idempotency-Key', key).send({ name: 'concurrent' });
      const results = await Promise.all([send(), send()]);
      const statuses = results.map((res) => res.status).sort();
      const created = results.filter((res) => res.status === 201);
      expect(created.length).toBeGreaterThanOrEqual(1);
      if (statuses[0] === 201 && statuses[1] === 201) {
        expect((created[0].body as { id: string }).id).toBe((created[1].body as { id: string }).id);
        expect(results.filter((res) => res.headers['idempotent-replayed'] === 'true')).toHaveLength(1);
      } else {
        expect(statuses).toEqual([201, 409]);
        expectStrictProblem(
          results.find((res) => res.status === 409)!,
          409,
          'idempotency_request_in_flight',
        );
      }
      const rows = await keysOf(alice.id, 'concurrent');
      expect(rows).toEqual([{ id: (created[0].body as { id: string }).id }]);
      // Once settled, a retry is a replay of that one row.
      const retry = await send();
      expect(retry.status).toBe(201);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect((retry.body as { id: string }).id).toBe(rows[0].id);
    });

    it('remembers a key for at least 24 hours (a 23-hour-old key is still enforced)', async () => {
      const key = randomUUID();
      await t.sql(
        `INSERT INTO idempotency_key (owner_id, key, request_hash, state, response_status, response_body, created_at)
         VALUES ($1, $2, $3, 'completed', 201, $4, now() - interval '23 hours')`,
        [alice.id, key, 'f'.repeat(64), JSON.stringify({ id: randomUUID(), name: 'old' })],
      );
      const res = await t
        .http()
        .post('/v1/me/api-keys')
        .set(alice.auth)
        .set('Idempotency-Key', key)
        .send({ name: 'within-24h' });
      expectStrictProblem(res, 422, 'idempotency_key_reused');
      expect(await keysOf(alice.id, 'within-24h')).toHaveLength(0);
    });

    it('forgets an expired key (older than 24 hours): it can be used again for a new request', async () => {
      const key = randomUUID();
      const oldId = randomUUID();
      await t.sql(
        `INSERT INTO idempotency_key (owner_id, key, request_hash, state, response_status, response_body, created_at)
         VALUES ($1, $2, $3, 'completed', 201, $4, now() - interval '25 hours')`,
        [alice.id, key, 'f'.repeat(64), JSON.stringify({ id: oldId, name: 'old' })],
      );
      const res = await t
        .http()
        .post('/v1/me/api-keys')
        .set(alice.auth)
        .set('Idempotency-Key', key)
        .send({ name: 'after-expiry' });
      expect(res.status).toBe(201);
      expect(res.headers['idempotent-replayed']).toBeUndefined();
      expect((res.body as { id: string }).id).not.toBe(oldId);
      expect(await keysOf(alice.id, 'after-expiry')).toEqual([{ id: (res.body as { id: string }).id }]);
      // And the key now belongs to the new request: replaying it returns the new response.
      const replay = await t
        .http()
        .post('/v1/me/api-keys')
        .set(alice.auth)
        .set('Idempotency-Key', key)
        .send({ name: 'after-expiry' });
      expect(replay.status).toBe(201);
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect((replay.body as { id: string }).id).toBe((res.body as { id: string }).id);
    });

    it('without an Idempotency-Key, two identical POSTs create two rows', async () => {
      const first = await t.http().post('/v1/me/api-keys').set(alice.auth).send({ name: 'no-key' });
      const second = await t.http().post('/v1/me/api-keys').set(alice.auth).send({ name: 'no-key' });
      expect(first.status).toBe(201);
      expect(second.status).toBe(201);
      expect(await keysOf(alice.id, 'no-key')).toHaveLength(2);
    });
  });

  describe('pagination (GET /v1/me/api-keys)', () => {
    const TOTAL = 45;
    let owner: TestUser;
    let expectedOrder: string[];
    let foreignIds: string[];
    let deletedId: string;

    beforeAll(async () => {
      owner = await registerUser(t);
      const other = await registerUser(t);
      // Groups of 5 rows share one created_at, so page boundaries (every 7) fall inside ties.
      await t.sql(
        `INSERT INTO api_key (owner_id, name, prefix, secret_hash, created_at)
         SELECT $1, 'page key ' || i, 'pg' || lpad(i::text, 2, '0') || substr(md5(random()::text), 1, 10), repeat('a', 64),
                '2024-05-01T12:00:00.123Z'::timestamptz - make_interval(secs => (i / 5))
         FROM generate_series(0, $2 - 1) AS i`,
        [owner.id, TOTAL],
      );
      // Rows that must never show up: another user's keys (one in the same instant) and a revoked key.
      const foreign = await t.sql<{ id: string }>(
        `INSERT INTO api_key (owner_id, name, prefix, secret_hash, created_at)
         SELECT $1, 'foreign ' || i, 'fo' || i || substr(md5(random()::text), 1, 10), repeat('b', 64), '2024-05-01T12:00:00.123Z'::timestamptz
         FROM generate_series(1, 3) AS i RETURNING id`,
        [other.id],
      );
      foreignIds = foreign.map((row) => row.id);
      const [deleted] = await t.sql<{ id: string }>(
        `INSERT INTO api_key (owner_id, name, prefix, secret_hash, created_at, deleted_at)
         VALUES ($1, 'revoked', 'dl' || substr(md5(random()::text), 1, 10), repeat('c', 64), '2024-05-01T12:00:00.123Z', now()) RETURNING id`,
        [owner.id],
      );
      deletedId = deleted.id;
      expectedOrder = (
        await t.sql<{ id: string }>(
          `SELECT id FROM api_key WHERE owner_id = $1 AND deleted_at IS NULL ORDER BY created_at DESC, id DESC`,
          [owner.id],
        )
      ).map((row) => row.id);
      expect(expectedOrder).toHaveLength(TOTAL);
    });

    type Item = { id: string; createdAt: string; name: string; key?: unknown; secretHash?: unknown };
    type PageBody = { data: Item[]; nextCursor: string | null };

    it('visits every row exactly once, newest first with ties broken by id, ending with nextCursor null', async () => {
      const seen: Item[] = [];
      const pageSizes: number[] = [];
      let cursor: string | null = null;
      for (let guard = 0; guard < 20; guard++) {
        const res = await t
          .http()
          .get('/v1/me/api-keys')
          .query(cursor ? { limit: 7, cursor } : { limit: 7 })
          .set(owner.auth);
        expect(res.status).toBe(200);
        const body = res.body as PageBody;
        expect(Object.keys(body).sort()).toEqual(['data', 'nextCursor']);
        pageSizes.push(body.data.length);
        seen.push(...body.data);
        cursor = body.nextCursor;
        if (cursor === null) break;
        expect(typeof cursor).toBe('string');
      }
      expect(cursor).toBeNull();
      expect(pageSizes).toEqual([7, 7, 7, 7, 7, 7, 3]);
      const ids = seen.map((item) => item.id);
      expect(new Set(ids).size).toBe(TOTAL);
      expect(ids).toEqual(expectedOrder);
      expect(ids).not.toContain(deletedId);
      for (const id of foreignIds) expect(ids).not.toContain(id);
      // The order itself, independently of the database: created_at desc, then id desc.
      for (let i = 1; i < seen.length; i++) {
        const [prev, next] = [seen[i - 1], seen[i]];
        const prevTime = Date.parse(prev.createdAt);
        const nextTime = Date.parse(next.createdAt);
        expect(prevTime).toBeGreaterThanOrEqual(nextTime);
        if (prevTime === nextTime) expect(prev.id > next.id).toBe(true);
      }
      // The data set really has ties across page boundaries (otherwise the test above proves less).
      expect(seen[6].createdAt).toBe(seen[7].createdAt);
      // Lists never show secrets.
      for (const item of seen) {
        expect(item).not.toHaveProperty('key');
        expect(item).not.toHaveProperty('secretHash');
      }
    });

    it('returns 20 items by default, and the cursor continues where the page ended', async () => {
      const first = await t.http().get('/v1/me/api-keys').set(owner.auth);
      expect(first.status).toBe(200);
      const page1 = first.body as PageBody;
      expect(page1.data.map((item) => item.id)).toEqual(expectedOrder.slice(0, 20));
      expect(typeof page1.nextCursor).toBe('string');
      const second = await t.http().get('/v1/me/api-keys').query({ cursor: page1.nextCursor! }).set(owner.auth);
      expect((second.body as PageBody).data.map((item) => item.id)).toEqual(expectedOrder.slice(20, 40));
    });

    it('accepts limit=100 and returns everything with nextCursor null', async () => {
      const res = await t.http().get('/v1/me/api-keys').query({ limit: 100 }).set(owner.auth);
      expect(res.status).toBe(200);
      expect((res.body as PageBody).data).toHaveLength(TOTAL);
      expect((res.body as PageBody).nextCursor).toBeNull();
    });

    it('gives nextCursor null when the last page is exactly full', async () => {
      const res = await t.http().get('/v1/me/api-keys').query({ limit: 45 }).set(owner.auth);
      expect((res.body as PageBody).data).toHaveLength(TOTAL);
      expect((res.body as PageBody).nextCursor).toBeNull();
    });

    it.each([['101'], ['0'], ['-1'], ['abc'], ['2.5']])('refuses limit=%s with 400 naming limit', async (limit) => {
      const res = await t.http().get('/v1/me/api-keys').query({ limit }).set(owner.auth);
      expect(fieldsOf(expectStrictProblem(res, 400))).toContain('limit');
    });

    it.each([
      ['not base64 JSON', 'garbage!!'],
      ['base64 of non-JSON', Buffer.from('hello').toString('base64url')],
      ['JSON without an id', encodeCursor({ k: '2024-05-01T12:00:00.123Z' })],
      ['a non-UUID id', encodeCursor({ k: '2024-05-01T12:00:00.123Z', id: 'x' })],
      ['a non-date key', encodeCursor({ k: 'yesterday', id: randomUUID() })],
      ['too long', 'a'.repeat(600)],
    ])('refuses a garbage cursor (%s) with 400', async (_label, cursor) => {
      const res = await t.http().get('/v1/me/api-keys').query({ cursor }).set(owner.auth);
      expect(fieldsOf(expectStrictProblem(res, 400))).toContain('cursor');
    });

    it('never leaks SQL or a driver message when a forged cursor reaches the database', async () => {
      const res = await t
        .http()
        .get('/v1/me/api-keys')
        .query({ cursor: encodeCursor({ k: 5, id: randomUUID() }) })
        .set(owner.auth);
      expect(res.status).toBeGreaterThanOrEqual(400);
      const body = expectStrictProblem(res, res.status);
      expect(body.detail).not.toMatch(/timestamp|invalid input/i);
    });

    it('refuses a forged cursor whose key is a number on a timestamp-ordered list with 400 (not a 500)', async () => {
      const res = await t
        .http()
        .get('/v1/me/api-keys')
        .query({ cursor: encodeCursor({ k: 5, id: randomUUID() }) })
        .set(owner.auth);
      expect(fieldsOf(expectStrictProblem(res, 400))).toContain('cursor');
    });
  });
});

describe('rate limits', () => {
  describe('per user', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ RATE_LIMIT_USER_PER_MINUTE: '5' });
    });
    afterAll(async () => {
      await t.close();
    });

    it('answers the 6th authenticated request in a minute with 429, Retry-After and problem+json; other users are unaffected', async () => {
      const user = await registerUser(t);
      // The budget follows the user, whichever credential they use: an API key counts too.
      const created = await t.http().post('/v1/me/api-keys').set(user.auth).send({ name: 'rate' });
      expect(created.status).toBe(201);
      const apiKeyAuth = { Authorization: `Bearer ${(created.body as { key: string }).key}` };
      for (let i = 0; i < 3; i++) expect((await t.http().get('/v1/me').set(user.auth)).status).toBe(200);
      expect((await t.http().get('/v1/me').set(apiKeyAuth)).status).toBe(200);

      const limited = await t.http().get('/v1/me').set(apiKeyAuth);
      expectStrictProblem(limited, 429, 'rate_limited');
      const retryAfter = retryAfterSeconds(limited);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expectStrictProblem(await t.http().get('/v1/me').set(user.auth), 429, 'rate_limited');

      // Another user (same IP) still has their own budget.
      const other = await registerUser(t);
      expect((await t.http().get('/v1/me').set(other.auth)).status).toBe(200);

      // Health checks are exempt.
      for (let i = 0; i < 3; i++) {
        expect((await t.http().get('/health/live').set(user.auth)).status).toBe(200);
        expect((await t.http().get('/health/ready').set(user.auth)).status).toBe(200);
      }
    });
  });

  describe('per IP', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ RATE_LIMIT_IP_PER_MINUTE: '5' });
    });
    afterAll(async () => {
      await t.close();
    });

    it('answers the 6th request from one IP in a minute with 429, authenticated or not; health checks are exempt', async () => {
      const user = await registerUser(t); // 1
      for (let i = 0; i < 4; i++) {
        // 2..5: anonymous requests count against the IP.
        expect((await t.http().post('/v1/auth/login').send({})).status).toBe(400);
      }
      const limited = await t.http().get('/v1/me').set(user.auth); // 6
      expectStrictProblem(limited, 429, 'rate_limited');
      const retryAfter = retryAfterSeconds(limited);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expectStrictProblem(
        await t.http().post('/v1/auth/login').send({ email: user.email, password: user.password }),
        429,
        'rate_limited',
      );

      for (let i = 0; i < 8; i++) {
        expect((await t.http().get('/health/live')).status).toBe(200);
      }
      expect((await t.http().get('/health/ready')).status).toBe(200);
    });
  });

  describe('per IP, before authentication', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ RATE_LIMIT_IP_PER_MINUTE: '3' });
    });
    afterAll(async () => {
      await t.close();
    });

    it('counts requests with bad tokens, and ignores X-Forwarded-For unless TRUST_PROXY is set', async () => {
      for (let i = 0; i < 3; i++) {
        const res = await t
          .http()
          .get('/v1/me')
          .set('Authorization', 'Bearer not-a-token')
          .set('X-Forwarded-For', `203.0.113.${i}`);
        expectStrictProblem(res, 401, 'unauthenticated');
      }
      const limited = await t
        .http()
        .get('/v1/me')
        .set('Authorization', 'Bearer not-a-token')
        .set('X-Forwarded-For', '198.51.100.7');
      expectStrictProblem(limited, 429, 'rate_limited');
    });
  });
});

describe('login throttling', () => {
  describe('per (email, IP) pair', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ LOGIN_MAX_FAILURES: '3' });
    });
    afterAll(async () => {
      await t.close();
    });

    it('after 3 wrong passwords in a row refuses even the right one from that IP with 429 and Retry-After; other accounts still sign in', async () => {
      const victim = await registerUser(t);
      const other = await registerUser(t);
      const nearly = await registerUser(t);

      for (let i = 0; i < 3; i++) {
        const res = await t.http().post('/v1/auth/login').send({ email: victim.email, password: 'wrong-password-123' });
        expectStrictProblem(res, 401, 'invalid_credentials');
      }
      const throttled = await t.http().post('/v1/auth/login').send({ email: victim.email, password: victim.password });
      expectStrictProblem(throttled, 429, 'login_throttled');
      const retryAfter = retryAfterSeconds(throttled);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(throttled.body).not.toHaveProperty('accessToken');
      // Email case does not get around it.
      expectStrictProblem(
        await t.http().post('/v1/auth/login').send({ email: victim.email.toUpperCase(), password: victim.password }),
        429,
        'login_throttled',
      );

      // Another account from the same IP signs in.
      const ok = await t.http().post('/v1/auth/login').send({ email: other.email, password: other.password });
      expect(ok.status).toBe(200);
      expect(typeof (ok.body as { accessToken: string }).accessToken).toBe('string');

      // Below the limit (2 failures), the right password still works.
      for (let i = 0; i < 2; i++) {
        expectStrictProblem(
          await t.http().post('/v1/auth/login').send({ email: nearly.email, password: 'wrong-password-123' }),
          401,
        );
      }
      expect(
        (await t.http().post('/v1/auth/login').send({ email: nearly.email, password: nearly.password })).status,
      ).toBe(200);
    });
  });

  describe('per IP', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ LOGIN_MAX_FAILURES_PER_IP: '6' });
    });
    afterAll(async () => {
      await t.close();
    });

    it('throttles an IP after its limit of failures spread over many accounts', async () => {
      const user = await registerUser(t);
      // 6 failures, one per (unknown) email: no pair reaches its limit, the IP reaches 6.
      for (let i = 0; i < 6; i++) {
        const res = await t
          .http()
          .post('/v1/auth/login')
          .send({ email: uniqueEmail('spray'), password: 'wrong-password-123' });
        expectStrictProblem(res, 401, 'invalid_credentials');
      }
      const res = await t.http().post('/v1/auth/login').send({ email: user.email, password: user.password });
      expectStrictProblem(res, 429, 'login_throttled');
      retryAfterSeconds(res);
    });
  });
});
