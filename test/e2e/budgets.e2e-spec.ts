import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import request, { type Response } from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory.js';
import { ClusterLock, ClusterPurge } from '../../src/common/cluster-purge.js';
import { sha256 } from '../../src/common/crypto.js';
import { RateLimiters } from '../../src/common/http/rate-limiters.js';
import { IdempotencyService } from '../../src/modules/idempotency/idempotency.service.js';
import { registerUser } from '../factories/users.js';
import { expectStrictProblem } from '../support/problems.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Budgets shared by every instance: two app instances on one database enforce one rate limit, one
 * login throttle and one set of idempotency keys, and a periodic purge runs on one of them at a time.
 */

interface Instances {
  t: TestApp;
  second: NestFastifyApplication;
  /** supertest on instance A (the TestApp) and on instance B (a second app on the same database). */
  a: () => ReturnType<TestApp['http']>;
  b: () => ReturnType<TestApp['http']>;
  close(): Promise<void>;
}

async function twoInstances(env: Record<string, string> = {}): Promise<Instances> {
  const t = await createTestApp(env);
  const second = await createApp(t.config, { migrate: false });
  return {
    t,
    second,
    a: () => t.http(),
    b: () => request(second.getHttpServer()),
    async close() {
      await second.close();
      await t.close();
    },
  };
}

/** The items of a structured-field list header, by policy name: `"user";r=4;t=60` → { user: { r: 4, t: 60 } }. */
function policies(res: Response, header: string): Record<string, Record<string, number>> {
  const value = res.headers[header];
  expect(typeof value).toBe('string');
  const items = String(value).split(/,\s*/);
  return Object.fromEntries(
    items.map((item) => {
      const match = /^"([a-z_]+)"((?:;[a-z]+=\d+)+)$/.exec(item);
      expect(match).not.toBeNull();
      const params = match![2]
        .slice(1)
        .split(';')
        .map((param) => param.split('='));
      return [match![1], Object.fromEntries(params.map(([name, number]) => [name, Number(number)]))];
    }),
  );
}

describe('rate limit shared by two instances', () => {
  let i: Instances;
  beforeAll(async () => {
    i = await twoInstances({ RATE_LIMIT_USER_PER_MINUTE: '5' });
  });
  afterAll(async () => {
    await i.close();
  });

  it('counts requests on A and on B against one budget: 3 on A + 2 on B pass, the 6th (on either) is 429', async () => {
    const user = await registerUser(i.t);
    const remaining: number[] = [];
    for (const http of [i.a, i.a, i.a, i.b, i.b]) {
      const res = await http().get('/v1/me').set(user.auth);
      expect(res.status).toBe(200);
      remaining.push(policies(res, 'ratelimit').user.r);
    }
    // One counter: B carries on where A stopped.
    expect(remaining).toEqual([4, 3, 2, 1, 0]);

    const limited = await i.b().get('/v1/me').set(user.auth);
    expectStrictProblem(limited, 429, 'rate_limited');
    expectStrictProblem(await i.a().get('/v1/me').set(user.auth), 429, 'rate_limited');

    // The counter is a row in PostgreSQL, not in either process: 5 allowed, plus A's refused 7th
    // (B refused its 6th from memory: it had seen the budget run out, so it asked nobody).
    const [row] = await i.t.sql<{ points: number }>(`SELECT points FROM rate_limit WHERE key = $1`, [
      `user:${user.id}`,
    ]);
    expect(row.points).toBe(6);

    // Another user still has a budget of their own, on both instances.
    const other = await registerUser(i.t);
    expect((await i.b().get('/v1/me').set(other.auth)).status).toBe(200);
    expect((await i.a().get('/v1/me').set(other.auth)).status).toBe(200);
  });

  it('says where each budget stands on every counted response (RateLimit-Policy, RateLimit), 429s included', async () => {
    const user = await registerUser(i.t);
    const ok = await i.a().get('/v1/me').set(user.auth);
    expect(ok.status).toBe(200);
    expect(policies(ok, 'ratelimit-policy')).toEqual({ ip: { q: 1200, w: 60 }, user: { q: 5, w: 60 } });
    const state = policies(ok, 'ratelimit');
    expect(state.user.r).toBe(4);
    expect(state.user.t).toBeGreaterThanOrEqual(59);
    expect(state.user.t).toBeLessThanOrEqual(60);
    expect(state.ip.r).toBeLessThan(1200);

    for (let n = 0; n < 4; n++) expect((await i.b().get('/v1/me').set(user.auth)).status).toBe(200);
    const limited = await i.b().get('/v1/me').set(user.auth);
    expectStrictProblem(limited, 429, 'rate_limited');
    expect(policies(limited, 'ratelimit-policy').user).toEqual({ q: 5, w: 60 });
    const exhausted = policies(limited, 'ratelimit').user;
    expect(exhausted.r).toBe(0);
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(Math.abs(retryAfter - exhausted.t)).toBeLessThanOrEqual(1);

    // Unauthenticated requests count against the IP only; errors carry the headers too.
    const anonymous = await i.a().get('/v1/me');
    expectStrictProblem(anonymous, 401, 'unauthenticated');
    expect(Object.keys(policies(anonymous, 'ratelimit-policy'))).toEqual(['ip']);
    expect(Object.keys(policies(anonymous, 'ratelimit'))).toEqual(['ip']);

    // Health checks are not rate-limited, so they say nothing about budgets.
    const live = await i.a().get('/health/live');
    expect(live.status).toBe(200);
    expect(live.headers['ratelimit']).toBeUndefined();
    expect(live.headers['ratelimit-policy']).toBeUndefined();
  });
});

describe('IP rate limit shared by two instances', () => {
  let i: Instances;
  beforeAll(async () => {
    i = await twoInstances({ RATE_LIMIT_IP_PER_MINUTE: '4' });
  });
  afterAll(async () => {
    await i.close();
  });

  it('counts anonymous requests from one IP on A and B together', async () => {
    for (const http of [i.a, i.b, i.a, i.b]) expect((await http().get('/v1/me')).status).toBe(401);
    const limited = await i.a().get('/v1/me');
    expectStrictProblem(limited, 429, 'rate_limited');
    expect(policies(limited, 'ratelimit').ip.r).toBe(0);
  });
});

describe('login throttling shared by two instances', () => {
  let i: Instances;
  beforeAll(async () => {
    i = await twoInstances({ LOGIN_MAX_FAILURES: '3', LOGIN_MAX_FAILURES_PER_IP: '9' });
  });
  afterAll(async () => {
    await i.close();
  });

  const login = (http: Instances['a'], email: string, password: string) =>
    http().post('/v1/auth/login').send({ email, password });

  it('blocks an (email, IP) pair after 3 failures spread over A and B, on both, with Retry-After', async () => {
    const victim = await registerUser(i.t);
    expectStrictProblem(await login(i.a, victim.email, 'wrong-password-123'), 401, 'invalid_credentials');
    expectStrictProblem(await login(i.b, victim.email, 'wrong-password-123'), 401, 'invalid_credentials');
    expectStrictProblem(await login(i.a, victim.email, 'wrong-password-123'), 401, 'invalid_credentials');

    for (const http of [i.a, i.b]) {
      const throttled = await login(http, victim.email, victim.password);
      expectStrictProblem(throttled, 429, 'login_throttled');
      const retryAfter = Number(throttled.headers['retry-after']);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(throttled.body).not.toHaveProperty('accessToken');
      // The request budgets are reported on this 429 as well.
      expect(policies(throttled, 'ratelimit-policy')).toHaveProperty('ip');
    }

    // Counted in the rate-limit table (not by counting audit rows), under a hash of the email.
    const rows = await i.t.sql<{ key: string; points: number }>(`SELECT key, points FROM rate_limit WHERE key = $1`, [
      `login_email:${sha256(victim.email)}`,
    ]);
    expect(rows).toEqual([{ key: `login_email:${sha256(victim.email)}`, points: 3 }]);
    expect(
      await i.t.sql(`SELECT key FROM rate_limit WHERE key LIKE 'login_pair:${sha256(victim.email)}:%'`),
    ).toHaveLength(1);
    expect(await i.t.sql(`SELECT key FROM rate_limit WHERE key LIKE '%@%'`)).toEqual([]);
  });

  it('forgives a pair its failures once it signs in (on either instance); the IP keeps counting', async () => {
    const user = await registerUser(i.t);
    for (const http of [i.a, i.b]) {
      expectStrictProblem(await login(http, user.email, 'wrong-password-123'), 401, 'invalid_credentials');
    }
    expect((await login(i.b, user.email, user.password)).status).toBe(200);
    // 2 more failures: 4 in the day, but only 2 in a row, so the right password works.
    for (const http of [i.b, i.a]) {
      expectStrictProblem(await login(http, user.email, 'wrong-password-123'), 401, 'invalid_credentials');
    }
    expect((await login(i.a, user.email, user.password)).status).toBe(200);

    // The IP saw 3 (previous test) + 4 failures; two more reach its limit of 9 and throttle it for every account.
    const [ip] = await i.t.sql<{ points: number }>(`SELECT points FROM rate_limit WHERE key LIKE 'login_ip:%'`);
    expect(ip.points).toBe(7);
    for (const http of [i.a, i.b]) {
      expectStrictProblem(await login(http, `nobody-${randomUUID()}@example.com`, 'wrong-password-123'), 401);
    }
    expectStrictProblem(await login(i.b, user.email, user.password), 429, 'login_throttled');
  });
});

describe('idempotency shared by two instances', () => {
  let i: Instances;
  beforeAll(async () => {
    i = await twoInstances();
  });
  afterAll(async () => {
    await i.close();
  });

  it('replays on B the response of a POST made on A with the same Idempotency-Key: one contact, one key row', async () => {
    const user = await registerUser(i.t);
    const key = randomUUID();
    const first = await i.a().post('/v1/contacts').set(user.auth).set('Idempotency-Key', key).send({ name: 'Ada' });
    expect(first.status).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const second = await i.b().post('/v1/contacts').set(user.auth).set('Idempotency-Key', key).send({ name: 'Ada' });
    expect(second.status).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body).toEqual(first.body);

    expect(await i.t.sql(`SELECT id FROM contact WHERE owner_id = $1`, [user.id])).toEqual([
      { id: (first.body as { id: string }).id },
    ]);
    expect(await i.t.sql(`SELECT key FROM idempotency_key WHERE owner_id = $1`, [user.id])).toEqual([{ key }]);

    // The same key with another body is refused on B too.
    const reused = await i.b().post('/v1/contacts').set(user.auth).set('Idempotency-Key', key).send({ name: 'Bob' });
    expectStrictProblem(reused, 422, 'idempotency_key_reused');
  });
});

describe('periodic purges run once per cluster', () => {
  let i: Instances;
  beforeAll(async () => {
    i = await twoInstances();
  });
  afterAll(async () => {
    await i.close();
  });

  /** A session of its own holding the purge's advisory lock, as another instance mid-purge would. */
  async function holdingLock<T>(lock: ClusterLock, work: () => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: i.t.databaseUrl });
    await client.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [lock]);
      return await work();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [lock]);
      await client.end();
    }
  }

  it('of two purges started together on A and B, one does the work and the other skips', async () => {
    const calls: string[] = [];
    const slowPurge = (app: NestFastifyApplication, name: string) =>
      new ClusterPurge(app.get(DataSource), name, ClusterLock.PurgeIdempotencyKeys, async (manager) => {
        calls.push(name);
        // Still holding the lock while the other instance tries.
        await manager.query('SELECT pg_sleep(0.5)');
        return 1;
      });
    const outcomes = await Promise.all([slowPurge(i.t.app, 'A').run(), slowPurge(i.second, 'B').run()]);
    expect(calls).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.ran)).toEqual([{ ran: true, deleted: 1 }]);
    expect(outcomes.filter((outcome) => !outcome.ran)).toEqual([{ ran: false }]);
  });

  it('purges expired idempotency keys, and skips while another session holds the lock', async () => {
    const user = await registerUser(i.t);
    await i.t.sql(
      `INSERT INTO idempotency_key (owner_id, key, request_hash, state, response_status, created_at)
       VALUES ($1, 'old', 'h', 'completed', 201, now() - interval '25 hours'),
              ($1, 'fresh', 'h', 'completed', 201, now() - interval '1 hour')`,
      [user.id],
    );
    const keys = () =>
      i.t.sql<{ key: string }>(`SELECT key FROM idempotency_key WHERE owner_id = $1 ORDER BY key`, [user.id]);

    const skipped = await holdingLock(ClusterLock.PurgeIdempotencyKeys, () =>
      i.t.app.get(IdempotencyService).purgeExpired(),
    );
    expect(skipped).toEqual({ ran: false });
    expect(await keys()).toEqual([{ key: 'fresh' }, { key: 'old' }]);

    expect(await i.second.get(IdempotencyService).purgeExpired()).toEqual({ ran: true, deleted: 1 });
    expect(await keys()).toEqual([{ key: 'fresh' }]);
  });

  it('purges rate-limit counters whose window ended over an hour ago, under its own lock', async () => {
    const now = Date.now();
    await i.t.sql(`INSERT INTO rate_limit (key, points, expire) VALUES ('test:ended', 3, $1), ('test:live', 3, $2)`, [
      now - 2 * 60 * 60 * 1000,
      now + 60 * 1000,
    ]);
    const counters = () => i.t.sql<{ key: string }>(`SELECT key FROM rate_limit WHERE key LIKE 'test:%' ORDER BY key`);

    const purge = i.t.app.get(RateLimiters).purge;
    expect(await holdingLock(ClusterLock.PurgeRateLimits, () => purge.run())).toEqual({ ran: false });
    expect(await counters()).toEqual([{ key: 'test:ended' }, { key: 'test:live' }]);
    // The idempotency purge's lock does not block this one.
    expect(await holdingLock(ClusterLock.PurgeIdempotencyKeys, () => purge.run())).toMatchObject({ ran: true });
    expect(await counters()).toEqual([{ key: 'test:live' }]);
  });
});
