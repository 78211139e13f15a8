import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createApp } from '../../src/app.factory.js';
import { ACTIVE_ACCOUNT_TTL_MS } from '../../src/modules/users/active-account-cache.js';
import { registerAdmin, registerUser, type TestUser } from '../factories/users.js';
import { expectProblem } from '../support/problems.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * AuthGuard trusts what it read of an enabled account for ACTIVE_ACCOUNT_TTL_MS (no account query
 * per request): the instance that disables, demotes or deletes an account refuses it at once, every
 * other instance within that time (docs/performance.md, "The write path").
 */
describe('the account cache of authentication, with two instances', () => {
  let t: TestApp;
  let second: NestFastifyApplication;
  let admin: TestUser;
  const a = () => t.http();
  const b = () => request(second.getHttpServer());

  beforeAll(async () => {
    t = await createTestApp();
    second = await createApp(t.config, { migrate: false });
    admin = await registerAdmin(t);
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  /** How long until `call` answers 401, polling; fails after the TTL and a margin. */
  async function refusedAfter(call: () => Promise<{ status: number }>): Promise<number> {
    const started = Date.now();
    for (;;) {
      const { status } = await call();
      if (status === 401) return Date.now() - started;
      expect(status).toBe(200);
      expect(Date.now() - started).toBeLessThan(ACTIVE_ACCOUNT_TTL_MS + 1_500);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  it('a user disabled on A is refused on A at once and on B within the TTL (B had them cached)', async () => {
    const user = await registerUser(t);
    expect((await a().get('/v1/me').set(user.auth)).status).toBe(200);
    expect((await b().get('/v1/me').set(user.auth)).status).toBe(200);

    const disabledAt = Date.now();
    expect((await a().patch(`/v1/admin/users/${user.id}`).set(admin.auth).send({ disabled: true })).status).toBe(200);
    expectProblem(await a().get('/v1/me').set(user.auth), 401);
    await refusedAfter(() => b().get('/v1/me').set(user.auth));
    expect(Date.now() - disabledAt).toBeLessThan(ACTIVE_ACCOUNT_TTL_MS + 1_500);
    // …and stays refused everywhere, writes included.
    expectProblem(await b().post('/v1/interactions').set(user.auth).send({}), 401);
  });

  it('a user disabled directly in the database (another instance, an operator) is refused within the TTL', async () => {
    const user = await registerUser(t);
    expect((await a().get('/v1/me').set(user.auth)).status).toBe(200);
    await t.sql(`UPDATE app_user SET disabled = true WHERE id = $1`, [user.id]);
    const waited = await refusedAfter(() => a().get('/v1/me').set(user.auth));
    expect(waited).toBeLessThan(ACTIVE_ACCOUNT_TTL_MS + 1_500);
  });

  it('an admin demoted on A loses the admin routes on A at once', async () => {
    const boss = await registerAdmin(t);
    expect((await a().get('/v1/admin/users').set(boss.auth)).status).toBe(200);
    expect((await a().patch(`/v1/admin/users/${boss.id}`).set(admin.auth).send({ role: 'user' })).status).toBe(200);
    expectProblem(await a().get('/v1/admin/users').set(boss.auth), 403);
  });

  it('a disabled account is not cached: enabled again, it is let in at once', async () => {
    const user = await registerUser(t);
    expect((await a().patch(`/v1/admin/users/${user.id}`).set(admin.auth).send({ disabled: true })).status).toBe(200);
    expectProblem(await b().get('/v1/me').set(user.auth), 401);
    expect((await a().patch(`/v1/admin/users/${user.id}`).set(admin.auth).send({ disabled: false })).status).toBe(200);
    expect((await b().get('/v1/me').set(user.auth)).status).toBe(200);
  });
});
