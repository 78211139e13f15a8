import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { registerUser, uniqueEmail } from '../factories/users.js';
import { expectProblem } from '../support/problems.js';
import { createTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app.js';

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Builds a JWT by hand (jsonwebtoken-compatible): header.payload.HMAC-signature. */
function makeJwt(
  payload: Record<string, unknown>,
  options: { secret?: string; header?: Record<string, unknown>; hmac?: 'sha256' | 'sha512' } = {},
): string {
  const signingInput = `${base64url(options.header ?? { alg: 'HS256', typ: 'JWT' })}.${base64url(payload)}`;
  const signature = createHmac(options.hmac ?? 'sha256', options.secret ?? TEST_JWT_SECRET)
    .update(signingInput)
    .digest('base64url');
  return `${signingInput}.${signature}`;
}

interface AuditRow {
  action: string;
  actor_id: string | null;
  subject: string | null;
  ip: string | null;
  details: Record<string, unknown>;
  created_at: Date;
}

describe('auth', () => {
  let t: TestApp;
  const auditRows = (action: string) =>
    t.sql<AuditRow>(`SELECT * FROM audit_log WHERE action = $1 ORDER BY created_at`, [action]);

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  describe('POST /v1/auth/register', () => {
    it('creates the account with a lower-cased email and never returns the password or its hash', async () => {
      const email = `Ada.Mixed-${Date.now()}@Example.COM`;
      const password = 'correct horse battery staple';
      const res = await t.http().post('/v1/auth/register').send({ email, password, name: 'Ada Lovelace' });

      expect(res.status).toBe(201);
      expect(res.body.user).toMatchObject({
        id: expect.any(String),
        email: email.toLowerCase(),
        name: 'Ada Lovelace',
        role: 'user',
      });
      expect(typeof res.body.accessToken).toBe('string');
      expect(typeof res.body.refreshToken).toBe('string');
      expect(Object.keys(res.body.user)).not.toEqual(expect.arrayContaining(['password']));
      expect(Object.keys(res.body.user)).not.toEqual(expect.arrayContaining(['passwordHash']));
      const raw = JSON.stringify(res.body);
      expect(raw).not.toMatch(/password/i);
      expect(raw).not.toContain(password);
      expect(raw).not.toContain('$argon2');

      const [row] = await t.sql<{ email: string; password_hash: string }>(
        `SELECT email, password_hash FROM app_user WHERE id = $1`,
        [res.body.user.id],
      );
      expect(row.email).toBe(email.toLowerCase());
      expect(row.password_hash).not.toContain(password);
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
    });

    it('accepts a password of exactly 12 characters', async () => {
      const res = await t
        .http()
        .post('/v1/auth/register')
        .send({ email: uniqueEmail(), password: '123456789012', name: 'Twelve' });
      expect(res.status).toBe(201);
    });

    it('refuses an email already taken in another letter case with 409 email_taken', async () => {
      const user = await registerUser(t);
      const res = await t
        .http()
        .post('/v1/auth/register')
        .send({ email: user.email.toUpperCase(), password: 'another-long-password', name: 'Copycat' });

      expectProblem(res, 409, 'email_taken');
      const rows = await t.sql(`SELECT id FROM app_user WHERE lower(email) = lower($1)`, [user.email]);
      expect(rows).toHaveLength(1);
    });

    it('refuses a password shorter than 12 characters with 400 naming the password field', async () => {
      const email = uniqueEmail();
      const res = await t.http().post('/v1/auth/register').send({ email, password: '12345678901', name: 'Short' });

      expectProblem(res, 400);
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'password' })]));
      expect(JSON.stringify(res.body)).not.toContain('12345678901');
      expect(await t.sql(`SELECT id FROM app_user WHERE email = $1`, [email])).toHaveLength(0);
    });

    it('refuses unknown properties such as role with 400 (no mass assignment)', async () => {
      const email = uniqueEmail();
      const res = await t
        .http()
        .post('/v1/auth/register')
        .send({ email, password: 'a-long-enough-password', name: 'Sneaky', role: 'admin' });

      expectProblem(res, 400);
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'role' })]));
      expect(await t.sql(`SELECT id FROM app_user WHERE email = $1`, [email])).toHaveLength(0);
    });

    it('writes a user.registered audit row for the new user', async () => {
      const user = await registerUser(t);
      const rows = (await auditRows('user.registered')).filter((row) => row.subject === user.id);
      expect(rows).toHaveLength(1);
      expect(rows[0].actor_id).toBe(user.id);
      expect(rows[0].ip).toEqual(expect.any(String));
    });
  });

  describe('POST /v1/auth/login', () => {
    it('signs in with the right password (email in any case) and the access token works', async () => {
      const user = await registerUser(t);
      const res = await t
        .http()
        .post('/v1/auth/login')
        .send({ email: user.email.toUpperCase(), password: user.password });

      expect(res.status).toBe(200);
      expect(res.body.user).toMatchObject({ id: user.id, email: user.email });
      expect(JSON.stringify(res.body)).not.toMatch(/password/i);
      expect(res.body.refreshToken).not.toBe(user.refreshToken);
      const me = await t.http().get('/v1/me').set('Authorization', `Bearer ${res.body.accessToken}`);
      expect(me.status).toBe(200);
      expect(me.body.id).toBe(user.id);

      const rows = (await auditRows('auth.login_succeeded')).filter((row) => row.subject === user.id);
      expect(rows).toHaveLength(1);
      expect(rows[0].actor_id).toBe(user.id);
    });

    it('refuses a wrong password with 401 and audits the failure', async () => {
      const user = await registerUser(t);
      const res = await t.http().post('/v1/auth/login').send({ email: user.email, password: 'not-the-right-password' });

      expectProblem(res, 401);
      expect(res.body.accessToken).toBeUndefined();
      const rows = (await auditRows('auth.login_failed')).filter((row) => row.subject === user.email);
      expect(rows).toHaveLength(1);
      expect(rows[0].actor_id).toBe(user.id);
      expect(rows[0].details).toMatchObject({ reason: 'wrong_password' });
      expect(JSON.stringify(rows[0])).not.toContain('not-the-right-password');
      expect(
        await auditRows('auth.login_succeeded').then((all) => all.filter((row) => row.subject === user.id)),
      ).toHaveLength(0);
    });

    it('refuses an unknown email with 401 and audits the failure', async () => {
      const email = uniqueEmail('nobody');
      const res = await t.http().post('/v1/auth/login').send({ email, password: 'a-long-enough-password' });

      expectProblem(res, 401);
      const rows = (await auditRows('auth.login_failed')).filter((row) => row.subject === email);
      expect(rows).toHaveLength(1);
      expect(rows[0].actor_id).toBeNull();
    });

    it('answers a wrong password and an unknown email alike (no account enumeration)', async () => {
      const user = await registerUser(t);
      const wrong = await t
        .http()
        .post('/v1/auth/login')
        .send({ email: user.email, password: 'not-the-right-password' });
      const unknown = await t
        .http()
        .post('/v1/auth/login')
        .send({ email: uniqueEmail('ghost'), password: 'whatever-password' });
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect(unknown.body.code).toBe(wrong.body.code);
      expect(unknown.body.detail).toBe(wrong.body.detail);
    });

    it('refuses a disabled account with 401 even with the right password', async () => {
      const user = await registerUser(t);
      await t.sql(`UPDATE app_user SET disabled = true WHERE id = $1`, [user.id]);
      const res = await t.http().post('/v1/auth/login').send({ email: user.email, password: user.password });

      expectProblem(res, 401);
      expect(res.body.accessToken).toBeUndefined();
      const rows = (await auditRows('auth.login_failed')).filter((row) => row.subject === user.email);
      expect(rows).toHaveLength(1);
      expect(rows[0].details).toMatchObject({ reason: 'disabled' });
    });
  });

  describe('POST /v1/auth/refresh', () => {
    it('rotates: the new pair works and differs from the old one', async () => {
      const user = await registerUser(t);
      const first = await t.http().post('/v1/auth/refresh').send({ refreshToken: user.refreshToken });

      expect(first.status).toBe(200);
      expect(first.body.refreshToken).toEqual(expect.any(String));
      expect(first.body.refreshToken).not.toBe(user.refreshToken);
      expect(first.body.user.id).toBe(user.id);
      const me = await t.http().get('/v1/me').set('Authorization', `Bearer ${first.body.accessToken}`);
      expect(me.status).toBe(200);
      expect(me.body.id).toBe(user.id);

      const second = await t.http().post('/v1/auth/refresh').send({ refreshToken: first.body.refreshToken });
      expect(second.status).toBe(200);
      expect(second.body.refreshToken).not.toBe(first.body.refreshToken);
    });

    it('detects reuse of a rotated token after the grace window: 401 refresh_token_reused, the family is revoked, and it is audited', async () => {
      const user = await registerUser(t);
      const rotated = await t.http().post('/v1/auth/refresh').send({ refreshToken: user.refreshToken });
      expect(rotated.status).toBe(200);
      const newToken = rotated.body.refreshToken as string;
      // Rotated 31 seconds ago: past the 30-second grace window.
      await t.sql(`UPDATE refresh_token SET used_at = used_at - interval '31 seconds' WHERE id = $1`, [
        user.refreshToken.split('.')[0],
      ]);

      const reuse = await t.http().post('/v1/auth/refresh').send({ refreshToken: user.refreshToken });
      expectProblem(reuse, 401, 'refresh_token_reused');
      const rows = (await auditRows('auth.refresh_reuse_detected')).filter((row) => row.subject === user.id);
      expect(rows).toHaveLength(1);
      expect(rows[0].actor_id).toBe(user.id);

      // The token issued by the rotation belongs to the same family: revoked with it.
      const afterReuse = await t.http().post('/v1/auth/refresh').send({ refreshToken: newToken });
      expectProblem(afterReuse, 401);
    });

    it('refuses a token it never issued with 401', async () => {
      const user = await registerUser(t);
      const [id] = user.refreshToken.split('.');
      const forged = await t
        .http()
        .post('/v1/auth/refresh')
        .send({ refreshToken: `${id}.not-the-secret` });
      expectProblem(forged, 401);
      const garbage = await t.http().post('/v1/auth/refresh').send({ refreshToken: 'garbage' });
      expectProblem(garbage, 401);
      // The forged attempt must not have spent the real token.
      const genuine = await t.http().post('/v1/auth/refresh').send({ refreshToken: user.refreshToken });
      expect(genuine.status).toBe(200);
    });
  });

  describe('POST /v1/auth/logout', () => {
    it('answers 204 and the refresh token stops working', async () => {
      const user = await registerUser(t);
      const res = await t.http().post('/v1/auth/logout').send({ refreshToken: user.refreshToken });
      expect(res.status).toBe(204);
      expect(res.text ?? '').toBe('');

      const refresh = await t.http().post('/v1/auth/refresh').send({ refreshToken: user.refreshToken });
      expectProblem(refresh, 401, 'session_ended');
    });

    it('also ends the tokens rotated from the same sign-in', async () => {
      const user = await registerUser(t);
      const rotated = await t.http().post('/v1/auth/refresh').send({ refreshToken: user.refreshToken });
      expect(rotated.status).toBe(200);
      const res = await t.http().post('/v1/auth/logout').send({ refreshToken: rotated.body.refreshToken });
      expect(res.status).toBe(204);
      const refresh = await t.http().post('/v1/auth/refresh').send({ refreshToken: rotated.body.refreshToken });
      expectProblem(refresh, 401, 'session_ended');
      // The token it was rotated from belongs to the ended session too.
      expectProblem(
        await t.http().post('/v1/auth/refresh').send({ refreshToken: user.refreshToken }),
        401,
        'session_ended',
      );
    });
  });

  describe('GET /v1/me', () => {
    it('returns the signed-in user with an ETag equal to "<version>"', async () => {
      const user = await registerUser(t);
      const res = await t.http().get('/v1/me').set(user.auth);

      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: user.id, email: user.email, role: 'user', disabled: false });
      expect(res.body.version).toEqual(expect.any(Number));
      expect(res.headers.etag).toBe(`"${res.body.version}"`);
      expect(JSON.stringify(res.body)).not.toMatch(/password/i);
    });

    it('changes its ETag when the user changes', async () => {
      const user = await registerUser(t);
      const before = await t.http().get('/v1/me').set(user.auth);
      await t.sql(`UPDATE app_user SET name = 'Renamed', version = version + 1 WHERE id = $1`, [user.id]);
      const after = await t.http().get('/v1/me').set(user.auth);
      expect(after.headers.etag).toBe(`"${before.body.version + 1}"`);
      expect(after.headers.etag).not.toBe(before.headers.etag);
    });

    it('needs a token: none, a non-Bearer scheme or garbage → 401 problem+json', async () => {
      expectProblem(await t.http().get('/v1/me'), 401);
      expectProblem(await t.http().get('/v1/me').set('Authorization', 'Basic dXNlcjpwYXNz'), 401);
      expectProblem(await t.http().get('/v1/me').set('Authorization', 'Bearer not.a.jwt'), 401);
    });
  });

  describe('access token forgery', () => {
    let victimId: string;
    let otherId: string;
    let genuine: string;
    const valid = () => ({ sub: victimId, typ: 'access', iat: nowSeconds(), exp: nowSeconds() + 600 });

    beforeAll(async () => {
      const victim = await registerUser(t);
      const other = await registerUser(t);
      victimId = victim.id;
      otherId = other.id;
      genuine = victim.accessToken;
    });

    const me = (token: string) => t.http().get('/v1/me').set('Authorization', `Bearer ${token}`);

    it('accepts a correctly built HS256 token (control: the hand-made tokens below differ in one way only)', async () => {
      const res = await me(makeJwt(valid()));
      expect(res.status).toBe(200);
      expect(res.body.id).toBe(victimId);
    });

    it('refuses an expired token', async () => {
      const res = await me(makeJwt({ ...valid(), iat: nowSeconds() - 3600, exp: nowSeconds() - 60 }));
      expectProblem(res, 401, 'unauthenticated');
    });

    it('refuses a token whose payload was changed (another sub) after signing', async () => {
      expect((await me(genuine)).status).toBe(200);
      const [header, payload, signature] = genuine.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
      expect(claims.sub).toBe(victimId);
      const tampered = `${header}.${base64url({ ...claims, sub: otherId })}.${signature}`;
      expectProblem(await me(tampered), 401, 'unauthenticated');
    });

    it('refuses an unsigned token (alg: none)', async () => {
      const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(valid())}.`;
      expectProblem(await me(unsigned), 401, 'unauthenticated');
      // The same with a signature that was valid for the HS256 header is refused too.
      const [, payload, signature] = makeJwt(valid()).split('.');
      expectProblem(
        await me(`${base64url({ alg: 'none', typ: 'JWT' })}.${payload}.${signature}`),
        401,
        'unauthenticated',
      );
    });

    it('refuses a token signed with another secret', async () => {
      const res = await me(makeJwt(valid(), { secret: 'an-entirely-different-secret-of-enough-length' }));
      expectProblem(res, 401, 'unauthenticated');
    });

    it('refuses another algorithm even with the right secret (HS512): the algorithm is pinned', async () => {
      const res = await me(makeJwt(valid(), { header: { alg: 'HS512', typ: 'JWT' }, hmac: 'sha512' }));
      expectProblem(res, 401, 'unauthenticated');
    });

    it('refuses a correctly signed token whose typ is not access', async () => {
      expectProblem(await me(makeJwt({ ...valid(), typ: 'refresh' })), 401, 'unauthenticated');
      const { typ: _typ, ...withoutTyp } = valid();
      expectProblem(await me(makeJwt(withoutTyp)), 401, 'unauthenticated');
    });

    it('refuses a correctly signed token without an expiry', async () => {
      const { exp: _exp, ...noExpiry } = valid();
      expectProblem(await me(makeJwt(noExpiry)), 401, 'unauthenticated');
    });
  });
});
