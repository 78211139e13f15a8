import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { registerUser, type TestUser } from '../factories/users.js';
import { expectStrictProblem } from '../support/problems.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * A key left in flight by an instance that was killed is taken over by the retry at once (its
 * sessions are gone from pg_stat_activity), not after the two minutes a live request may still need;
 * a key held by a live instance still answers 409 with Retry-After.
 */
describe('Idempotency-Key claims of a dead instance', () => {
  let t: TestApp;
  let user: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    user = await registerUser(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const create = (key: string, name: string) =>
    t.http().post('/v1/contacts').set(user.auth).set('Idempotency-Key', key).send({ name });
  const named = (name: string) =>
    t.sql<{ id: string }>(`SELECT id FROM contact WHERE owner_id = $1 AND name = $2 AND deleted_at IS NULL`, [
      user.id,
      name,
    ]);
  /** Makes the key look claimed a moment ago by `instance`, its work never committed (as a kill leaves it). */
  const leaveInFlight = async (key: string, name: string, instance: string) => {
    await t.sql(`DELETE FROM contact WHERE owner_id = $1 AND name = $2`, [user.id, name]);
    await t.sql(
      `UPDATE idempotency_key
          SET state = 'in_flight', response_status = NULL, created_at = now(),
              response_body = jsonb_build_object('claim', $3::text, 'instance', $4::text)
        WHERE owner_id = $1 AND key = $2`,
      [user.id, key, randomUUID(), instance],
    );
  };

  it('runs the retry at once, exactly once, when the instance that claimed the key has no session left', async () => {
    const key = randomUUID();
    expect((await create(key, 'Killed mid-request')).status).toBe(201);
    await leaveInFlight(key, 'Killed mid-request', `snowball/${randomUUID()}`);

    const started = Date.now();
    const [retry, twin] = await Promise.all([create(key, 'Killed mid-request'), create(key, 'Killed mid-request')]);
    expect(Date.now() - started).toBeLessThan(10_000);
    // One of the two retries runs it; the other waits for its answer and replays it.
    expect([retry.status, twin.status].sort()).toEqual([201, 201]);
    expect((retry.body as { id: string }).id).toBe((twin.body as { id: string }).id);
    expect(await named('Killed mid-request')).toHaveLength(1);
  });

  it('still answers 409 (Retry-After) while the instance that claimed the key is alive', async () => {
    const key = randomUUID();
    expect((await create(key, 'Still running')).status).toBe(201);
    // Another instance, alive: one session of its own is open.
    const instance = `snowball/${randomUUID()}`;
    const other = new pg.Client({ connectionString: t.databaseUrl, application_name: instance });
    await other.connect();
    try {
      await leaveInFlight(key, 'Still running', instance);
      const res = await create(key, 'Still running');
      expectStrictProblem(res, 409, 'idempotency_request_in_flight');
      expect(res.headers['retry-after']).toBeDefined();
      expect(await named('Still running')).toHaveLength(0);
    } finally {
      await other.end();
    }
    // Gone now: the next retry takes the key over and runs the request.
    expect((await create(key, 'Still running')).status).toBe(201);
    expect(await named('Still running')).toHaveLength(1);
  });
});
