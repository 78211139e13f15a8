import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createApp } from '../../src/app.factory.js';
import { UsersService } from '../../src/modules/users/users.service.js';
import { registerAdmin, registerUser, type TestUser } from '../factories/users.js';
import { createApiKey } from '../support/api.js';
import { expectProblem } from '../support/problems.js';
import { rowById } from '../support/sql.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

interface UserRow {
  role: string;
  disabled: boolean;
  version: number;
}

describe('admin', () => {
  let t: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await registerAdmin(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const userRow = (id: string) => rowById<UserRow>(t, 'app_user', id, ['role', 'disabled', 'version']);
  const patchUser = (id: string, body: object, by: TestUser = admin) =>
    t.http().patch(`/v1/admin/users/${id}`).set(by.auth).send(body);

  describe('access', () => {
    it('refuses a non-admin with 403 on every admin route, and changes nothing', async () => {
      const user = await registerUser(t);
      const target = await registerUser(t);
      const before = await userRow(target.id);

      expectProblem(await t.http().get('/v1/admin/users').set(user.auth), 403, 'forbidden');
      expectProblem(await t.http().get('/v1/admin/audit-log').set(user.auth), 403, 'forbidden');
      expectProblem(await t.http().get('/v1/admin/stats').set(user.auth), 403, 'forbidden');
      expectProblem(await patchUser(target.id, { disabled: true }, user), 403, 'forbidden');
      expectProblem(await patchUser(user.id, { role: 'admin' }, user), 403, 'forbidden');

      expect(await userRow(target.id)).toEqual(before);
      expect((await userRow(user.id)).role).toBe('user');
    });

    it('refuses a non-admin API key with 403 too', async () => {
      const user = await registerUser(t);
      const { key } = await createApiKey(t, user, { name: 'k' });
      expectProblem(await t.http().get('/v1/admin/users').set('Authorization', `Bearer ${key}`), 403);
    });

    it('refuses callers without a token with 401', async () => {
      const target = await registerUser(t);
      expectProblem(await t.http().get('/v1/admin/users'), 401, 'unauthenticated');
      expectProblem(await t.http().get('/v1/admin/audit-log'), 401, 'unauthenticated');
      expectProblem(await t.http().get('/v1/admin/stats'), 401, 'unauthenticated');
      expectProblem(
        await t.http().patch(`/v1/admin/users/${target.id}`).send({ disabled: true }),
        401,
        'unauthenticated',
      );
      expect((await userRow(target.id)).disabled).toBe(false);
    });

    it('lets an admin read the stats', async () => {
      const res = await t.http().get('/v1/admin/stats').set(admin.auth);
      expect(res.status).toBe(200);
      expect(res.body.users.total).toBeGreaterThanOrEqual(1);
      expect(res.body.users.admins).toBeGreaterThanOrEqual(1);
    });
  });

  describe('GET /v1/admin/users', () => {
    it('lists users, paginated, without any password hash', async () => {
      const user = await registerUser(t);
      const res = await t.http().get('/v1/admin/users').query({ limit: 100 }).set(admin.auth);

      expect(res.status).toBe(200);
      expect(res.body).toEqual({ data: expect.any(Array), nextCursor: null });
      const ids = (res.body.data as { id: string }[]).map((item) => item.id);
      expect(ids).toEqual(expect.arrayContaining([admin.id, user.id]));
      const raw = JSON.stringify(res.body);
      expect(raw).not.toMatch(/password/i);
      expect(raw).not.toContain('$argon2');
    });

    it('pages with a cursor', async () => {
      for (let i = 0; i < 3; i++) await registerUser(t);
      const first = await t.http().get('/v1/admin/users').query({ limit: 2 }).set(admin.auth);
      expect(first.status).toBe(200);
      expect(first.body.data).toHaveLength(2);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await t
        .http()
        .get('/v1/admin/users')
        .query({ limit: 2, cursor: first.body.nextCursor })
        .set(admin.auth);
      expect(second.status).toBe(200);
      const firstIds = (first.body.data as { id: string }[]).map((item) => item.id);
      for (const item of second.body.data as { id: string }[]) expect(firstIds).not.toContain(item.id);
    });
  });

  describe('PATCH /v1/admin/users/:id', () => {
    it("disables a user: their access token and API key stop working at once, and they can't log in", async () => {
      const user = await registerUser(t);
      const { key } = await createApiKey(t, user, { name: 'k' });
      const viaKey = { Authorization: `Bearer ${key}` };
      expect((await t.http().get('/v1/me').set(user.auth)).status).toBe(200);
      expect((await t.http().get('/v1/me').set(viaKey)).status).toBe(200);

      const res = await patchUser(user.id, { disabled: true });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: user.id, disabled: true });
      expect(JSON.stringify(res.body)).not.toMatch(/password/i);

      expectProblem(await t.http().get('/v1/me').set(user.auth), 401);
      expectProblem(await t.http().get('/v1/me').set(viaKey), 401);
      expectProblem(await t.http().post('/v1/auth/login').send({ email: user.email, password: user.password }), 401);
      expectProblem(await t.http().post('/v1/auth/refresh').send({ refreshToken: user.refreshToken }), 401);
    });

    it('re-enables a user: they can log in and use their key again', async () => {
      const user = await registerUser(t);
      const { key } = await createApiKey(t, user, { name: 'k' });
      expect((await patchUser(user.id, { disabled: true })).status).toBe(200);
      expectProblem(await t.http().get('/v1/me').set('Authorization', `Bearer ${key}`), 401);

      const res = await patchUser(user.id, { disabled: false });
      expect(res.status).toBe(200);
      expect(res.body.disabled).toBe(false);
      expect((await t.http().get('/v1/me').set('Authorization', `Bearer ${key}`)).status).toBe(200);
      const login = await t.http().post('/v1/auth/login').send({ email: user.email, password: user.password });
      expect(login.status).toBe(200);
    });

    it('promotes a user to admin', async () => {
      const user = await registerUser(t);
      expectProblem(await t.http().get('/v1/admin/stats').set(user.auth), 403);

      const res = await patchUser(user.id, { role: 'admin' });
      expect(res.status).toBe(200);
      expect(res.body.role).toBe('admin');
      expect((await userRow(user.id)).role).toBe('admin');
      expect((await t.http().get('/v1/admin/stats').set(user.auth)).status).toBe(200);
    });

    it('demotes an admin back to user', async () => {
      const other = await registerAdmin(t);
      const res = await patchUser(other.id, { role: 'user' });
      expect(res.status).toBe(200);
      expect(res.body.role).toBe('user');
      expectProblem(await t.http().get('/v1/admin/stats').set(other.auth), 403);
    });

    it("won't let an admin disable or demote themself (422)", async () => {
      const self = await registerAdmin(t);
      const before = await userRow(self.id);

      expectProblem(await patchUser(self.id, { disabled: true }, self), 422, 'admin_self_lockout');
      expectProblem(await patchUser(self.id, { role: 'user' }, self), 422, 'admin_self_lockout');

      expect(await userRow(self.id)).toEqual(before);
      expect((await t.http().get('/v1/admin/stats').set(self.auth)).status).toBe(200);
    });

    it('honours If-Match: the current ETag updates (200 with the next ETag), a stale one is 412 and changes nothing', async () => {
      const user = await registerUser(t);
      const { version } = await userRow(user.id);

      const current = await t
        .http()
        .patch(`/v1/admin/users/${user.id}`)
        .set(admin.auth)
        .set('If-Match', `"${version}"`)
        .send({ role: 'admin' });
      expect(current.status).toBe(200);
      expect(current.body.version).toBe(version + 1);
      expect(current.headers.etag).toBe(`"${version + 1}"`);

      const stale = await t
        .http()
        .patch(`/v1/admin/users/${user.id}`)
        .set(admin.auth)
        .set('If-Match', `"${version}"`)
        .send({ disabled: true });
      expectProblem(stale, 412, 'precondition_failed');
      expect(await userRow(user.id)).toEqual({ role: 'admin', disabled: false, version: version + 1 });
      expect((await t.http().get('/v1/me').set(user.auth)).status).toBe(200);
    });

    it("bumps the user's version, so their /v1/me ETag changes", async () => {
      const user = await registerUser(t);
      const before = await t.http().get('/v1/me').set(user.auth);
      expect((await patchUser(user.id, { role: 'admin' })).status).toBe(200);
      const after = await t.http().get('/v1/me').set(user.auth);
      expect(after.headers.etag).toBe(`"${before.body.version + 1}"`);
    });

    it('refuses unknown fields with 400 and changes nothing', async () => {
      const user = await registerUser(t);
      const before = await userRow(user.id);
      const res = await patchUser(user.id, { disabled: true, email: 'taken-over@example.com' });
      expectProblem(res, 400);
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'email' })]));
      expect(await userRow(user.id)).toEqual(before);
    });

    it('refuses a bad role or a non-boolean disabled with 400', async () => {
      const user = await registerUser(t);
      const before = await userRow(user.id);
      expectProblem(await patchUser(user.id, { role: 'superuser' }), 400);
      expectProblem(await patchUser(user.id, { disabled: 'yes' }), 400);
      expect(await userRow(user.id)).toEqual(before);
    });

    it('answers 404 for an unknown user and 400 for a malformed id', async () => {
      expectProblem(await patchUser('00000000-0000-4000-8000-000000000000', { disabled: true }), 404);
      expectProblem(await patchUser('not-a-uuid', { disabled: true }), 400);
    });
  });

  describe('audit log', () => {
    it("records admin changes with the actor's id, readable through GET /v1/admin/audit-log", async () => {
      const user = await registerUser(t);
      expect((await patchUser(user.id, { disabled: true })).status).toBe(200);

      const rows = await t.sql<{ actor_id: string; details: Record<string, unknown> }>(
        `SELECT actor_id, details FROM audit_log WHERE action = 'admin.user_updated' AND subject = $1`,
        [user.id],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0].actor_id).toBe(admin.id);
      expect(JSON.stringify(rows[0].details)).toContain('disabled');

      const res = await t
        .http()
        .get('/v1/admin/audit-log')
        .query({ action: 'admin.user_updated', limit: 100 })
        .set(admin.auth);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ data: expect.any(Array), nextCursor: null });
      expect(res.body.data).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ action: 'admin.user_updated', actorId: admin.id, subject: user.id }),
        ]),
      );
    });

    it('does not record a refused change (stale If-Match)', async () => {
      const user = await registerUser(t);
      const res = await t
        .http()
        .patch(`/v1/admin/users/${user.id}`)
        .set(admin.auth)
        .set('If-Match', '"999"')
        .send({ disabled: true });
      expectProblem(res, 412);
      expect(
        await t.sql(`SELECT 1 FROM audit_log WHERE action = 'admin.user_updated' AND subject = $1`, [user.id]),
      ).toHaveLength(0);
    });

    it('is append-only: UPDATE and DELETE on audit_log are refused by the database', async () => {
      await registerUser(t);
      const [{ count }] = await t.sql<{ count: string }>(`SELECT count(*) FROM audit_log`);
      expect(Number(count)).toBeGreaterThan(0);

      await expect(t.sql(`UPDATE audit_log SET action = 'tampered'`)).rejects.toThrow();
      await expect(t.sql(`DELETE FROM audit_log`)).rejects.toThrow();
      await expect(t.sql(`TRUNCATE audit_log`)).rejects.toThrow();

      const [after] = await t.sql<{ count: string }>(`SELECT count(*) FROM audit_log`);
      expect(after.count).toBe(count);
      expect(await t.sql(`SELECT 1 FROM audit_log WHERE action = 'tampered'`)).toHaveLength(0);
    });
  });
});

describe('admin bootstrap from ADMIN_EMAIL / ADMIN_PASSWORD', () => {
  const ADMIN_EMAIL = 'boss@example.com';
  const ADMIN_PASSWORD = 'boss-password-123';
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ ADMIN_EMAIL, ADMIN_PASSWORD });
  });
  afterAll(async () => {
    await t.close();
  });

  const bossRows = () =>
    t.sql<{ id: string; role: string; version: number }>(`SELECT id, role, version FROM app_user WHERE email = $1`, [
      ADMIN_EMAIL,
    ]);
  const bootstrapAudits = () => t.sql(`SELECT 1 FROM audit_log WHERE action = 'admin.bootstrapped'`);

  it('creates the admin at start-up: they can log in and reach the admin routes', async () => {
    const login = await t.http().post('/v1/auth/login').send({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ email: ADMIN_EMAIL, role: 'admin' });

    const stats = await t.http().get('/v1/admin/stats').set('Authorization', `Bearer ${login.body.accessToken}`);
    expect(stats.status).toBe(200);
  });

  it('is idempotent: starting another app on the same database and config keeps a single admin', async () => {
    const [before] = await bossRows();
    const second = await createApp(t.config, { migrate: false });
    await second.close();

    // A second start changes nothing: same single row, same version, no second bootstrap entry.
    expect(await bossRows()).toEqual([before]);
    expect(before.role).toBe('admin');
    expect(await bootstrapAudits()).toHaveLength(1);
    const login = await t.http().post('/v1/auth/login').send({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
    expect(login.status).toBe(200);
  });

  it('is idempotent when ensureAdmin runs again, and restores the admin if they were demoted (same password)', async () => {
    const users = t.app.get(UsersService);
    const before = await bossRows();
    await users.ensureAdmin(ADMIN_EMAIL, ADMIN_PASSWORD);
    await users.ensureAdmin(ADMIN_EMAIL, ADMIN_PASSWORD);
    expect(await bossRows()).toEqual(before);
    expect(before).toHaveLength(1);

    await t.sql(`UPDATE app_user SET role = 'user' WHERE email = $1`, [ADMIN_EMAIL]);
    await users.ensureAdmin(ADMIN_EMAIL, ADMIN_PASSWORD);
    const rows = await t.sql<{ role: string; disabled: boolean }>(
      `SELECT role, disabled FROM app_user WHERE email = $1`,
      [ADMIN_EMAIL],
    );
    expect(rows).toEqual([{ role: 'admin', disabled: false }]);
  });
});
