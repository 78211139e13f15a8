import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { registerUser, type TestUser } from '../factories/users.js';
import { createApiKey } from '../support/api.js';
import { expectProblem } from '../support/problems.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

interface CreatedKey {
  id: string;
  name: string;
  prefix: string;
  key: string;
}

describe('API keys', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const createKey = (user: TestUser, name = 'Calendar feed') => createApiKey<CreatedKey>(t, user, { name });
  const withKey = (key: string) => ({ Authorization: `Bearer ${key}` });
  /** The part of the key after `snb_<prefix>_`: the secret. */
  const secretOf = (key: string) => key.split('_').slice(2).join('_');

  it('creates a key (201) whose whole value starts with snb_ and is shown in that response', async () => {
    const user = await registerUser(t);
    const res = await t.http().post('/v1/me/api-keys').set(user.auth).send({ name: 'Phone shortcut' });

    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id: expect.any(String), name: 'Phone shortcut', key: expect.any(String) });
    const created = res.body as CreatedKey;
    expect(created.key).toMatch(/^snb_/);
    expect(created.key.startsWith(`snb_${created.prefix}_`)).toBe(true);
    expect(secretOf(created.key).length).toBeGreaterThanOrEqual(32);
  });

  it('works as a Bearer token on GET /v1/me', async () => {
    const user = await registerUser(t);
    const { key } = await createKey(user);
    const res = await t.http().get('/v1/me').set(withKey(key));
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(user.id);
  });

  it('refuses a key with a known prefix but the wrong secret, and a made-up key', async () => {
    const user = await registerUser(t);
    const { key } = await createKey(user);
    const secret = secretOf(key);
    const wrongSecret = key.slice(0, key.length - secret.length) + (secret[0] === 'A' ? 'B' : 'A') + secret.slice(1);
    expectProblem(await t.http().get('/v1/me').set(withKey(wrongSecret)), 401);
    expectProblem(
      await t.http().get('/v1/me').set(withKey('snb_notarealkey_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')),
      401,
    );
    expect((await t.http().get('/v1/me').set(withKey(key))).status).toBe(200);
  });

  it('lists keys as {data, nextCursor} without the key or any secret', async () => {
    const user = await registerUser(t);
    const created = await createKey(user, 'Listed');
    const res = await t.http().get('/v1/me/api-keys').set(user.auth);

    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: expect.any(Array), nextCursor: null });
    expect(res.body.data).toHaveLength(1);
    expect(res.body.data[0]).toMatchObject({ id: created.id, name: 'Listed', prefix: created.prefix });
    expect(res.body.data[0]).not.toHaveProperty('key');
    const raw = JSON.stringify(res.body);
    expect(raw).not.toContain(secretOf(created.key));
    expect(raw).not.toContain(created.key);
    expect(raw).not.toMatch(/secret|hash/i);
  });

  it('paginates the list with a cursor, visiting every key once, newest first', async () => {
    const user = await registerUser(t);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await createKey(user, `Key ${i}`)).id);

    const seen: { id: string; createdAt: string }[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await t
        .http()
        .get('/v1/me/api-keys')
        .query({ limit: 2, ...(cursor ? { cursor } : {}) })
        .set(user.auth);
      expect(res.status).toBe(200);
      expect(res.body.data.length).toBeLessThanOrEqual(2);
      seen.push(...(res.body.data as { id: string; createdAt: string }[]));
      cursor = res.body.nextCursor as string | null;
      pages++;
    } while (cursor && pages < 10);

    expect(pages).toBe(3);
    const seenIds = seen.map((item) => item.id);
    expect(new Set(seenIds).size).toBe(seenIds.length);
    expect([...seenIds].sort()).toEqual([...ids].sort());
    const times = seen.map((item) => Date.parse(item.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('shows each user only their own keys', async () => {
    const owner = await registerUser(t);
    const other = await registerUser(t);
    await createKey(owner);
    const res = await t.http().get('/v1/me/api-keys').set(other.auth);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([]);
  });

  it('stores a hash of the secret, never the secret itself', async () => {
    const user = await registerUser(t);
    const created = await createKey(user);
    const secret = secretOf(created.key);
    const [row] = await t.sql<Record<string, unknown>>(`SELECT * FROM api_key WHERE id = $1`, [created.id]);

    expect(row).toBeDefined();
    expect(row.owner_id).toBe(user.id);
    expect(typeof row.secret_hash).toBe('string');
    expect((row.secret_hash as string).length).toBeGreaterThanOrEqual(32);
    for (const value of Object.values(row)) {
      expect(String(value)).not.toContain(secret);
    }
  });

  it('writes an api_key.created audit row', async () => {
    const user = await registerUser(t);
    const created = await createKey(user);
    const rows = await t.sql<{ actor_id: string; details: Record<string, unknown> }>(
      `SELECT actor_id, details FROM audit_log WHERE action = 'api_key.created' AND subject = $1`,
      [created.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].actor_id).toBe(user.id);
    expect(JSON.stringify(rows[0].details)).not.toContain(secretOf(created.key));
  });

  it('revokes a key (204): it stops working at once, leaves the list, and the revocation is audited', async () => {
    const user = await registerUser(t);
    const created = await createKey(user);
    expect((await t.http().get('/v1/me').set(withKey(created.key))).status).toBe(200);

    const res = await t.http().delete(`/v1/me/api-keys/${created.id}`).set(user.auth);
    expect(res.status).toBe(204);

    expectProblem(await t.http().get('/v1/me').set(withKey(created.key)), 401);
    const list = await t.http().get('/v1/me/api-keys').set(user.auth);
    expect((list.body.data as { id: string }[]).map((item) => item.id)).not.toContain(created.id);
    const rows = await t.sql<{ actor_id: string }>(
      `SELECT actor_id FROM audit_log WHERE action = 'api_key.revoked' AND subject = $1`,
      [created.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].actor_id).toBe(user.id);

    // Revoking it again: it is gone.
    expectProblem(await t.http().delete(`/v1/me/api-keys/${created.id}`).set(user.auth), 404);
  });

  it("answers 404 when revoking another user's key, and that key keeps working", async () => {
    const owner = await registerUser(t);
    const intruder = await registerUser(t);
    const created = await createKey(owner);

    const res = await t.http().delete(`/v1/me/api-keys/${created.id}`).set(intruder.auth);
    expectProblem(res, 404, 'not_found');

    const me = await t.http().get('/v1/me').set(withKey(created.key));
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(owner.id);
    expect(
      await t.sql(`SELECT 1 FROM audit_log WHERE action = 'api_key.revoked' AND subject = $1`, [created.id]),
    ).toHaveLength(0);
  });

  it('answers 404 (not 412, not 500) for an unknown key id', async () => {
    const user = await registerUser(t);
    expectProblem(await t.http().delete('/v1/me/api-keys/00000000-0000-4000-8000-000000000000').set(user.auth), 404);
  });

  it('answers 400 for a malformed key id', async () => {
    const user = await registerUser(t);
    const res = await t.http().delete('/v1/me/api-keys/not-a-uuid').set(user.auth);
    expectProblem(res, 400);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'id' })]));
  });

  it('honours If-Match on DELETE: a stale ETag is 412 and the key survives; the current one revokes', async () => {
    const user = await registerUser(t);
    const created = await createKey(user);
    const [{ version }] = await t.sql<{ version: number }>(`SELECT version FROM api_key WHERE id = $1`, [created.id]);

    const stale = await t
      .http()
      .delete(`/v1/me/api-keys/${created.id}`)
      .set(user.auth)
      .set('If-Match', `"${version + 1}"`);
    expectProblem(stale, 412, 'precondition_failed');
    expect((await t.http().get('/v1/me').set(withKey(created.key))).status).toBe(200);

    const current = await t
      .http()
      .delete(`/v1/me/api-keys/${created.id}`)
      .set(user.auth)
      .set('If-Match', `"${version}"`);
    expect(current.status).toBe(204);
    expectProblem(await t.http().get('/v1/me').set(withKey(created.key)), 401);
  });

  it('refuses a key without a name, or with unknown properties, with 400', async () => {
    const user = await registerUser(t);
    const empty = await t.http().post('/v1/me/api-keys').set(user.auth).send({ name: '' });
    expectProblem(empty, 400);
    expect(empty.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'name' })]));
    const extra = await t.http().post('/v1/me/api-keys').set(user.auth).send({ name: 'x', ownerId: user.id });
    expectProblem(extra, 400);
    expect(await t.sql(`SELECT 1 FROM api_key WHERE owner_id = $1`, [user.id])).toHaveLength(0);
  });

  it('needs authentication to create or list keys', async () => {
    expectProblem(await t.http().post('/v1/me/api-keys').send({ name: 'x' }), 401);
    expectProblem(await t.http().get('/v1/me/api-keys'), 401);
  });
});
