import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createApp } from '../../src/app.factory.js';
import { AppConfig } from '../../src/config/app-config.js';
import { ConfigurationError, validateEnv } from '../../src/config/env.schema.js';
import { registerAdmin, registerUser } from '../factories/users.js';
import { expectStrictProblem } from '../support/problems.js';
import { createTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app.js';

/**
 * The first admin comes from ADMIN_EMAIL / ADMIN_PASSWORD at start-up (issue 11, finding 1). The
 * operator's credentials are the ones that work; an account someone registered with that email
 * beforehand is never silently promoted; a disabled admin stays disabled; restarts change nothing.
 */
const ADMIN_EMAIL = 'boss@example.com';
const ADMIN_PASSWORD = 'the-operators-password';

/** The settings of a start of the app on `t`'s database with the given admin variables. */
function configWith(t: TestApp, env: Record<string, string>): AppConfig {
  const vars = validateEnv({ LOG_LEVEL: 'silent', JWT_SECRET: TEST_JWT_SECRET, DATABASE_URL: t.databaseUrl, ...env });
  return new AppConfig(vars, { databaseUrl: t.databaseUrl, jwtSecret: TEST_JWT_SECRET });
}

/** Starts (and stops) another app on the same database, as a restart of the server would. */
async function restart(t: TestApp, env: Record<string, string> = { ADMIN_EMAIL, ADMIN_PASSWORD }): Promise<void> {
  const app = await createApp(configWith(t, env), { migrate: false });
  await app.close();
}

async function startRefused(t: TestApp): Promise<ConfigurationError> {
  const error = await restart(t).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ConfigurationError);
  return error as ConfigurationError;
}

const login = (t: TestApp, password: string, email = ADMIN_EMAIL) =>
  t.http().post('/v1/auth/login').send({ email, password });

const bossRows = (t: TestApp) =>
  t.sql<{ id: string; role: string; disabled: boolean; version: number }>(
    `SELECT id, role, disabled, version FROM app_user WHERE email = $1`,
    [ADMIN_EMAIL],
  );

const auditOf = (t: TestApp, action: string) =>
  t.sql<{ subject: string; details: Record<string, unknown> }>(
    `SELECT subject, details FROM audit_log WHERE action = $1 ORDER BY created_at`,
    [action],
  );

describe('first admin from ADMIN_EMAIL / ADMIN_PASSWORD', () => {
  describe('on a database without that account', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ ADMIN_EMAIL, ADMIN_PASSWORD });
    });
    afterAll(async () => {
      await t.close();
    });

    it("creates the admin: the operator's password logs in as admin and reaches the admin routes", async () => {
      const res = await login(t, ADMIN_PASSWORD);
      expect(res.status).toBe(200);
      expect(res.body.user).toMatchObject({ email: ADMIN_EMAIL, role: 'admin' });
      const stats = await t.http().get('/v1/admin/stats').set('Authorization', `Bearer ${res.body.accessToken}`);
      expect(stats.status).toBe(200);

      const [boss] = await bossRows(t);
      expect(await auditOf(t, 'admin.bootstrapped')).toEqual([
        { subject: boss.id, details: expect.objectContaining({ outcome: 'created' }) },
      ]);
    });

    it('is idempotent: restarts with the same settings change nothing and audit nothing more', async () => {
      const before = await bossRows(t);
      await restart(t);
      await restart(t);
      expect(await bossRows(t)).toEqual(before);
      expect(before).toEqual([expect.objectContaining({ role: 'admin', disabled: false })]);
      expect(await auditOf(t, 'admin.bootstrapped')).toHaveLength(1);
      expect((await login(t, ADMIN_PASSWORD)).status).toBe(200);
    });

    it('does not write a changed ADMIN_PASSWORD over the existing admin password', async () => {
      await restart(t, { ADMIN_EMAIL, ADMIN_PASSWORD: 'a-different-password' });
      expectStrictProblem(await login(t, 'a-different-password'), 401, 'invalid_credentials');
      expect((await login(t, ADMIN_PASSWORD)).status).toBe(200);
    });

    it('leaves a disabled admin disabled across restarts', async () => {
      const other = await registerAdmin(t);
      const [boss] = await bossRows(t);
      const disable = await t.http().patch(`/v1/admin/users/${boss.id}`).set(other.auth).send({ disabled: true });
      expect(disable.status).toBe(200);

      await restart(t);

      expect(await bossRows(t)).toEqual([expect.objectContaining({ role: 'admin', disabled: true })]);
      expectStrictProblem(await login(t, ADMIN_PASSWORD), 401, 'invalid_credentials');
    });
  });

  describe('when someone registered ADMIN_EMAIL before the first start (takeover)', () => {
    const ATTACKER_PASSWORD = 'the-attackers-password';
    let t: TestApp;
    beforeAll(async () => {
      // The server ran without ADMIN_EMAIL; /v1/auth/register is open to anyone.
      t = await createTestApp();
      await registerUser(t, { email: ADMIN_EMAIL, password: ATTACKER_PASSWORD });
    });
    afterAll(async () => {
      await t.close();
    });

    it('refuses to start, saying why and what to do', async () => {
      const error = await startRefused(t);
      expect(error.message).toContain('ADMIN_EMAIL');
      expect(error.message).toContain(ADMIN_EMAIL);
      expect(error.message).toMatch(/already exists and is not an admin/);
      expect(error.message).toMatch(/ADMIN_PASSWORD is not its password/);
      expect(error.message).toMatch(/set ADMIN_EMAIL to an address without an account/);
      // The message names the problem, never the password.
      expect(error.message).not.toContain(ADMIN_PASSWORD);
    });

    it("does not promote the account: the attacker's password gets an ordinary user, the operator's none", async () => {
      expect(await bossRows(t)).toEqual([expect.objectContaining({ role: 'user', disabled: false })]);

      const attacker = await login(t, ATTACKER_PASSWORD);
      expect(attacker.status).toBe(200);
      expect(attacker.body.user).toMatchObject({ role: 'user' });
      const stats = await t.http().get('/v1/admin/stats').set('Authorization', `Bearer ${attacker.body.accessToken}`);
      expectStrictProblem(stats, 403, 'forbidden');

      expectStrictProblem(await login(t, ADMIN_PASSWORD), 401, 'invalid_credentials');
    });

    it('audits each refused start and no bootstrap', async () => {
      const [boss] = await bossRows(t);
      const refusals = await auditOf(t, 'admin.bootstrap_refused');
      expect(refusals.length).toBeGreaterThanOrEqual(1);
      for (const entry of refusals) {
        expect(entry).toEqual({ subject: boss.id, details: { reason: 'password_mismatch' } });
      }
      expect(await auditOf(t, 'admin.bootstrapped')).toEqual([]);
    });
  });

  describe('when the operator registered ADMIN_EMAIL themselves, with ADMIN_PASSWORD', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp();
      await registerUser(t, { email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
    });
    afterAll(async () => {
      await t.close();
    });

    it('promotes the account, the password being the proof, and audits the promotion once', async () => {
      await restart(t);
      await restart(t);
      const [boss] = await bossRows(t);
      expect(boss).toMatchObject({ role: 'admin', disabled: false });
      expect(await auditOf(t, 'admin.bootstrapped')).toEqual([
        { subject: boss.id, details: expect.objectContaining({ outcome: 'promoted', proof: 'password' }) },
      ]);
      const res = await login(t, ADMIN_PASSWORD);
      expect(res.body.user).toMatchObject({ role: 'admin' });
    });
  });

  describe('when ADMIN_EMAIL names a disabled account that is not an admin', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp();
      await registerUser(t, { email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
      await t.sql(`UPDATE app_user SET disabled = true WHERE email = $1`, [ADMIN_EMAIL]);
    });
    afterAll(async () => {
      await t.close();
    });

    it('refuses to start rather than re-enable it, even with the right password', async () => {
      const error = await startRefused(t);
      expect(error.message).toMatch(/is disabled, and start-up never re-enables an account/);
      expect(await bossRows(t)).toEqual([expect.objectContaining({ role: 'user', disabled: true })]);
      expect(await auditOf(t, 'admin.bootstrap_refused')).toEqual([
        expect.objectContaining({ details: { reason: 'account_disabled' } }),
      ]);
    });
  });
});
